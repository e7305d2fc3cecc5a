// The text of an original page as pdf.js reads it, asked for once per page of an open document and
// shared by the text layer (what the analyst selects) and the selection's mapping to the rebuilt
// text (which must see the very same items, in the same order).
import type { PageTextRun } from './geometry.ts';
import { measureAdvances } from './measure.ts';
import type { PDFDocumentProxy, PDFPageProxy } from './pdfjs.ts';
import { textRuns } from './text-runs.ts';

export type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

export interface PageText {
  content: TextContent;
  /** The runs in the page frame, as the quote lighting computes them. */
  runs: PageTextRun[];
}

/** Pages kept (the most recently asked for): those in view and a few around them, so memory stays bounded. */
const KEPT = 16;

const cache = new WeakMap<PDFDocumentProxy, Map<number, Promise<PageText>>>();

export function pageText(pdf: PDFDocumentProxy, page: number): Promise<PageText> {
  let pages = cache.get(pdf);
  if (!pages) cache.set(pdf, (pages = new Map<number, Promise<PageText>>()));
  let text = pages.get(page);
  if (text) {
    pages.delete(page);
    pages.set(page, text);
    if (pages.size > KEPT) pages.delete(pages.keys().next().value!);
  } else {
    text = pdf.getPage(page).then(async (p) => {
      const content = await p.getTextContent();
      return { content, runs: textRuns(content.items, content.styles, p.getViewport({ scale: 1 }), measureAdvances) };
    });
    // A failure is not kept: the next request asks again.
    text.catch(() => pages.delete(page));
    pages.set(page, text);
    if (pages.size > KEPT) pages.delete(pages.keys().next().value!);
  }
  return text;
}
