import { HIT_CLOSE, HIT_OPEN } from '../../../shared/types.ts';
import type { ParagraphKind, SearchHit, SearchResult } from '../../../shared/types.ts';
import type Database from 'better-sqlite3';
import type { Db } from '../db/open.ts';
import { gramMatch, isGramTerm } from './gram-index.ts';
import { shortTermToken } from './short-terms.ts';

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
 * How many matches bm25 ranks at most. Ranking costs a few microseconds per match and is most of a
 * search's time on a large corpus (measured on 50 MB: 4,000 → 8 ms p50, 1,000 → 2–5 ms, the count
 * ~1 ms); beyond this many, the best hits are chosen among the first RANK_WINDOW matches in corpus
 * order. The shipped papers never reach it. The total is always exact.
 */
export const RANK_WINDOW = 1000;

/** Whitespace-separated terms; quotes are search syntax to FTS5, so they are dropped from terms. */
export function queryTerms(query: string): string[] {
  return query
    .replace(/["\u201c\u201d]/g, ' ')
    .split(/\s+/u)
    .filter((t) => t.length > 0);
}

/**
 * How many matches of a short-term query are scored by occurrence count (the rest are counted only):
 * scoring reads each paragraph's text, ~10 µs a paragraph (measured on 50 MB: 1,000 → 18 ms, 500 → 5 ms).
 */
export const SHORT_RANK_WINDOW = 500;

/**
 * Ranked full-text search. Terms of four or more characters go through the gram index (see
 * gram-index.ts), three-character ones (and four or more with a character it cannot hold) through the
 * trigram index; both rank with bm25. A trigram index cannot answer a one- or two-character term: those go through the
 * short-term index (one token per character and per pair, see short-terms.ts), ranked by how often
 * the terms occur. Only a term the short-term index cannot hold (a control character) falls back to
 * a scan.
 */
export function search(db: Db, query: string, options: SearchOptions = {}): SearchResult {
  const terms = queryTerms(query);
  const limit = options.limit ?? 50;
  if (terms.length === 0) return { query, total: 0, hits: [], method: 'scan' };
  if (allTrigramTerms(terms)) return ftsSearch(db, query, terms, limit, options.docId);
  return shortSearch(db, query, terms, limit, options.docId) ?? scanSearch(db, query, terms, limit, options.docId);
}

/**
 * How many paragraphs `search` would find, exactly, without ranking or snippets: what the glossary's
 * "also searched" counts and suggestions need (ranking a window of 1,000 to show one hit cost 2–8 ms
 * on the 50 MB corpus; the count alone is the first of those milliseconds).
 */
export function countMatches(db: Db, query: string, options: Pick<SearchOptions, 'docId'> = {}): number {
  const terms = queryTerms(query);
  if (terms.length === 0) return 0;
  if (allTrigramTerms(terms)) return ftsCount(db, ftsIndex(terms), options.docId);
  const short = shortLookups(terms, options.docId);
  if (short) return (prepared(db, `SELECT count(*) AS n FROM (${short.ids})`).get(...short.args) as { n: number }).n;
  return scanCount(db, terms, options.docId);
}

/** Which index `search` answers a query with (the method its result reports). */
export function searchMethod(query: string): SearchResult['method'] {
  const terms = queryTerms(query);
  if (terms.length === 0) return 'scan';
  if (allTrigramTerms(terms)) return 'fts';
  return shortLookups(terms) ? 'short' : 'scan';
}

function allTrigramTerms(terms: string[]): boolean {
  return terms.every((t) => [...t].length >= 3);
}

type Statement = Database.Statement<unknown[]>;
const statements = new WeakMap<Db, Map<string, Statement>>();
/** More distinct statement texts than this (term counts × filters) and the cache starts over. */
const MAX_CACHED_STATEMENTS = 64;

/** One prepared statement per SQL text and connection: preparing an FTS query costs more than a small search. */
function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map<string, Statement>()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
    statement = db.prepare<unknown[]>(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** The INTERSECT of one index lookup per term (and the document filter), or null when a term has no index. */
function shortLookups(terms: string[], docId?: string): { ids: string; args: string[] } | null {
  const lookups: Array<{ sql: string; arg: string }> = [];
  for (const t of terms) {
    if ([...t].length >= 3) {
      lookups.push({ sql: 'SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?', arg: `"${t.replace(/"/g, '')}"` });
      continue;
    }
    const short = shortTermToken(t);
    if (!short) return null;
    lookups.push({ sql: `SELECT rowid FROM ${short.table} WHERE ${short.table} MATCH ?`, arg: `"${short.token}"` });
  }
  if (docId) lookups.push({ sql: 'SELECT rowid FROM paragraphs WHERE doc_id = ?', arg: docId });
  return { ids: lookups.map((l) => l.sql).join(' INTERSECT '), args: lookups.map((l) => l.arg) };
}

/** Terms of any length, each a lookup in the index that holds it; the paragraphs holding all of them. */
function shortSearch(db: Db, query: string, terms: string[], limit: number, docId?: string): SearchResult | null {
  const short = shortLookups(terms, docId);
  if (!short) return null;
  const { ids, args } = short;
  const total = (prepared(db, `SELECT count(*) AS n FROM (${ids})`).get(...args) as { n: number }).n;
  // Paragraphs are stored in reading order, so rowid order is reading order.
  const rows = prepared(
    db,
    `SELECT p.id, p.doc_id, p.ordinal, p.section, p.kind, p.text, 0 AS rank FROM paragraphs p
       WHERE p.rowid IN (SELECT rowid FROM (${ids}) ORDER BY rowid LIMIT ${SHORT_RANK_WINDOW}) ORDER BY p.rowid`,
  ).all(...args) as HitRow[];
  const lowered = terms.map((t) => t.toLowerCase());
  const scored = rows
    .map((r) => {
      const text = r.text.toLowerCase();
      return { r, n: lowered.reduce((sum, t) => sum + countOccurrences(text, t), 0) };
    })
    .sort((a, b) => b.n - a.n)
    .slice(0, limit);
  return { query, total, method: 'short', hits: scored.map(({ r, n }) => toHit({ ...r, rank: -n }, makeSnippet(r.text, terms))) };
}

/** Which FTS table answers an all-trigram query, and its MATCH expression. */
interface FtsIndex {
  table: 'paragraphs_fts' | 'paragraphs_grams';
  match: string;
}

function ftsIndex(terms: string[]): FtsIndex {
  if (terms.every(isGramTerm)) return { table: 'paragraphs_grams', match: gramMatch(terms) };
  return { table: 'paragraphs_fts', match: terms.map((t) => `"${t}"`).join(' AND ') };
}

function ftsWhere(table: FtsIndex['table'], docId?: string): string {
  const docFilter = docId ? 'AND rowid IN (SELECT rowid FROM paragraphs WHERE doc_id = @docId)' : '';
  return `${table} MATCH @match ${docFilter}`;
}

function ftsCount(db: Db, index: FtsIndex, docId?: string): number {
  const { table, match } = index;
  return (prepared(db, `SELECT count(*) AS n FROM ${table} WHERE ${ftsWhere(table, docId)}`).get(docId ? { match, docId } : { match }) as { n: number }).n;
}

function ftsSearch(db: Db, query: string, terms: string[], limit: number, docId?: string): SearchResult {
  const index = ftsIndex(terms);
  const { table, match } = index;
  const total = ftsCount(db, index, docId);
  if (total === 0) return { query, total, method: 'fts', hits: [] };
  // Rank inside the FTS table first and fetch rows for the top hits only: snippets and joins for
  // every match would cost far more than the ranking itself on a large corpus. Both tables are keyed
  // by the paragraph's rowid.
  const rows = prepared(
    db,
    `SELECT p.id, p.doc_id, p.ordinal, p.section, p.kind, p.text, top.rank AS rank
       FROM (SELECT rowid, rank FROM (SELECT rowid, rank FROM ${table} WHERE ${ftsWhere(table, docId)} LIMIT ${RANK_WINDOW})
             ORDER BY rank LIMIT @limit) AS top
       JOIN paragraphs p ON p.rowid = top.rowid
       ORDER BY top.rank, p.ordinal`,
  ).all(docId ? { match, docId, limit } : { match, limit }) as HitRow[];
  return { query, total, method: 'fts', hits: rows.map((r) => toHit(r, makeSnippet(r.text, terms))) };
}

/** The scan every short query used before the short-term index (kept as the fallback; benchmarks compare against it). */
function scanFrom(terms: string[], docId?: string): { from: string; params: Record<string, string> } {
  const conditions = terms.map((_, i) => `instr(lower(p.text), @t${i}) > 0`).join(' AND ');
  const params: Record<string, string> = docId ? { docId } : {};
  terms.forEach((t, i) => (params[`t${i}`] = t.toLowerCase()));
  const docFilter = docId ? 'AND p.doc_id = @docId' : '';
  return { from: `FROM paragraphs p JOIN documents d ON d.id = p.doc_id WHERE ${conditions} ${docFilter}`, params };
}

function scanCount(db: Db, terms: string[], docId?: string): number {
  const { from, params } = scanFrom(terms, docId);
  return (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
}

export function scanSearch(db: Db, query: string, terms: string[], limit: number, docId?: string): SearchResult {
  const lowered = terms.map((t) => t.toLowerCase());
  const { from, params } = scanFrom(terms, docId);
  // Every match comes back (to be ranked here), so their number is the total: no second scan to count.
  const rows = db
    .prepare(`SELECT p.id, p.doc_id, p.ordinal, p.section, p.kind, p.text, 0 AS rank ${from} ORDER BY (d.origin = 'imported'), d.position, p.ordinal`)
    .all(params) as HitRow[];
  const scored = rows
    .map((r) => ({ r, n: lowered.reduce((sum, t) => sum + countOccurrences(r.text.toLowerCase(), t), 0) }))
    .sort((a, b) => b.n - a.n)
    .slice(0, limit);
  return { query, total: rows.length, method: 'scan', hits: scored.map(({ r, n }) => toHit({ ...r, rank: -n }, makeSnippet(r.text, terms))) };
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
  const present = needles.filter((t) => t.length > 0);
  let out = '';
  let i = 0;
  while (i < text.length) {
    // The next place any term starts; at one place, the first term listed wins (as it always did).
    let at = -1;
    let hit = '';
    for (const t of present) {
      const j = lower.indexOf(t, i);
      if (j !== -1 && (at === -1 || j < at)) [at, hit] = [j, t];
    }
    if (at === -1) break;
    out += text.slice(i, at) + HIT_OPEN + text.slice(at, at + hit.length) + HIT_CLOSE;
    i = at + hit.length;
  }
  return out + text.slice(i);
}
