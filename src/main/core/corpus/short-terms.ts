// An index for one- and two-character terms, which the trigram index cannot answer. Chinese needs
// them all the time (美, 日本, 芯片). Two contentless FTS5 tables keyed by the paragraph's rowid: one
// token per character (paragraphs_uni) and one per pair of adjacent characters (paragraphs_bi), so
// every short term is a single-token lookup. detail=none keeps only which paragraphs hold a token:
// that answers "contains" exactly and is the smallest and fastest of the variants measured (see
// bench/core.bench.ts and the README).
import type { Db } from '../db/open.ts';
import type { BatchHook } from '../db/migration-progress.ts';

// Every character but separators and controls is a token character; tokens are what we write.
const TOKENIZER = `tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'"`;

export const SHORT_TERM_TABLES_SQL = `
  CREATE VIRTUAL TABLE paragraphs_uni USING fts5(t, content='', detail=none, ${TOKENIZER});
  CREATE VIRTUAL TABLE paragraphs_bi USING fts5(t, content='', detail=none, ${TOKENIZER});
`;

/** The characters of a text that are tokens: lower-cased, no whitespace. */
function tokenChars(text: string): string[][] {
  // Runs of non-whitespace: a pair never spans a space (a query term never contains one).
  return text
    .toLowerCase()
    .split(/\s+/u)
    .filter(Boolean)
    .map((run) => [...run]);
}

/** Which characters a term of one or two characters is made of, or null when the index cannot answer it. */
export function shortTermToken(term: string): { table: 'paragraphs_uni' | 'paragraphs_bi'; token: string } | null {
  const chars = [...term.toLowerCase()];
  if (chars.length < 1 || chars.length > 2) return null;
  // A character the tokenizer treats as a separator (controls, format characters) cannot be looked up.
  if (chars.some((c) => /[\p{Z}\p{Cc}\p{Cf}\p{Cs}\p{Cn}"]/u.test(c))) return null;
  return { table: chars.length === 1 ? 'paragraphs_uni' : 'paragraphs_bi', token: chars.join('') };
}

/** The distinct single characters and adjacent pairs of a text, as the two tables' token lists. */
export function shortTermTokens(text: string): { uni: string; bi: string } {
  const uni = new Set<string>();
  const bi = new Set<string>();
  for (const run of tokenChars(text)) {
    for (let i = 0; i < run.length; i++) {
      uni.add(run[i]!);
      if (i + 1 < run.length) bi.add(run[i]! + run[i + 1]!);
    }
  }
  // A double quote would be FTS5 syntax in a token list: such pairs are never looked up (see shortTermToken).
  const list = (set: Set<string>) => [...set].filter((t) => !t.includes('"')).join(' ');
  return { uni: list(uni), bi: list(bi) };
}

/** Rebuild both tables from the paragraphs table (inside the caller's transaction), reporting each batch. */
export function rebuildShortTermIndex(db: Db, batch?: BatchHook): void {
  db.exec("INSERT INTO paragraphs_uni(paragraphs_uni) VALUES ('delete-all'); INSERT INTO paragraphs_bi(paragraphs_bi) VALUES ('delete-all');");
  const uni = db.prepare('INSERT INTO paragraphs_uni(rowid, t) VALUES (?, ?)');
  const bi = db.prepare('INSERT INTO paragraphs_bi(rowid, t) VALUES (?, ?)');
  const total = (db.prepare('SELECT count(*) AS n FROM paragraphs').get() as { n: number }).n;
  const next = db.prepare('SELECT rowid AS r, text FROM paragraphs WHERE rowid > ? ORDER BY rowid LIMIT 1000');
  let done = 0;
  batch?.(done, total);
  for (let after = 0; ; ) {
    const rows = next.all(after) as Array<{ r: number; text: string }>;
    if (rows.length === 0) break;
    for (const row of rows) {
      const tokens = shortTermTokens(row.text);
      uni.run(row.r, tokens.uni);
      bi.run(row.r, tokens.bi);
    }
    after = rows.at(-1)!.r;
    done += rows.length;
    batch?.(done, total);
  }
}
