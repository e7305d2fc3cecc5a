// A raw HTTP client for the server tests: every header under the test's control (Host and Origin
// included, which fetch would not allow), and an SSE reader that hands over frames as they arrive.
import http from 'node:http';
import { CLIENT_HEADER, TOKEN_HEADER } from '../../../src/shared/http-protocol.ts';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json(): unknown;
}

export interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
  /** Send the body in chunks without a Content-Length (chunked transfer encoding). */
  chunked?: boolean;
}

export function request(port: number, options: RequestOptions): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = Object.fromEntries(Object.entries(options.headers ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string>;
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers, setHost: !('host' in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = body.toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    // The server may answer and close before the whole (refused) body is sent.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (options.body !== undefined && options.chunked) {
      const body = Buffer.from(options.body);
      for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(options.body);
  });
}

/** The headers a page of ours sends with a call. */
export function pageHeaders(port: number, token: string, clientId?: string): Record<string, string> {
  return {
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    [TOKEN_HEADER]: token,
    ...(clientId ? { [CLIENT_HEADER]: clientId } : {}),
  };
}

export interface SseFrame {
  event: string;
  data: unknown;
}

/** An open event stream: frames are queued, `next` waits for the next one matching. */
export function openEvents(port: number, token: string, clientId: string): Promise<{ next(event?: string): Promise<SseFrame>; close(): void; status: number }> {
  return new Promise((resolve, reject) => {
    const queue: SseFrame[] = [];
    const waiters: Array<{ event: string | undefined; resolve(frame: SseFrame): void }> = [];
    let buffer = '';
    const deliver = () => {
      for (let w = 0; w < waiters.length; w++) {
        const waiter = waiters[w]!;
        const i = queue.findIndex((f) => waiter.event === undefined || f.event === waiter.event);
        if (i < 0) continue;
        const [frame] = queue.splice(i, 1);
        waiters.splice(w--, 1);
        waiter.resolve(frame!);
      }
    };
    const req = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { ...pageHeaders(port, token, clientId), 'content-type': '' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event && data !== undefined) queue.push({ event, data: JSON.parse(data) });
        }
        deliver();
      });
      resolve({
        status: res.statusCode ?? 0,
        next: (event) =>
          new Promise<SseFrame>((r) => {
            waiters.push({ event, resolve: r });
            deliver();
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
  });
}
