// An index for terms of four or more characters, beside the trigram index (schema 7). The trigram
// index answers a four-character Chinese term as a phrase of two trigrams and an English word as a
// phrase of six or more, and both the exact count and bm25's own count of the matching paragraphs
// walk every match's positions: on the 50 MB corpus 经济安全 (20,185 matches) cost 2.6 ms to count and
// `economic security` 3.5 ms (README, footnote ¹³). Here, one contentless FTS5 table keyed by the
// paragraph's rowid, positions kept (detail=full) so bm25 ranks by how often a term occurs:
// - every position of a whitespace-separated run holds its four-character gram, so a four-character
//   term is one token and a longer one a phrase of its grams (consecutive positions ⇔ the substring
//   occurs; a gap token ends each run, so no phrase spans a space);
// - after a run's grams, between gap tokens, every suffix of five or more characters of each Latin
//   word in it (a maximal run of a–z and 0–9): a Latin term of five or more characters occurs exactly
//   where a suffix starts with it, so it is one prefix token (`"economic"*`, which also finds
//   socioeconomic), counted once per occurrence, instead of a phrase of six or more trigrams.
import type { Db } from '../db/open.ts';
import type { BatchHook } from '../db/migration-progress.ts';

const TOKENIZER = `tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"`;

export const GRAM_INDEX_SQL = `
  CREATE VIRTUAL TABLE paragraphs_grams USING fts5(t, content='', contentless_delete=1, ${TOKENIZER});
`;

/** A token no query asks for (queries ask for four characters or five and more): ends a run. */
const GAP = '|';
export const GRAM_LENGTH = 4;
const WORD_MIN = 5;
// Characters the tokenizer splits on (whitespace aside): a gram holding one would become two
// tokens and shift every later position. Such grams are written as a gap; such terms never come here.
const NOT_TOKEN = /[\p{Z}\p{Cc}\p{Cf}\p{Cs}\p{Cn}"]/u;
const LATIN_WORD = /[a-z0-9]{5,}/g;

/** The token list of one paragraph: lower-cased grams, gaps and the suffixes of its Latin words. */
export function gramTokens(text: string): string {
  const out: string[] = [];
  for (const run of text.toLowerCase().split(/\s+/u)) {
    if (run.length === 0) continue;
    pushGrams(out, run);
    out.push(GAP);
    const latin = run.match(LATIN_WORD);
    if (latin) {
      for (const w of latin) for (let i = 0; i + WORD_MIN <= w.length; i++) out.push(w.slice(i));
      out.push(GAP);
    }
  }
  return out.join(' ');
}

function pushGrams(out: string[], run: string): void {
  const chars = [...run];
  const plain = chars.length === run.length && !NOT_TOKEN.test(run); // no surrogate pairs, nothing to split on
  for (let i = 0; i + GRAM_LENGTH <= chars.length; i++) {
    if (plain) out.push(run.slice(i, i + GRAM_LENGTH));
    else {
      const gram = chars.slice(i, i + GRAM_LENGTH).join('');
      out.push(NOT_TOKEN.test(gram) ? GAP : gram);
    }
  }
}

/** Can this table answer the term? Four or more characters, none the tokenizer splits on. */
export function isGramTerm(term: string): boolean {
  const lower = term.toLowerCase();
  return [...lower].length >= GRAM_LENGTH && !NOT_TOKEN.test(lower) && !/\s/u.test(lower);
}

function isLatinWordTerm(lower: string): boolean {
  return lower.length >= WORD_MIN && /^[a-z0-9]+$/.test(lower);
}

function gramPhrase(lower: string): string {
  const grams: string[] = [];
  pushGrams(grams, lower);
  return `"${grams.join(' ')}"`;
}

/** The MATCH expression over paragraphs_grams for terms that all pass `isGramTerm`: every term, with AND. */
export function gramMatch(terms: readonly string[]): string {
  return terms
    .map((term) => {
      const lower = term.toLowerCase();
      return isLatinWordTerm(lower) ? `"${lower}"*` : gramPhrase(lower);
    })
    .join(' AND ');
}

/** Index these paragraphs (rowid and text), inside the caller's transaction. */
export function indexGrams(db: Db, rows: Iterable<{ r: number; text: string }>): void {
  const insert = db.prepare('INSERT INTO paragraphs_grams(rowid, t) VALUES (?, ?)');
  for (const row of rows) insert.run(row.r, gramTokens(row.text));
}

/** Index one document's stored paragraphs (after they were inserted). */
export function indexDocumentGrams(db: Db, docId: string): void {
  indexGrams(db, db.prepare('SELECT rowid AS r, text FROM paragraphs WHERE doc_id = ?').all(docId) as Array<{ r: number; text: string }>);
}

/** Take one document's paragraphs out of the index (before they are deleted). */
export function unindexDocumentGrams(db: Db, docId: string): void {
  db.prepare('DELETE FROM paragraphs_grams WHERE rowid IN (SELECT rowid FROM paragraphs WHERE doc_id = ?)').run(docId);
}

/** Paragraphs indexed per batch of a rebuild (between two progress reports and cancel checks). */
const REBUILD_BATCH = 1000;

/** Rebuild the index from the paragraphs table (inside the caller's transaction), reporting each batch. */
export function rebuildGramIndex(db: Db, batch?: BatchHook): void {
  db.exec("INSERT INTO paragraphs_grams(paragraphs_grams) VALUES ('delete-all')");
  const total = (db.prepare('SELECT count(*) AS n FROM paragraphs').get() as { n: number }).n;
  const next = db.prepare('SELECT rowid AS r, text FROM paragraphs WHERE rowid > ? ORDER BY rowid LIMIT ?');
  let done = 0;
  batch?.(done, total);
  for (let after = 0; ; ) {
    const rows = next.all(after, REBUILD_BATCH) as Array<{ r: number; text: string }>;
    if (rows.length === 0) break;
    indexGrams(db, rows);
    after = rows.at(-1)!.r;
    done += rows.length;
    batch?.(done, total);
  }
}
