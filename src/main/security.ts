// URL policy for the app window, in plain Node so it is tested without Electron. The renderer is
// served from one origin only, app://policy-matrix (see app-protocol.ts); navigation and IPC are
// pinned to exactly that origin (or, in development, to the local dev server's).

export const APP_SCHEME = 'app';
export const APP_HOST = 'policy-matrix';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The only pages the window may show and the only pages that may call main: the app origin, or the local dev server. */
export function isAppUrl(raw: string, devServerUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // Custom schemes have an opaque `origin` ("null") in WHATWG URL: compare scheme, host and port.
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST && url.username === '' && url.password === '';
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  return url.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
}

/** The frame an IPC message came from: only the app's own top frame may call main (no subframes). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, devServerUrl: string | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}

/** Requests the window may make at all: its own origin, devtools, inline data URLs, the dev server. */
export function isAllowedRequest(raw: string, devServerUrl: string | undefined): boolean {
  if (raw.startsWith('devtools:') || raw.startsWith('data:')) return true;
  return isAppUrl(raw, devServerUrl);
}

/** Content-Security-Policy for the renderer: nothing remote, no eval, no plugins, no frames. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // AG Grid sets inline style attributes for column widths and row positions; without
  // 'unsafe-inline' for styles the grid renders unstyled. Scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
