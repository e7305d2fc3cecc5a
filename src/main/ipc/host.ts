import type { Events } from '../../shared/events.ts';

/**
 * What only the host can do: native dialogs, the file manager, pushing events to the window.
 * Electron implements it in main; the end-to-end harness implements it in the test process.
 */
export interface Host {
  version: string;
  locale: string;
  platform: string;
  chooseSavePath(kind: 'project' | 'export' | 'export-docx', defaultName: string): Promise<string | null>;
  chooseOpenPath(kind: 'project' | 'source'): Promise<string | null>;
  /** Ask before something that cannot be taken back by undo. */
  confirm(message: string, detail: string, action?: string): Promise<boolean>;
  revealFile(file: string): void;
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
  /**
   * Whether a file dropped on the window may be named by its path (Electron's preload reads it from
   * the dropped File). A browser uploads dropped files instead, so its host leaves this unset.
   */
  acceptsDroppedPaths?: boolean;
}
