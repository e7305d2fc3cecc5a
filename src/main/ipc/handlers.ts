import path from 'node:path';
import { AppError } from '../core/errors.ts';
import { runExport } from '../core/export-job.ts';
import { openProject, saveProject, PROJECT_EXTENSION } from '../core/project/file.ts';
import type { Workspace } from '../core/workspace.ts';
import type { Handlers } from './dispatch.ts';
import type { Host } from './host.ts';
import { createSourceHandlers } from './source-handlers.ts';

/** The handler table: each entry adapts one validated request to one call into core. */
export function createHandlers(ws: Workspace, host: Host, options: { backupDir: string }): Handlers {
  // The renderer may only ask to reveal files this session wrote, never an arbitrary path.
  const written = new Set<string>();
  return {
    'app:info': () => ({ version: host.version, dbPath: ws.options.dbPath, locale: host.locale, platform: host.platform }),
    'prefs:get': () => ws.prefs(),
    'prefs:set': (r) => ws.setPrefs(r),

    'corpus:documents': () => ws.listDocuments(),
    'corpus:paragraphs': (r) => ws.listParagraphs(r.docId),
    'corpus:paragraph': (r) => ws.getParagraph(r.paragraphId),
    'corpus:search': (r) => {
      const options = { ...(r.docId ? { docId: r.docId } : {}), ...(r.limit ? { limit: r.limit } : {}) };
      return r.exact ? ws.search(r.query, options) : ws.searchExpanded(r.query, options);
    },

    'matrix:get': () => ws.matrixState(),
    'matrix:setSummary': (r) => ws.setSummary(r.domainId, r.actorId, r.lang, r.text),
    'matrix:setAlignment': (r) => ws.setAlignment(r.domainId, { value: r.value, reason: r.reason }),
    'matrix:addEvidence': (r) => ws.addEvidence(r.domainId, r.actorId, r.paragraphId, r.start, r.exact),
    'matrix:removeEvidence': (r) => ws.removeEvidence(r.domainId, r.actorId, r.evidenceId),
    'matrix:addDomain': (r) => ws.addDomain(r.id, r.name),
    'matrix:addActor': (r) => ws.addActor(r.id, r.name),
    'matrix:resolveConflict': (r) => ws.resolveConflict(r.key, r.choice),
    'edit:undo': () => ws.undo(),
    'edit:redo': () => ws.redo(),
    'edit:history': (r) => ws.history(r.domainId, r.actorId),

    'annotations:list': (r) => ws.listAnnotations(r),
    'annotations:add': (r) => ws.addAnnotation(r.target, r.category, r.text),
    'annotations:update': (r) => ws.updateAnnotation(r.id, r),
    'annotations:delete': (r) => ws.deleteAnnotation(r.id),

    'project:save': async () => {
      const target = await host.chooseSavePath('project', `policy-matrix-${today()}${PROJECT_EXTENSION}`);
      if (!target) return null;
      const result = await saveProject(ws, target);
      written.add(result.path);
      return result;
    },
    'project:open': async () => {
      const source = await host.chooseOpenPath('project');
      if (!source) return null;
      const ok = await host.confirm(
        'Replace the open project?',
        `The current project will be backed up to ${options.backupDir} and replaced by ${path.basename(source)}.`,
      );
      return ok ? openProject(ws, source, options.backupDir) : null;
    },
    'export:xlsx': async (r) => {
      const target = await host.chooseSavePath('export', `policy-matrix-briefing-${today()}.xlsx`);
      if (!target) return null;
      const result = await runExport(ws, { out: target, lang: r.lang, scope: r.scope, appVersion: host.version }, (p) => host.emit('export:progress', p));
      written.add(result.path);
      return result;
    },
    'export:reveal': (r) => {
      if (!written.has(r.path)) throw new AppError('invalid-request', 'Only files saved in this session can be shown.');
      host.revealFile(r.path);
      return { ok: true as const };
    },
    ...createSourceHandlers(ws, host),
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
