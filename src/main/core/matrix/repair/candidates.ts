// Where a broken quote may be now: the passages of the current text that come closest to its
// TextQuoteSelector, ranked. Like Hypothesis's fuzzy anchoring (dom-anchor-text-quote, match-quote):
// approximate matches of the exact text (Myers's bit-parallel algorithm, `approx-string-match`,
// errors bounded by half the quote), then scored by how close the quote, its prefix and its suffix
// are, with a small bonus for the paragraph it was in. Nothing here changes anything.
import search from 'approx-string-match';
import type { Paragraph, QuoteSelector, RepairCandidate } from '../../../../shared/types.ts';
import { diffTexts, editDistance, similarity } from './diff.ts';

// Weights as in Hypothesis's match-quote: the quote itself counts most, its context next, place least.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, place: 2 } as const;
const TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.place;
/** Myers's algorithm costs O(errors / 32 × text); past 256 errors a passage is rewritten, not repaired. */
const MAX_ERRORS = 256;
/** Below this the "passage" shares with the quote little more than common words and characters. */
export const MIN_QUOTE_SIMILARITY = 0.6;
/**
 * A reworded passage between unchanged text: the old prefix and suffix are found, nearly intact,
 * either side of it. Then a lower likeness of the quote itself is enough to offer it (as partial).
 */
const MIN_REWORDED_SIMILARITY = 0.4;
const MIN_CONTEXT_SIMILARITY = 0.8;
/** At or above: a small correction (a typo, a changed word); below: reworded or cut. */
const CLOSE = 0.85;
/** Boundary snapping compares a few variants by edit distance: worth it for quotes of normal length. */
const SNAP_LIMIT = 600;
const CONTEXT = 40;

export interface CandidateOptions {
  /** The paragraph the quote was last anchored in (it may still exist, edited). */
  hintParagraphId?: string | null;
  limit?: number;
}

interface Raw {
  paragraph: Paragraph;
  start: number;
  end: number;
}

/** The best passages for `selector` among `paragraphs` (its document's, in reading order), best first. */
export function findCandidates(selector: QuoteSelector, paragraphs: readonly Paragraph[], options: CandidateOptions = {}): RepairCandidate[] {
  const exact = selector.exact;
  if (!exact.trim()) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length / 2));
  const raw: Raw[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.text.length < exact.length - maxErrors) continue;
    for (const m of search(paragraph.text, exact, maxErrors)) raw.push(snap(exact, { paragraph, start: m.start, end: m.end }));
    const between = betweenContext(selector, paragraph);
    if (between) raw.push(between);
  }
  const scored = raw.map((r) => score(selector, r, options.hintParagraphId ?? null));
  scored.sort((a, b) => b.score - a.score || a.ordinal - b.ordinal || a.start - b.start);
  const kept: RepairCandidate[] = [];
  for (const c of scored) {
    const context = c.similarity.prefix >= MIN_CONTEXT_SIMILARITY && c.similarity.suffix >= MIN_CONTEXT_SIMILARITY;
    if (c.similarity.quote < (context ? MIN_REWORDED_SIMILARITY : MIN_QUOTE_SIMILARITY)) continue;
    // Myers reports each end position of a best match: keep one passage per stretch of text.
    if (kept.some((k) => k.paragraphId === c.paragraphId && k.start < c.start + c.exact.length && c.start < k.start + k.exact.length)) continue;
    kept.push(c);
    if (kept.length >= (options.limit ?? 5)) break;
  }
  return kept;
}

