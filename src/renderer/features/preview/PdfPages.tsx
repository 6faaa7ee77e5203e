import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentProxy } from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

let sharedWorker: PDFWorker | null = null;
/** One pdf.js worker for every preview: starting one per letter (loading and compiling its script) took seconds. */
function pdfWorker(): PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new PDFWorker();
  return sharedWorker;
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Draws the pages of a PDF (the real bytes the export writes) with pdf.js, one canvas per page, in order: page 1 is
 * shown as soon as it is drawn (replacing the previous letter's pages) while the others follow, with their progress.
 */
export function PdfPages({ pdfBase64, label }: { pdfBase64: string; label: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<{ drawn: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const container = frame.current;
    if (!container) return;
    let cancelled = false;
    let loaded: PDFDocumentProxy | null = null;
    const task = getDocument({ data: decodeBase64(pdfBase64), worker: pdfWorker() });
    void (async () => {
      try {
        loaded = await task.promise;
        if (cancelled) return;
        const total = loaded.numPages;
        const scale =
          (container.clientWidth > 0 ? Math.min(container.clientWidth - 32, 820) : 700) /
          (await loaded.getPage(1)).getViewport({ scale: 1 }).width;
        for (let number = 1; number <= total && !cancelled; number += 1) {
          const page = await loaded.getPage(number);
          const viewport = page.getViewport({ scale: scale * window.devicePixelRatio });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = `${Math.floor(viewport.width / window.devicePixelRatio)}px`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `${label}, page ${number} of ${total}`);
          canvas.className = 'pdf-page';
          await page.render({ canvas, viewport }).promise;
          if (cancelled) return;
          if (number === 1) container.replaceChildren(canvas);
          else container.append(canvas);
          setPages({ drawn: number, total });
        }
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

  const drawing = pages !== null && pages.drawn < pages.total;
  return (
    <div className="pdf-pages-frame">
      {error && (
        <p role="alert" className="error-banner">
          The preview could not be drawn: {error}
        </p>
      )}
      {pages !== null && (
        <div className="pdf-page-count">
          {/* Announced twice per letter (first page shown, all drawn), not on every page. */}
          <p className="muted" role="status">
            {drawing ? `Page 1 of ${pages.total} shown; drawing the others…` : pages.total === 1 ? '1 page' : `${pages.total} pages`}
          </p>
          {drawing && <progress max={pages.total} value={pages.drawn} aria-label={`Pages drawn: ${pages.drawn} of ${pages.total}`} />}
        </div>
      )}
      <div
        className="pdf-pages"
        ref={frame}
        data-testid="pdf-pages"
        data-pages={pages && !drawing ? pages.total : undefined}
        aria-busy={drawing}
      />
    </div>
  );
}
