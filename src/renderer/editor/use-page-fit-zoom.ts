import { useLayoutEffect, useState, type RefObject } from 'react';

const PIXELS_PER_MM = 96 / 25.4;
/** Below this the text is too small to edit; the canvas scrolls instead. */
const SMALLEST_ZOOM = 0.5;

/**
 * The zoom at which a page `widthMm` wide fits the width of the element around it (never above 1),
 * followed as the window or the side panels change size: at small widths the page scales down instead of being cut off.
 */
export function usePageFitZoom(pageRef: RefObject<HTMLElement | null>, widthMm: number): number {
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const canvas = pageRef.current?.parentElement;
    if (!canvas) return;
    const fit = () => {
      const style = getComputedStyle(canvas);
      const available = canvas.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const next = Math.max(SMALLEST_ZOOM, Math.min(1, available / (widthMm * PIXELS_PER_MM)));
      setZoom(Math.floor(next * 100) / 100);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [pageRef, widthMm]);
  return zoom;
}
