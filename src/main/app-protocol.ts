// The renderer is served over a privileged custom protocol (app://policy-matrix/…) instead of
// file://: a page there has an origin of its own, gets the CSP as a response header, and can reach
// no file outside the renderer folder. Plain Node (the Fetch API's Response), so it is unit-tested
// without Electron; main registers it with protocol.handle.
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security.ts';

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/**
 * The file under `rendererDir` an app:// URL names, or null when it names none: another host, a
 * path that climbs out (`..`, also percent-encoded), a backslash, a NUL, or a drive letter.
 * `/` is index.html.
 */
export function resolveAppPath(rendererDir: string, raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || /^\/?[A-Za-z]:/.test(pathname)) return null;
  const segments = pathname.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The handler protocol.handle(APP_SCHEME, …) runs: GET/HEAD of files in the renderer folder, nothing else. */
export function createAppProtocolHandler(rendererDir: string, readFile: (file: string) => Promise<Uint8Array> = (f) => fs.readFile(f)) {
  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  return async (request: { url: string; method: string }): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: headers('text/plain') });
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
    try {
      // The real path must stay inside too: a symlink in the bundle must not lead out of it.
      const real = await fs.realpath(file);
      const root = await fs.realpath(path.resolve(rendererDir));
      if (path.relative(root, real).startsWith('..')) return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
      const body = await readFile(real);
      return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers: headers(contentTypeOf(real)) });
    } catch {
      return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
    }
  };
}
