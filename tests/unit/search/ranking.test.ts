import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Paragraph } from '../../../src/shared/types.ts';
import { HIT_CLOSE, HIT_OPEN } from '../../../src/shared/types.ts';
import { countMatches, makeSnippet, RANK_WINDOW, search } from '../../../src/main/core/corpus/search.ts';
import { syncCorpus } from '../../../src/main/core/corpus/store.ts';
import { openDatabase } from '../../../src/main/core/db/open.ts';
import { openWorkspace, tempDir } from '../helpers.ts';

function doc(id: string): DocumentMeta {
  return { id, file: `${id}.txt`, title: { zh: id, en: null }, authors: [], venue: null, year: null, issue: null, pages: null, doi: null, note: null };
}

function paragraph(docId: string, ordinal: number, text: string): Paragraph {
  return { id: `${docId}.${String(ordinal).padStart(10, '0')}`, docId, ordinal, kind: 'body', section: '', sectionTitle: '', level: null, lang: 'zh', text, marker: null, noteOf: null, page: null };
}

/** Many documents whose paragraphs mention the term once in passing, and one paragraph about it in the last. */
function corpusWithBestParagraphLast(passing: number) {
  const docs: DocumentMeta[] = [];
  const paragraphs: Paragraph[] = [];
  const filler = '报告回顾了本年度的贸易往来、投资动向与产业政策，并在讨论供应链时顺带提到出口管制的影响，随后转向财政与金融议题的细节。';
  for (let d = 0; d * 10 < passing; d++) {
    const id = `report-${d}`;
    docs.push(doc(id));
    for (let i = 1; i <= 10 && d * 10 + i <= passing; i++) paragraphs.push(paragraph(id, i, `${filler}（第${d}-${i}段）`));
  }
  docs.push(doc('deep'));
  paragraphs.push(paragraph('deep', 1, '出口管制：出口管制清单的扩大与出口管制执法。'));
  return { docs, paragraphs, bestId: 'deep.0000000001' };
}

describe('ranking on a larger corpus', () => {
  it('puts the paragraph about the term first, even in the last of many documents', () => {
    const db = openDatabase(path.join(tempDir(), 'rank.db'));
    const { docs, paragraphs, bestId } = corpusWithBestParagraphLast(RANK_WINDOW - 1);
    syncCorpus(db, docs, paragraphs);
    const result = search(db, '出口管制', { limit: 10 });
    expect(result.total).toBe(RANK_WINDOW);
    expect(result.hits[0]!.paragraphId).toBe(bestId);
    expect(countMatches(db, '出口管制')).toBe(RANK_WINDOW);
    db.close();
  });
});

describe('countMatches', () => {
  it('counts exactly what search finds, for every index and with a document filter', () => {
    const ws = openWorkspace();
    const db = openDatabase(ws.dbPath, { readonly: true });
    for (const q of ['出口管制', '半导体 日本', 'Rapidus IBM', '美', '日本', '美 出口管制', 'nothing-here', '']) {
      expect(countMatches(db, q), q).toBe(search(db, q, { limit: 1 }).total);
      expect(countMatches(db, q, { docId: 'wu-cong' }), q).toBe(search(db, q, { limit: 1, docId: 'wu-cong' }).total);
    }
    db.close();
  });
});

describe('makeSnippet', () => {
  it('marks every term in the window, case-insensitively, the earlier listed term winning at one place', () => {
    const snippet = makeSnippet('The Entity List and the entity list again; ENTITY', ['entity list', 'entity']);
    expect(snippet).toBe(`The ${HIT_OPEN}Entity List${HIT_CLOSE} and the ${HIT_OPEN}entity list${HIT_CLOSE} again; ${HIT_OPEN}ENTITY${HIT_CLOSE}`);
    expect(makeSnippet('出口管制与出口', ['出口', '出口管制'])).toBe(`${HIT_OPEN}出口${HIT_CLOSE}管制与${HIT_OPEN}出口${HIT_CLOSE}`);
  });
});
