import { useEffect } from 'react';

/** How long after arriving on a screen a heading that appears late (data still loading) still takes focus. */
const LATE_HEADING_MS = 5000;

function focusHeading(root: HTMLElement): boolean {
  const heading = root.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return document.activeElement === heading;
}

/**
 * On arrival at a screen (`viewKey` changes), moves focus to the screen's main heading, so the next Tab
 * lands in the new screen rather than on the sidebar. A screen that shows its heading only once its data
 * arrives gets focus then, unless the person has moved focus into the screen meanwhile.
 */
export function useScreenHeadingFocus(viewKey: string, root: () => HTMLElement | null): void {
  useEffect(() => {
    const container = root();
    if (!container) return;
    const focusInside = () => document.activeElement !== document.body && container.contains(document.activeElement);
    if (!focusInside() && focusHeading(container)) return;
    const observer = new MutationObserver(() => {
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected;
      if ((lost || !focusInside()) && focusHeading(container)) stop();
    });
    const timer = window.setTimeout(() => stop(), LATE_HEADING_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(container, { childList: true, subtree: true });
    return stop;
  }, [viewKey, root]);
}
