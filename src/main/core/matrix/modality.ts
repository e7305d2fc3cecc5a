// The modality hint: a summary sentence that rests on a quote which hedges (可能, 或将, 会, 潜在,
// 试图, 略, 并非易事, 徒劳; may, could, likely, in vain) while the sentence asserts plainly, that is
// without the hedge or an equivalent in its own language. It is a hint, not a verdict.

export interface Hedge {
  /** The hedge as it occurs in the quote. */
  text: string;
  /** Which family of hedges it belongs to (a key of KEEPS). */
  family: string;
  start: number;
}

// Each hedge family, with the words that keep it in a Chinese clause or an English sentence.
const KEEPS: Record<string, { zh: RegExp; en: RegExp }> = {
  possibly: {
    zh: /可能|或许|也许|恐|担心|担忧|未必|(?<!不)会|或将|风险/,
    en: /\b(?:may|might|could|possibl[ey]|potential(?:ly)?|likely|would|fears?|worr(?:y|ies|ied)|risks?|can)\b/i,
  },
  forecast: {
    zh: /或将|或仍|可能|或许|预计|预期|(?<!不)会|将/,
    en: /\b(?:may|might|could|probably|possibly|likely|expects?|expected|will|would)\b/i,
  },
  will: {
    zh: /(?<!不)会|将|预计|预期|可能|担心|担忧|如果|若/,
    en: /\b(?:will|would|may|might|could|can|expects?|expected|likely|fears?|worr(?:y|ies|ied)|warn(?:s|ed|ing)?|if)\b/i,
  },
  potential: { zh: /潜在|潜力|可能/, en: /\b(?:potential(?:ly)?|could|may|might|possible)\b/i },
  attempt: {
    zh: /试图|企图|力图|谋求|寻求|意图|意在|努力/,
    en: /\b(?:tr(?:y|ies|ied|ying)|seeks?|sought|seeking|attempts?|attempted|aims?|aimed|striv(?:e|es|ing)|strove|efforts?)\b/i,
  },
  slightly: { zh: /略有|略微|略为|略显|稍/, en: /\b(?:slight(?:ly)?|somewhat|marginally)\b/i },
  'not-easy': { zh: /并非易事|不易|难以|不容易/, en: /\b(?:not easy|difficult|hard)\b/i },
  'in-vain': { zh: /徒劳|无果|未果|没有成功/, en: /\b(?:in vain|without success|to no avail|failed|fails?)\b/i },
  'not-necessarily': { zh: /未必|不一定|可能/, en: /\b(?:may not|might not|not necessarily|not be able|cannot|unable)\b/i },
};

// 会 is a hedge only as a modal ("会在美国的怂恿下推动"), not in 会议, 委员会, 社会, 机会, 峰会 …,
// and not in 不会 (a plain "will not").
const ZH_HEDGES: Array<[RegExp, string]> = [
  [/可能/g, 'possibly'],
  [/或将|或仍/g, 'forecast'],
  [/(?<![不社机峰学协国大议员事商合体都年布谈论讨览开工融领误理宴约晚早])会(?![议谈长馆晤见期员计面上中所场同商址费标话])/g, 'will'],
  [/潜在/g, 'potential'],
  [/试图|企图/g, 'attempt'],
  [/略有|略微|略为|略显/g, 'slightly'],
  [/并非易事/g, 'not-easy'],
  [/徒劳/g, 'in-vain'],
  [/未必/g, 'not-necessarily'],
];
const EN_HEDGES: Array<[RegExp, string]> = [
  [/\b(?:may|might|could|possibly)\b/gi, 'possibly'],
  [/\b(?:likely|probably)\b/gi, 'forecast'],
  [/\bin vain\b/gi, 'in-vain'],
  [/\bpotential(?:ly)?\b/gi, 'potential'],
];

export function hedgesIn(quote: string): Hedge[] {
  const table = /[\u4e00-\u9fff]/.test(quote) ? ZH_HEDGES : EN_HEDGES;
  const out: Hedge[] = [];
  for (const [re, family] of table) for (const m of quote.matchAll(re)) out.push({ text: m[0], family, start: m.index });
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a text (a Chinese clause or an English sentence) keeps a hedge of this family. */
export function keepsHedge(text: string, lang: 'zh' | 'en', family: string): boolean {
  const keep = KEEPS[family];
  return keep ? keep[lang].test(text) : true;
}

const bigramCache = new Map<string, Set<string>>();

/** Character bigrams, for linking a quote to the sentence or clause that uses it (cached: quotes repeat). */
function bigrams(s: string): Set<string> {
  const cached = bigramCache.get(s);
  if (cached) return cached;
  if (bigramCache.size > 5000) bigramCache.clear();
  const out = computeBigrams(s);
  bigramCache.set(s, out);
  return out;
}

function computeBigrams(s: string): Set<string> {
  const cjk = s.replace(/[^\u4e00-\u9fff0-9A-Za-z]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < cjk.length; i++) out.add(cjk.slice(i, i + 2));
  return out;
}

/**
 * The Chinese text among `texts` that a Chinese quote most likely supports: the one sharing the
 * most character bigrams, if it shares at least three (or a third of a short quote's).
 */
export function linkQuote(quote: string, texts: readonly string[]): number | null {
  const q = bigrams(quote);
  if (q.size === 0) return null;
  let best: number | null = null;
  let bestScore = 0;
  texts.forEach((s, i) => {
    const b = bigrams(s);
    let shared = 0;
    for (const g of q) if (b.has(g)) shared++;
    if (shared > bestScore) {
      bestScore = shared;
      best = i;
    }
  });
  return bestScore >= Math.min(3, Math.ceil(q.size / 3)) ? best : null;
}

/** A Chinese sentence's clauses (split at ，；：), for finding where a quote's claim is made. */
export function clauses(sentence: string): string[] {
  return sentence.split(/(?<=[，；：,;])/).filter((c) => c.trim());
}
