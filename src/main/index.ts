// App lifecycle only. Everything the app does lives in ./core and is reached through ./ipc.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { DB_FILE_NAME, defaultUserDataDir, repoDataDir } from './core/paths.ts';
import { Workspace } from './core/workspace.ts';
import { electronHost } from './electron-host.ts';
import { createHandlers } from './ipc/handlers.ts';
import { registerIpc } from './ipc/register.ts';
import { buildMenu } from './menu.ts';
import { isAppUrl } from './security.ts';
import { createMainWindow } from './window.ts';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
// The CLI computes the same folder without Electron; keep them identical.
app.setPath('userData', defaultUserDataDir());
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let workspace: Workspace | null = null;

function dataDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'data') : repoDataDir(import.meta.url);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  try {
    workspace = Workspace.open({ dbPath: path.join(userData, DB_FILE_NAME), dataDir: dataDir(), appVersion: app.getVersion(), backupDir: path.join(userData, 'backups') });
  } catch (error) {
    dialog.showErrorBox('Policy Matrix cannot start', `${(error as Error).message}\n\nNothing was changed.`);
    app.exit(1);
    return;
  }
  const host = electronHost(() => mainWindow);
  registerIpc(ipcMain, createHandlers(workspace, host, { backupDir: path.join(userData, 'backups') }), (url) => isAppUrl(url, devServerUrl));
  Menu.setApplicationMenu(buildMenu((command) => host.emit('menu:command', { command })));
  mainWindow = createMainWindow(devServerUrl);
  mainWindow.on('closed', () => (mainWindow = null));
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(start);
app.on('window-all-closed', () => {
  workspace?.close();
  app.quit();
});
app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && workspace) mainWindow = createMainWindow(devServerUrl);
});
