// Fonts, and which script each stretch of text is in. The faces are named once, in the styles
// (skeleton.ts): the document defaults and every paragraph style give a Latin font (w:ascii,
// w:hAnsi, w:cs) and an East-Asian one (w:eastAsia), so Word, WPS and LibreOffice pick the right one
// for each character. Chinese and Japanese stretches are also split into runs of their own carrying
// w:hint="eastAsia" (and ja-JP for Japanese), so punctuation that Unicode shares between scripts
// (“ ” ‘ ’ … —) takes the CJK font inside Chinese text and the Latin one inside English text — the
// way Word itself writes mixed text.
//
// The faces are the ones every Chinese Windows and WPS install has: 宋体 SimSun for text and 黑体
// SimHei for headings, Times New Roman and Arial for Latin. LibreOffice on Linux maps the Latin ones
// to the metric-compatible Liberation fonts and, finding no SimSun, falls back to a CJK font such as
// Noto Serif / Sans CJK (fonts-noto-cjk): no boxes.

export interface Face {
  latin: string;
  eastAsia: string;
}

export const BODY_FACE: Face = { latin: 'Times New Roman', eastAsia: 'SimSun' };
export const HEADING_FACE: Face = { latin: 'Arial', eastAsia: 'SimHei' };

export type Script = 'latin' | 'zh' | 'ja';

const Kind = { Latin: 0, Cjk: 1, Neutral: 2 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

function isCjk(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x2fff) || // radicals, ideographic description
    (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, kana
    (c >= 0x3190 && c <= 0x31ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) || // Hangul
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) || // fullwidth forms
    (c >= 0xd840 && c <= 0xd87f) // high surrogates of the supplementary ideographic planes
  );
}

function isKana(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff);
}

/** Characters that belong to whichever script surrounds them: spaces, digits, shared punctuation. */
const NEUTRAL = new Set(Array.from(' \t\n\r\u00a0“”‘’"\'…—–·•()[]-/,.:;!?%0123456789').map((c) => c.charCodeAt(0)));
/** Opening quotes and brackets, which belong to the text they open. */
const OPENING = new Set(Array.from('“‘(（[').map((c) => c.charCodeAt(0)));

/** The kind of every UTF-16 code unit, worked out once (low surrogates continue a CJK character). */
const KINDS = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = isCjk(c) || (c >= 0xdc00 && c <= 0xdfff) ? Kind.Cjk : NEUTRAL.has(c) ? Kind.Neutral : Kind.Latin;
  return table;
})();

export interface Segment {
  text: string;
  script: Script;
}

/**
 * Splits text into Latin and CJK stretches. Neutral characters join the stretch they sit in; at a
 * boundary they go with the preceding text, except opening quotes and brackets, which go with the
 * text they open, so `“实体清单”` stays one East-Asian run and `(Entity List)` one Latin run.
 */
export function segments(text: string): Segment[] {
  const n = text.length;
  if (n === 0) return [];
  const kinds = new Uint8Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    const k = KINDS[text.charCodeAt(i)]!;
    if (k === Kind.Neutral) kinds[i] = last < 0 ? Kind.Neutral : last;
    else kinds[i] = last = k;
  }
  let next: number = Kind.Latin;
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    const own = KINDS[c]!;
    if (own !== Kind.Neutral) next = own;
    else if (kinds[i] === Kind.Neutral) kinds[i] = next;
    // An opening quote or bracket goes with the text it opens.
    else if (OPENING.has(c)) kinds[i] = next;
  }
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || kinds[i] !== kinds[start]) {
      const piece = text.slice(start, i);
      let script: Script = 'latin';
      if (kinds[start] === Kind.Cjk) {
        script = 'zh';
        for (let j = 0; j < piece.length; j++) {
          if (isKana(piece.charCodeAt(j))) {
            script = 'ja';
            break;
          }
        }
      }
      out.push({ text: piece, script });
      start = i;
    }
  }
  return out;
}

/**
 * The font table (word/fontTable.xml), which the docx library leaves empty. It tells Word and WPS
 * what each face is — its other name (宋体 for SimSun), character set (GB2312 for the Chinese faces),
 * family and PANOSE class — so a machine without one of them substitutes a similar face (a Song/Ming
 * serif for SimSun, a Hei sans for SimHei) instead of a default.
 */
export function fontTableXml(): string {
  const font = (name: string, alt: string | null, panose: string, charset: string, family: string): string =>
    `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ''}<w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    font(BODY_FACE.latin, null, '02020603050405020304', '00', 'roman') +
    font(BODY_FACE.eastAsia, '宋体', '02010600030101010101', '86', 'auto') +
    font(HEADING_FACE.latin, null, '020B0604020202020204', '00', 'swiss') +
    font(HEADING_FACE.eastAsia, '黑体', '02010609060101010101', '86', 'modern') +
    '</w:fonts>'
  );
}
