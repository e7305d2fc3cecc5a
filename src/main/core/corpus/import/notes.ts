const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * How a note reference reads in paragraph text: a number as superscript digits (`security¹²`),
 * so it neither runs into the word nor reads as part of a number; anything else in brackets.
 */
export function noteRefText(label: string): string {
  if (/^\d{1,4}$/.test(label)) return [...label].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  return `[${label}]`;
}

/** `¹²` → `12`, for matching a superscript printed in a PDF to its footnote label. */
export function fromSuperscript(text: string): string {
  return [...text].map((c) => {
    const i = SUPERSCRIPT_DIGITS.indexOf(c);
    return i >= 0 ? String(i) : c;
  }).join('');
}
