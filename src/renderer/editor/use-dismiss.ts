import { useEffect } from 'react';

/** Closes an open menu or popover on Escape or a pointer press outside the element `inside()` returns. */
export function useDismiss(open: boolean, close: () => void, inside: () => Element | null | undefined): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const element = inside();
      if (element && !element.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, close, inside]);
}
