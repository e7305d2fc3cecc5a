import type { Evidence, Paragraph, QuoteSelector } from '../../../shared/types.ts';

/** Paragraphs grouped by document, for re-anchoring quotes. */
export type ParagraphIndex = ReadonlyMap<string, readonly Paragraph[]>;

export function indexParagraphs(paragraphs: readonly Paragraph[]): Map<string, Paragraph[]> {
  const index = new Map<string, Paragraph[]>();
  for (const p of paragraphs) {
    const list = index.get(p.docId);
    if (list) list.push(p);
    else index.set(p.docId, [p]);
  }
  return index;
}

interface Candidate {
  paragraph: Paragraph;
  start: number;
  score: number;
}

// Paragraphs never change for the life of an index, so a quote's anchor is computed once per index:
// by the selector object itself when it is long-lived (the shipped dataset's quotes: no key to
// build), else by its text.
const anchorCache = new WeakMap<ParagraphIndex, Map<string, Evidence>>();
const objectCache = new WeakMap<ParagraphIndex, WeakMap<QuoteSelector, Evidence>>();

/**
 * Find a quote in the ingested paragraphs, TextQuoteSelector style: the exact text must occur
 * verbatim; prefix and suffix choose between several occurrences. A quote that is not found is
 * returned as broken with the reason, never dropped.
 */
export function anchorQuote(
  selector: QuoteSelector,
  index: ParagraphIndex,
  meta: { id: string; origin: Evidence['origin'] },
  hintParagraphId?: string,
): Evidence {
  let byObject = objectCache.get(index);
  if (!byObject) objectCache.set(index, (byObject = new WeakMap()));
  let found = hintParagraphId === undefined ? byObject.get(selector) : undefined;
  if (!found) {
    let cache = anchorCache.get(index);
    if (!cache) anchorCache.set(index, (cache = new Map<string, Evidence>()));
    const key = [selector.docId, selector.exact, selector.prefix, selector.suffix, hintParagraphId ?? ''].join('\u0000');
    found = cache.get(key);
    if (!found) {
      found = locate(selector, index, hintParagraphId);
      cache.set(key, found);
    }
    if (hintParagraphId === undefined) byObject.set(selector, found);
  }
  return { ...found, id: meta.id, origin: meta.origin };
}

// Per document: for every pair of adjacent characters, the paragraphs (in order) that contain it.
// A paragraph holding a quote holds each of its pairs, so only the paragraphs holding the quote's
// rarest pair need searching: a matrix of 50,000 quotes anchors in a fraction of the time, with the
// same result (candidates keep reading order, so ties resolve as before).
// Pairs of UTF-16 code units as one number: no string is built per lookup.
const pairIndexes = new WeakMap<readonly Paragraph[], Map<number, number[]>>();
const pairAt = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

function pairIndex(paragraphs: readonly Paragraph[]): Map<number, number[]> {
  let pairs = pairIndexes.get(paragraphs);
  if (pairs) return pairs;
  pairs = new Map();
  paragraphs.forEach((p, i) => {
    for (let at = 0; at + 1 < p.text.length; at++) {
      const pair = pairAt(p.text, at);
      const list = pairs.get(pair);
      if (!list) pairs.set(pair, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  pairIndexes.set(paragraphs, pairs);
  return pairs;
}

function candidateParagraphs(paragraphs: readonly Paragraph[], exact: string): readonly Paragraph[] {
  if (exact.length < 2) return paragraphs;
  const pairs = pairIndex(paragraphs);
  let rarest: number[] | undefined;
  // The first few dozen pairs are enough to find a rare one; each lookup is a Map get.
  for (let at = 0; at + 1 < exact.length && at < 48; at++) {
    const list = pairs.get(pairAt(exact, at));
    if (!list) return [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  return rarest ? rarest.map((i) => paragraphs[i]!) : paragraphs;
}

function locate(selector: QuoteSelector, index: ParagraphIndex, hintParagraphId: string | undefined): Evidence {
  const base = { docId: selector.docId, exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix, id: '', origin: 'baseline' as const };
  const paragraphs = index.get(selector.docId);
  if (!paragraphs) return broken(base, 'document-missing', `document ${selector.docId} is not in the corpus`);
  const candidates: Candidate[] = [];
  for (const paragraph of candidateParagraphs(paragraphs, selector.exact)) {
    for (let at = paragraph.text.indexOf(selector.exact); at !== -1; at = paragraph.text.indexOf(selector.exact, at + 1)) {
      candidates.push({ paragraph, start: at, score: contextScore(paragraph, at, selector, hintParagraphId) });
    }
  }
  if (candidates.length === 0) return broken(base, 'not-verbatim', 'the quote no longer occurs verbatim in any paragraph');
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  return {
    ...base,
    status: 'anchored',
    paragraphId: best.paragraph.id,
    paragraphOrdinal: best.paragraph.ordinal,
    section: best.paragraph.section,
    sectionTitle: best.paragraph.sectionTitle,
    start: best.start,
    problem: null,
    problemCode: null,
    ...(typeof best.paragraph.page === 'number' ? { page: best.paragraph.page } : {}),
  };
}

function contextScore(paragraph: Paragraph, at: number, selector: QuoteSelector, hint?: string): number {
  const before = paragraph.text.slice(0, at);
  const after = paragraph.text.slice(at + selector.exact.length);
  let score = 0;
  score += commonSuffixLength(before, selector.prefix) * 2;
  score += commonPrefixLength(after, selector.suffix) * 2;
  if (selector.prefix === '' && at === 0) score += 4;
  if (selector.suffix === '' && after === '') score += 4;
  if (hint && paragraph.id === hint) score += 1000;
  if (paragraph.kind === 'body') score += 1;
  return score;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function broken(base: QuoteSelector & Pick<Evidence, 'id' | 'origin'>, problemCode: NonNullable<Evidence['problemCode']>, problem: string): Evidence {
  return { ...base, status: 'broken', paragraphId: null, paragraphOrdinal: null, section: null, sectionTitle: null, start: null, problem, problemCode };
}

/** A selector for a span of a paragraph, with enough context to find it again. */
export function selectorFor(paragraph: Paragraph, start: number, exact: string, context = 20): QuoteSelector {
  return {
    docId: paragraph.docId,
    exact,
    prefix: paragraph.text.slice(Math.max(0, start - context), start),
    suffix: paragraph.text.slice(start + exact.length, start + exact.length + context),
  };
}
