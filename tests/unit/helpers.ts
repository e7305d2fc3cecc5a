import fs from 'node:fs';
import path from 'node:path';
import { Workspace } from '../../src/main/core/workspace.ts';
import type { WorkspaceOptions } from '../../src/main/core/workspace.ts';
import type { Host } from '../../src/main/ipc/host.ts';
import { onCleanup, tempDir } from './tmp.ts';

export { onCleanup, tempDir };
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DATA_DIR = path.join(ROOT, 'data');

/** A workspace on a real SQLite file in a temporary folder, closed after the test. */
export function openWorkspace(dir = tempDir(), overrides: Partial<WorkspaceOptions> = {}): Workspace {
  let tick = 0;
  const ws = Workspace.open({
    dbPath: path.join(dir, 'policy-matrix.db'),
    dataDir: DATA_DIR,
    appVersion: '0.0.0-test',
    backupDir: path.join(dir, 'backups'),
    // Strictly increasing timestamps keep edit order deterministic.
    now: () => new Date(Date.UTC(2026, 0, 1) + tick++ * 1000),
    ...overrides,
  });
  onCleanup(() => ws.close());
  return ws;
}

/** A host that answers every dialog with "no" and drops events; tests override what they watch. */
export function testHost(overrides: Partial<Host> = {}): Host {
  return {
    version: 'test',
    locale: 'en-US',
    platform: 'linux',
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    confirm: async () => false,
    revealFile: () => undefined,
    emit: () => undefined,
    ...overrides,
  };
}

/** A copy of data/ that a test may change (e.g. a revised baseline). */
export function copyDataDir(): string {
  const dir = tempDir('pm-data-');
  fs.cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}
