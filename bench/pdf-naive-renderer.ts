import * as cantoo from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import * as pdfLib from 'pdf-lib';
import { loadFontFace } from '../src/main/services/export/pdf/load-font-face';
import type { LayoutTextRun, LetterLayout } from '../src/main/services/export/pdf/layout-types';

type PdfLibrary = typeof pdfLib | typeof cantoo;

/**
 * fontkit 2 for pdf-lib's registerFontkit: pdf-lib 1.17 asks a subset for encodeStream() (the
 * @pdf-lib/fontkit API), fontkit 2 has encode(); @cantoo/pdf-lib calls encode() itself.
 */
const fontkitForPdfLib = {
  create(bytes: Uint8Array) {
    const font = fontkit.create(bytes);
    return new Proxy(font, {
      get(target, property, receiver) {
        if (property !== 'createSubset') return Reflect.get(target, property, receiver);
        return () => {
          const subset = target.createSubset();
          return Object.assign(subset, {
            encodeStream() {
              const listeners: Record<string, (value?: Uint8Array) => void> = {};
              const stream = {
                on(event: string, listener: (value?: Uint8Array) => void) {
                  listeners[event] = listener;
                  if (listeners.data && listeners.end) {
                    queueMicrotask(() => {
                      listeners.data!(subset.encode());
                      listeners.end!();
                    });
                  }
                  return stream;
                },
              };
              return stream;
            },
          });
        };
      },
    });
  },
};

/**
 * The plain way to write the same pages with pdf-lib: embed each face with pdf-lib's own subsetting
 * and call drawText once per laid-out run (a line, or a line's part in one face), letting pdf-lib
 * shape and measure every string again. The bench compares the exporter against this.
 */
export async function renderNaively(library: PdfLibrary, layout: LetterLayout): Promise<Uint8Array> {
  const document = await library.PDFDocument.create();
  document.registerFontkit(fontkitForPdfLib as never);
  const fonts = new Map<string, Awaited<ReturnType<typeof document.embedFont>>>();
  for (const laidOutPage of layout.pages) {
    const page = document.addPage([layout.widthPt, layout.heightPt]);
    const runs = [...laidOutPage.letterhead, ...laidOutPage.body, ...laidOutPage.footer].filter((item): item is LayoutTextRun => item.kind === 'text');
    for (const run of runs) {
      let font = fonts.get(run.face);
      if (!font) {
        font = await document.embedFont(loadFontFace(run.face).bytes, { subset: true });
        fonts.set(run.face, font);
      }
      const text = run.text.trimEnd();
      if (text === '') continue;
      page.drawText(text, { x: run.x, y: layout.heightPt - run.baseline, size: run.sizePt, font: font as never });
    }
  }
  return document.save();
}
