import { MARKER_CLASS } from './chars.ts';

// What may follow the last word of a sentence on the printed line: citations `［12］`, footnote
// markers (`①`, or `^①` before clean-up) and spaces.
const TRAILING_APPARATUS_RE = new RegExp(`(?:［\\d+(?:[-–—,，]\\d+)*］|\\^?[${MARKER_CLASS}]|\\s)+$`, 'u');
const CLOSERS_RE = /[”’」』）)》〉】]+$/;

/**
 * The README's test for the wrapped layout: the line ends with 。？！ or a closing quote, after
 * citations and footnote markers.
 */
export function endsWithFinalMark(line: string): boolean {
  return /[。？！”?!…]$/.test(line.replace(TRAILING_APPARATUS_RE, ''));
}

/**
 * Stricter test for the line-per-paragraph layout, where a false "yes" would glue two of the
 * authors' paragraphs together: a closing quote or bracket only counts when a sentence ends inside it.
 */
export function endsSentence(line: string): boolean {
  return /[。？！?!…]$/.test(line.replace(TRAILING_APPARATUS_RE, '').replace(CLOSERS_RE, ''));
}
