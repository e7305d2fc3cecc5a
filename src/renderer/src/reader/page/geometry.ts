// Where things sit on an original PDF page, in PDF points from the top-left corner of the page as
// displayed (its crop box), y growing downward — the frame the importer stores paragraph boxes in.
// Pure functions: the page view multiplies by its zoom; the unit tests run them without a browser.
import type { PageBox } from '../../../../shared/types.ts';

export interface PageRect {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A run of text as pdf.js's getTextContent gives it, already in the page frame: `x` where the run
 * starts on its baseline `baseline`, `width` its advance, `size` the font size. `advances` (one per
 * UTF-16 unit of `str`, any scale) spreads the width over the characters; without it every character
 * gets an equal share.
 */
export interface PageTextRun {
  str: string;
  x: number;
  baseline: number;
  width: number;
  size: number;
  advances?: readonly number[];
  /** Which text item of the page it is (counting those with a string): pdf.js's text layer has one span per item, in this order. */
  item?: number;
}

/** One printed character on the page, with the rectangle it covers. */
export interface Glyph {
  ch: string;
  page: number;
  /** Which of the paragraph's boxes (printed lines) it was found in. */
  line: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The run's text item and the character's place in it (code points), where the run names its item. */
  item?: number;
  unit?: number;
}

/** The importer's box convention: the line's top is 0.85 em above the baseline, its height 1 em. */
const ASCENT = 0.85;

/**
 * The paragraph's outline: its line boxes merged into one rectangle per page and column piece, so a
 * paragraph that goes on in the next column or on the next page is outlined in both places.
 */
export function paragraphOutlines(boxes: readonly PageBox[], pad = 2): PageRect[] {
  const groups: PageRect[] = [];
  let current: PageRect | null = null;
  for (const b of boxes) {
    const joins =
      current !== null &&
      current.page === b.page &&
      overlap(current.x, current.x + current.width, b.x, b.x + b.width) > 0.3 * Math.min(current.width, b.width) &&
      b.y >= current.y - b.height &&
      b.y - (current.y + current.height) < 2.5 * b.height;
    if (current && joins) {
      const right = Math.max(current.x + current.width, b.x + b.width);
      const bottom = Math.max(current.y + current.height, b.y + b.height);
      current.x = Math.min(current.x, b.x);
      current.y = Math.min(current.y, b.y);
      current.width = right - current.x;
      current.height = bottom - current.y;
    } else {
      current = { page: b.page, x: b.x, y: b.y, width: b.width, height: b.height };
      groups.push(current);
    }
  }
  return groups.map((g) => ({ page: g.page, x: g.x - pad, y: g.y - pad, width: g.width + 2 * pad, height: g.height + 2 * pad }));
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Whether a run printed on the page belongs to a line box: its baseline inside it, its middle within it. */
function inBox(run: PageTextRun, box: PageBox): boolean {
  const slack = Math.max(1, box.height * 0.3);
  const mid = run.x + run.width / 2;
  return (
    run.baseline >= box.y - slack &&
    run.baseline <= box.y + box.height + slack &&
    mid >= box.x - slack &&
    mid <= box.x + box.width + slack &&
    // A run on a line just above or below, whose baseline grazes the box, belongs there, not here.
    Math.abs(run.baseline - (box.y + box.height * ASCENT)) <= box.height * 0.6
  );
}

/** A column of vertical Japanese (縦書き): the importer stores it as one tall, narrow box. */
export function isVertical(box: PageBox): boolean {
  return box.height > box.width * 1.5 && box.height > 3 * Math.min(box.width, 40);
}

/** Whether a run printed on the page belongs to a column box: its middle inside the column, its top within its length. */
function inColumn(run: PageTextRun, box: PageBox): boolean {
  const slack = Math.max(1, box.width * 0.3);
  const mid = run.x + run.width / 2;
  const top = run.baseline - run.size * ASCENT;
  return mid >= box.x - slack && mid <= box.x + box.width + slack && top >= box.y - slack && top <= box.y + box.height + slack;
}

/**
 * The paragraph's characters as printed, line by line in the paragraph's own order, each with its
 * rectangle. `runsOf(page)` gives the text runs of a page (those of other pages are never needed).
 * A vertical column is read top to bottom, each character under the one before.
 */
export function paragraphGlyphs(boxes: readonly PageBox[], runsOf: (page: number) => readonly PageTextRun[]): Glyph[] {
  const glyphs: Glyph[] = [];
  boxes.forEach((box, line) => {
    if (isVertical(box)) {
      columnGlyphs(box, line, runsOf(box.page), glyphs);
      return;
    }
    const runs = runsOf(box.page)
      .filter((r) => r.str.trim() !== '' && inBox(r, box))
      .sort((a, b) => a.x - b.x);
    for (const run of runs) {
      const units = [...run.str];
      const weights = run.advances && run.advances.length === run.str.length ? unitWeights(run.str, run.advances) : units.map(() => 1);
      const total = weights.reduce((s, w) => s + w, 0) || 1;
      let x = run.x;
      units.forEach((ch, k) => {
        const width = (run.width * weights[k]!) / total;
        glyphs.push({ ch, page: box.page, line, x, y: run.baseline - run.size * ASCENT, width, height: run.size, ...(run.item !== undefined ? { item: run.item, unit: k } : {}) });
        x += width;
      });
    }
  });
  return glyphs;
}

/**
 * The characters of one vertical column: runs inside it, top to bottom. A glyph set upright one per
 * run covers its own advance; a run of several characters (a vertical font, whose origin is the
 * column's middle) stacks them one em apart down the column, one em wide.
 */
function columnGlyphs(box: PageBox, line: number, pageRuns: readonly PageTextRun[], out: Glyph[]): void {
  const runs = pageRuns.filter((r) => r.str.trim() !== '' && inColumn(r, box)).sort((a, b) => a.baseline - b.baseline || b.x - a.x);
  for (const run of runs) {
    const units = [...run.str];
    const stacked = units.length > 1;
    let y = run.baseline - run.size * ASCENT;
    units.forEach((ch, k) => {
      const x = stacked ? run.x - run.size / 2 : run.x;
      out.push({ ch, page: box.page, line, x, y, width: stacked ? run.size : run.width, height: run.size, ...(run.item !== undefined ? { item: run.item, unit: k } : {}) });
      y += run.size;
    });
  }
}

/** Advances are per UTF-16 unit; a character outside the BMP (two units) takes both. */
function unitWeights(str: string, advances: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of str) {
    let w = 0;
    for (let k = 0; k < ch.length; k++) w += Math.max(0, advances[i + k] ?? 0);
    out.push(w);
    i += ch.length;
  }
  return out;
}

/** How the text and the page are compared: compatibility forms (ligatures, ¹, Kangxi radicals) folded, case kept. */
function fold(ch: string): string {
  const f = ch.normalize('NFKC');
  return f === '‐' || f === '‑' || f === '–' ? '-' : f;
}

interface Unit {
  c: string;
  /** Index into the source sequence (paragraph text offset, or glyph index). */
  at: number;
}

function expand(chars: ReadonlyArray<{ ch: string; at: number }>): Unit[] {
  const out: Unit[] = [];
  for (const { ch, at } of chars) for (const c of fold(ch)) if (!/\s/.test(c)) out.push({ c, at });
  return out;
}

const LOOKAHEAD = 12;

/**
 * For each character offset of the paragraph text, the printed glyph it was rebuilt from (or -1).
 * The text differs from the page in known ways — spaces added or dropped, hyphens at line ends
 * removed, note numbers raised, compatibility characters folded, furniture left out — so the two are
 * walked side by side, skipping what one has and the other lacks, and a single differing character
 * (a glyph mapped to a look-alike code point) is paired with its counterpart in place.
 */
export function alignTextToGlyphs(text: string, glyphs: readonly Glyph[]): Int32Array {
  const map = new Int32Array(text.length).fill(-1);
  const textChars: Array<{ ch: string; at: number }> = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    textChars.push({ ch, at: i });
    i += ch.length;
  }
  const t = expand(textChars);
  const g = expand(glyphs.map((gl, at) => ({ ch: gl.ch, at })));
  let i = 0;
  let j = 0;
  const same = (a: number, b: number, n: number) => {
    for (let k = 0; k < n; k++) if (a + k >= t.length || b + k >= g.length || t[a + k]!.c !== g[b + k]!.c) return false;
    return true;
  };
  // The two agree from here on: the next two characters (or all that is left of the text) match.
  const inStep = (a: number, b: number) => a >= t.length || same(a, b, Math.min(2, t.length - a));
  while (i < t.length && j < g.length) {
    if (t[i]!.c === g[j]!.c) {
      assign(map, text, t[i]!.at, g[j]!.at);
      i++;
      j++;
      continue;
    }
    // Something printed that the text does not have (a hyphen, a running head inside the box)…
    let skipG = -1;
    for (let d = 1; d <= LOOKAHEAD && j + d < g.length; d++) if (inStep(i, j + d)) { skipG = d; break; }
    // …or something the text has that is not printed (a character the importer added).
    let skipT = -1;
    for (let d = 1; d <= LOOKAHEAD && i + d <= t.length; d++) if (t[i + d]?.c === g[j]!.c && inStep(i + d, j)) { skipT = d; break; }
    if (skipG > 0 && (skipT < 0 || skipG <= skipT)) j += skipG;
    else if (skipT > 0) i += skipT;
    else {
      // One character against one, the two in step again after it: the same place, another code point.
      if (inStep(i + 1, j + 1)) assign(map, text, t[i]!.at, g[j]!.at);
      i++;
      j++;
    }
  }
  return map;
}

