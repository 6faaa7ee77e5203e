import { useEffect } from 'react';

/**
 * While `open`, remembers what had focus when it opened (the button that opened a panel or menu); when it
 * closes and focus was lost with it (left on the page body), gives focus back to that element.
 */
export function useReturnFocus(open = true): void {
  useEffect(() => {
    if (!open) return;
    const trigger =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    return () => {
      if (!trigger) return;
      // After the closing render has removed the panel, so the check sees where focus really is.
      window.setTimeout(() => {
        const active = document.activeElement;
        const lost = active === null || active === document.body || !active.isConnected;
        if (lost && trigger.isConnected) trigger.focus();
      }, 0);
    };
  }, [open]);
}
