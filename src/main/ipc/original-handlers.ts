import { readOriginalFile } from '../core/corpus/import/original-file.ts';
import type { Workspace } from '../core/workspace.ts';
import type { Handlers } from './dispatch.ts';

/** The original PDF of an imported source (or a range of it), for the reader's page view (read-only). */
export function createOriginalHandlers(ws: Workspace): Pick<Handlers, 'sources:original'> {
  return {
    'sources:original': (r) => readOriginalFile(ws.sources.originals, ws.sources.find(r.docId), r.docId, r.range),
  };
}
