// Events main pushes to the renderer. Kept apart from the channel table so the preload bundle
// needs no zod.
import type { ExportProgress, ImportProgressEvent, MatrixChangedEvent } from './types.ts';

/** Events main pushes to the renderer. */
export interface Events {
  'export:progress': ExportProgress;
  /** After every write, undo, redo or project open — whoever asked for it (renderer, menu, …). */
  'matrix:changed': MatrixChangedEvent;
  /** Pages read so far by the running import. */
  'sources:progress': ImportProgressEvent;
  /** Sent when a menu item asks the renderer to do something (export, open project, …). */
  'menu:command': { command: MenuCommand };
}
export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['export:progress', 'matrix:changed', 'menu:command', 'sources:progress'];

export type MenuCommand = 'export' | 'project-save' | 'project-open' | 'project-merge' | 'undo' | 'redo' | 'find' | 'lang-zh' | 'lang-en';