function assign(map: Int32Array, text: string, at: number, glyph: number): void {
  map[at] = glyph;
  // The low half of a surrogate pair goes with its high half.
  if (at + 1 < text.length && text.charCodeAt(at) >= 0xd800 && text.charCodeAt(at) <= 0xdbff) map[at + 1] = glyph;
}

export interface QuoteLight {
  /** One rectangle per printed line piece the quote covers, on the pages it covers. */
  rects: PageRect[];
  /** Non-space characters of the quote found on the page, of all of them. */
  found: number;
  total: number;
}

/**
 * The rectangles to light for the characters [start, start + length) of the paragraph's text: each
 * character's glyph, merged along each printed line (the glyphs between the first and last found
 * ones on a line are lit too, so a character the alignment missed leaves no hole).
 */
export function quoteRects(text: string, quote: { start: number; length: number }, glyphs: readonly Glyph[], map: Int32Array = alignTextToGlyphs(text, glyphs)): QuoteLight {
  const end = Math.min(text.length, quote.start + quote.length);
  let total = 0;
  let found = 0;
  const byLine = new Map<number, { first: number; last: number }>();
  for (let i = Math.max(0, quote.start); i < end; i++) {
    if (/\s/.test(text[i]!) || (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)) continue;
    total++;
    const gi = map[i]!;
    if (gi < 0) continue;
    found++;
    const line = glyphs[gi]!.line;
    const span = byLine.get(line);
    if (!span) byLine.set(line, { first: gi, last: gi });
    else {
      span.first = Math.min(span.first, gi);
      span.last = Math.max(span.last, gi);
    }
  }
  const rects: PageRect[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const { first, last } = byLine.get(line)!;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let k = first; k <= last; k++) {
      const gl = glyphs[k]!;
      x0 = Math.min(x0, gl.x);
      y0 = Math.min(y0, gl.y);
      x1 = Math.max(x1, gl.x + gl.width);
      y1 = Math.max(y1, gl.y + gl.height);
    }
    rects.push({ page: glyphs[first]!.page, x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return { rects, found, total };
}

/** Enough of the quote was found on the page to light it there (otherwise the paragraph outline has to do). */
export function quoteLocated(light: QuoteLight): boolean {
  return light.total > 0 && light.found / light.total >= 0.8;
}
