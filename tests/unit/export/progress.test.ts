import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../src/shared/types.ts';
import { writeWorkbook } from '../../../src/main/core/export/index.ts';
import { syntheticMatrix } from '../../../bench/synthetic-matrix.ts';
import { tempDir } from '../tmp.ts';

describe('export progress', () => {
  it('reports each phase in order, often enough for a progress bar, and ends at the total', async () => {
    const s = syntheticMatrix(300, 3, 3);
    const events: ExportProgress[] = [];
    const result = await writeWorkbook(
      { matrix: s.matrix, annotations: [], documents: s.documents, paragraphs: s.paragraphs, lang: 'zh', appVersion: 't', exportedAt: new Date(), scopeDescription: 'x' },
      path.join(tempDir(), 'big.xlsx'),
      (p) => events.push({ ...p }),
    );
    expect(result.rows.evidence).toBeGreaterThan(2500);

    const phases = events.map((e) => e.phase).filter((p, i, all) => all.indexOf(p) === i);
    expect(phases).toEqual(['matrix', 'evidence', 'annotations', 'sources', 'about', 'compress', 'write', 'done']);
    const total = events[0]!.total;
    expect(events.every((e) => e.total === total)).toBe(true);
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.done).toBeGreaterThanOrEqual(events[i - 1]!.done);
      // "At least every few hundred rows".
      expect(events[i]!.done - events[i - 1]!.done).toBeLessThanOrEqual(300);
    }
    expect(events.at(-1)).toEqual({ phase: 'done', done: total, total });
  });
});
