import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, protocol, session } from 'electron';
import { createAppProtocolHandler } from './app-protocol.ts';
import { APP_ENTRY_URL, APP_SCHEME, CONTENT_SECURITY_POLICY, isAllowedRequest, isAppUrl } from './security.ts';
import { windowOptions } from './window-options.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Serve the bundled renderer at app://policy-matrix/ (once per session, after the app is ready). */
export function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(here, '../renderer')));
}

/** The one window, with every security setting in one place. */
export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const win = new BrowserWindow(windowOptions(path.join(here, '../preload/index.cjs')));
  const ses = session.defaultSession;

  // The app protocol sends the CSP itself; this covers the dev server's responses too.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No remote content, and no file:// either: only the app's own origin.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }));
  // Every permission (camera, notifications, clipboard-read, …) refused, asked for or merely checked.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);

  const contents = win.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  // The app has no frames: a subframe may not navigate anywhere.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());

  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}
