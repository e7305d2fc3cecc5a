// Getting a quote's original page ready before "Open on page" is clicked. Two moments:
// - the press: as the pointer goes down on the button (~100 ms before the click lands), or at the
//   click itself when nothing went down first (a key, a script), the target paragraph (its page and
//   boxes), the original (pdf.js's document through the range transport) and the target page are
//   asked for, before React switches views; the reader then takes the paragraph and the open from here.
// - idle: while the evidence panel shows quotes from a PDF, pdf.js's workers start at once and, when
//   the app is idle, the first quoted original is opened and its target page drawn once, small and
//   thrown away, so pdf.js has the page's operators, fonts and cMaps when the click comes.
// Nothing here decides what is shown: a changed or missing original is still found by the reader's
// own open (the press's check stands only for the click it begins) and said there.
import { api } from '../../api/client.ts';
import type { ReaderWarmUp, ReaderWarmUpTarget } from '../../app/reader-warm-up.ts';
import type { Paragraph } from '../../../../shared/types.ts';
import { pressOriginal, warmOriginal } from './original-doc.ts';
import type { OpenedOriginal } from './original-doc.ts';

/** How long a paragraph asked for on a press is kept for the click (ms). */
const PRESS_STANDS = 3000;

let pressed: { paragraphId: string; at: number; paragraph: Promise<Paragraph> } | null = null;

/** The target paragraph asked for as the pointer went down on the click that opened the reader, if any. */
export function takePressedParagraph(paragraphId: string): Promise<Paragraph> | null {
  const p = pressed;
  pressed = null;
  return p && p.paragraphId === paragraphId && performance.now() - p.at < PRESS_STANDS ? p.paragraph : null;
}

function press(target: ReaderWarmUpTarget): void {
  // A click the pointer already began (or the same key pressed twice) asks nothing more.
  if (pressed && pressed.paragraphId === target.paragraphId && performance.now() - pressed.at < PRESS_STANDS) return;
  const paragraph = api.getParagraph({ paragraphId: target.paragraphId });
  paragraph.catch(() => undefined);
  pressed = { paragraphId: target.paragraphId, at: performance.now(), paragraph };
  void preparePage(pressOriginal(target.docId, target), paragraph, false);
}

const warmed = new Set<string>();

function idle(target: ReaderWarmUpTarget): void {
  const key = `${target.docId}:${target.sha256}:${target.paragraphId}`;
  if (warmed.has(key)) return;
  const opened = warmOriginal(target.docId, target);
  if (!opened) return;
  warmed.add(key);
  const paragraph = api.getParagraph({ paragraphId: target.paragraphId });
  void preparePage(opened, paragraph, true);
}

function startWorkers(): void {
  void import('./pdfjs.ts').then((m) => m.startWorkers(), () => undefined);
}

/** The target page's objects and, when `draw`, one small drawing of it (its operators, fonts and cMaps stay with pdf.js's page). */
async function preparePage(opened: Promise<OpenedOriginal>, paragraph: Promise<Paragraph>, draw: boolean): Promise<void> {
  try {
    const [o, p] = await Promise.all([opened, paragraph]);
    const n = p.boxes?.[0]?.page;
    if (o.status !== 'ready' || !n) return;
    const page = await o.pdf.getPage(n);
    if (!draw) return;
    // The operator list pdf.js keeps per page is the same at every scale: the reader's drawing reuses it.
    const viewport = page.getViewport({ scale: 0.125 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(viewport.width));
    canvas.height = Math.max(1, Math.floor(viewport.height));
    await page.render({ canvas, viewport }).promise;
  } catch {
    // A guess that failed costs nothing: the reader's own open says what went wrong.
  }
}

export const readerWarmUp: ReaderWarmUp = { press, idle, startWorkers };
