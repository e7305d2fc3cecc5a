// The desktop app's start while an older project is migrated: a small window with the progress in
// both languages and Cancel (or closing the window), which rolls the migration back and quits. The
// page, its texts and the migration itself are plain Node (core/db), tested without Electron.
import { BrowserWindow } from 'electron';
import type { WorkspaceOptions } from './core/workspace.ts';
import { Workspace } from './core/workspace.ts';
import { schemaVersionOf } from './core/db/open.ts';
import { SCHEMA_VERSION } from './core/db/migrations.ts';
import type { MigrationPhase } from './core/db/migration-progress.ts';
import { migrationPageHtml, migrationScreenState, migrationUpdateScript } from './core/db/migration-page.ts';
import { migrationWord } from './core/db/migration-words.ts';
import { WEB_PREFERENCES } from './window-options.ts';

/** Open the workspace; an older database is migrated first in a worker, shown in its own window. */
export async function openWorkspaceWithProgress(options: WorkspaceOptions): Promise<Workspace> {
  const from = schemaVersionOf(options.dbPath);
  if (from === 0 || from >= SCHEMA_VERSION) return Workspace.open(options);
  const win = new BrowserWindow({
    width: 560,
    height: 300,
    resizable: false,
    minimizable: true,
    maximizable: false,
    title: `${migrationWord('zh', 'title')} · ${migrationWord('en', 'title')}`,
    webPreferences: { ...WEB_PREFERENCES },
  });
  // The page has no links and asks for nothing; should anything try, it goes nowhere.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  const controller = new AbortController();
  let last: MigrationPhase = { phase: 'backup' };
  const show = () => {
    if (!win.isDestroyed()) void win.webContents.executeJavaScript(migrationUpdateScript(migrationScreenState(last, controller.signal.aborted))).catch(() => {});
  };
  // Cancel and the window's close button both mean "stop": the window stays until the rollback is done.
  win.on('close', (event) => {
    event.preventDefault();
    controller.abort();
    show();
  });
  await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(migrationPageHtml())}`);
  try {
    return await Workspace.openMigrating(options, {
      signal: controller.signal,
      onProgress: (p) => {
        last = p;
        show();
      },
    });
  } finally {
    win.removeAllListeners('close');
    win.destroy();
  }
}
