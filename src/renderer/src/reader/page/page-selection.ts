// A selection made on the original page, turned into a quote of the rebuilt text — or refused, with
// the reason, when what was selected on the page is not exactly a piece of one paragraph. DOM-free:
// the selection arrives as (page, text item, character) points, the same items the text layer has one
// span each for, and the paragraphs are found through the very glyph mapping that lights a quote
// (paragraphGlyphs + alignTextToGlyphs), so what is lit and what is selected can never disagree.
import type { Paragraph } from '../../../../shared/types.ts';
import { alignTextToGlyphs, paragraphGlyphs, quoteRects } from './geometry.ts';
import type { Glyph, PageRect, PageTextRun } from './geometry.ts';

/** A place between characters of a page's text: before character `unit` (code points) of text item `item`. */
export interface PagePoint {
  page: number;
  item: number;
  unit: number;
}

/** The end of a page's text: after every item. */
export const END_OF_PAGE = Number.MAX_SAFE_INTEGER;

export type PagePick =
  | {
      kind: 'quote';
      paragraphId: string;
      start: number;
      exact: string;
      /** The quote's characters on the page, to light (the selection itself may be ragged). */
      rects: PageRect[];
    }
  | { kind: 'several'; paragraphs: number }
  | { kind: 'outside'; text: string }
  | { kind: 'differs'; page: string; text: string }
  | { kind: 'empty' };

function before(a: PagePoint, b: PagePoint): boolean {
  return a.page !== b.page ? a.page < b.page : a.item !== b.item ? a.item < b.item : a.unit < b.unit;
}

function inside(page: number, item: number, unit: number, from: PagePoint, to: PagePoint): boolean {
  const p = { page, item, unit };
  return !before(p, from) && before(p, to);
}

const key = (page: number, item: number, unit: number) => `${page}:${item}:${unit}`;

/** A line-end hyphen the importer undid: printed, not in the text, the last glyph of its line. */
function droppedHyphen(glyphs: readonly Glyph[], k: number): boolean {
  const g = glyphs[k]!;
  return /^[-‐‑­]$/.test(g.ch) && (k + 1 >= glyphs.length || glyphs[k + 1]!.line !== g.line);
}

/**
 * The quote the page selection [from, to) makes. `paragraphs` are the document's paragraphs (those
 * with boxes on the selected pages are looked at), `runsOf(page)` the text runs of a page (every page
 * a paragraph concerned has boxes on must be there).
 *
 * It is a quote only when the selected characters are exactly those of one stretch of one
 * paragraph's text: every selected printed character belongs to that paragraph and is one the text
 * was rebuilt from (a hyphen undone at a line end excepted), and every character of the stretch was
 * selected on the page. Anything else is refused and says why.
 */
export function pickFromPage(from: PagePoint, to: PagePoint, paragraphs: readonly Paragraph[], runsOf: (page: number) => readonly PageTextRun[]): PagePick {
  if (!before(from, to)) return { kind: 'empty' };
  const pages = new Set<number>();
  for (let n = from.page; n <= to.page; n++) pages.add(n);

  // The selected printed characters (not spaces), in page order.
  const selected: Array<{ page: number; item: number; unit: number; ch: string }> = [];
  for (const n of pages) {
    for (const run of runsOf(n)) {
      if (run.item === undefined) continue;
      [...run.str].forEach((ch, unit) => {
        if (!/\s/.test(ch) && inside(n, run.item!, unit, from, to)) selected.push({ page: n, item: run.item!, unit, ch });
      });
    }
  }
  if (selected.length === 0) return { kind: 'empty' };
  selected.sort((a, b) => (a.page - b.page) || (a.item - b.item) || (a.unit - b.unit));

  const owner = new Map<string, string>();
  const touched: Array<{ paragraph: Paragraph; glyphs: Glyph[]; picked: Set<number> }> = [];
  for (const p of paragraphs) {
    if (!p.boxes?.some((b) => pages.has(b.page))) continue;
    const glyphs = paragraphGlyphs(p.boxes, runsOf);
    const picked = new Set<number>();
    glyphs.forEach((g, k) => {
      if (g.item === undefined || g.unit === undefined || /\s/.test(g.ch)) return;
      owner.set(key(g.page, g.item, g.unit), p.id);
      if (inside(g.page, g.item, g.unit, from, to)) picked.add(k);
    });
    if (picked.size > 0) touched.push({ paragraph: p, glyphs, picked });
  }

  const stray = selected.filter((s) => !owner.has(key(s.page, s.item, s.unit)));
  if (stray.length > 0) return { kind: 'outside', text: stray.map((s) => s.ch).join('') };
  if (touched.length > 1) return { kind: 'several', paragraphs: touched.length };
  const [{ paragraph, glyphs, picked }] = touched as [(typeof touched)[number]];
  const text = paragraph.text;
  const map = alignTextToGlyphs(text, glyphs);

  // The stretch of text those glyphs spell: from the first character mapped to one to the last.
  let first = -1;
  let last = -1;
  const spelled = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const g = map[i]!;
    if (g < 0 || !picked.has(g)) continue;
    spelled.add(g);
    if (first < 0) first = i;
    last = i;
  }
  const pageText = [...picked].sort((a, b) => a - b).map((k) => glyphs[k]!.ch).join('');
  if (first < 0) return { kind: 'differs', page: pageText, text: '' };
  let end = last + 1;
  if (end < text.length && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end++;
  const exact = text.slice(first, end);

  // Every selected glyph spells a character of the stretch (or is an undone hyphen)…
  for (const k of picked) if (!spelled.has(k) && !droppedHyphen(glyphs, k)) return { kind: 'differs', page: pageText, text: exact };
  // …and every character of the stretch was selected on the page.
  for (let i = first; i < end; i++) {
    if (/\s/.test(text[i]!) || (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)) continue;
    const g = map[i]!;
    // (A ligature's characters all map to its one glyph, so ﬁ selected spells "fi".)
    if (g < 0 || !picked.has(g)) return { kind: 'differs', page: pageText, text: exact };
  }
  const rects = quoteRects(text, { start: first, length: end - first }, glyphs, map).rects;
  return { kind: 'quote', paragraphId: paragraph.id, start: first, exact, rects };
}
