// The only Unicode normalisation applied to extracted text. Full NFKC would rewrite full-width
// punctuation and digits that CJK authors typed on purpose (and so break exact quotes); these
// ranges are never the author's choice but an artefact of how the PDF maps glyphs to characters.

/** Latin ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ), Kangxi radicals, CJK radicals supplement, compatibility ideographs. */
const ARTEFACT_RE = /[\ufb00-\ufb06\u2f00-\u2fdf\u2e80-\u2eff\uf900-\ufaff]/gu;

export function normaliseExtracted(text: string): string {
  return text.replace(ARTEFACT_RE, (ch) => ch.normalize('NFKC'));
}
