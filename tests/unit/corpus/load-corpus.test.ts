import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError } from '../../../src/main/core/corpus/decode.ts';
import { loadCorpus } from '../../../src/main/core/corpus/ingest.ts';
import { CORPUS_DIR } from './corpus-fixture.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function loadError(): CorpusError {
  try {
    loadCorpus(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected a CorpusError');
}

describe('loadCorpus', () => {
  it('loads the shipped corpus', () => {
    cpSync(CORPUS_DIR, path.join(dir, 'corpus'), { recursive: true });
    const { documents, paragraphs } = loadCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['gui-yongtao', 'wu-cong']);
    expect(documents[1]).toMatchObject({ venue: '国际安全研究', year: 2025, pages: '73–98', doi: '10.14093/j.cnki.cn10-1132/d.2025.04.004' });
    expect(paragraphs.filter((p) => p.docId === 'gui-yongtao')).toHaveLength(75);
    expect(paragraphs.filter((p) => p.docId === 'wu-cong')).toHaveLength(154);
  });

  it('says when documents.json is missing', () => {
    const error = loadError();
    expect(error.message).toMatch(/^corpus\/documents\.json is missing/);
    expect(error.code).toBe('not-found');
  });

  it('says when documents.json is not valid', () => {
    mkdirSync(path.join(dir, 'corpus'));
    writeFileSync(path.join(dir, 'corpus', 'documents.json'), '[{"id": "a"');
    expect(loadError().message).toMatch(/^corpus\/documents\.json is not valid JSON/);
    writeFileSync(path.join(dir, 'corpus', 'documents.json'), JSON.stringify([{ id: 'A b', file: '../x.txt', title: {}, authors: [] }]));
    const message = loadError().message;
    expect(message).toContain('"id" must be lower-case letters');
    expect(message).toContain('"file" must be a file name inside the corpus folder');
  });

  it('names a missing or undecodable source text', () => {
    mkdirSync(path.join(dir, 'corpus'));
    const meta = { id: 'x', file: 'x.txt', title: { zh: null, en: null }, authors: [] };
    writeFileSync(path.join(dir, 'corpus', 'documents.json'), JSON.stringify([meta]));
    expect(loadError().message).toMatch(/^corpus\/x\.txt is missing/);
    writeFileSync(path.join(dir, 'corpus', 'x.txt'), Buffer.from([0x41, 0x0a, 0xc3, 0x28]));
    expect(loadError().message).toBe('corpus/x.txt is not UTF-8 text (invalid byte at offset 2). Save it as UTF-8 and try again.');
  });
});
