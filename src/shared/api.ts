// The renderer-facing API: one named function per channel. Preload builds `window.api` from this
// table, and the end-to-end harness builds the same object over a different transport.
import type { Channel, Envelope, Events, Request, Responses } from './contract.ts';

export const METHODS = {
  appInfo: 'app:info',
  getPrefs: 'prefs:get',
  setPrefs: 'prefs:set',
  listDocuments: 'corpus:documents',
  listParagraphs: 'corpus:paragraphs',
  getParagraph: 'corpus:paragraph',
  search: 'corpus:search',
  getMatrix: 'matrix:get',
  setSummary: 'matrix:setSummary',
  setAlignment: 'matrix:setAlignment',
  addEvidence: 'matrix:addEvidence',
  removeEvidence: 'matrix:removeEvidence',
  addDomain: 'matrix:addDomain',
  addActor: 'matrix:addActor',
  resolveConflict: 'matrix:resolveConflict',
  undo: 'edit:undo',
  redo: 'edit:redo',
  history: 'edit:history',
  listAnnotations: 'annotations:list',
  addAnnotation: 'annotations:add',
  updateAnnotation: 'annotations:update',
  deleteAnnotation: 'annotations:delete',
  saveProject: 'project:save',
  openProject: 'project:open',
  exportXlsx: 'export:xlsx',
  revealFile: 'export:reveal',
  listSources: 'sources:list',
  importSource: 'sources:import',
  cancelImport: 'sources:cancel',
  sourceRemovalImpact: 'sources:removalImpact',
  removeSource: 'sources:remove',
} as const satisfies Record<string, Channel>;

export type MethodName = keyof typeof METHODS;
type ChannelOf<M extends MethodName> = (typeof METHODS)[M];

export type RawApi = {
  [M in MethodName]: (request?: Request<ChannelOf<M>>) => Promise<Envelope<Responses[ChannelOf<M>]>>;
} & {
  /** Subscribe to a main-process event; returns the unsubscribe function. */
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void;
};

export const EVENT_NAMES: ReadonlyArray<keyof Events> = ['export:progress', 'menu:command', 'sources:progress'];
