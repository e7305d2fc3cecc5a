// Ground truth of the import fixtures (written by tests/fixtures/import/make-fixtures.py) and the
// comparison the tests and the accuracy benchmark share.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures/import');

export interface TruthParagraph {
  kind: 'heading' | 'body' | 'abstract' | 'footnote' | 'caption' | 'list';
  text: string;
  page: number | null;
  marker?: string;
}

export interface Truth {
  file: string;
  format: string;
  lang: string;
  pages: number | null;
  paragraphs: TruthParagraph[];
  furniture: string[];
  meta?: { title?: string; authors?: string[]; date?: string; publisher?: string; sourceUrl?: string };
  paragraphPagesUnknown?: boolean;
}

export function truths(): Truth[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Truth);
}

export function fixtureBytes(file: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, file));
}

/** Whitespace differences are not paragraph errors. */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Ground-truth paragraphs found exactly (same text after whitespace normalisation) among `found`. */
export function exactMatches(truth: readonly TruthParagraph[], found: readonly string[]): number {
  const pool = new Map<string, number>();
  for (const f of found) pool.set(norm(f), (pool.get(norm(f)) ?? 0) + 1);
  let n = 0;
  for (const t of truth) {
    const k = norm(t.text);
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      n++;
      pool.set(k, left - 1);
    }
  }
  return n;
}
