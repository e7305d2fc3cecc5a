// Row heights, worked out here because neither LibreOffice nor (reliably) Excel grows a row to fit
// wrapped text when opening a generated file: without this, every multi-line cell would print as
// one clipped line. The estimate errs on the generous side; a little white space reads better
// than a cut-off quote.

/** Column-width units (Excel's "width of a 0") taken by one character at 10 pt. */
const WIDE = 1.9; // CJK ideographs, kana, full-width punctuation
const NARROW = 0.92; // Latin letters, digits, ASCII punctuation, with a margin for word wrap
/** Points per line at 10 pt, sized for CJK fonts (Noto/DengXian have tall line boxes). */
const LINE = 14;
const PADDING = 3;
const MAX_HEIGHT = 409; // Excel's limit

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Lines one cell needs at its column width (each explicit line break starts a new line). */
export function linesFor(text: string, width: number, size = 10): number {
  const scale = size / 10;
  const room = Math.max(1, width - 1);
  // Fast path for the many short cells: even if every character were wide it would fit.
  if (text.length * WIDE * scale <= room && !text.includes('\n')) return 1;
  let lines = 0;
  for (const line of text.split('\n')) {
    let units = 0;
    for (let i = 0; i < line.length; i++) units += isWide(line.charCodeAt(i)) ? WIDE : NARROW;
    lines += Math.max(1, Math.ceil((units * scale) / room));
  }
  return lines;
}

export interface Measured {
  text: string;
  width: number;
  size?: number;
}

/** Height in points for a row of wrapped cells. */
export function rowHeight(cells: readonly Measured[], minLines = 1): number {
  let lines = minLines;
  let size = 10;
  for (const c of cells) {
    const n = linesFor(c.text, c.width, c.size);
    if (n > lines || (n === lines && (c.size ?? 10) > size)) {
      lines = n;
      size = c.size ?? 10;
    }
  }
  return Math.min(MAX_HEIGHT, Math.round(lines * LINE * Math.max(1, size / 10) + PADDING));
}
