// One Server-Sent Events stream per page: contract events (progress, changes, commands) go to
// every page, host requests (a file picker, a question) only to the page whose call needs them.
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './http-util.ts';

const HEARTBEAT_MS = 20_000;

export class EventStream {
  private readonly clients = new Map<string, Set<ServerResponse>>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly onGone: (clientId: string) => void;

  /** `onGone` runs when a page's last stream closes (tab closed, reloaded, network gone). */
  constructor(onGone: (clientId: string) => void) {
    this.onGone = onGone;
    // A comment line now and then keeps idle connections from being timed out by anything between.
    this.heartbeat = setInterval(() => this.each((res) => res.write(': keep-alive\n\n')), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  attach(clientId: string, res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    // The first bytes tell the page the stream is open (headers alone may sit in a buffer).
    res.write(': connected\n\n');
    let set = this.clients.get(clientId);
    if (!set) this.clients.set(clientId, (set = new Set()));
    set.add(res);
    res.on('close', () => {
      set.delete(res);
      if (set.size === 0 && this.clients.get(clientId) === set) {
        this.clients.delete(clientId);
        this.onGone(clientId);
      }
    });
  }

  isConnected(clientId: string): boolean {
    return (this.clients.get(clientId)?.size ?? 0) > 0;
  }

  /** Send to one page; false when it has no open stream. */
  send(clientId: string, event: string, data: unknown): boolean {
    const set = this.clients.get(clientId);
    if (!set || set.size === 0) return false;
    const frame = format(event, data);
    for (const res of set) res.write(frame);
    return true;
  }

  broadcast(event: string, data: unknown): void {
    const frame = format(event, data);
    this.each((res) => res.write(frame));
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.each((res) => res.end());
    this.clients.clear();
  }

  private each(fn: (res: ServerResponse) => void): void {
    for (const set of this.clients.values()) for (const res of set) fn(res);
  }
}

// JSON has no raw newlines, so one `data:` line carries the whole payload.
function format(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
