// The only Unicode normalisation applied to extracted text. Full NFKC would rewrite full-width
// punctuation and digits that CJK authors typed on purpose (and so break exact quotes); these
// ranges are never the author's choice but an artefact of how the PDF maps glyphs to characters.

/** Latin ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ), Kangxi radicals, CJK radicals supplement, compatibility ideographs. */
const ARTEFACT_RE = /[\ufb00-\ufb06\u2f00-\u2fdf\u2e80-\u2eff\uf900-\ufaff]/gu;

/**
 * CJK radicals supplement code points that fonts (Noto CJK, printed from Chromium) give for whole
 * ideographs of the same shape. NFKC leaves most of them alone, so they are mapped to the ideograph
 * they stand for here; Kangxi radicals (U+2F00–) and compatibility ideographs NFKC handles.
 */
const RADICAL_IDEOGRAPHS: Readonly<Record<string, string>> = {
  '\u2e9f': '母', '\u2ea0': '民', '\u2ec1': '虎', '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角', '\u2ec9': '贝',
  '\u2ecb': '车', '\u2ed1': '長', '\u2ed3': '长', '\u2ed4': '门', '\u2ed7': '雨', '\u2ed8': '青', '\u2ed9': '韦',
  '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee2': '马', '\u2ee4': '鬼', '\u2ee5': '鱼',
  '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾', '\u2eeb': '斉', '\u2eec': '齐',
  '\u2eed': '歯', '\u2eee': '齿', '\u2eef': '竜', '\u2ef0': '龙', '\u2ef2': '亀', '\u2ef3': '龟',
};

export function normaliseExtracted(text: string): string {
  return text.replace(ARTEFACT_RE, (ch) => RADICAL_IDEOGRAPHS[ch] ?? ch.normalize('NFKC'));
}
