// pdf.js in the renderer, loaded only when a page view opens (the matrix never pays for it). The
// worker and the data files ship with the app and are fetched from the app's own origin, which the
// CSP allows (script-src/connect-src 'self'); nothing is loaded from anywhere else, no script in a
// PDF runs (no scripting, no XFA), and fonts are drawn from the file's own data.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** A PDF being opened, which can be abandoned (another document chosen) before it is ready. */
export interface OpeningPdf {
  promise: Promise<PDFDocumentProxy>;
  destroy: () => Promise<void>;
}

export function openPdf(data: Uint8Array): OpeningPdf {
  const base = document.baseURI;
  const task: PDFDocumentLoadingTask = pdfjs.getDocument({
    data,
    cMapUrl: new URL('pdfjs/cmaps/', base).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', base).href,
    enableXfa: false,
    // The wasm image decoders (JPEG 2000, JBIG2) are not shipped; such images stay blank.
    useWasm: false,
    disableWorkerRendering: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  return { promise: task.promise, destroy: () => task.destroy() };
}
