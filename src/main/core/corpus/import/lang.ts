import type { TextLang } from '../../../../shared/types.ts';

const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN_RE = /\p{Script=Han}/gu;
const LATIN_RE = /\p{Script=Latin}/gu;

/**
 * The language of a piece of text by its script: kana → ja, Han → zh (or ja when the document is
 * Japanese: a heading of kanji only is still Japanese), Latin only → en. `fallback` decides text
 * with no letters at all.
 */
export function detectLang(text: string, documentLang: TextLang | null): TextLang {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const kana = sample.match(KANA_RE)?.length ?? 0;
  const han = sample.match(HAN_RE)?.length ?? 0;
  const latin = sample.match(LATIN_RE)?.length ?? 0;
  if (kana > 0 && kana * 20 >= han) return 'ja';
  if (han > 0 && han * 8 >= latin) return documentLang === 'ja' ? 'ja' : 'zh';
  if (latin > 0) return 'en';
  return documentLang ?? 'en';
}

/** The language of a whole document: the language most of its characters are written in. */
export function documentLanguage(texts: readonly string[]): TextLang | null {
  let kana = 0;
  let han = 0;
  let latin = 0;
  let seen = 0;
  for (const t of texts) {
    kana += t.match(KANA_RE)?.length ?? 0;
    han += t.match(HAN_RE)?.length ?? 0;
    latin += t.match(LATIN_RE)?.length ?? 0;
    seen += t.length;
    if (seen > 200_000) break;
  }
  if (kana + han + latin === 0) return null;
  if (kana > 0 && kana * 10 >= han) return 'ja';
  // A Latin letter carries about a fifth of what a Han character does.
  if (han * 5 >= latin) return 'zh';
  return 'en';
}
