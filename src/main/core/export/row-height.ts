// Row heights, worked out here because neither LibreOffice nor (reliably) Excel grows a row to fit
// wrapped text when opening a generated file: without this, every multi-line cell would print as
// one clipped line. The estimate errs on the generous side; a little white space reads better
// than a cut-off quote.

/** Column-width units (Excel's "width of a 0") taken by one character at 10 pt. */
const WIDE = 1.9; // CJK ideographs, kana, full-width punctuation (1 em at 10 pt)
/** Latin letters, digits, ASCII punctuation, with a margin for word wrap; Calibri runs narrower. */
const NARROW: Record<string, number> = { Calibri: 0.78 };
const NARROW_DEFAULT = 0.85;
/** Points per line at 10 pt, sized for CJK fonts (Noto/DengXian have tall line boxes). */
const LINE = 14;
const PADDING = 3;
const MAX_HEIGHT = 409; // Excel's limit

/**
 * Width of one line in column units. UTF-8 length does the counting natively: ASCII takes one byte,
 * CJK three, so (bytes − characters) / 2 is the number of wide characters. Two-byte characters
 * (accented Latin, Greek, Cyrillic) count as half wide, which errs towards more room.
 */
function lineUnits(line: string, narrow: number): number {
  const wide = (Buffer.byteLength(line, 'utf8') - line.length) / 2;
  return (line.length - wide) * narrow + wide * WIDE;
}

/** Lines one cell needs at its column width (each explicit line break starts a new line). */
export function linesFor(text: string, width: number, size = 10, font = ''): number {
  const narrow = NARROW[font] ?? NARROW_DEFAULT;
  const scale = size / 10;
  const room = Math.max(1, width - 1) / scale;
  // Fast path for the many short cells: even if every character were wide it would fit.
  if (text.length * WIDE <= room && !text.includes('\n')) return 1;
  let lines = 0;
  let from = 0;
  for (;;) {
    const end = text.indexOf('\n', from);
    const line = end < 0 ? text.slice(from) : text.slice(from, end);
    lines += Math.max(1, Math.ceil(lineUnits(line, narrow) / room));
    if (end < 0) return lines;
    from = end + 1;
  }
}

export interface Measured {
  text: string;
  width: number;
  size?: number;
  font?: string;
}

/** Height in points for a row of wrapped cells. */
export function rowHeight(cells: readonly Measured[], minLines = 1): number {
  let lines = minLines;
  let size = 10;
  for (const c of cells) {
    const n = linesFor(c.text, c.width, c.size, c.font);
    if (n > lines || (n === lines && (c.size ?? 10) > size)) {
      lines = n;
      size = c.size ?? 10;
    }
  }
  return Math.min(MAX_HEIGHT, Math.round(lines * LINE * Math.max(1, size / 10) + PADDING));
}
