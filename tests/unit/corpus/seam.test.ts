import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParagraphBuilder } from '../../../src/main/core/corpus/builder.ts';
import { joinPrintedLines } from '../../../src/main/core/corpus/chars.ts';
import { parseDocumentsJson } from '../../../src/main/core/corpus/documents-json.ts';
import { ingestDocument, isWrappedLayout } from '../../../src/main/core/corpus/ingest-document.ts';
import { parseLineLayout } from '../../../src/main/core/corpus/layout-lines.ts';
import { parseWrappedLayout } from '../../../src/main/core/corpus/layout-wrapped.ts';

const CORPUS = path.resolve('data/corpus');

describe('the shipped papers through the block seam', () => {
  const docs = parseDocumentsJson(readFileSync(path.join(CORPUS, 'documents.json'), 'utf8'), 'documents.json');
  for (const meta of docs) {
    it(`${meta.id}: blocks → assembler gives exactly the paragraphs the layout gave the builder directly`, () => {
      const raw = readFileSync(path.join(CORPUS, meta.file), 'utf8');
      const authors = meta.authors.map((a) => a.en ?? '').filter((a) => a !== '');
      const wrapped = isWrappedLayout(raw);
      const direct = new ParagraphBuilder(meta.id, wrapped ? joinPrintedLines : undefined);
      if (wrapped) parseWrappedLayout(raw, authors, direct, meta.file);
      else parseLineLayout(raw, authors, direct, meta.file);
      const expected = direct.build();
      const viaSeam = ingestDocument(meta, raw);
      expect(viaSeam.length).toBeGreaterThan(50);
      expect(viaSeam).toEqual(expected);
      expect(viaSeam.every((p) => p.page === null && p.boxes === null)).toBe(true);
    });
  }
});
