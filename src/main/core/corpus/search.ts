import { HIT_CLOSE, HIT_OPEN } from '../../../shared/types.ts';
import type { ParagraphKind, SearchHit, SearchResult } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';

export interface SearchOptions {
  docId?: string;
  limit?: number;
}

interface HitRow {
  id: string;
  doc_id: string;
  ordinal: number;
  section: string;
  kind: ParagraphKind;
  text: string;
  snippet?: string;
  rank: number;
}

const SNIPPET_RADIUS = 40;

/**
 * How many matches bm25 ranks at most. Ranking costs about a microsecond per match; a term found in
 * tens of thousands of paragraphs would otherwise cost tens of milliseconds per keystroke. Beyond
 * this many, the best hits are chosen among the first RANK_WINDOW matches in corpus order. The total
 * is always exact.
 */
export const RANK_WINDOW = 4000;

/** Whitespace-separated terms; quotes are search syntax to FTS5, so they are dropped from terms. */
export function queryTerms(query: string): string[] {
  return query
    .replace(/["\u201c\u201d]/g, ' ')
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

/**
 * Ranked full-text search. Terms of three or more characters go through the trigram index (bm25
 * ranking, FTS5 snippets); a trigram index cannot answer a one- or two-character term, so any such
 * query falls back to a scan, which on this corpus size is still fast.
 */
export function search(db: Db, query: string, options: SearchOptions = {}): SearchResult {
  const terms = queryTerms(query);
  const limit = options.limit ?? 50;
  if (terms.length === 0) return { query, total: 0, hits: [], method: 'scan' };
  const useFts = terms.every((t) => [...t].length >= 3);
  return useFts ? ftsSearch(db, query, terms, limit, options.docId) : scanSearch(db, query, terms, limit, options.docId);
}

function ftsSearch(db: Db, query: string, terms: string[], limit: number, docId?: string): SearchResult {
  const match = terms.map((t) => `"${t}"`).join(' AND ');
  // Rank inside the FTS table first and fetch rows for the top hits only: snippets and joins for
  // every match would cost far more than the ranking itself on a large corpus.
  const docFilter = docId ? 'AND rowid IN (SELECT rowid FROM paragraphs WHERE doc_id = @docId)' : '';
  const where = `paragraphs_fts MATCH @match ${docFilter}`;
  const total = (db.prepare(`SELECT count(*) AS n FROM paragraphs_fts WHERE ${where}`).get({ match, docId }) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT p.id, p.doc_id, p.ordinal, p.section, p.kind, p.text, top.rank AS rank
       FROM (SELECT rowid, rank FROM (SELECT rowid, rank FROM paragraphs_fts WHERE ${where} LIMIT ${RANK_WINDOW})
             ORDER BY rank LIMIT @limit) AS top
       JOIN paragraphs p ON p.rowid = top.rowid
       ORDER BY top.rank, p.ordinal`,
    )
    .all({ match, docId, limit }) as HitRow[];
  return { query, total, method: 'fts', hits: rows.map((r) => toHit(r, makeSnippet(r.text, terms))) };
}

function scanSearch(db: Db, query: string, terms: string[], limit: number, docId?: string): SearchResult {
  const lowered = terms.map((t) => t.toLowerCase());
  const conditions = lowered.map((_, i) => `instr(lower(p.text), @t${i}) > 0`).join(' AND ');
  const params: Record<string, string | number | undefined> = { docId, limit };
  lowered.forEach((t, i) => (params[`t${i}`] = t));
  const docFilter = docId ? 'AND p.doc_id = @docId' : '';
  const from = `FROM paragraphs p JOIN documents d ON d.id = p.doc_id WHERE ${conditions} ${docFilter}`;
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  // Rank by how often the terms occur, then reading order: the closest a scan gets to relevance.
  const rows = db
    .prepare(`SELECT p.id, p.doc_id, p.ordinal, p.section, p.kind, p.text, 0 AS rank ${from} ORDER BY (d.origin = 'imported'), d.position, p.ordinal`)
    .all(params) as HitRow[];
  const scored = rows
    .map((r) => ({ r, n: lowered.reduce((sum, t) => sum + countOccurrences(r.text.toLowerCase(), t), 0) }))
    .sort((a, b) => b.n - a.n)
    .slice(0, limit);
  return { query, total, method: 'scan', hits: scored.map(({ r, n }) => toHit({ ...r, rank: -n }, makeSnippet(r.text, terms))) };
}

function toHit(row: HitRow, snippet: string): SearchHit {
  return { paragraphId: row.id, docId: row.doc_id, ordinal: row.ordinal, section: row.section, kind: row.kind, snippet, rank: row.rank };
}

function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** A window of text around the first hit, with every hit inside it marked. */
export function makeSnippet(text: string, terms: string[]): string {
  const lower = text.toLowerCase();
  const needles = terms.map((t) => t.toLowerCase());
  const first = Math.min(...needles.map((t) => lower.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(first)) return text.slice(0, SNIPPET_RADIUS * 2);
  const start = Math.max(0, first - SNIPPET_RADIUS);
  const end = Math.min(text.length, first + SNIPPET_RADIUS * 2);
  return (start > 0 ? '…' : '') + markTerms(text.slice(start, end), needles) + (end < text.length ? '…' : '');
}

function markTerms(text: string, needles: string[]): string {
  const lower = text.toLowerCase();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const hit = needles.find((t) => t.length > 0 && lower.startsWith(t, i));
    if (hit) {
      out += HIT_OPEN + text.slice(i, i + hit.length) + HIT_CLOSE;
      i += hit.length;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}
