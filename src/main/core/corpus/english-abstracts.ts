import { HAN_RE, MARKER_CLASS, joinWrapped, tidySpaces } from './chars.ts';
import { WrappedText } from './wrapped-text.ts';

/** A run of lines holding the English abstracts printed at the end of a paper (or of an issue). */
export interface EnglishBlock {
  /** First and one-past-last line index of the block in the lines given. */
  start: number;
  end: number;
  /** The abstract of this paper, label removed; null when the block holds none. */
  abstract: string | null;
}

const ABSTRACT_RE = /^(?:\[Abstract\]|Abstract\s*[：:])\s*/i;
const KEYWORDS_RE = /^(?:\[Key\s*words\]|Key\s*Words\s*[：:])/i;
const OTHER_LABEL_RE = /^\[[A-Za-z ]+\]/;
const FOOTNOTE_RE = new RegExp(`^\\^?[${MARKER_CLASS}]`, 'u');
/** Title lines plus byline: how far before `Abstract` an article's header can start. */
const MAX_HEADER_LINES = 4;

/**
 * Finds the English abstract blocks: runs of lines without a Chinese character that contain an
 * `Abstract` line. Journals print the abstracts of every article in the issue together, so a block
 * can hold several; only the one whose header names one of `authors` is this paper's (failing that,
 * the last one, which is where the journal prints the article's own abstract).
 */
export function findEnglishBlocks(lines: readonly string[], authors: readonly string[]): EnglishBlock[] {
  const blocks: EnglishBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (HAN_RE.test(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    let firstAbstract = -1;
    while (end < lines.length && !HAN_RE.test(lines[end]!)) {
      if (firstAbstract < 0 && ABSTRACT_RE.test(lines[end]!)) firstAbstract = end;
      end++;
    }
    if (firstAbstract >= 0) {
      let start = Math.max(i, firstAbstract - MAX_HEADER_LINES);
      // English footnotes of the last page can run straight into the block; they are not part of it.
      while (start < firstAbstract && FOOTNOTE_RE.test(lines[start]!)) start++;
      blocks.push({ start, end, abstract: pickAbstract(lines, start, end, authors) });
    }
    i = end;
  }
  return blocks;
}

function pickAbstract(lines: readonly string[], start: number, end: number, authors: readonly string[]): string | null {
  const wanted = authors.map(normaliseName).filter((a) => a !== '');
  let chosen: string | null = null;
  let chosenByAuthor = false;
  let headerStart = start;
  for (let i = start; i < end; i++) {
    if (!ABSTRACT_RE.test(lines[i]!)) continue;
    const header = normaliseName(lines.slice(headerStart, i).join(' '));
    let stop = i + 1;
    while (stop < end && !KEYWORDS_RE.test(lines[stop]!) && !OTHER_LABEL_RE.test(lines[stop]!) && !ABSTRACT_RE.test(lines[stop]!)) stop++;
    const text = new WrappedText(joinWrapped);
    for (let k = i; k < stop; k++) text.add((k === i ? lines[k]!.replace(ABSTRACT_RE, '') : lines[k]!).trim());
    const byAuthor = wanted.some((name) => header.includes(name));
    if (byAuthor || !chosenByAuthor) {
      chosen = tidySpaces(text.toString());
      chosenByAuthor = byAuthor;
    }
    // The next article's header starts after this one's keywords and other labelled lines.
    headerStart = stop;
    while (headerStart < end && (KEYWORDS_RE.test(lines[headerStart]!) || OTHER_LABEL_RE.test(lines[headerStart]!))) headerStart++;
    i = stop - 1;
  }
  return chosen;
}

function normaliseName(s: string): string {
  return s.toLowerCase().replace(/[\s\-‐·]+/g, '');
}
