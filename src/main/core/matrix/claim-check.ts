import type { ClaimCheck, ClaimFlag, DraftCheck, ModalityHint } from '../../../shared/claims.ts';
import type { Lang, Matrix } from '../../../shared/types.ts';
import { clauses, hedgesIn, keepsHedge, linkQuote } from './modality.ts';
import { findNames, nameSupported } from './names.ts';
import type { NameIndex } from './names.ts';
import { extractFacts, factSupported } from './normalise.ts';
import type { Fact } from './normalise.ts';

// The claim check: every figure, date and titled instrument in a summary or alignment reason must
// occur in one of the cell's quotes or in a paragraph a quote comes from. Chinese and English are
// compared through normalised facts (normalise.ts) and bilingual names (names.ts).

/** One of the cell's quotes and the paragraph it is anchored in (null when broken). */
export interface QuoteText {
  exact: string;
  paragraph: string | null;
}

/** An item the dataset accepts although no quote backs it, with the reason shown beside it. */
export interface ClaimException {
  domainId: string;
  actorId: string | null;
  lang: Lang;
  field: 'summary' | 'reason';
  item: string;
  reason: string;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// English abbreviations that end in a full stop without ending the sentence.
const EN_ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|cf|vs|Mr|Ms|Dr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|etc)|\b[A-Z])\.$/;

export function splitSentences(text: string, lang: Lang): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) sentences.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = end;
  };
  if (lang === 'zh') {
    for (const m of text.matchAll(/[。！？]+[”’」）)]*/g)) push(m.index + m[0].length);
  } else {
    for (const m of text.matchAll(/[.!?]+["”’)]*(?=\s+["“(A-Z0-9]|$)/g)) {
      if (EN_ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
      push(m.index + m[0].length);
    }
  }
  push(text.length);
  return sentences;
}

function sentenceAt(sentences: readonly Sentence[], at: number): Sentence {
  return sentences.find((s) => at >= s.start && at < s.end) ?? sentences[sentences.length - 1] ?? { text: '', start: 0, end: 0 };
}

const FACT_KIND: Record<Fact['kind'], 'figure' | 'date'> = { pct: 'figure', money: 'figure', num: 'figure', year: 'date', month: 'date', day: 'date' };

// Paragraphs are the same for every cell that quotes them and for every run: their facts are read
// once (bounded, so a long session with imported sources does not grow it without end).
const evidenceFactsCache = new Map<string, Fact[]>();
function evidenceFacts(text: string): Fact[] {
  let facts = evidenceFactsCache.get(text);
  if (!facts) {
    if (evidenceFactsCache.size > 5000) evidenceFactsCache.clear();
    facts = extractFacts(text, { lenient: true }).map((f) => f.fact);
    evidenceFactsCache.set(text, facts);
  }
  return facts;
}

/** Evidence texts of a cell: each anchored quote's paragraph, or the quote alone when broken. */
function pool(quotes: readonly QuoteText[]): string[] {
  return [...new Set(quotes.map((q) => q.paragraph ?? q.exact))];
}

