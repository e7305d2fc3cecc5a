import type { PageBox } from '../../../../shared/types.ts';
import { normaliseExtracted } from './normalise.ts';
import { noteRefText } from './notes.ts';
import type { GlyphTag } from './pdf-tags.ts';

// Positioned text items → printed lines, on one page. Coordinates here are the page as displayed:
// origin top-left, y downward, PDF points. For vertical Japanese the reading frame is turned so that
// a column reads like a line: `x` runs down the column, `y` runs from the rightmost column leftward.

/** One text item as pdf.js gives it, converted to the displayed page. */
export interface Glyphs {
  str: string;
  /** Start of the text on its baseline, and its advance, in the displayed page. */
  x: number;
  y: number;
  width: number;
  size: number;
  vertical: boolean;
  /** Tagged PDFs: what the structure tree says about this item (pdf-tags.ts). */
  tag?: GlyphTag | null;
}

export interface Line {
  page: number;
  text: string;
  /** Footnote labels carried as superscripts. */
  refs: string[];
  /** Size carrying most of the line's characters. */
  size: number;
  /** Reading frame: start and end along the line, baseline across. */
  left: number;
  right: number;
  baseline: number;
  /** The line on the displayed page. */
  box: PageBox;
  vertical: boolean;
  /** Tagged PDFs: the tag carrying most of the line's characters; null where untagged. */
  tag?: GlyphTag | null;
}

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc]/u;
const CJK_END = new RegExp(`${CJK_RE.source}$`, 'u');
const CJK_START = new RegExp(`^${CJK_RE.source}`, 'u');
const CJK_SPACES = new RegExp(`(?<=${CJK_RE.source})[ \\u00a0]+(?=${CJK_RE.source})`, 'gu');
const LETTER_SPACED_DIGITS = new RegExp(`(?<=${CJK_RE.source}) ?(\\d(?: \\d)+) ?(?=${CJK_RE.source})`, 'gu');
/** Spaces next to CJK punctuation are never the author's. */
const CJK_PUNCT_SPACES = /[ \u00a0]+(?=[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])|(?<=[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])[ \u00a0]+/gu;
const NOTE_LABEL_RE = /^(?:\d{1,3}|[*†‡§¶]|[a-z])$/;

/** pdf.js puts a space for gaps of a fraction of an em; letter-spaced CJK comes out `保 医 発`. */
export function tidyLineText(text: string): string {
  let t = text.replace(CJK_SPACES, '').replace(CJK_PUNCT_SPACES, '');
  // Letter-spaced digits between CJK characters (`保医発 0 3 0 5 号`) are one number.
  t = t.replace(LETTER_SPACED_DIGITS, (_, digits: string) => digits.replace(/ /g, ''));
  // Letter-spaced capitals: `E C O N O M I C  S E C U R I T Y` → `ECONOMIC SECURITY`.
  if (/^(?:\p{Lu} ){3,}\p{Lu}(?: {2,}(?:\p{Lu} )*\p{Lu})*$/u.test(t)) t = t.split(/ {2,}/).map((w) => w.replace(/ /g, '')).join(' ');
  return t.replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}

function isVerticalPage(items: readonly Glyphs[]): boolean {
  let vertical = 0;
  let horizontal = 0;
  for (const it of items) if (it.vertical) vertical++;
  if (vertical > items.length / 2) return true;
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if ([...a.str].length !== 1 || [...b.str].length !== 1) {
      horizontal++;
      continue;
    }
    const size = Math.max(a.size, b.size);
    const dx = Math.abs(b.x - a.x);
    const dy = b.y - a.y;
    if (dx < 0.3 * size && dy > 0.5 * size && dy < 1.6 * size) vertical++;
    else if (Math.abs(dy) < 0.3 * size) horizontal++;
  }
  return vertical > 10 && vertical > horizontal * 2;
}

/**
 * Turns a page's items into lines: items on one baseline join (a jump back or a gutter-sized gap
 * starts a new line), superscripts become note references, spacing is decided from positions.
 */
export function pageLines(page: number, raw: readonly Glyphs[], pageWidth: number): Line[] {
  const items = raw.filter((it) => it.str.trim() !== '' || it.str === ' ');
  const vertical = isVerticalPage(items.filter((it) => it.str.trim() !== ''));
  const framed = vertical ? items.map((it) => toVerticalFrame(it, pageWidth)) : items;
  const lines: Line[] = [];
  let current: Glyphs[] = [];
  const flush = () => {
    if (current.length > 0) {
      const line = buildLine(page, current, vertical, pageWidth);
      if (line) lines.push(line);
    }
    current = [];
  };
  let baseSize = 0;
  for (const it of framed) {
    if (it.str.trim() === '') {
      if (current.length > 0) current.push(it);
      continue;
    }
    const last = lastText(current);
    if (!last) {
      current.push(it);
      baseSize = it.size;
      continue;
    }
    const size = Math.max(baseSize, it.size);
    const end = last.x + last.width;
    const sameBaseline = Math.abs(it.y - baselineOf(current)) <= 0.5 * size;
    const jumpBack = it.x < end - Math.max(10, size);
    const gutter = it.x - end > Math.max(1.8 * size, 14);
    if (!sameBaseline || jumpBack || gutter) {
      flush();
      baseSize = it.size;
    } else if (it.size > baseSize) baseSize = it.size;
    current.push(it);
  }
  flush();
  return lines;
}

