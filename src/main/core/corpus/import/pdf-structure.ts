import type { SourceBlock } from './blocks.ts';
import type { Line } from './pdf-lines.ts';
import { fromSuperscript } from './notes.ts';
import { orderPage } from './pdf-columns.ts';
import { marginFurniture } from './pdf-margins.ts';
import { judgeTags } from './pdf-tags.ts';
import type { GlyphTag } from './pdf-tags.ts';

// Lines of every page → blocks: furniture removed by repetition across pages, reading order over
// columns, footnotes kept apart by size and label, headings by size (or a section number on a short
// line), paragraphs by indent, line gap, short last lines and changes of size.

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: Line[];
}

export interface Structure {
  blocks: SourceBlock[];
  /** Furniture lines removed, for the summary and the tests. */
  furniture: string[];
  bodySize: number;
}

const SENTENCE_END = /[.。．!?！？」』”"’:：)）]$/u;
const LABEL_RE = /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|\d{1,3}(?=[\s).．、]|\p{Script=Han}|\p{L})|[*†‡§])[\s).．、]*/u;
const CIRCLED_RE = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/gu;
const CAPTION_RE = /^(?:Figure|Fig\.|Table|Chart|Exhibit|Box|图|表|図|圖)\s*[0-9０-９一二三四五六七八九十]+/u;
const ABSTRACT_RE = /^(?:［\s*摘\s*要\s*］|【\s*(?:内容提要|摘要|要旨)\s*】|(?:Abstract|ABSTRACT|Summary|摘\s*要|内容提要|要\s*旨|概\s*要)\s*[:：.．]?)/u;
const BULLET_RE = /^(?:[•·▪◦●○■□・‣⁃–\uf0a7\uf0b7\uf076\uf0d8\uf0fc-]\s+|\(?\d{1,2}\)\s+|\(?[a-z]\)\s+)/u;
// U+F0B7, U+F0A7, …: Word's Symbol and Wingdings bullets, private-use code points in the PDF's text.
const BULLET_GLYPH_RE = /^[•·▪◦●○■□・‣⁃\uf0a7\uf0b7\uf076\uf0d8\uf0fc]\s*/u;
const NUMBERED_HEADING_RE = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[0-9０-９一二三四五六七八九十]+[章節节部編]|[IVX]{1,4}\.\s+\S)/u;
const SECTION_LABEL_RE = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s|^([一二三四五六七八九十]+)、|^（([一二三四五六七八九十]+)）|^第([0-9０-９一二三四五六七八九十]+)[章節节部編]/u;

function key(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

function numbersIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

/**
 * Running heads, page numbers and printer's lines: among the outermost two lines at the top and
 * bottom of each page, a line whose text repeats on other pages at about the same place, or repeats
 * with a number that advances with the page. A lone number advancing with the page counts too.
 */
export function findFurniture(pages: readonly PageLines[], tagged: ((l: Line) => boolean) | null = null): Set<Line> {
  const furniture = new Set<Line>();
  const candidates: Array<{ line: Line; key: string; zone: 'top' | 'bottom' }> = [];
  for (const p of pages) {
    const sorted = [...p.lines].sort((a, b) => a.box.y - b.box.y);
    const zone = (line: Line, z: 'top' | 'bottom') => candidates.push({ line, key: key(line.text), zone: z });
    sorted.slice(0, 2).forEach((l) => l.box.y < p.height * 0.2 && zone(l, 'top'));
    sorted.slice(-3).forEach((l) => l.box.y > p.height * 0.8 && zone(l, 'bottom'));
  }
  const byKey = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const k = `${c.zone}\u0000${c.key}`;
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(c);
  }
  for (const list of byKey.values()) {
    const pagesSeen = new Set(list.map((c) => c.line.page));
    const hasDigits = /#/.test(list[0]!.key);
    if (pagesSeen.size >= 2) {
      const identical = list.every((c) => c.line.text === list[0]!.line.text);
      if (!hasDigits || identical) {
        if (list.every((c) => Math.abs(c.line.box.y - list[0]!.line.box.y) < 24)) for (const c of list) furniture.add(c.line);
        continue;
      }
      // A number in the line must advance with the page (page numbers, printer's slugs), never just repeat.
      const offsets = list.map((c) => numbersIn(c.line.text).map((n) => n - c.line.page));
      const width = offsets[0]!.length;
      const advancing = Array.from({ length: width }, (_, k) => offsets.every((o) => o[k] === offsets[0]![k]));
      const constant = Array.from({ length: width }, (_, k) => list.every((c) => numbersIn(c.line.text)[k] === numbersIn(list[0]!.line.text)[k]));
      if (advancing.some(Boolean) && advancing.every((a, k) => a || constant[k])) for (const c of list) furniture.add(c.line);
    } else if (pages.length === 1 && /^[\s\-–—·.|]*\d{1,4}[\s\-–—·.|]*$/.test(list[0]!.line.text) && list[0]!.zone === 'bottom') {
      furniture.add(list[0]!.line);
    }
  }
  // One or two pages: repetition cannot decide; place and print can (pdf-margins.ts).
  // Lines a tagged PDF names as content are left alone here: its Artifact marks say what furniture is.
  if (pages.length <= 2) for (const l of marginFurniture(pages, furniture, bodySizeOf(pages, furniture))) if (!tagged?.(l)) furniture.add(l);
  return furniture;
}