function score(selector: QuoteSelector, r: Raw, hint: string | null): RepairCandidate {
  const text = r.paragraph.text;
  const exact = text.slice(r.start, r.end);
  const quote = similarity(selector.exact, exact);
  // No prefix (suffix) means the quote began (ended) its paragraph: a passage that does too matches it.
  const prefix = selector.prefix ? similarity(selector.prefix, text.slice(Math.max(0, r.start - selector.prefix.length), r.start)) : r.start === 0 ? 1 : 0;
  const suffix = selector.suffix ? similarity(selector.suffix, text.slice(r.end, r.end + selector.suffix.length)) : r.end === text.length ? 1 : 0;
  const place = hint !== null && r.paragraph.id === hint ? 1 : 0;
  const total = (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.place * place) / TOTAL;
  return {
    paragraphId: r.paragraph.id,
    docId: r.paragraph.docId,
    ordinal: r.paragraph.ordinal,
    section: r.paragraph.section,
    sectionTitle: r.paragraph.sectionTitle,
    page: r.paragraph.page ?? null,
    start: r.start,
    exact,
    score: round(total),
    similarity: { quote: round(quote), prefix: round(prefix), suffix: round(suffix) },
    quality: quote >= CLOSE ? 'close' : 'partial',
    diff: diffTexts(selector.exact, exact),
    before: text.slice(Math.max(0, r.start - CONTEXT), r.start),
    after: text.slice(r.end, r.end + CONTEXT),
  };
}

/**
 * The text between where the old prefix ends and the old suffix begins in this paragraph (either
 * found with at most a quarter of its characters different; an empty one is the paragraph's edge),
 * when that is about as long as the quote: a rewording whose surroundings survived.
 */
function betweenContext(selector: QuoteSelector, paragraph: Paragraph): Raw | null {
  const text = paragraph.text;
  // Both ends from context alone need enough of it to mean something.
  if (selector.prefix.length + selector.suffix.length < 8) return null;
  const find = (pattern: string) => search(text, pattern, Math.floor(pattern.length / 4));
  const prefixEnds = selector.prefix ? find(selector.prefix).map((m) => m.end) : [0];
  const suffixStarts = selector.suffix ? find(selector.suffix).map((m) => m.start) : [text.length];
  const L = selector.exact.length;
  let best: Raw | null = null;
  for (const start of prefixEnds) {
    for (const end of suffixStarts) {
      const length = end - start;
      if (length < L / 2 || length > L * 2) continue;
      if (!best || Math.abs(length - L) < Math.abs(best.end - best.start - L)) best = { paragraph, start, end };
    }
  }
  return best && snapSpaces(selector.exact, best);
}

/** No spaces at the ends the quote did not have. */
function snapSpaces(exact: string, r: Raw): Raw {
  const text = r.paragraph.text;
  let { start, end } = r;
  if (!/^\s/.test(exact)) while (start < end && /\s/.test(text[start]!)) start++;
  if (!/\s$/.test(exact)) while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...r, start, end };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const LATIN_WORD = /[\p{Script=Latin}\p{N}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && LATIN_WORD.test(ch);

/**
 * A match's ends, moved to what a reader would select: no spaces the quote did not have, and in
 * Latin script whole words where the quote began or ended with a whole word (an approximate match
 * may take a letter of the neighbouring word, or leave one off, at the same cost).
 */
function snap(exact: string, r: Raw): Raw {
  const text = r.paragraph.text;
  const { start, end } = snapSpaces(exact, r);
  if (exact.length > SNAP_LIMIT) return { ...r, start, end };
  const starts = isWord(exact[0]) ? wordEdges(text, start, 'start') : [start];
  const ends = isWord(exact[exact.length - 1]) ? wordEdges(text, end, 'end') : [end];
  let best = { start, end, cost: editDistance(exact, text.slice(start, end)) };
  for (const s of starts) {
    for (const e of ends) {
      if (e <= s || (s === start && e === end)) continue;
      const cost = editDistance(exact, text.slice(s, e));
      if (cost < best.cost) best = { start: s, end: e, cost };
    }
  }
  return { ...r, start: best.start, end: best.end };
}

/** Word boundaries next to `at` (the one at or before it and the one after), or `at` itself when it is one. */
function wordEdges(text: string, at: number, side: 'start' | 'end'): number[] {
  const isEdge = (i: number) => (side === 'start' ? isWord(text[i]) && !isWord(text[i - 1]) : isWord(text[i - 1]) && !isWord(text[i]));
  if (isEdge(at)) return [at];
  const out: number[] = [];
  for (let i = at - 1; i >= Math.max(0, at - 20); i--) {
    if (isEdge(i)) {
      out.push(i);
      break;
    }
  }
  for (let i = at + 1; i <= Math.min(text.length, at + 20); i++) {
    if (isEdge(i)) {
      out.push(i);
      break;
    }
  }
  return out.length ? out : [at];
}