function lastText(items: readonly Glyphs[]): Glyphs | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.str.trim() !== '') return items[i];
  return undefined;
}

/** The baseline of the line's main text (superscripts sit higher). */
function baselineOf(items: readonly Glyphs[]): number {
  let best = items[0]!;
  for (const it of items) if (it.str.trim() !== '' && it.size > best.size) best = it;
  return best.y;
}

function toVerticalFrame(it: Glyphs, pageWidth: number): Glyphs {
  // Down the column becomes along the line; right-to-left columns become top-to-bottom lines. The
  // line's baseline is the column's middle: a vertical font's origin is there already, a glyph set
  // upright one per line (as most generators without vertical fonts do) has its middle half its
  // advance right of its origin.
  const middle = it.vertical ? it.x : it.x + it.width / 2;
  return { ...it, x: it.y - it.size, y: pageWidth - middle, width: it.size * [...it.str].length, vertical: true };
}

function buildLine(page: number, items: Glyphs[], vertical: boolean, pageWidth: number): Line | null {
  const textItems = items.filter((it) => it.str.trim() !== '');
  if (textItems.length === 0) return null;
  // The size carrying most characters is the line's size; clearly smaller raised items are notes.
  const weight = new Map<number, number>();
  for (const it of textItems) weight.set(round(it.size), (weight.get(round(it.size)) ?? 0) + it.str.length);
  const size = [...weight.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const baseline = mainBaseline(textItems, size);
  let text = '';
  const refs: string[] = [];
  let prevEnd = -Infinity;
  let prevWasRef = false;
  for (const it of items) {
    if (it.str.trim() === '') {
      // A space item a full em wide between CJK characters is an ideographic space (U+3000).
      if (!vertical && CJK_END.test(text) && it.width >= size * 0.75) text += '\u3000';
      else if (!vertical && text !== '' && !text.endsWith(' ') && !text.endsWith('\u3000')) text += ' ';
      if (text !== '') prevEnd = Math.max(prevEnd, it.x + it.width);
      continue;
    }
    const str = normaliseExtracted(it.str);
    const raised = !vertical && it.size < size * 0.8 && baseline - it.y > size * 0.15;
    const label = str.trim();
    if (raised && NOTE_LABEL_RE.test(label) && text !== '') {
      refs.push(label);
      text = text.replace(/ $/, '') + noteRefText(label);
      prevEnd = it.x + it.width;
      prevWasRef = true;
      continue;
    }
    const gap = it.x - prevEnd;
    if (text !== '' && !text.endsWith(' ') && !text.endsWith('\u3000') && !/^\s/.test(str)) {
      // CJK meets anything without a space; Latin words get one where the gap is a word space.
      const cjkBoundary = CJK_END.test(text) || CJK_START.test(str);
      if (!cjkBoundary && (gap > size * 0.15 || prevWasRef)) text += ' ';
      // A full-width gap between CJK characters is an ideographic space (U+3000) the author typed.
      else if (cjkBoundary && CJK_END.test(text) && CJK_START.test(str) && gap > size * 0.75) text += '\u3000';
    }
    text += str;
    prevEnd = it.x + it.width;
    prevWasRef = false;
  }
  text = tidyLineText(text);
  if (text === '') return null;
  const first = textItems[0]!;
  const lastItem = textItems[textItems.length - 1]!;
  const left = first.x;
  const right = lastItem.x + lastItem.width;
  const box: PageBox = vertical
    ? { page, x: round(pageWidth - baseline - size / 2), y: round(left), width: round(size), height: round(right - left) }
    : { page, x: round(left), y: round(baseline - size * 0.85), width: round(right - left), height: round(size) };
  return { page, text, refs, size, left, right, baseline, box, vertical, tag: lineTag(textItems) };
}

/** The tag of most of the line's characters. */
function lineTag(items: readonly Glyphs[]): GlyphTag | null {
  const weight = new Map<string, { tag: GlyphTag | null; n: number }>();
  for (const it of items) {
    const t = it.tag ?? null;
    const k = t === null ? '-' : t.artifact ? 'a' : String(t.element);
    const w = weight.get(k) ?? { tag: t, n: 0 };
    w.n += it.str.length;
    weight.set(k, w);
  }
  let best: { tag: GlyphTag | null; n: number } | null = null;
  for (const w of weight.values()) if (!best || w.n > best.n) best = w;
  return best?.tag ?? null;
}

function mainBaseline(items: readonly Glyphs[], size: number): number {
  for (const it of items) if (round(it.size) === size) return it.y;
  return items[0]!.y;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
