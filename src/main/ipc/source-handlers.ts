import path from 'node:path';
import { ImportCancelled } from '../core/corpus/import/pdf-importer.ts';
import type { Workspace } from '../core/workspace.ts';
import type { Handlers } from './dispatch.ts';
import type { Host } from './host.ts';

type SourceHandlers = Pick<Handlers, 'sources:list' | 'sources:import' | 'sources:cancel' | 'sources:removalImpact' | 'sources:remove'>;

/**
 * Imported sources. The file comes from main's open dialog; extraction runs in a worker with
 * progress events; one import at a time, and Cancel stops it before anything is stored.
 */
export function createSourceHandlers(ws: Workspace, host: Host): SourceHandlers {
  let running: AbortController | null = null;
  return {
    'sources:list': () => ws.sources.list(),
    'sources:import': async (r) => {
      if (running) return null;
      const file = await host.chooseOpenPath('source');
      if (!file) return null;
      const controller = new AbortController();
      running = controller;
      const fileName = path.basename(file);
      try {
        return await ws.sources.import(file, {
          title: r.title,
          language: r.language,
          signal: controller.signal,
          onProgress: (p) => host.emit('sources:progress', { fileName, done: p.done, total: p.total }),
        });
      } catch (error) {
        if (error instanceof ImportCancelled || controller.signal.aborted) return null;
        throw error;
      } finally {
        running = null;
      }
    },
    'sources:cancel': () => {
      const c = running;
      c?.abort();
      return { cancelled: c !== null };
    },
    'sources:removalImpact': (r) => ws.sources.removalImpact(r.docId),
    'sources:remove': async (r) => {
      const impact = ws.sources.removalImpact(r.docId);
      const title = ws.sources.list().find((s) => s.id === r.docId)?.info.title ?? r.docId;
      const detail =
        impact.length === 0
          ? 'No quote in the matrix cites it. The removal can be undone.'
          : `${impact.length} quote(s) will break (they stay in the matrix, shown as broken; Undo brings the source back):\n` +
            impact.map((q) => `• ${q.domainId}/${q.actorId ?? 'alignment'}: “${q.exact.slice(0, 80)}”`).join('\n');
      if (!(await host.confirm(`Remove “${title}”?`, detail, 'Remove'))) return null;
      return ws.sources.remove(r.docId);
    },
  };
}
