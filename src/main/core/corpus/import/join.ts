import type { Joiner } from '../wrapped-text.ts';
import type { SourceBlock } from './blocks.ts';

/** Characters set on the CJK grid: ideographs, kana, CJK and full-width punctuation. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc\u2e80-\u2fdf]/u;
const CJK_END = new RegExp(`${CJK_CHAR.source}$`, 'u');
const CJK_START = new RegExp(`^${CJK_CHAR.source}`, 'u');
/** A word broken at the line end with a hyphen: `secur-` + `ity`. */
const HYPHEN_END = /(\p{L}+)[-\u00ad\u2010]$/u;
const WORD_START = /^(\p{Ll}+)/u;
const URL_TAIL = /(?:https?:\/\/|www\.)\S*$|\S+\/\S*$/;

/**
 * Hyphenated words the document itself prints inside a line (`cross-border`), so a line-end hyphen
 * before the same second part is kept as a real compound.
 */
export function hyphenatedVocabulary(blocks: readonly SourceBlock[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const b of blocks) {
    for (const piece of b.pieces) {
      for (const m of piece.matchAll(/(\p{L}+)-(\p{L}+)(?!$)/gu)) vocabulary.add(`${m[1]!.toLowerCase()}-${m[2]!.toLowerCase()}`);
    }
  }
  return vocabulary;
}

/**
 * Joins two printed lines of one paragraph: CJK meets CJK (or anything) without a space, Latin
 * words with one; a line-end hyphen is a hyphenation and removed unless the document prints the
 * hyphenated form elsewhere, and never touched inside a URL.
 */
export function makeJoiner(vocabulary: ReadonlySet<string>): Joiner {
  return (left, right) => {
    if (left === '') return right;
    if (right === '') return left;
    if (CJK_END.test(left) || CJK_START.test(right)) return left + right;
    if (URL_TAIL.test(left) && !/\s$/.test(left) && /^[\w/#?=&%.-]/.test(right) && /[-/._=&?#]$/.test(left)) return left + right;
    const hyphen = HYPHEN_END.exec(left);
    const next = WORD_START.exec(right);
    if (hyphen && next) {
      if (left.endsWith('\u00ad')) return left.slice(0, -1) + right;
      const compound = `${hyphen[1]!.toLowerCase()}-${next[1]!}`;
      if (vocabulary.has(compound)) return left + right;
      return left.slice(0, -1) + right;
    }
    if (/[-\u2010]$/.test(left)) return left + right; // `1990-` / `2000`, `US-` / `Japan`
    return /\s$/.test(left) || /^\s/.test(right) ? left + right : `${left} ${right}`;
  };
}
