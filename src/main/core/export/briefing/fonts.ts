// Fonts, and which script each stretch of text is in. Every run names a Latin font (w:ascii,
// w:hAnsi), an East-Asian font (w:eastAsia) and a complex-script font (w:cs); Chinese and Japanese
// stretches are split into runs of their own carrying w:hint="eastAsia" and their language, so
// punctuation that Unicode shares between scripts (“ ” ‘ ’ … —) takes the CJK font inside Chinese
// text and the Latin one inside English text, in Word, WPS and LibreOffice alike.
//
// The faces are the ones every Chinese Windows and WPS install has: 宋体 SimSun for text and 黑体
// SimHei for headings, Times New Roman and Arial for Latin. LibreOffice on Linux maps the Latin ones
// to the metric-compatible Liberation fonts and, finding no SimSun, falls back by the run's language
// (zh-CN / ja-JP) to a CJK font such as Noto Serif/Sans CJK (fonts-noto-cjk): no boxes.

export interface Face {
  latin: string;
  eastAsia: string;
}

export const BODY_FACE: Face = { latin: 'Times New Roman', eastAsia: 'SimSun' };
export const HEADING_FACE: Face = { latin: 'Arial', eastAsia: 'SimHei' };

/** Alternative names Word and WPS use to find the same face (fontTable w:altName). */
export const EAST_ASIAN_ALT_NAMES: Record<string, string> = { SimSun: '宋体', SimHei: '黑体' };

export type Script = 'latin' | 'zh' | 'ja';

// Han, CJK punctuation, kana, fullwidth forms, CJK compatibility, Hangul (rare here, but it needs
// the East-Asian slot too).
const CJK = /[\u2E80-\u2FFF\u3000-\u30FF\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\uD840-\uD87F][\uDC00-\uDFFF]/;
const KANA = /[\u3040-\u30FF\u31F0-\u31FF]/;
/** Characters that belong to whichever script surrounds them. */
const NEUTRAL = /[\s“”‘’"'…—–·•()[\]\-/,.:;!?0-9%]/;

export interface Segment {
  text: string;
  script: Script;
}

/**
 * Splits text into Latin and CJK stretches. Neutral characters (spaces, digits, shared punctuation)
 * join the stretch they sit in; at a boundary they go with the CJK side when the next real
 * character is CJK, so `“实体清单”` stays one East-Asian run.
 */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const chars = Array.from(text);
  const kinds = chars.map((c) => (CJK.test(c) ? 'cjk' : NEUTRAL.test(c) ? 'neutral' : 'latin'));
  // Resolve neutrals: take the kind of the previous strong character, or of the next one at the start.
  let last: 'cjk' | 'latin' | null = null;
  const resolved = kinds.slice();
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'neutral') last = kinds[i] as 'cjk' | 'latin';
    else if (last) resolved[i] = last;
  }
  let next: 'cjk' | 'latin' = 'latin';
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i] !== 'neutral') next = kinds[i] as 'cjk' | 'latin';
    else if (resolved[i] === 'neutral') resolved[i] = next;
    // An opening quote or bracket before CJK text belongs to it even after Latin text.
    else if (/[“‘(（[]/.test(chars[i]!) && next === 'cjk') resolved[i] = 'cjk';
  }
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i === chars.length || resolved[i] !== resolved[start]) {
      const piece = chars.slice(start, i).join('');
      const script: Script = resolved[start] === 'cjk' ? (KANA.test(piece) ? 'ja' : 'zh') : 'latin';
      out.push({ text: piece, script });
      start = i;
    }
  }
  return out;
}
