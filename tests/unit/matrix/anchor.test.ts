// Anchoring searches only the paragraphs holding the quote's rarest pair of characters: it must find
// exactly what a search of every paragraph finds.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/main/core/corpus/ingest.ts';
import { anchorQuote, indexParagraphs, selectorFor } from '../../../src/main/core/matrix/anchor.ts';
import { DATA_DIR } from '../helpers.ts';

describe('anchorQuote', () => {
  const { paragraphs } = loadCorpus(DATA_DIR);

  it('finds every quote where a search of all paragraphs finds it, and reports the absent as broken', () => {
    const index = indexParagraphs(paragraphs);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 400; n++) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
      if (p.text.length < 4) continue;
      const start = Math.floor(next() * (p.text.length - 3));
      const exact = p.text.slice(start, start + 2 + Math.floor(next() * Math.min(60, p.text.length - start - 2)));
      const selector = selectorFor(p, start, exact);
      const found = anchorQuote(selector, index, { id: 'x', origin: 'baseline' });
      const holders = paragraphs.filter((q) => q.docId === p.docId && q.text.includes(exact));
      expect(found.status).toBe('anchored');
      expect(holders.map((q) => q.id)).toContain(found.paragraphId);
      const at = paragraphs.find((q) => q.id === found.paragraphId)!;
      expect(at.text.slice(found.start!, found.start! + exact.length)).toBe(exact);
      // Held by one paragraph only: it comes back to the very place it was taken from.
      if (holders.length === 1) expect([found.paragraphId, found.start]).toEqual([p.id, start]);
    }
    const missing = anchorQuote({ docId: paragraphs[0]!.docId, exact: '这句话不在任何论文里', prefix: '', suffix: '' }, index, { id: 'y', origin: 'baseline' });
    expect(missing).toMatchObject({ status: 'broken', problemCode: 'not-verbatim' });
    const one = anchorQuote({ docId: paragraphs[0]!.docId, exact: '美', prefix: '', suffix: '' }, index, { id: 'z', origin: 'baseline' });
    expect(one.status).toBe('anchored');
  });
});
