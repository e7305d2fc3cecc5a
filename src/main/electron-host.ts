import { app, dialog, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Events } from '../shared/events.ts';
import type { Host } from './ipc/host.ts';
import type { Lang } from '../shared/types.ts';
import { nativeText } from './native-text.ts';

/** `lang`: the interface language now (dialogs follow a change made while the app runs). */
export function electronHost(getWindow: () => BrowserWindow | null, lang: () => Lang): Host {
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
          ? [{ name: nativeText(lang(), 'excelFiles'), extensions: ['xlsx'] }]
          : kind === 'export-docx'
            ? [{ name: nativeText(lang(), 'wordFiles'), extensions: ['docx'] }]
            : [{ name: nativeText(lang(), 'projectFiles'), extensions: ['pmproj'] }];
      const options = { defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath(kind) {
      const win = getWindow();
      const filters =
        kind === 'source'
          ? [{ name: nativeText(lang(), 'sourceFiles'), extensions: ['pdf', 'docx', 'html', 'htm', 'txt', 'md', 'markdown'] }]
          : [{ name: nativeText(lang(), 'projectFiles'), extensions: ['pmproj', 'db'] }];
      const options = { properties: ['openFile' as const], filters };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async confirm(message, detail, action) {
      const win = getWindow();
      const options = { type: 'question' as const, buttons: [nativeText(lang(), 'cancel'), action ?? nativeText(lang(), 'replace')], defaultId: 0, cancelId: 0, message, detail };
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
