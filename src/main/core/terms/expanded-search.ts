import type { ExpandedTerm, NoHitsReason, SearchHit, SearchResult, TermSuggestion } from '../../../shared/types.ts';
import { countMatches, search, searchMethod } from '../corpus/search.ts';
import type { SearchOptions } from '../corpus/search.ts';
import type { Db } from '../db/open.ts';
import { hasCjk, similarity, stripQuotes, termKey } from './normalize.ts';
import type { TermGroup, TermIndex } from './term-index.ts';

// Search that understands both languages, one layer above the full-text query: a query is split into
// the phrases the term list knows ("Entity List") and the rest; each known phrase is searched under
// all its names (实体清单), the results are merged, and the answer says what else was searched. The
// full-text layer below is unchanged and does not know about any of this.

/** At most this many full-text queries per search (the product of every known phrase's names). */
const MAX_QUERIES = 12;
const SUGGESTION_THRESHOLD = 0.5;
const MAX_SUGGESTIONS = 3;

interface Slot {
  typed: string;
  group: TermGroup | null;
}

/** The query as phrases: the longest known phrase first, each unknown word on its own. */
export function parseQuery(index: TermIndex, query: string): Slot[] {
  const tokens = query.split(/\s+/u).filter(Boolean);
  const slots: Slot[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    for (let j = Math.min(tokens.length, i + index.maxWords); j > i; j--) {
      const typed = tokens.slice(i, j).join(' ');
      const group = index.byKey.get(termKey(typed));
      if (group) {
        slots.push({ typed, group });
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) slots.push({ typed: tokens[i++]!, group: null });
  }
  return slots;
}

function alternatives(slot: Slot): string[] {
  const typed = stripQuotes(slot.typed) || slot.typed;
  if (!slot.group) return [typed];
  const others = slot.group.searchForms.filter((f) => !typed.toLowerCase().includes(f.toLowerCase()));
  return [typed, ...others];
}

/** Every combination of each phrase's names, the query as typed first; capped at MAX_QUERIES. */
function variants(slots: Slot[]): string[][] {
  let out: string[][] = [[]];
  for (const slot of slots) {
    const next: string[][] = [];
    for (const prefix of out) for (const alt of alternatives(slot)) if (next.length < MAX_QUERIES) next.push([...prefix, alt]);
    out = next;
  }
  return out;
}

export interface ExpandedSearchContext {
  db: Db;
  index: TermIndex;
  /** Share of body paragraphs in Chinese: a Latin-script query without a known Chinese name is told so. */
  chineseShare: number;
}

export function expandedSearch(ctx: ExpandedSearchContext, query: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? 50;
  const slots = parseQuery(ctx.index, query);
  if (slots.length === 0) return { ...search(ctx.db, query, options), expansion: emptyExpansion() };

  const [typed, ...others] = variants(slots);
  const first = search(ctx.db, typed!.join(' '), { ...options, limit });
  // The query as typed fills the page when it found more than a page: hits under the other names
  // would all come after it and never be shown, so those are only counted (a name's ranked search
  // cost up to 10 ms on 50 MB, its count a third of that).
  const pageFull = first.total > limit;
  const runs = [
    { words: typed!, result: first },
    ...others.map((words) => {
      const text = words.join(' ');
      const result = pageFull ? countedOnly(ctx.db, text, options) : search(ctx.db, text, { ...options, limit });
      return { words, result };
    }),
  ];
  // Hits of the query as typed come first, then those found under other names, each best first.
  const merged = new Map<string, { hit: SearchHit; typed: boolean }>();
  let complete = true;
  let sum = 0;
  runs.forEach(({ result }, i) => {
    sum += result.total;
    if (result.total > result.hits.length) complete = false;
    for (const hit of result.hits) {
      const seen = merged.get(hit.paragraphId);
      if (!seen || (!seen.typed && hit.rank < seen.hit.rank)) merged.set(hit.paragraphId, { hit, typed: seen?.typed || i === 0 });
    }
  });
  // The union is counted exactly when every run returned all its hits, or only one run found anything.
  const productive = runs.filter((r) => r.result.total > 0);
  const duplicates = runs.reduce((n, r) => n + r.result.hits.length, 0) - merged.size;
  const totalExact = productive.length <= 1 || complete;
  const total = productive.length <= 1 ? (productive[0]?.result.total ?? 0) : complete ? merged.size : sum - duplicates;
  const hits = [...merged.values()]
    .sort((a, b) => Number(b.typed) - Number(a.typed) || a.hit.rank - b.hit.rank)
    .slice(0, limit)
    .map((m) => m.hit);

  const terms: ExpandedTerm[] = slots.flatMap((slot, i) => {
    const alts = alternatives(slot).slice(1);
    if (alts.length === 0) return [];
    // A name's count is that of the query with only this phrase replaced by it.
    const alsoSearched = alts.map((text) => ({
      text,
      total: runs.find((r) => r.words[i] === text && r.words.every((w, k) => k === i || w === alternatives(slots[k]!)[0]))?.result.total ?? 0,
    }));
    return [{ typed: slot.typed, alsoSearched }];
  });

  const known = slots.every((s) => s.group);
  const suggestions = total === 0 || !known ? suggest(ctx, query, options) : [];
  return {
    query,
    total,
    hits,
    method: runs.every((r) => r.result.method === 'fts') ? 'fts' : runs.some((r) => r.result.method === 'scan') ? 'scan' : 'short',
    expansion: { terms, totalExact, suggestions, noHits: total === 0 ? whyNoHits(ctx, slots, options) : null },
  };
}

/** A search's total without its hits (see `pageFull`). */
function countedOnly(db: Db, query: string, options: SearchOptions): SearchResult {
  return { query, total: countMatches(db, query, options), hits: [], method: searchMethod(query) };
}

function emptyExpansion() {
  return { terms: [], totalExact: true, suggestions: [], noHits: null };
}

/** The closest terms the term list or the papers have to what was typed, that find something. */
export function suggest(ctx: ExpandedSearchContext, query: string, options: SearchOptions = {}): TermSuggestion[] {
  const key = termKey(query);
  if ([...key].length < 2) return [];
  const cjk = hasCjk(key);
  const ranked = ctx.index.vocabulary
    .filter((v) => v.key !== key && hasCjk(v.key) === cjk)
    .map((v) => ({ v, score: similarity(key, v.key) }))
    .filter((s) => s.score >= SUGGESTION_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.v.text.length - b.v.text.length);
  const out: TermSuggestion[] = [];
  const seen = new Set<string>();
  for (const { v } of ranked) {
    if (out.length >= MAX_SUGGESTIONS) break;
    // An English term is offered as typed (searching it brings in its Chinese names); its count is
    // what all its names find. A suggestion that finds nothing would only lead to another empty page.
    const group = ctx.index.byKey.get(v.key);
    const text = group && cjk ? stripQuotes(group.zh[0]!) : v.text;
    if (seen.has(termKey(text))) continue;
    seen.add(termKey(text));
    const forms = group ? group.searchForms : [text];
    const total = forms.reduce((n, f) => n + countMatches(ctx.db, f, options), 0);
    if (total > 0) out.push({ text, lang: cjk ? 'zh' : 'en', total });
  }
  return out;
}

function whyNoHits(ctx: ExpandedSearchContext, slots: Slot[], options: SearchOptions): NoHitsReason {
  if (slots.length > 1) {
    const terms = slots.map((s) => ({
      text: s.typed,
      total: alternatives(s).reduce((n, alt) => n + countMatches(ctx.db, alt, options), 0),
    }));
    if (terms.every((t) => t.total > 0)) return { code: 'never-together', terms };
  }
  const latin = slots.every((s) => !hasCjk(s.typed));
  if (latin && slots.some((s) => !s.group) && ctx.chineseShare >= 0.5) return { code: 'no-chinese-name' };
  return { code: 'not-in-papers' };
}
