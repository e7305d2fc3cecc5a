import { MARKER_CLASS } from './chars.ts';

const MARKER_RE = new RegExp(`[${MARKER_CLASS}]`, 'u');
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】']);

/** Closing → opening bracket of numbered citations: `［12］`, `〔3〕`, `[4]`. */
const CITATION_BRACKETS = new Map([
  ['］', '［'],
  ['〕', '〔'],
  [']', '['],
]);

/**
 * The line without what may follow the last word of a sentence on a printed line: numbered
 * citations (`［12］`, `［3-5］`), footnote markers (`①`, or `^①` before clean-up) and spaces.
 * Scans from the end, so it costs only the length of what it removes.
 */
export function stripTrailingApparatus(line: string): string {
  let end = line.length;
  while (end > 0) {
    const ch = line[end - 1]!;
    if (ch === ' ' || ch === '\t' || ch === '^' || MARKER_RE.test(ch)) {
      end--;
      continue;
    }
    const opening = CITATION_BRACKETS.get(ch);
    if (opening) {
      let k = end - 2;
      while (k >= 0 && /[0-9,，\-–—]/.test(line[k]!)) k--;
      if (k >= 0 && k < end - 2 && line[k] === opening) {
        end = k;
        continue;
      }
    }
    break;
  }
  return line.slice(0, end);
}

/**
 * The README's test for the wrapped layout: the line ends with 。？！ or a closing quote, after
 * citations and footnote markers.
 */
export function endsWithFinalMark(line: string): boolean {
  return /[。？！”?!…]$/.test(stripTrailingApparatus(line).slice(-1));
}

/**
 * Stricter test for the line-per-paragraph layout, where a false "yes" would glue two of the
 * authors' paragraphs together: a closing quote or bracket only counts when a sentence ends inside it.
 */
export function endsSentence(line: string): boolean {
  const text = stripTrailingApparatus(line);
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1]!)) end--;
  return end > 0 && /[。？！?!…]/.test(text[end - 1]!);
}