/** The size carrying the most characters. */
export function bodySizeOf(pages: readonly PageLines[], skip: ReadonlySet<Line>): number {
  const weight = new Map<number, number>();
  for (const p of pages) for (const l of p.lines) if (!skip.has(l)) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  const best = [...weight.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : 10;
}

/** Reading order on one page (pdf-columns.ts): columns left to right, full-width lines cutting bands. */
export function readingOrder(lines: readonly Line[], pageWidth: number): Line[] {
  return orderPage(lines, pageWidth).lines;
}

interface Flow {
  line: Line;
  colLeft: number;
  colRight: number;
}

/** The whole document's lines → blocks. */
export function structure(pages: readonly PageLines[]): Structure {
  // Tagged PDFs: roles and element boundaries from the structure tree where it is sensible
  // (pdf-tags.ts), the geometry for every line the tags leave open.
  const verdict = judgeTags(pages.flatMap((p) => p.lines).map((l) => ({ chars: l.text.length, tag: l.tag ?? null })));
  const tagOf = (l: Line): (GlyphTag & { artifact: false }) | null => (verdict.structure && l.tag && !l.tag.artifact ? l.tag : null);
  const furniture = findFurniture(pages, verdict.structure ? (l) => tagOf(l) !== null : null);
  if (verdict.artifacts) for (const p of pages) for (const l of p.lines) if (l.tag?.artifact) furniture.add(l);
  const bodySize = bodySizeOf(pages, furniture);
  const blocks: SourceBlock[] = [];
  const allHeadingSizes = distinctHeadingSizes(pages, furniture, bodySize);
  const titleSize = allHeadingSizes[0];
  // The document title's size is no section level when nothing else is set that large.
  const titleOnly = titleSize !== undefined && pages.every((p) => p.page === 1 || p.lines.every((l) => l.size !== titleSize));
  const headingSizes = titleOnly ? allHeadingSizes.slice(1) : allHeadingSizes;
  let titleTaken = false;
  let openNote: SourceBlock | null = null;
  let prev: Flow | null = null;
  let current: SourceBlock | null = null;
  let lastStep = bodySize * 1.4;
  // The structure element the open block (or note) came from, when tagged.
  let currentElement: number | null = null;
  let noteElement: number | null = null;
  let firstOnPage = true;
  const taggedLevels = new Map<SourceBlock, number>();

  const startBlock = (b: SourceBlock): void => {
    blocks.push(b);
    current = b;
    currentElement = null;
  };
  const loc = (line: Line) => ({ page: line.page, boxes: [line.box] });
  const addLine = (b: SourceBlock, line: Line) => {
    b.pieces.push(line.text);
    if (line.refs.length > 0) (b.noteRefs ??= []).push(...line.refs.map(fromSuperscript));
    if (b.location) b.location.boxes.push(line.box);
    else b.location = loc(line);
  };

  /** A line the tags name: its element decides where blocks start, its role what they are. */
  const taggedLine = (line: Line, tag: GlyphTag & { artifact: false }, col: { left: number; right: number }): void => {
    if (tag.kind === 'footnote') {
      if (openNote && noteElement === tag.element) {
        openNote.pieces.push(line.text);
        openNote.location!.boxes.push(line.box);
        return;
      }
      const label = LABEL_RE.exec(line.text);
      openNote = { kind: 'footnote', pieces: [label ? line.text.slice(label[0].length) : line.text], lang: null, location: loc(line), ...(label ? { marker: fromSuperscript(label[1]!) } : {}) };
      blocks.push(openNote);
      noteElement = tag.element;
      return;
    }
    const flow: Flow = { line, colLeft: col.left, colRight: col.right };
    const size = line.size;
    const step = prev && prev.line.page === line.page ? line.baseline - prev.line.baseline : null;
    const indent = line.left - col.left > Math.max(0.6 * size, 4);
    const open = current;
    let joins = open !== null && currentElement === tag.element;
    // pdf.js gives no identity across pages: a paragraph running onto the next page is a new
    // element there, joined by the geometry (the last line ran full, the next is not indented).
    if (!joins && open !== null && firstOnPage && prev && prev.line.page !== line.page && tag.kind === open.kind && (tag.kind === 'body' || tag.kind === 'list')) {
      const prevShort = endsShort(prev, line) && SENTENCE_END.test(prev.line.text.replace(/[⁰-⁹¹²³]+$/u, ''));
      joins = !indent && !prevShort;
    }
    firstOnPage = false;
    if (joins) {
      addLine(open!, line);
    } else if (tag.kind === 'heading') {
      const isTitle = !titleTaken && line.page === 1 && (tag.title === true || (titleSize !== undefined && size === titleSize));
      if (isTitle) titleTaken = true;
      const section = isTitle ? '' : sectionLabel(line.text);
      const geometric = size >= bodySize * 1.12 ? Math.max(1, headingSizes.indexOf(size) + 1) : sectionDepth(line.text) + 1;
      startBlock({ kind: 'heading', pieces: [], lang: null, level: isTitle ? 1 : geometric, ...(section !== null ? { section } : {}) });
      if (!isTitle && tag.level !== undefined) taggedLevels.set(current!, tag.level);
      addLine(current!, line);
    } else if (tag.kind === 'list') {
      startBlock({ kind: 'list', pieces: [], lang: null });
      addLine(current!, { ...line, text: line.text.replace(BULLET_GLYPH_RE, '') });
    } else if (tag.kind === 'caption') {
      startBlock({ kind: 'caption', pieces: [], lang: null });
      addLine(current!, line);
    } else {
      const abstract = ABSTRACT_RE.test(line.text);
      startBlock({ kind: abstract ? 'abstract' : 'body', pieces: [], lang: null, ...(abstract ? { frontMatter: true } : {}) });
      addLine(current!, line);
    }
    currentElement = tag.element;
    if (step !== null && step > 0 && step < size * 2.2 && !indent) lastStep = step;
    prev = flow;
  };

  for (const p of pages) {
    const ordered = orderPage(p.lines.filter((l) => !furniture.has(l)), p.width);
    const content = ordered.lines;
    const notes = footnoteZone(content, bodySize);
    const inNotes = (l: Line) => (tagOf(l) ? tagOf(l)!.kind === 'footnote' : notes.has(l));
    const columns = columnBounds(content.filter((l) => !inNotes(l)), ordered.column);
    const pendingRefs = new Set(content.flatMap((l) => l.refs.map(fromSuperscript)).concat(content.flatMap((l) => l.text.match(CIRCLED_RE) ?? [])));
    let noteOnPage = false;
    firstOnPage = true;
    for (const line of content) {
      const tag = tagOf(line);
      // A plain paragraph tag loses to clear print: small labelled lines under the text are notes,
      // large short lines headings (a generator that tags every block P, manual formatting).
      const printSays = tag?.kind === 'body' && (notes.has(line) || (line.size >= bodySize * 1.12 && line.text.length <= 120));
      if (tag && !printSays) {
        taggedLine(line, tag, columns.get(line) ?? { left: line.left, right: line.right });
        continue;
      }
      if (notes.has(line)) {
        const label = LABEL_RE.exec(line.text);
        const marker = label ? fromSuperscript(label[1]!) : null;
        if (marker !== null && (pendingRefs.has(marker) || !noteOnPage || /^[\u2460-\u32bf*†‡§]$/u.test(marker))) {
          openNote = { kind: 'footnote', pieces: [], lang: null, marker, location: loc(line) };
          openNote.pieces.push(line.text.slice(label![0].length));
          blocks.push(openNote);
          noteOnPage = true;
        } else if (openNote) {
          openNote.pieces.push(line.text);
          openNote.location!.boxes.push(line.box);
        } else {
          openNote = { kind: 'footnote', pieces: [line.text], lang: null, location: loc(line) };
          blocks.push(openNote);
          noteOnPage = true;
        }
        continue;
      }
      const col = columns.get(line)!;
      const flow: Flow = { line, colLeft: col.left, colRight: col.right };
      const size = line.size;
      const isHeadingSize = size >= bodySize * 1.12 && line.text.length <= 120;
      const numbered = NUMBERED_HEADING_RE.test(line.text) && !SENTENCE_END.test(line.text.replace(/[\u2460-\u32bf⁰-⁹¹²³]+$/u, '')) &&
        line.right - line.left < (col.right - col.left) * 0.7 && [...line.text].length <= 40 && (!prev || line.baseline - prev.line.baseline > lastStep * 1.2 || prev.line.page !== line.page || !sameBlockKind(current, 'body'));
      if (isHeadingSize || (numbered && size >= bodySize * 0.95)) {
        const level = isHeadingSize ? Math.max(1, headingSizes.indexOf(size) + 1) : sectionDepth(line.text) + 1;
        const continuing = current !== null && (current as SourceBlock).kind === 'heading' && prev !== null && prev.line.size === size && line.baseline - prev.line.baseline < size * 1.8 && prev.line.page === line.page;
        if (continuing) addLine(current!, line);
        else {
          const isTitle = !titleTaken && line.page === 1 && titleSize !== undefined && size === titleSize;
          if (isTitle) titleTaken = true;
          const section = isTitle ? '' : sectionLabel(line.text);
          startBlock({ kind: 'heading', pieces: [], lang: null, level: isTitle ? 1 : Math.max(1, level), ...(section !== null ? { section } : {}) });
          addLine(current!, line);
        }
        prev = flow;
        continue;
      }
      const text = line.text;
      const step = prev && prev.line.page === line.page ? line.baseline - prev.line.baseline : null;
      const indent = line.left - col.left > Math.max(0.6 * size, 4);
      const centred = Math.abs(line.left - col.left - (col.right - line.right)) < size && line.left - col.left > 2 * size;
      let startsNew = current === null || (current as SourceBlock).kind === 'heading' || (current as SourceBlock).kind === 'caption' && !CAPTION_RE.test(text) && step !== null && step > lastStep * 1.3;
      if (!startsNew && prev) {
        const prevShort = endsShort(prev, line) && SENTENCE_END.test(prev.line.text.replace(/[⁰-⁹¹²³]+$/u, ''));
        const sizeChange = Math.abs(prev.line.size - size) > size * 0.1;
        const bigGap = step !== null && step > Math.max(lastStep * 1.35, size * 1.9);
        const prevCentred = Math.abs(prev.line.left - prev.colLeft - (prev.colRight - prev.line.right)) < size && prev.line.left - prev.colLeft > 2 * size;
        startsNew = indent || prevShort || sizeChange || bigGap || centred || prevCentred;
      }
      if (CAPTION_RE.test(text)) {
        startBlock({ kind: 'caption', pieces: [], lang: null });
      } else if (BULLET_RE.test(text) && (startsNew || indent || !sameBlockKind(current, 'list'))) {
        startBlock({ kind: 'list', pieces: [], lang: null });
      } else if (startsNew) {
        const abstract = ABSTRACT_RE.test(text);
        startBlock({ kind: abstract ? 'abstract' : 'body', pieces: [], lang: null, ...(abstract ? { frontMatter: true } : {}) });
      }
      // A printed bullet is the list's decoration, not its text (DOCX and HTML items carry none).
      const open = current as unknown as SourceBlock;
      if (open.kind === 'list' && open.pieces.length === 0) addLine(open, { ...line, text: line.text.replace(BULLET_GLYPH_RE, '') });
      else addLine(open, line);
      if (step !== null && step > 0 && step < size * 2.2 && !indent) lastStep = step;
      prev = flow;
      firstOnPage = false;
    }
  }
  // Tagged heading levels, counted from the highest level used below the title (H2 sections under
  // an H1 title are level 1).
  if (taggedLevels.size > 0) {
    const top = Math.min(...taggedLevels.values());
    for (const [b, level] of taggedLevels) b.level = level - top + 1;
  }
  const kept = blocks.filter((b) => b.pieces.some((piece) => piece.trim() !== ''));
  // Where the document numbers its headings, an unnumbered one (`はじめに`, `Conclusion`) is its own
  // section by name rather than a number the authors never printed.
  const numberedDoc = kept.some((b) => b.kind === 'heading' && b.section !== undefined && b.section !== '');
  if (numberedDoc) for (const b of kept) if (b.kind === 'heading' && b.section === undefined) b.section = b.pieces.join('').slice(0, 40);
  return { blocks: kept, furniture: [...furniture].map((l) => l.text), bodySize };
}

/**
 * A line ended short if the first word of the next line would have fitted after it: the typesetter
 * broke the line on purpose, at the paragraph's end.
 */
function endsShort(prev: Flow, next: Line): boolean {
  const room = prev.colRight - prev.line.right;
  const firstWord = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(next.text) ? [...next.text][0]! : (next.text.split(/\s+/)[0] ?? '');
  const perChar = (next.right - next.left) / Math.max(1, printedLength(next.text));
  return room > perChar * printedLength(firstWord) + next.size * 0.5;
}

/** Characters weighted by their printed width: CJK 1, others about half. */
function printedLength(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\uffff]/u.test(ch) && ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return n;
}

