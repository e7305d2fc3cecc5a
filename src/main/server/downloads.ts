// Files a handler saved, waiting for the page to download them: each is served once and then
// removed, and one never fetched is removed after a while, so nothing piles up in the temp folder.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { HttpDownload } from '../../shared/http-protocol.ts';
import { send, SECURITY_HEADERS } from './http-util.ts';

const UNCLAIMED_MS = 10 * 60_000;

interface Entry {
  file: string;
  name: string;
  clientId: string | null;
  timer: NodeJS.Timeout;
}

export class Downloads {
  private readonly entries = new Map<string, Entry>();

  /** Offer `file` (in a temporary folder of its own) to page `clientId` under `name`. */
  add(file: string, name: string, clientId: string | null): HttpDownload {
    const id = randomUUID();
    const timer = setTimeout(() => this.drop(id), UNCLAIMED_MS);
    timer.unref();
    this.entries.set(id, { file, name, clientId, timer });
    return { id, name };
  }

  /** Stream it with its name, then remove it; 404 if unknown, already fetched, or another page's. */
  serve(id: string, clientId: string | null, res: ServerResponse): void {
    const entry = this.entries.get(id);
    if (!entry || (entry.clientId !== null && entry.clientId !== clientId)) {
      send(res, 404, 'No such download.\n', { 'content-type': 'text/plain; charset=utf-8' });
      return;
    }
    this.entries.delete(id);
    clearTimeout(entry.timer);
    const size = fs.statSync(entry.file).size;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'cache-control': 'no-store',
      'content-type': 'application/octet-stream',
      'content-length': String(size),
      'content-disposition': contentDisposition(entry.name),
    });
    const stream = fs.createReadStream(entry.file);
    stream.pipe(res);
    res.on('close', () => {
      stream.destroy();
      remove(entry.file);
    });
  }

  close(): void {
    for (const id of [...this.entries.keys()]) this.drop(id);
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    clearTimeout(entry.timer);
    remove(entry.file);
  }
}

function remove(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

/** RFC 6266: an ASCII fallback name, and the real (possibly Chinese) name in UTF-8. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
