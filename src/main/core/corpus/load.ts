import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentMeta, Paragraph } from '../../../shared/types.ts';
import { CorpusError } from './corpus-error.ts';
import { decodeCorpusText } from './decode.ts';
import { ingestDocument } from './ingest-document.ts';
import { parseDocumentsJson } from './documents-json.ts';

export const CORPUS_DIR = 'corpus';
export const DOCUMENTS_FILE = 'documents.json';

/**
 * Reads `<dataDir>/corpus/documents.json` and ingests every source text it lists. Throws a
 * CorpusError naming the file when the index or a text is missing or unusable.
 */
export function loadCorpus(dataDir: string): { documents: DocumentMeta[]; paragraphs: Paragraph[] } {
  const corpusDir = path.join(dataDir, CORPUS_DIR);
  const indexPath = path.join(corpusDir, DOCUMENTS_FILE);
  const documents = parseDocumentsJson(readText(indexPath, `${CORPUS_DIR}/${DOCUMENTS_FILE}`), `${CORPUS_DIR}/${DOCUMENTS_FILE}`);
  const paragraphs: Paragraph[] = [];
  for (const meta of documents) {
    const display = `${CORPUS_DIR}/${meta.file}`;
    const raw = decodeCorpusText(readBytes(path.join(corpusDir, meta.file), display), display);
    for (const p of ingestDocument(meta, raw)) paragraphs.push(p);
  }
  return { documents, paragraphs };
}

function readBytes(file: string, display: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CorpusError(display, `${display} is missing (looked for ${file}).`, 'not-found');
    throw new CorpusError(display, `${display} cannot be read: ${(error as Error).message}`, 'io');
  }
}

function readText(file: string, display: string): string {
  return decodeCorpusText(readBytes(file, display), display);
}
