import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.ts';

// The shipped bilingual term sources in data/terms/: the Chinese names of the matrix's instrument
// tags, and a small glossary of the field's key terms. Both are reviewable text files.

const nonEmpty = z.string().trim().min(1);

const instrumentsSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    instruments: z.array(z.object({ en: nonEmpty, zh: nonEmpty }).strict()),
  })
  .strict();

const glossarySchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    terms: z.array(z.object({ zh: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) }).strict()),
  })
  .strict();

export interface InstrumentName {
  en: string;
  zh: string;
}

export interface GlossaryTerm {
  /** The first form is the one the papers use. */
  zh: string[];
  en: string[];
}

export interface TermSources {
  instruments: InstrumentName[];
  glossary: GlossaryTerm[];
}

export function termsDir(dataDir: string): string {
  return path.join(dataDir, 'terms');
}

function readJson<T>(file: string, schema: z.ZodType<T>): T | null {
  if (!fs.existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('bad-file', `${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new AppError(
      'bad-file',
      `${file} does not match its schema`,
      result.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return result.data;
}

/**
 * Reads both files. A data folder without them (an older project layout, a test fixture) gives empty
 * lists: search then works exactly as typed and tags stay as the dataset spells them.
 */
export function loadTermSources(dataDir: string): TermSources {
  const dir = termsDir(dataDir);
  const instruments = readJson(path.join(dir, 'instruments.json'), instrumentsSchema);
  const glossary = readJson(path.join(dir, 'glossary.json'), glossarySchema);
  const seen = new Set<string>();
  for (const i of instruments?.instruments ?? []) {
    if (seen.has(i.en)) throw new AppError('bad-file', `${path.join(dir, 'instruments.json')}: "${i.en}" is listed twice`);
    seen.add(i.en);
  }
  return { instruments: instruments?.instruments ?? [], glossary: glossary?.terms ?? [] };
}
