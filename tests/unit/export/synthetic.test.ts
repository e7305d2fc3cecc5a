import { describe, expect, it } from 'vitest';
import { syntheticMatrix } from '../../../bench/synthetic-matrix.ts';

describe('syntheticMatrix', () => {
  it('is deterministic and as large as asked', () => {
    const a = syntheticMatrix(20, 4, 3);
    const b = syntheticMatrix(20, 4, 3);
    expect(a.matrix).toEqual(b.matrix);
    expect(a.matrix.domains).toHaveLength(20);
    expect(a.matrix.actors.map((x) => x.id)).toEqual(['US', 'JP', 'EU', 'CN']);
    expect(a.matrix.domains[0]!.alignment.evidence).toHaveLength(3);
    expect(a.matrix.domains[0]!.positions.US!.evidence).toHaveLength(3);
  });

  it('cuts anchored quotes from the paragraphs they cite, with realistic lengths', () => {
    const { matrix, paragraphs, documents } = syntheticMatrix(50, 3, 5);
    const all = matrix.domains.flatMap((d) => [...d.alignment.evidence, ...Object.values(d.positions).flatMap((p) => p.evidence)]);
    expect(matrix.stats.quotes).toBe(all.length);
    expect(matrix.stats.broken).toBe(all.filter((e) => e.status === 'broken').length);
    for (const e of all.filter((x) => x.status === 'anchored')) {
      const p = paragraphs.get(e.paragraphId!);
      expect(p?.text.slice(e.start!, e.start! + e.exact.length)).toBe(e.exact);
      expect(documents.some((d) => d.id === p?.docId)).toBe(true);
    }
    const summaries = matrix.domains.flatMap((d) => Object.values(d.positions).map((p) => p.summary));
    expect(Math.min(...summaries.map((s) => s.zh.length))).toBeGreaterThanOrEqual(60);
    expect(Math.max(...summaries.map((s) => s.en.length))).toBeLessThanOrEqual(420);
  });
});
