// The window's options as data, apart from window.ts (which needs Electron), so a unit test asserts
// exactly what the window is created with.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Every security-relevant web preference, set explicitly. */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences;

export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Policy Matrix',
    webPreferences: { ...WEB_PREFERENCES, preload },
  };
}