function sameBlockKind(b: SourceBlock | null, kind: SourceBlock['kind']): boolean {
  return b !== null && b.kind === kind;
}

/** The distinct sizes of heading-sized lines, largest first. */
function distinctHeadingSizes(pages: readonly PageLines[], skip: ReadonlySet<Line>, bodySize: number): number[] {
  const sizes = new Set<number>();
  for (const p of pages) for (const l of p.lines) if (!skip.has(l) && l.size >= bodySize * 1.12 && l.text.length <= 120) sizes.add(l.size);
  return [...sizes].sort((a, b) => b - a);
}

function sectionLabel(text: string): string | null {
  const m = SECTION_LABEL_RE.exec(text);
  if (!m) return null;
  return m[1] ?? m[2] ?? (m[3] ? `（${m[3]}）` : null) ?? m[4] ?? null;
}

function sectionDepth(text: string): number {
  const m = /^(\d{1,2}(?:\.\d{1,2}){0,3})/.exec(text);
  if (m) return m[1]!.split('.').length - 1;
  return /^（/.test(text) ? 1 : 0;
}

/**
 * Footnotes: lines smaller than the body text below the last body-size line of the page (notes
 * run to the page bottom). Decided by geometry and size, not by content order.
 */
function footnoteZone(lines: readonly Line[], bodySize: number): Set<Line> {
  const zone = new Set<Line>();
  let lowestBody = -Infinity;
  for (const l of lines) if (l.size >= bodySize * 0.95 && !l.vertical) lowestBody = Math.max(lowestBody, l.baseline);
  for (const l of lines) if (!l.vertical && l.size < bodySize * 0.9 && l.baseline > lowestBody) zone.add(l);
  // A zone must start with a labelled line, or it is small print (a table, a source line).
  const first = [...zone].sort((a, b) => a.baseline - b.baseline)[0];
  if (first && !LABEL_RE.test(first.text)) {
    // Notes continued from the previous page start unlabelled; keep the zone if any line is labelled.
    if (![...zone].some((l) => LABEL_RE.test(l.text))) zone.clear();
  }
  return zone;
}

/** Per line, the left and right edge of the column it belongs to (the extent of lines in that column on the page). */
function columnBounds(lines: readonly Line[], columnOf: ReadonlyMap<Line, string>): Map<Line, { left: number; right: number }> {
  const out = new Map<Line, { left: number; right: number }>();
  const groups = new Map<string, Line[]>();
  for (const l of lines) {
    const k = columnOf.get(l) ?? 'span';
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(l);
  }
  for (const members of groups.values()) {
    const lefts = members.map((m) => m.left).sort((a, b) => a - b);
    const rights = members.map((m) => m.right).sort((a, b) => a - b);
    // The most common left edge (the text's flush edge), not an indented or centred line's.
    const left = modeOf(lefts) ?? lefts[0]!;
    const right = rights[Math.floor(rights.length * 0.9)] ?? rights[rights.length - 1]!;
    for (const m of members) out.set(m, { left: Math.min(left, m.left), right: Math.max(right, m.right) });
  }
  return out;
}

function modeOf(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : null;
}
