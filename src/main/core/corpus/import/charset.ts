// Decoding text of unknown or declared encoding: UTF-8 and UTF-16 by BOM, a declared charset when
// there is one, otherwise the legacy CJK encodings tried strictly and scored by what they produce.

export const DETECTABLE_ENCODINGS = ['utf-8', 'gb18030', 'shift_jis', 'euc-jp', 'big5'] as const;

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used. */
  encoding: string;
  /** How the encoding was chosen. */
  how: 'bom' | 'declared' | 'chosen' | 'detected';
}

/** The WHATWG name for a charset label (`sjis`, `gb2312`, `x-euc-jp` …), or null if unknown. */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How much a decoding looks like real text: common ideographs, kana, ASCII and CJK punctuation
 * score; private-use characters, replacement marks, half-width katakana and rare ideographs (what a
 * wrong legacy decoding produces) cost.
 */
function plausibility(text: string): number {
  let score = 0;
  let n = 0;
  for (const ch of text.slice(0, 20_000)) {
    const c = ch.codePointAt(0)!;
    n++;
    if (c < 0x80) score += 1;
    else if (c >= 0x3040 && c <= 0x30ff) score += 2; // kana
    else if (c >= 0x4e00 && c <= 0x9fff) score += 1.5;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) score += 1.5;
    else if (c >= 0xff61 && c <= 0xff9f) score -= 2; // half-width katakana: rare in real text
    else if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) score -= 5;
    else if (c >= 0x3400 && c <= 0x4dbf) score -= 2; // CJK extension A
    else if (c >= 0x20000) score -= 2;
  }
  return n === 0 ? 0 : score / n;
}

function isJapaneseEncoding(encoding: string): boolean {
  return encoding === 'shift_jis' || encoding === 'euc-jp';
}

function kanaShare(text: string): number {
  const sample = text.slice(0, 20_000);
  const kana = sample.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  const cjk = sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk === 0 ? 0 : kana / cjk;
}

/**
 * Decodes text bytes. `choice` (the analyst's) wins over a BOM only when given explicitly; a
 * declared charset (HTML meta) is next; otherwise UTF-8 is taken if the bytes are valid UTF-8 and
 * the legacy encodings are scored. Null when no encoding decodes the bytes.
 */
export function decodeText(bytes: Uint8Array, options: { choice?: string | null; declared?: string | null } = {}): Decoded | null {
  if (options.choice) {
    const name = encodingName(options.choice);
    if (!name) return null;
    const text = new TextDecoder(name, { ignoreBOM: false }).decode(bytes);
    return { text, encoding: name, how: 'chosen' };
  }
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding, how: 'bom' };
  if (options.declared) {
    const name = encodingName(options.declared);
    if (name) {
      const text = strict(bytes, name);
      if (text !== null) return { text, encoding: name, how: 'declared' };
    }
  }
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', how: 'detected' };
  let best: Decoded | null = null;
  let bestScore = -Infinity;
  for (const encoding of DETECTABLE_ENCODINGS.slice(1)) {
    const text = strict(bytes, encoding);
    if (text === null) continue;
    // GB2312 puts kana at the very code points EUC-JP does, so Japanese text decodes "plausibly" as
    // GB18030 too (kana plus wrong ideographs): text with many kana is Japanese.
    const score = plausibility(text) + (isJapaneseEncoding(encoding) && kanaShare(text) > 0.1 ? 1 : 0);
    if (score > bestScore) {
      best = { text, encoding, how: 'detected' };
      bestScore = score;
    }
  }
  return best;
}
