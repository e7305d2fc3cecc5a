// Character classes and the two text repairs every layout needs: undoing PDF letter-spacing and
// joining a line that the printer wrapped.

/** Footnote markers as printed: circled numbers ①–⑳, ㉑–㊿. */
export const MARKER_CLASS = '\u2460-\u2473\u3251-\u325f\u32b1-\u32bf';
const MARKER_GLOBAL_RE = new RegExp(`[${MARKER_CLASS}]`, 'gu');

/** Every footnote marker in `text`, in order (a marker may occur more than once). */
export function markersIn(text: string): string[] {
  return text.match(MARKER_GLOBAL_RE) ?? [];
}

export const HAN_RE = /\p{Script=Han}/u;

/**
 * Characters set on the CJK grid: ideographs, kana, CJK and full-width punctuation, the curly quotes
 * and dashes Chinese typesetting uses, and footnote markers. A space between two of them is never
 * part of the author's text in the wrapped PDF extraction.
 */
const CJK_CLASS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026\u30fb' + MARKER_CLASS;
const CJK_SPACES_RE = new RegExp(`(?<=[${CJK_CLASS}])[ \\u00a0\\u3000]+(?=[${CJK_CLASS}])`, 'gu');

/** ` 在 世 界 经 济` → `在世界经济`; spaces next to Latin words and numbers stay. */
export function removeCjkSpaces(text: string): string {
  return text.replace(CJK_SPACES_RE, '');
}

/** Collapses runs of spaces (the PDF sometimes doubles them) and trims. */
export function tidySpaces(text: string): string {
  return text.replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}

/**
 * Printed width in em: everything from U+1100 up (ideographs, kana, CJK punctuation, curly quotes,
 * dashes) counts 1, Latin letters, digits and spaces 1/2. Used to tell a full printed line from a
 * short one, so it only needs to be right on average.
 */
export function printedWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair: counted with the first
    w += c >= 0x1100 ? 1 : 0.5;
  }
  return w;
}

const LATIN_END = /[A-Za-z0-9\u00c0-\u024f.,;:!?)\]'"%]$/;
const LATIN_START = /^[A-Za-z0-9\u00c0-\u024f(['"]/;

/**
 * Joins the text after a line wrap. Chinese needs no space; Latin words do (`economic` / `security`),
 * except after a PDF hyphenation mark (`sup⁃` / `plychain`, dropped) or a real hyphen (`so-` /
 * `called`, kept).
 */
export function joinWrapped(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  if (left.endsWith('\u2043')) return left.slice(0, -1) + right;
  if (/[A-Za-z]-$/.test(left) && /^[A-Za-z]/.test(right)) return left + right;
  return LATIN_END.test(left) && LATIN_START.test(right) ? `${left} ${right}` : left + right;
}

const IDEOGRAPH_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const IDEOGRAPH_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * joinWrapped for the wrapped PDF extraction, which writes a space wherever Chinese meets a Latin
 * word or a number (`2021 年`, `TPP 后`). A wrap at such a point lost that space; putting it back
 * keeps the text uniform, so the same words read and search the same on every line.
 */
export function joinPrintedLines(left: string, right: string): string {
  if ((IDEOGRAPH_END.test(left) && /^[A-Za-z0-9]/.test(right)) || (/[A-Za-z0-9]$/.test(left) && IDEOGRAPH_START.test(right))) {
    return `${left} ${right}`;
  }
  return joinWrapped(left, right);
}