/** The unsupported items of one text, against one cell's quotes. */
export function checkText(
  text: string,
  lang: Lang,
  quotes: readonly QuoteText[],
  names: NameIndex,
  exceptions: readonly Pick<ClaimException, 'item' | 'reason'>[] = [],
): DraftCheck['unsupported'] {
  if (!text.trim()) return [];
  const sentences = splitSentences(text, lang);
  const evidence = pool(quotes);
  const factsOfEvidence = evidence.flatMap(evidenceFacts);
  const out: DraftCheck['unsupported'] = [];
  const flag = (item: string, kind: ClaimFlag['kind'], start: number, end: number) => {
    const exception = exceptions.find((e) => e.item === item)?.reason;
    out.push({ item, kind, sentence: sentenceAt(sentences, start).text, start, end, ...(exception ? { exception } : {}) });
  };
  const seen = new Set<string>();
  for (const f of extractFacts(text)) {
    const key = `${f.start}:${f.end}`;
    if (factSupported(f.fact, factsOfEvidence)) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    flag(f.text, FACT_KIND[f.fact.kind], f.start, f.end);
  }
  for (const n of findNames(text, lang, names)) {
    if (!nameSupported(n, evidence)) flag(n.text, 'instrument', n.start, n.end);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Modality hints for one text. A Chinese quote is linked to the Chinese sentence sharing the most
 * wording, and within it to the clause that makes its claim; an English sentence is the one in the
 * same place as that Chinese sentence when the cell's two texts have as many sentences
 * (`counterpart` is the Chinese text). The hint fires when the linked clause (with the clauses
 * either side, which often carry "GUI expects…" or the rest of the quoted clause) or English sentence keeps no word of the hedge's
 * family.
 */
export function modalityHints(text: string, lang: Lang, quotes: readonly QuoteText[], counterpart?: string): DraftCheck['hints'] {
  const sentences = splitSentences(text, lang);
  const zhSentences = lang === 'zh' ? sentences : counterpart ? splitSentences(counterpart, 'zh') : [];
  if (zhSentences.length === 0 || (lang === 'en' && zhSentences.length !== sentences.length)) return [];
  const out: DraftCheck['hints'] = [];
  for (const q of quotes) {
    const hedges = hedgesIn(q.exact);
    if (hedges.length === 0) continue;
    const i = linkQuote(q.exact, zhSentences.map((s) => s.text));
    if (i === null) continue;
    const sentence = sentences[i]!;
    // Each hedge is looked for around the clause that carries the quote's hedged clause.
    const scopeOf = (hedge: { start: number }): string => {
      if (lang !== 'zh') return sentence.text;
      const parts = clauses(sentence.text);
      const quoteParts = clauses(q.exact);
      let at = 0;
      const own = quoteParts.find((p) => (at += p.length) > hedge.start) ?? q.exact;
      const c = linkQuote(own, parts) ?? linkQuote(q.exact, parts);
      return c === null ? sentence.text : parts.slice(Math.max(0, c - 1), c + 2).join('');
    };
    const missing = hedges.find((h) => !keepsHedge(scopeOf(h), lang, h.family));
    if (!missing) continue;
    if (out.some((h) => h.sentence === sentence.text && h.hedge === missing.text)) continue;
    out.push({ hedge: missing.text, sentence: sentence.text, quote: q.exact });
  }
  return out;
}

/** One composed domain's part of the check: its alignment reason and every actor's summary. */
export interface DomainClaims {
  unsupported: ClaimFlag[];
  hints: ModalityHint[];
}

/**
 * Results by composed domain object. A composed domain is never changed in place (an edit composes a
 * new object for the domains it touched), so a domain's result holds for as long as its object lives:
 * after an edit only the touched domains are checked again.
 */
export type ClaimCache = WeakMap<Matrix['domains'][number], DomainClaims>;

function checkDomain(d: Matrix['domains'][number], paragraphText: (paragraphId: string) => string | undefined, names: NameIndex, exceptions: readonly ClaimException[]): DomainClaims {
  const unsupported: ClaimFlag[] = [];
  const hints: ModalityHint[] = [];
  const cell = (domainId: string, actorId: string | null, field: 'summary' | 'reason', texts: { zh: string; en: string }, evidence: Matrix['domains'][number]['alignment']['evidence']) => {
    const quotes: QuoteText[] = evidence.map((e) => ({ exact: e.exact, paragraph: e.status === 'anchored' && e.paragraphId ? (paragraphText(e.paragraphId) ?? null) : null }));
    for (const lang of ['zh', 'en'] as const) {
      const mine = exceptions.filter((x) => x.domainId === domainId && x.actorId === actorId && x.lang === lang && x.field === field);
      for (const f of checkText(texts[lang], lang, quotes, names, mine)) unsupported.push({ domainId, actorId, lang, field, ...f });
      for (const h of modalityHints(texts[lang], lang, quotes, texts.zh)) hints.push({ domainId, actorId, lang, field, ...h });
    }
  };
  cell(d.id, null, 'reason', d.alignment.reason, d.alignment.evidence);
  for (const [actorId, p] of Object.entries(d.positions)) cell(d.id, actorId, 'summary', p.summary, p.evidence);
  return { unsupported, hints };
}

/** The whole check over a composed matrix (baseline plus the analyst's edits). */
export function checkMatrix(
  matrix: Matrix,
  paragraphText: (paragraphId: string) => string | undefined,
  names: NameIndex,
  exceptions: readonly ClaimException[] = [],
  cache?: ClaimCache,
): ClaimCheck {
  const unsupported: ClaimFlag[] = [];
  const hints: ModalityHint[] = [];
  for (const d of matrix.domains) {
    let result = cache?.get(d);
    if (!result) {
      result = checkDomain(d, paragraphText, names, exceptions);
      cache?.set(d, result);
    }
    for (const f of result.unsupported) unsupported.push(f);
    for (const h of result.hints) hints.push(h);
  }
  return { unsupported, hints };
}

/**
 * A draft of one cell's summary (actorId set) or reason (actorId null), checked against the quotes
 * the cell has now. Unknown cells are refused by the caller; here they simply have no quotes.
 */
export function checkDraftText(
  matrix: Matrix,
  target: { domainId: string; actorId: string | null },
  lang: Lang,
  text: string,
  counterpart: string | undefined,
  paragraphText: (paragraphId: string) => string | undefined,
  names: NameIndex,
  exceptions: readonly ClaimException[] = [],
): DraftCheck {
  const domain = matrix.domains.find((d) => d.id === target.domainId);
  const evidence = target.actorId === null ? domain?.alignment.evidence : domain?.positions[target.actorId]?.evidence;
  const quotes: QuoteText[] = (evidence ?? []).map((e) => ({ exact: e.exact, paragraph: e.status === 'anchored' && e.paragraphId ? (paragraphText(e.paragraphId) ?? null) : null }));
  const field = target.actorId === null ? 'reason' : 'summary';
  const mine = exceptions.filter((x) => x.domainId === target.domainId && x.actorId === target.actorId && x.lang === lang && x.field === field);
  const zh = lang === 'zh' ? text : (counterpart ?? (target.actorId === null ? domain?.alignment.reason.zh : domain?.positions[target.actorId]?.summary.zh));
  return { unsupported: checkText(text, lang, quotes, names, mine), hints: modalityHints(text, lang, quotes, zh) };
}
