import { app, dialog, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Events } from '../shared/events.ts';
import type { Host } from './ipc/host.ts';

export function electronHost(getWindow: () => BrowserWindow | null): Host {
  return {
    version: app.getVersion(),
    locale: app.getLocale(),
    platform: process.platform,
    // Electron's preload names a dropped file by its path (src/preload/api.ts createFileBridge).
    acceptsDroppedPaths: true,
    async chooseSavePath(kind, defaultName) {
      const win = getWindow();
      const filters =
        kind === 'export'
          ? [{ name: 'Excel workbook', extensions: ['xlsx'] }]
          : kind === 'export-docx'
            ? [{ name: 'Word document', extensions: ['docx'] }]
            : [{ name: 'Policy Matrix project', extensions: ['pmproj'] }];
      const options = { defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(kind) {
      const win = getWindow();
      const filters =
        kind === 'source'
          ? [{ name: 'Sources (PDF, Word, web page, text)', extensions: ['pdf', 'docx', 'html', 'htm', 'txt', 'md', 'markdown'] }]
          : [{ name: 'Policy Matrix project', extensions: ['pmproj', 'db'] }];
      const options = { properties: ['openFile' as const], filters };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async confirm(message, detail, action) {
      const win = getWindow();
      const options = { type: 'question' as const, buttons: ['Cancel', action ?? 'Replace'], defaultId: 0, cancelId: 0, message, detail };
      const result = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return result.response === 1;
    },
    revealFile(file) {
      shell.showItemInFolder(file);
    },
    emit<E extends keyof Events>(event: E, payload: Events[E]) {
      getWindow()?.webContents.send(event, payload);
    },
  };
}
