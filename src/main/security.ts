// URL policy for the app window, in plain Node so it is tested without Electron.

/** The only pages the window may show: the bundled renderer (file://) or the dev server. */
export function isAppUrl(raw: string, devServerUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'file:') return url.pathname.endsWith('/renderer/index.html');
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  return url.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
}

/** Content-Security-Policy for the renderer: nothing remote, no eval, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // AG Grid sets inline style attributes for column widths and row positions; without
  // 'unsafe-inline' for styles the grid renders unstyled. Scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
