import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Draws the pages of a PDF (the real bytes the export writes) with pdf.js, one canvas per page. */
export function PdfPages({ pdfBase64, label }: { pdfBase64: string; label: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const container = frame.current;
    if (!container) return;
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    const task = getDocument({ data: decodeBase64(pdfBase64) });
    void (async () => {
      try {
        loaded = await task.promise;
        if (cancelled) return;
        const canvases: HTMLCanvasElement[] = [];
        const scale =
          (container.clientWidth > 0 ? Math.min(container.clientWidth - 32, 820) : 700) /
          (await loaded.getPage(1)).getViewport({ scale: 1 }).width;
        for (let number = 1; number <= loaded.numPages && !cancelled; number += 1) {
          const page = await loaded.getPage(number);
          const viewport = page.getViewport({ scale: scale * window.devicePixelRatio });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = `${Math.floor(viewport.width / window.devicePixelRatio)}px`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `${label}, page ${number} of ${loaded.numPages}`);
          canvas.className = 'pdf-page';
          await page.render({ canvas, viewport }).promise;
          canvases.push(canvas);
        }
        if (cancelled) return;
        container.replaceChildren(...canvases);
        setPageCount(loaded.numPages);
        setError(null);
      } catch (reason) {
        if (!cancelled) setError((reason as Error).message);
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [pdfBase64, label]);

  return (
    <div className="pdf-pages-frame">
      {error && (
        <p role="alert" className="error-banner">
          The preview could not be drawn: {error}
        </p>
      )}
      {pageCount !== null && <p className="muted pdf-page-count">{pageCount === 1 ? '1 page' : `${pageCount} pages`}</p>}
      <div className="pdf-pages" ref={frame} data-testid="pdf-pages" data-pages={pageCount ?? undefined} />
    </div>
  );
}
