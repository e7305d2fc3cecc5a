// Characters that break the files the app writes. XML 1.0 (the format of an .xlsx part) cannot carry
// C0 controls other than tab, newline and carriage return, the BMP noncharacters U+FFFE and U+FFFF, or
// UTF-16 surrogates that are not part of a pair (they cannot even be encoded as UTF-8). Such text is
// refused where it is typed and stripped, with a warning, where it arrives in a colleague's project,
// so an exported workbook is never one that Excel offers to "repair". Carriage return is refused too:
// the app stores line breaks as newlines only, and a stray CR shows as a box in some viewers.
// Plain TypeScript: main, the CLI and the renderer all use it.

// One alternation per kind: controls, noncharacters, a high surrogate not followed by a low one, a
// low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

export interface UnsafeChar {
  /** UTF-16 index of the character in the text. */
  index: number;
  codePoint: number;
}

/** The first character XML cannot carry, or null when the text is safe. */
export function findUnsafeChar(text: string): UnsafeChar | null {
  const m = UNSAFE.exec(text);
  return m ? { index: m.index, codePoint: m[0].charCodeAt(0) } : null;
}

export function isSafeText(text: string): boolean {
  return !UNSAFE.test(text);
}

/** `U+0007 (a control character)`, for messages. */
export function describeUnsafeChar(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint < 0x20) return `${hex} (a control character)`;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return `${hex} (half of a character pair, without its other half)`;
  return `${hex} (a noncharacter)`;
}

/** The message shown when a field holds such a character; position is 1-based for people. */
export function unsafeTextMessage(found: UnsafeChar): string {
  return `contains ${describeUnsafeChar(found.codePoint)} at position ${found.index + 1}; such characters cannot be saved or exported. Remove it and try again.`;
}

/** The text without the characters XML cannot carry, and how many were removed. */
export function stripUnsafeChars(text: string): { text: string; removed: number } {
  if (isSafeText(text)) return { text, removed: 0 };
  let removed = 0;
  const cleaned = text.replace(UNSAFE_ALL, () => {
    removed++;
    return '';
  });
  return { text: cleaned, removed };
}
