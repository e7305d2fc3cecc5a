// What the Excel and Word export benchmarks both export: the shipped matrix as the app passes it, and
// a synthetic matrix with roughly one note per three domains.
import path from 'node:path';
import type { ExportInput } from '../src/main/core/export/index.ts';
import { repoDataDir } from '../src/main/core/paths.ts';
import { Workspace } from '../src/main/core/workspace.ts';
import { syntheticMatrix } from './synthetic-matrix.ts';

/** A synthetic matrix of this size, with notes on about a third of its domains. */
export function syntheticExportInput(domains: number, actors: number, quotes: number): ExportInput {
  const s = syntheticMatrix(domains, actors, quotes);
  return {
    matrix: s.matrix,
    // Roughly one note per three domains, spread over domains and cells.
    annotations: s.matrix.domains.filter((_, i) => i % 3 === 0).map((d, i) => ({
      id: `n${i}`,
      target: { domainId: d.id, actorId: i % 2 ? (s.matrix.actors[0]?.id ?? null) : null, evidenceId: null },
      category: 'other' as const,
      text: '需要在简报中说明两篇论文的分歧。',
      author: 'bench',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    })),
    documents: s.documents,
    paragraphs: s.paragraphs,
    lang: 'both',
    appVersion: 'bench',
    exportedAt: new Date(),
    scopeDescription: 'All domains',
  };
}

/** The shipped matrix with everything the app passes to the export (all cited paragraphs, both documents). */
export function realExportInput(dir: string): ExportInput {
  const ws = Workspace.open({ dbPath: path.join(dir, 'real.db'), dataDir: repoDataDir(), appVersion: 'bench' });
  try {
    return {
      matrix: ws.matrix(),
      annotations: [],
      documents: ws.documents,
      paragraphs: new Map(ws.paragraphs.map((p) => [p.id, p])),
      lang: 'both',
      appVersion: 'bench',
      exportedAt: new Date(),
      scopeDescription: 'All domains',
    };
  } finally {
    ws.close();
  }
}
