// Which sentence of a summary or reason each quote supports, so its footnote mark sits after that
// sentence rather than after the whole paragraph. The matrix stores evidence per cell, not per
// sentence, so this is worked out from the words: a quote goes to the sentence that shares most of
// its characters (Chinese: character pairs; other scripts: words). A quote no sentence clearly
// shares enough with is placed after the last sentence, i.e. it is cited for the paragraph as a
// whole. An English text, which cannot share words with a Chinese quote, takes the placement of its
// Chinese counterpart when both have the same number of sentences, and otherwise the paragraph end.

/** Share of a quote's tokens a sentence must contain to be the one it supports. */
export const MIN_SHARE = 0.3;

const ABBREVIATIONS = /(?:\b(?:U\.S|U\.K|e\.g|i\.e|etc|No|Nos|Mr|Mrs|Dr|cf|vs|al|Art|Sec|Vol|pp?|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;

/** Splits after 。！？ (and their Latin counterparts followed by a space and a capital or a quote). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const push = (end: number): void => {
    const s = text.slice(start, end);
    if (s.trim()) out.push(s);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '。' || c === '！' || c === '？') {
      // Keep closing quotes and brackets with their sentence: 。” and 。）
      let j = i + 1;
      while (j < text.length && /[”’」』）)]/.test(text[j]!)) j++;
      push(j);
      i = j - 1;
    } else if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && /[\s]+[A-Z“"‘(]/.test(text.slice(i + 1, i + 4))) {
      if (c === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 5), i + 1))) continue;
      // The space goes with the next sentence's start being trimmed: keep it on this one.
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff);
}

/** Chinese/Japanese character pairs (as numbers) and Latin words of three letters or more (as strings). */
export function tokens(text: string): Set<number | string> {
  const set = new Set<number | string>();
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) continue;
    if (isHan(c)) {
      if (prev >= 0) set.add(prev * 0x10000 + c);
      prev = c;
    } else prev = -1;
  }
  if (/[A-Za-z0-9]/.test(text)) for (const w of text.toLowerCase().match(/[a-z0-9][a-z0-9'’-]{2,}/g) ?? []) set.add(w);
  return set;
}

/**
 * For each quote, the index of the sentence it supports, or null where no sentence shares at least
 * MIN_SHARE of its tokens.
 */
export function matchSentences(sentences: readonly string[], quotes: ReadonlyArray<Set<number | string>>): Array<number | null> {
  const sentenceTokens = sentences.map(tokens);
  return quotes.map((qt) => {
    if (qt.size === 0) return null;
    let best = -1;
    let bestShare = 0;
    sentenceTokens.forEach((st, i) => {
      let shared = 0;
      for (const t of qt) if (st.has(t)) shared++;
      const share = shared / qt.size;
      if (share > bestShare) {
        bestShare = share;
        best = i;
      }
    });
    return bestShare >= MIN_SHARE ? best : null;
  });
}

export interface Placement {
  sentences: string[];
  /** For each quote (in the order given), the sentence whose end carries its footnote mark. */
  at: number[];
}

/**
 * Places the quotes (given as their tokens()) of one text. `parallel` is the placement found for the same cell's text in the
 * other language; it is used when this text's own words do not place a quote and both texts have
 * the same number of sentences.
 */
export function placeQuotes(text: string, quotes: ReadonlyArray<Set<number | string>>, parallel?: Placement): Placement {
  const sentences = splitSentences(text);
  const last = Math.max(0, sentences.length - 1);
  // Nothing to compare when the text has no CJK and the quotes no Latin words (English text, Chinese quotes).
  const comparable = /[\u3400-\u9fff\u3040-\u30ff]/.test(text) || quotes.some((q) => [...q].some((t) => typeof t === 'string'));
  const own = comparable ? matchSentences(sentences, quotes) : quotes.map(() => null);
  const sameShape = parallel !== undefined && parallel.sentences.length === sentences.length;
  const at = own.map((i, k) => i ?? (sameShape ? (parallel.at[k] ?? last) : last));
  return { sentences, at };
}
