import { useEffect } from 'react';

/** A campaign file dropped anywhere on the desktop app's window opens as a double-click would. */
export function useCampaignFileDrop(): void {
  useEffect(() => {
    const appMenu = window.appMenu;
    if (!appMenu) return;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    function onDragOver(event: DragEvent) {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function onDrop(event: DragEvent) {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      appMenu?.openDroppedFiles([...(event.dataTransfer?.files ?? [])]);
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
