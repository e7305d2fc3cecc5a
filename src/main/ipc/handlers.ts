import path from 'node:path';
import type { Handlers } from '../../shared/contract.ts';
import { AppError } from '../core/errors.ts';
import { runExport } from '../core/export-job.ts';
import { PROJECT_EXTENSION } from '../core/project/file.ts';
import type { Workspace } from '../core/workspace.ts';
import type { Host } from './host.ts';
import { nativeLang, nativeText } from '../native-text.ts';
import { createOriginalHandlers } from './original-handlers.ts';
import { createSourceHandlers } from './source-handlers.ts';

/**
 * The handler table: each entry adapts one validated request to one call into core. Every change the
 * workspace makes is also pushed to the window as `matrix:changed`, whoever asked for it.
 */
export function createHandlers(ws: Workspace, host: Host, options: { backupDir: string }): Handlers {
  ws.onChange((event) => host.emit('matrix:changed', event));
  // The renderer may only ask to reveal files this session wrote, never an arbitrary path.
  const written = new Set<string>();
  return {
    'app:info': () => ({ version: host.version, dbPath: ws.dbPath, locale: host.locale, platform: host.platform }),
    'prefs:get': () => ws.prefs(),
    'prefs:set': (r) => ws.setPrefs(r),

    'corpus:documents': () => ws.listDocuments(),
    'corpus:paragraphs': (r) => ws.listParagraphs(r.docId),
    'corpus:paragraph': (r) => ws.getParagraph(r.paragraphId),
    'corpus:search': (r) => {
      const options = { ...(r.docId ? { docId: r.docId } : {}), ...(r.limit ? { limit: r.limit } : {}) };
      return r.exact ? ws.search(r.query, options) : ws.searchExpanded(r.query, options);
    },

    'matrix:get': (r) => ws.matrixView(r && 'firstRows' in r ? r.firstRows : undefined),
    'matrix:evidence': (r) => ws.evidence(r.cells),
    'matrix:outline': () => ws.outline(),
    'matrix:find': (r) => ({ domainIds: ws.findDomains(r.query) }),
    'matrix:setSummary': (r) => ws.setSummary(r.domainId, r.actorId, r.lang, r.text),
    'matrix:setSummaryTexts': (r) => ws.setSummaryTexts(r.domainId, r.actorId, { ...(r.zh !== undefined ? { zh: r.zh } : {}), ...(r.en !== undefined ? { en: r.en } : {}) }),
    'matrix:confirmTranslation': (r) => ws.confirmTranslation(r.domainId, r.actorId, r.lang),
    'terms:instruments': () => ws.termSources.instruments.map((i) => ({ en: i.en, zh: i.zh })),
    'matrix:setAlignment': (r) => ws.setAlignment(r.domainId, { value: r.value, reason: r.reason }),
    'matrix:addEvidence': (r) => ws.addEvidence(r.domainId, r.actorId, r.paragraphId, r.start, r.exact),
    'matrix:removeEvidence': (r) => ws.removeEvidence(r.domainId, r.actorId, r.evidenceId),
    'matrix:addDomain': (r) => ws.addDomain(r.id, r.name),
    'matrix:addActor': (r) => ws.addActor(r.id, r.name),
    'matrix:resolveConflict': (r) => ws.resolveConflict(r.key, r.choice),
    'matrix:repairCandidates': (r) => ws.repairCandidates(r.domainId, r.actorId, r.evidenceId),
    'matrix:repairQuote': (r) => ws.repairQuote(r.domainId, r.actorId, r.evidenceId, r.to),
    'matrix:claims': (request) => ws.claimCheck(undefined, request && 'domains' in request ? request.domains : undefined),
    'matrix:checkDraft': (r) => ws.checkDraft({ domainId: r.domainId, actorId: r.actorId }, r.lang, r.text, r.counterpart),
    'edit:undo': () => ws.undo(),
    'edit:redo': () => ws.redo(),
    'edit:history': (r) => ws.history(r.domainId, r.actorId),

    'annotations:list': (r) => ws.listAnnotations(r),
    'annotations:add': (r) => ws.addAnnotation(r.target, r.category, r.text),
    'annotations:update': (r) => ws.updateAnnotation(r.id, r),
    'annotations:delete': (r) => ws.deleteAnnotation(r.id),
    'categories:list': () => ws.listCategories(),
    'categories:add': (r) => ws.addCategory(r.name),
    'categories:rename': (r) => ws.renameCategory(r.id, r.name),
    'categories:remove': (r) => ws.removeCategory(r.id),

    'project:save': async () => {
      const target = await host.chooseSavePath('project', `policy-matrix-${today()}${PROJECT_EXTENSION}`);
      if (!target) return null;
      const result = await ws.saveProject(target);
      written.add(result.path);
      return result;
    },
    'project:open': async () => {
      const source = await host.chooseOpenPath('project');
      if (!source) return null;
      // In the interface language: the analyst's choice, else the system's.
      const lang = nativeLang(ws.prefs().lang, host.locale);
      const ok = await host.confirm(
        nativeText(lang, 'replaceProject'),
        nativeText(lang, 'replaceProjectDetail', { backups: options.backupDir, file: path.basename(source) }),
      );
      return ok ? ws.openProject(source, options.backupDir, { onProgress: (p) => host.emit('sources:progress', p) }) : null;
    },
    'project:merge': async () => {
      const source = await host.chooseOpenPath('project');
      if (!source) return null;
      return ws.mergeProject(source, { onProgress: (p) => host.emit('sources:progress', p) });
    },
    'project:mergeConflicts': () => ws.mergeConflicts(),
    'project:resolveMergeConflict': (r) => ws.resolveMergeConflict(r.key, r.choice),
    'export:xlsx': async (r) => {
      const target = await host.chooseSavePath('export', `policy-matrix-briefing-${today()}.xlsx`);
      if (!target) return null;
      const result = await runExport(ws, { out: target, lang: r.lang, scope: r.scope, appVersion: host.version, locale: host.locale }, (p) => host.emit('export:progress', p));
      written.add(result.path);
      return result;
    },
    'export:docx': async (r) => {
      const target = await host.chooseSavePath('export-docx', `policy-matrix-briefing-${today()}.docx`);
      if (!target) return null;
      const result = await runExport(ws, { out: target, lang: r.lang, scope: r.scope, appVersion: host.version, format: 'docx' }, (p) => host.emit('export:progress', p));
      written.add(result.path);
      return result;
    },
    'export:reveal': (r) => {
      if (!written.has(r.path)) throw new AppError('invalid-request', 'Only files saved in this session can be shown.');
      host.revealFile(r.path);
      return { ok: true as const };
    },
    ...createSourceHandlers(ws, host),
    ...createOriginalHandlers(ws),
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
