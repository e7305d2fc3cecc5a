// The matrix's evidence panel gets the reader's original pages ready before "Open on page" is
// clicked, without importing the reader (features reach each other only through app/): the shell
// hands the reader's warm-up in here, the panel calls the two moments below.
// - pressOpenOnPage: the pointer went down on the button (the click follows in ~100 ms), or the
//   button was clicked without it.
// - warmReaderAtIdle: a quote from a PDF is shown; pdf.js's workers start now, and when the app is
//   idle the first such quote still shown (in panel order) has its original opened and page drawn.

/** A quote's place in an imported PDF, as the panel knows it. */
export interface ReaderWarmUpTarget {
  docId: string;
  paragraphId: string;
  /** What the document list says about the original (lets the first parts be asked for together). */
  sha256: string;
  bytes: number;
}

export interface ReaderWarmUp {
  press: (target: ReaderWarmUpTarget) => void;
  idle: (target: ReaderWarmUpTarget) => void;
  startWorkers: () => void;
}

let provided: ReaderWarmUp | null = null;

export function provideReaderWarmUp(warmUp: ReaderWarmUp): void {
  provided = warmUp;
}

export function pressOpenOnPage(target: ReaderWarmUpTarget): void {
  provided?.press(target);
}

const shown: ReaderWarmUpTarget[] = [];
let scheduled: (() => void) | null = null;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(run, 200);
    return () => clearTimeout(id);
  }
  const id = requestIdleCallback(run, { timeout: 2000 });
  return () => cancelIdleCallback(id);
}

/** A quote from a PDF is on screen until the returned function is called. */
export function warmReaderAtIdle(target: ReaderWarmUpTarget): () => void {
  shown.push(target);
  provided?.startWorkers();
  scheduled ??= whenIdle(() => {
    scheduled = null;
    const first = shown[0];
    if (first) provided?.idle(first);
  });
  return () => {
    const i = shown.indexOf(target);
    if (i >= 0) shown.splice(i, 1);
    if (shown.length === 0 && scheduled) {
      scheduled();
      scheduled = null;
    }
  };
}
