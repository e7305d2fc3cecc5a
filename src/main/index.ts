// App lifecycle only. Everything the app does lives in ./core and is reached through ./ipc.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import { APP_SCHEME_PRIVILEGES } from './app-protocol.ts';
import { asAppError } from './core/errors.ts';
import { DB_FILE_NAME, defaultUserDataDir, repoDataDir } from './core/paths.ts';
import type { Workspace } from './core/workspace.ts';
import { MigrationCancelled } from './core/db/migration-progress.ts';
import { openWorkspaceWithProgress } from './migration-window.ts';
import { electronHost } from './electron-host.ts';
import { createHandlers } from './ipc/handlers.ts';
import { registerIpc } from './ipc/register.ts';
import { buildMenu } from './menu.ts';
import { isTrustedSender } from './security.ts';
import { editMenuWords, nativeLang, nativeText } from './native-text.ts';
import { createMainWindow, registerAppProtocol } from './window.ts';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
// The CLI computes the same folder without Electron; keep them identical.
app.setPath('userData', defaultUserDataDir());
app.enableSandbox();
// Before ready: app:// is a standard, secure origin of its own (see app-protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;
// While the project opens (a migration shows its own window and closes it), closing every window is not quitting.
let starting = true;

function dataDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'data') : repoDataDir(import.meta.url);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  try {
    // An older project is migrated first, its progress in a window of its own (Cancel quits).
    workspace = await openWorkspaceWithProgress({ dbPath: path.join(userData, DB_FILE_NAME), dataDir: dataDir(), appVersion: app.getVersion(), backupDir: path.join(userData, 'backups') });
  } catch (error) {
    if (error instanceof MigrationCancelled) {
      app.exit(0);
      return;
    }
    const message = asAppError(error)?.message ?? (error as Error).message;
    const lang = nativeLang(null, app.getLocale());
    dialog.showErrorBox(nativeText(lang, 'cannotStart'), `${message}\n\n${nativeText(lang, 'nothingChanged')}`);
    app.exit(1);
    return;
  }
  registerAppProtocol();
  const opened = workspace;
  // PDFs imported before page labels were kept get them from their originals (migration 8), in the
  // background; a failure only leaves them without labels.
  void opened.sources.readPendingPageLabels().catch(() => undefined);
  // The menu and the native dialogs speak the interface language, and switch with it.
  const uiLang = () => nativeLang(opened.prefs().lang, app.getLocale());
  const host = electronHost(() => mainWindow, uiLang);
  // Rebuilt when the language or what Undo / Redo would do changes (after every edit, undo, redo, open).
  let menuShown = '';
  const applyMenu = () => {
    const lang = uiLang();
    const edit = editMenuWords(lang, opened.undoState(), opened.outline());
    const shown = JSON.stringify([lang, edit]);
    if (shown === menuShown) return;
    menuShown = shown;
    Menu.setApplicationMenu(buildMenu((command) => host.emit('menu:command', { command }), lang, edit));
  };
  opened.onChange(applyMenu);
  const handlers = createHandlers(workspace, host, { backupDir: path.join(userData, 'backups') });
  const setPrefs = handlers['prefs:set'];
  handlers['prefs:set'] = async (request) => {
    const prefs = await setPrefs(request);
    applyMenu();
    return prefs;
  };
  registerIpc(ipcMain, handlers, (frame) => isTrustedSender(frame, devServerUrl));
  applyMenu();
  mainWindow = createMainWindow(devServerUrl);
  mainWindow.on('closed', () => (mainWindow = null));
  starting = false;
}

// One app per profile: a second launch hands over to the first (which comes to the front) and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  void app.whenReady().then(start);
  app.on('window-all-closed', () => {
    if (starting) return;
    workspace?.close();
    app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && workspace) mainWindow = createMainWindow(devServerUrl);
  });
}
