// pdf.js in the renderer, loaded only when there are PDF pages to show (the matrix of a project
// without imported PDFs never pays for it). The worker and the data files ship with the app and are
// fetched from the app's own origin, which the CSP allows (script-src/connect-src 'self'); nothing is
// loaded from anywhere else, no script in a PDF runs (no scripting, no XFA), and fonts are drawn from
// the file's own data. Pages are drawn in pdf.js's renderer worker on an OffscreenCanvas (the main
// thread only puts the finished bitmap on the page's canvas), so drawing a text-heavy page never
// blocks a scroll frame or the React work of an open; pdf.js falls back to the main thread by itself
// where OffscreenCanvas is missing.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import rendererUrl from 'pdfjs-dist/legacy/build/pdf.renderer.min.mjs?url';

export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
pdfjs.GlobalWorkerOptions.rendererSrc = rendererUrl;

let started = false;
/**
 * Starts pdf.js's two workers (the parser and the renderer) once, for the session: their scripts
 * load and compile on their own threads before the first page is asked for, and every document opened
 * later uses them (a worker given as a port is kept when a document is destroyed).
 */
export function startWorkers(): void {
  if (started) return;
  started = true;
  pdfjs.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
  if (typeof OffscreenCanvas !== 'undefined') pdfjs.GlobalWorkerOptions.rendererPorts = [new Worker(rendererUrl, { type: 'module' })];
}

/** A PDF being opened, which can be abandoned (another document chosen) before it is ready. */
export interface OpeningPdf {
  promise: Promise<PDFDocumentProxy>;
  destroy: () => Promise<void>;
}

/**
 * Opens a PDF of `length` bytes whose first bytes are `initial`, asking `request` for any other part
 * (pdf.js asks in whole chunks, and only for what the pages it draws need: no automatic fetch of the rest).
 */
export function openPdfRanges(length: number, initial: Uint8Array, chunk: number, request: (begin: number, end: number, deliver: (bytes: Uint8Array) => void) => void): OpeningPdf {
  startWorkers();
  const range = new pdfjs.PDFDataRangeTransport(length, initial);
  range.requestDataRange = (begin: number, end: number) => request(begin, end, (bytes) => range.onDataRange(begin, bytes));
  const base = document.baseURI;
  const task: PDFDocumentLoadingTask = pdfjs.getDocument({
    range,
    rangeChunkSize: chunk,
    disableAutoFetch: true,
    disableStream: true,
    cMapUrl: new URL('pdfjs/cmaps/', base).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('pdfjs/standard_fonts/', base).href,
    enableXfa: false,
    // The wasm image decoders (JPEG 2000, JBIG2) are not shipped; such images stay blank.
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  return { promise: task.promise, destroy: () => task.destroy() };
}

export { TextLayer } from 'pdfjs-dist/legacy/build/pdf.mjs';
