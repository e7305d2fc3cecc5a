import { describe, expect, it } from 'vitest';
import { paragraphIdBase } from '../../../src/main/core/corpus/ids.ts';
import { ingestDocument } from '../../../src/main/core/corpus/ingest.ts';
import { documentMeta, rawText } from './corpus-fixture.ts';

describe('paragraph IDs', () => {
  it('are docId + first 10 hex of sha1(kind \\n text)', () => {
    expect(paragraphIdBase('wu-cong', 'body', 'abc')).toMatch(/^wu-cong\.[0-9a-f]{10}$/);
    expect(paragraphIdBase('wu-cong', 'body', 'abc')).not.toBe(paragraphIdBase('wu-cong', 'footnote', 'abc'));
  });

  for (const [id, original, changed] of [
    ['gui-yongtao', '日本清醒地认识到', '日本清楚地认识到'],
    ['wu-cong', '这些行动明显都有针对中国的意味。', '这些行动明显都有针对中国的用意。'],
  ] as const) {
    describe(id, () => {
      const meta = documentMeta(id);
      const raw = rawText(meta);
      const first = ingestDocument(meta, raw);

      it('are unique within the document', () => {
        expect(new Set(first.map((p) => p.id)).size).toBe(first.length);
        expect(first.every((p) => p.id.startsWith(`${id}.`))).toBe(true);
      });

      it('are stable: the same input gives identical paragraphs', () => {
        expect(ingestDocument(meta, raw)).toEqual(first);
        expect(ingestDocument(meta, raw.replace(/\n/g, '\r\n'))).toEqual(first);
      });

      it('change only for the paragraph whose text changed', () => {
        expect(raw.split(original)).toHaveLength(2);
        const second = ingestDocument(meta, raw.replace(original, changed));
        expect(second.map((p) => p.ordinal)).toEqual(first.map((p) => p.ordinal));
        const differing = first.filter((p, i) => p.id !== second[i]!.id);
        expect(differing).toHaveLength(1);
        expect(differing[0]!.text).toContain(original);
      });
    });
  }

  it('number repeated texts -2, -3 in reading order', () => {
    const meta = documentMeta('gui-yongtao');
    const sources = ingestDocument(meta, rawText(meta)).filter((p) => p.text === '资料来源：作者自制。');
    expect(sources.map((p) => p.id)).toEqual([sources[0]!.id, `${sources[0]!.id}-2`]);
  });
});
