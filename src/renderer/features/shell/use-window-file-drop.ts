import { useEffect, useRef } from 'react';
import { isSpreadsheetFileName } from '../spreadsheet/is-spreadsheet-file-name';

/**
 * Files dropped anywhere on the window: a spreadsheet (.csv, .tsv, .txt, .xlsx, .xlsm, .ods) goes to
 * `onSpreadsheet` (the import, in the desktop app and web mode alike, when it returns true); other files
 * go to the desktop shell, which opens campaign files as a double-click would. A drop something on the
 * page took first (the editor) is left to it, and the browser never navigates away to a dropped file.
 */
export function useWindowFileDrop(onSpreadsheet: (file: File) => boolean): void {
  const handler = useRef(onSpreadsheet);
  useEffect(() => {
    handler.current = onSpreadsheet;
  });
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    function onDragOver(event: DragEvent) {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function onDrop(event: DragEvent) {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      const spreadsheet = files.find((file) => isSpreadsheetFileName(file.name));
      if (spreadsheet && handler.current(spreadsheet)) return;
      window.appMenu?.openDroppedFiles(files);
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
