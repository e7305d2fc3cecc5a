// window.api over HTTP, for the app served to a browser by `npm run serve`: every method is a POST to
// the same dispatch main runs, and events arrive over one Server-Sent Events stream. The token comes
// from the address's fragment (never sent in a URL) and travels in a header.
import { EVENT_NAMES, METHODS } from '../../../shared/api.ts';
import type { RawApi } from '../../../shared/api.ts';
import type { Envelope, Events } from '../../../shared/contract.ts';
import { API_PATHS, CLIENT_HEADER, HOST_REQUEST_EVENT, TOKEN_FRAGMENT_KEY, TOKEN_HEADER } from '../../../shared/http-protocol.ts';
import type { HostRequest, HttpDownload, HttpEnvelope } from '../../../shared/http-protocol.ts';
import { answerHostRequest } from './host-requests.ts';

const TOKEN_STORAGE_KEY = 'policy-matrix-token';
// Menu accelerators the page takes over in a browser, where there is no application menu (the
// rest — undo, redo, find, views — the page handles itself in both shells).
const ACCELERATORS: Array<{ key: string; shift: boolean; command: Events['menu:command']['command'] }> = [
  { key: 'e', shift: false, command: 'export' },
  { key: 's', shift: true, command: 'project-save' },
  { key: 'o', shift: false, command: 'project-open' },
];

/**
 * Take the token out of the address (`#pm-token=…`), keep it for reloads of this tab, and put the
 * address back as it was without it. Runs before anything reads the hash as a route.
 */
export function takeToken(): string | null {
  const found = stripToken();
  // The printed address pasted again into this tab changes only the hash: take it out again, before
  // the router (which subscribes later) reads the hash.
  window.addEventListener('hashchange', () => void stripToken());
  return found ?? sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

function stripToken(): string | null {
  const match = new RegExp(`^#${TOKEN_FRAGMENT_KEY}=([A-Za-z0-9_-]+)(?:&(.*))?$`).exec(window.location.hash);
  if (!match) return null;
  sessionStorage.setItem(TOKEN_STORAGE_KEY, match[1]!);
  const rest = match[2] ? `#${match[2]}` : '';
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${rest}`);
  return match[1]!;
}

function failure(code: 'io' | 'invalid-request', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

const NO_TOKEN =
  'This page was opened without the address Policy Matrix printed when it started (or the server has restarted since): open the address it printed, which ends in #pm-token=….';

export function createHttpApi(token: string | null): RawApi {
  const clientId = crypto.randomUUID();
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({ [TOKEN_HEADER]: token ?? '', [CLIENT_HEADER]: clientId, ...extra });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const deliver = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
  const stream = token ? connectEvents(headers, (event, payload) => {
    if (event === HOST_REQUEST_EVENT) void answerHostRequest(payload as HostRequest, headers);
    else if ((EVENT_NAMES as readonly string[]).includes(event)) deliver(event, payload);
  }) : null;

  async function call(channel: string, request: unknown): Promise<Envelope<unknown>> {
    if (!token) return failure('invalid-request', NO_TOKEN);
    // A call may need to ask the page something (a file picker): be listening first.
    await stream?.ready();
    let response: Response;
    try {
      response = await fetch(`${API_PATHS.call}${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: headers({ 'content-type': 'application/json' }),
        body: request === undefined ? '' : JSON.stringify(request),
        cache: 'no-store',
      });
    } catch {
      return failure('io', 'The Policy Matrix server does not answer: it may have been stopped. Start it again (npm run serve) and reload this page.');
    }
    if (response.status === 401) return failure('invalid-request', NO_TOKEN);
    if (response.status === 413) return failure('invalid-request', 'This request is larger than the server accepts.');
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('application/json')) return failure('io', `The server refused the request (${response.status}): ${(await response.text()).trim()}`);
    const envelope = (await response.json()) as HttpEnvelope;
    const { downloads, ...rest } = envelope;
    for (const download of downloads ?? []) await saveDownload(download, headers());
    return rest;
  }

  const methods = Object.fromEntries(Object.entries(METHODS).map(([name, channel]) => [name, (request?: unknown) => call(channel, request)]));
  window.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const hit = ACCELERATORS.find((a) => a.key === event.key.toLowerCase() && a.shift === event.shiftKey);
    if (!hit) return;
    event.preventDefault();
    deliver('menu:command', { command: hit.command });
  });

  return {
    ...methods,
    on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
      if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event: ${event}`);
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  } as RawApi;
}

/** Fetch a file the server saved for us and hand it to the browser as a download. */
async function saveDownload(download: HttpDownload, headers: Record<string, string>): Promise<void> {
  const response = await fetch(`${API_PATHS.download}${encodeURIComponent(download.id)}`, { headers, cache: 'no-store' });
  if (!response.ok) throw new Error(`The download of ${download.name} failed (${response.status}).`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = download.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The event stream over fetch (EventSource cannot send the token header), reconnecting with a
 * growing pause when the server goes away. `ready` resolves once the stream is open (or soon after
 * trying, so that a call never hangs on it).
 */
function connectEvents(headers: () => Record<string, string>, onEvent: (event: string, payload: unknown) => void): { ready: () => Promise<void> } {
  // `settled`: open, or refused for good (a wrong token: every call will say so, none should wait).
  let settled = false;
  let waiters: Array<() => void> = [];
  const settle = (value: boolean) => {
    settled = value;
    if (value) {
      waiters.forEach((w) => w());
      waiters = [];
    }
  };
  let pause = 500;
  const run = async () => {
    for (;;) {
      try {
        const response = await fetch(API_PATHS.events, { headers: headers(), cache: 'no-store' });
        if (response.status === 401) return settle(true);
        if (!response.ok || !response.body) throw new Error(String(response.status));
        settle(true);
        pause = 500;
        await readFrames(response.body, onEvent);
      } catch {
        // The server is gone or restarting: try again below.
      }
      settle(false);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 10_000);
    }
  };
  void run();
  return {
    ready: () =>
      settled
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiters.push(resolve);
            setTimeout(resolve, 3_000);
          }),
  };
}

async function readFrames(body: ReadableStream<Uint8Array>, onEvent: (event: string, payload: unknown) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      let data = '';
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data += line.slice(6);
      }
      if (data) onEvent(event, JSON.parse(data));
    }
  }
}
