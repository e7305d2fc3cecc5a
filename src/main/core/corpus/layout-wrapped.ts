import { CorpusError } from './corpus-error.ts';
import type { BlockSink } from './block-recorder.ts';
import { MARKER_CLASS, joinPrintedLines, printedWidth, removeCjkSpaces } from './chars.ts';
import { findEnglishBlocks } from './english-abstracts.ts';
import { endsWithFinalMark } from './final-punctuation.ts';
import { PageMarkers } from './page-markers.ts';
import { WrappedText } from './wrapped-text.ts';

// The wrapped layout (000): a PDF extraction with one printed line per text line. Paragraph ends are
// not marked, so they are inferred from line ends and line widths (see `endsParagraph`).

interface BodyItem {
  type: 'body';
  text: string;
  /** Printed width in em (see printedWidth) and the full line width around it. */
  width: number;
  full: number;
  abstract: boolean;
}

type Item =
  | BodyItem
  | { type: 'heading'; text: string; level: number; label: string; title: string }
  | { type: 'footnote'; marker: string; text: string }
  | { type: 'caption'; text: string }
  | { type: 'english'; text: string | null };

const CHAPTER_RE = /^([一二三四五六七八九十]+)、\s*(\S.*)$/;
const SUBSECTION_RE = /^(\d{1,2})\.\s*(\S.*)$/;
const FOOTNOTE_RE = new RegExp(`^([${MARKER_CLASS}])\\s*(.*)$`, 'u');
const CAPTION_RE = /^(?:[图表]\s*\d+(?:[\s.：:]|$)|资料来源\s*[：:])/;
const ABSTRACT_LABEL_RE = /^［摘\s*要］\s*/;
const KEYWORDS_LABEL_RE = /^［关\s*键\s*词］/;
/** Body lines on each side whose median width gives the local full line width. */
const WIDTH_WINDOW = 6;
/** First-line indent, in em. */
const INDENT = 2;
const MAX_LATIN_FOR_INDENT_TEST = 6;

export function parseWrappedLayout(raw: string, authors: readonly string[], builder: BlockSink, name: string): void {
  const lines = raw.split('\n').filter((l) => l.trim() !== '');
  const items = classify(lines, authors);
  if (!items.some((it) => it.type === 'body')) throw new CorpusError(name, `${name} has no body text to ingest.`);
  measureFullWidths(items);
  const nextFlow = nextFlowIndex(items);

  let open = false;
  items.forEach((item, i) => {
    switch (item.type) {
      case 'footnote':
        builder.footnote(item.marker, item.text);
        return;
      case 'caption':
        builder.caption(item.text);
        return;
      case 'english':
        open = false;
        if (item.text !== null) {
          builder.begin('abstract', 'en', true);
          builder.append(item.text);
        }
        return;
      case 'heading':
        // A heading-shaped line inside an unfinished paragraph is a wrapped line, not a heading.
        if (open) {
          builder.append(item.text);
          return;
        }
        builder.heading(item.level, item.label, item.title, item.text, '.');
        return;
      case 'body': {
        const first = !open || item.abstract;
        if (first) builder.begin(item.abstract ? 'abstract' : 'body', 'zh', item.abstract);
        builder.append(item.text);
        open = !endsParagraph(item, first, items[nextFlow[i]!]);
      }
    }
  });
}

/**
 * Decides whether body line `a` ends its paragraph, given the next line of running text `b`.
 *
 * README rule: the line ends with 。？！” and is clearly shorter than a full line. "Full" is
 * measured: a printed line holds ~40 em (`full`, see measureFullWidths); a paragraph's first line is
 * indented by 2 em and holds ~38. Widths count every CJK punctuation mark as 1 em although the
 * typesetter squeezes some to 1/2, so a filled line never measures less than its capacity.
 *
 * A paragraph can also end on a filled line (`…的影响。［10］` / `与美国相比，…`). That shows only
 * in the next line: one that measures at least 1 em less than a full line cannot be a filled
 * continuation line, so (unless it is itself a short last line) it is the indented first line of a
 * new paragraph. The test is skipped for lines with much Latin text, whose width is a rough guess.
 */
function endsParagraph(a: BodyItem, aIsFirst: boolean, b: Item | undefined): boolean {
  if (!endsWithFinalMark(a.text)) return false;
  if (b === undefined || b.type !== 'body' || b.abstract) return true;
  const capacity = aIsFirst ? a.full - INDENT : a.full;
  if (a.width <= capacity - 2) return true;
  return (
    !endsWithFinalMark(b.text) &&
    latinLetters(b.text) <= MAX_LATIN_FOR_INDENT_TEST &&
    b.width <= b.full - 1 &&
    b.width >= b.full - INDENT - 3
  );
}

function latinLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

function classify(lines: readonly string[], authors: readonly string[]): Item[] {
  const english = findEnglishBlocks(
    lines.map((l) => l.trim()),
    authors,
  );
  const inEnglish = new Uint8Array(lines.length);
  for (const b of english) inEnglish.fill(1, b.start, b.end);
  const globalFull = medianWidth(lines.filter((_, i) => inEnglish[i] === 0));
  const items: Item[] = [];
  let footnote: { marker: string; text: WrappedText } | null = null;
  const flushFootnote = (): void => {
    if (footnote) items.push({ type: 'footnote', marker: footnote.marker, text: footnote.text.toString() });
    footnote = null;
  };
  const pageMarkers = new PageMarkers();
  let blockIndex = 0;
  for (let i = 0; i < lines.length; i++) {
    const block = english[blockIndex];
    if (block && i === block.start) {
      flushFootnote();
      pageMarkers.newPage();
      items.push({ type: 'english', text: block.abstract === null ? null : removeCjkSpaces(block.abstract) });
      i = block.end - 1;
      blockIndex++;
      continue;
    }
    const rawLine = lines[i]!;
    // The extraction marks the first line of every page with one leading space.
    const pageStart = /^\s/.test(rawLine);
    const text = removeCjkSpaces(rawLine.trim());
    if (pageStart) {
      flushFootnote();
      pageMarkers.newPage();
    }

    if (CAPTION_RE.test(text)) {
      flushFootnote();
      items.push({ type: 'caption', text });
      continue;
    }
    const note = FOOTNOTE_RE.exec(text);
    if (note && pageMarkers.claim(note[1]!)) {
      flushFootnote();
      footnote = { marker: note[1]!, text: new WrappedText(joinPrintedLines, note[2]) };
      continue;
    }
    if (footnote) {
      // Footnotes fill the page bottom until the next page (or a figure caption) begins.
      footnote.text.add(text);
      continue;
    }
    if (KEYWORDS_LABEL_RE.test(text)) continue;
    pageMarkers.saw(text);
    const heading = parseHeading(text, globalFull);
    if (heading) {
      items.push(heading);
      continue;
    }
    const abstract = ABSTRACT_LABEL_RE.test(text);
    const body = abstract ? text.replace(ABSTRACT_LABEL_RE, '') : text;
    items.push({ type: 'body', text: body, width: printedWidth(text), full: globalFull, abstract });
  }
  flushFootnote();
  return items;
}

function parseHeading(text: string, full: number): Item | null {
  if (printedWidth(text) > full * 0.75 || /[。，；？！：]$/.test(text)) return null;
  const chapter = CHAPTER_RE.exec(text);
  if (chapter) return { type: 'heading', text, level: 1, label: chapter[1]!, title: chapter[2]!.trim() };
  const sub = SUBSECTION_RE.exec(text);
  if (sub) return { type: 'heading', text, level: 2, label: sub[1]!, title: sub[2]!.trim() };
  return null;
}

/**
 * The full line width around each body line: the median over nearby body lines. Local, because
 * lines set beside a figure are half as wide as the rest of the page.
 */
function measureFullWidths(items: Item[]): void {
  const body = items.filter((it): it is BodyItem => it.type === 'body');
  const widths = body.map((b) => b.width);
  const window = new Float64Array(2 * WIDTH_WINDOW + 1);
  body.forEach((b, i) => {
    const from = Math.max(0, i - WIDTH_WINDOW);
    const to = Math.min(widths.length, i + WIDTH_WINDOW + 1);
    let n = 0;
    for (let k = from; k < to; k++) {
      // Insertion sort: the window is tiny, and this keeps the pass linear in the document size.
      const w = widths[k]!;
      let j = n++;
      while (j > 0 && window[j - 1]! > w) {
        window[j] = window[j - 1]!;
        j--;
      }
      window[j] = w;
    }
    b.full = n % 2 === 1 ? window[(n - 1) / 2]! : (window[n / 2 - 1]! + window[n / 2]!) / 2;
  });
}

/** For every item, the index of the next item of running text (body, heading, English block). */
function nextFlowIndex(items: readonly Item[]): number[] {
  const next = new Array<number>(items.length);
  let upcoming = items.length;
  for (let i = items.length - 1; i >= 0; i--) {
    next[i] = upcoming;
    const t = items[i]!.type;
    if (t !== 'footnote' && t !== 'caption') upcoming = i;
  }
  return next;
}

function medianWidth(lines: readonly string[]): number {
  const widths = lines.map((l) => printedWidth(removeCjkSpaces(l.trim()))).sort((x, y) => x - y);
  return widths[Math.floor(widths.length / 2)] ?? 0;
}
