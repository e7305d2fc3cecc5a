import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentMeta, Paragraph, ParagraphKind } from '../../../src/shared/types.ts';

export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');
export const CORPUS_DIR = path.join(DATA_DIR, 'corpus');

export function documentMeta(id: string): DocumentMeta {
  const all = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'documents.json'), 'utf8')) as DocumentMeta[];
  const meta = all.find((d) => d.id === id);
  if (!meta) throw new Error(`no document ${id} in documents.json`);
  return meta;
}

export function rawText(meta: DocumentMeta): string {
  return readFileSync(path.join(CORPUS_DIR, meta.file), 'utf8');
}

export function countByKind(paragraphs: readonly Paragraph[]): Record<ParagraphKind, number> {
  const counts: Record<ParagraphKind, number> = { heading: 0, body: 0, abstract: 0, footnote: 0, caption: 0, list: 0 };
  for (const p of paragraphs) counts[p.kind]++;
  return counts;
}

/** The one paragraph of `kind` whose text starts with `start`; fails loudly if there is not exactly one. */
export function paragraphStarting(paragraphs: readonly Paragraph[], start: string, kind: ParagraphKind = 'body'): Paragraph {
  const found = paragraphs.filter((p) => p.kind === kind && p.text.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} ${kind} paragraphs start with ${start}`);
  return found[0]!;
}

/** Letter-spaced CJK as the PDF prints it: three or more characters each followed by a space. */
export const LETTER_SPACED_RE = /(?:[\p{Script=Han}，、。：；（）“”] ){2,}[\p{Script=Han}，、。：；（）“”]/u;
