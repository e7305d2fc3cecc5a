// The object preload exposes as `window.api`, built over any ipcRenderer-like transport so a unit
// test (and the end-to-end harness) can drive exactly this code. Written out method by method and
// checked with `satisfies RawApi`: a channel added to the contract does not compile until it is
// listed here, and nothing else (no ipcRenderer, no generic invoke) is ever exposed.
import { EVENT_NAMES } from '../shared/events.ts';
import type { Channel, Envelope, Request, Response } from '../shared/contract.ts';
import type { EventName, Events } from '../shared/events.ts';
import type { RawApi } from '../shared/api.ts';

export interface IpcRendererLike {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): void;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): void;
}

/** The page's request as given, less a path it may have tried to name. */
function withoutDroppedPath(request: Request<'sources:prepare'>): Request<'sources:prepare'> {
  const { droppedPath: _ignored, ...rest } = request;
  return rest;
}

export function createApi(ipc: IpcRendererLike): RawApi {
  const call =
    <C extends Channel>(channel: C) =>
    (request?: Request<C>) =>
      ipc.invoke(channel, request) as Promise<Envelope<Response<C>>>;
  return {
    appInfo: call('app:info'),
    getPrefs: call('prefs:get'),
    setPrefs: call('prefs:set'),
    listDocuments: call('corpus:documents'),
    listParagraphs: call('corpus:paragraphs'),
    getParagraph: call('corpus:paragraph'),
    search: call('corpus:search'),
    getMatrix: call('matrix:get'),
    getEvidence: call('matrix:evidence'),
    getOutline: call('matrix:outline'),
    instrumentNames: call('terms:instruments'),
    findDomains: call('matrix:find'),
    setSummary: call('matrix:setSummary'),
    setSummaryTexts: call('matrix:setSummaryTexts'),
    confirmTranslation: call('matrix:confirmTranslation'),
    setAlignment: call('matrix:setAlignment'),
    addEvidence: call('matrix:addEvidence'),
    removeEvidence: call('matrix:removeEvidence'),
    addDomain: call('matrix:addDomain'),
    addActor: call('matrix:addActor'),
    resolveConflict: call('matrix:resolveConflict'),
    repairCandidates: call('matrix:repairCandidates'),
    repairQuote: call('matrix:repairQuote'),
    getClaims: call('matrix:claims'),
    checkDraft: call('matrix:checkDraft'),
    undo: call('edit:undo'),
    redo: call('edit:redo'),
    history: call('edit:history'),
    listAnnotations: call('annotations:list'),
    addAnnotation: call('annotations:add'),
    updateAnnotation: call('annotations:update'),
    deleteAnnotation: call('annotations:delete'),
    listCategories: call('categories:list'),
    addCategory: call('categories:add'),
    renameCategory: call('categories:rename'),
    removeCategory: call('categories:remove'),
    saveProject: call('project:save'),
    openProject: call('project:open'),
    mergeProject: call('project:merge'),
    mergeConflicts: call('project:mergeConflicts'),
    resolveMergeConflict: call('project:resolveMergeConflict'),
    exportXlsx: call('export:xlsx'),
    exportDocx: call('export:docx'),
    revealFile: call('export:reveal'),
    listSources: call('sources:list'),
    importSource: call('sources:import'),
    cancelImport: call('sources:cancel'),
    sourceRemovalImpact: call('sources:removalImpact'),
    removeSource: call('sources:remove'),
    // A path only ever comes from a dropped File, through createFileBridge below: the page cannot name one.
    prepareSource: (request?: Request<'sources:prepare'>) => call('sources:prepare')(request ? withoutDroppedPath(request) : request),
    commitSource: call('sources:commit'),
    rereadSource: call('sources:reread'),
    discardSource: call('sources:discard'),
    updateSource: call('sources:update'),
    getOriginal: call('sources:original'),
    on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
      if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
      const wrapped = (_: unknown, payload: unknown) => listener(payload as Events[E]);
      ipc.on(event, wrapped);
      return () => ipc.removeListener(event, wrapped);
    },
  } satisfies RawApi;
}

/**
 * Files dropped on the window: the preload (and only it) turns a dropped File into its path with
 * Electron's webUtils.getPathForFile, and asks main to read that file as a source. The page hands
 * over the File object it received in the drop event; it never sees or names the path.
 */
export function createFileBridge<F>(ipc: IpcRendererLike, pathForFile: (file: F) => string) {
  return {
    prepareDropped(file: F, request?: { replacing?: string }): Promise<Envelope<Response<'sources:prepare'>>> {
      let droppedPath = '';
      try {
        droppedPath = pathForFile(file);
      } catch {
        // Not a File from a drop: answered below like one without a path.
      }
      if (!droppedPath) {
        return Promise.resolve({ ok: false, error: { code: 'invalid-request', message: 'This item is not a file on the computer (drop a file from a folder).' } });
      }
      return ipc.invoke('sources:prepare', { ...(request?.replacing ? { replacing: request.replacing } : {}), droppedPath }) as Promise<Envelope<Response<'sources:prepare'>>>;
    },
  };
}

export type FileBridge = ReturnType<typeof createFileBridge<unknown>>;
