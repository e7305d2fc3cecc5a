// The built renderer, read-only, confined to its folder. It holds no user data (that is all behind
// /api/ and the token), so a page load needs no token; Host and Origin are checked before this runs.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { send, SECURITY_HEADERS } from './http-util.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker (the page view) keeps its .mjs name.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** The file under `root` a URL path names, or null for anything outside it, hidden, or missing. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split(/[/\\]/).some((part) => part.startsWith('.'))) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return null;
  try {
    // A symlink inside the build pointing elsewhere is refused as well.
    const real = fs.realpathSync(file);
    if (!real.startsWith(fs.realpathSync(base) + path.sep) || !fs.statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, urlPath: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed.\n', { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD' });
    return;
  }
  const file = resolveStatic(root, urlPath);
  if (!file) {
    send(res, 404, 'Not found.\n', { 'content-type': 'text/plain; charset=utf-8' });
    return;
  }
  const size = fs.statSync(file).size;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': String(size),
    // The page is rebuilt in place: always revalidate, never a stale script from another build.
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}
