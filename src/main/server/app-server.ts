// The app for a browser: the built renderer and the contract on 127.0.0.1. Every channel is a POST
// to the very same `dispatch` with the very same handler table the desktop app registers (schema
// checks included); events flow back over one Server-Sent Events stream per page.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Envelope, Events } from '../../shared/contract.ts';
import { API_PATHS, CLIENT_HEADER, CLIENT_ID_PATTERN, FILE_NAME_HEADER, TOKEN_FRAGMENT_KEY } from '../../shared/http-protocol.ts';
import type { ConfirmAnswer, HttpDownload, HttpEnvelope } from '../../shared/http-protocol.ts';
import { AppError } from '../core/errors.ts';
import { dispatch } from '../ipc/dispatch.ts';
import type { Handlers } from '../ipc/dispatch.ts';
import type { Host } from '../ipc/host.ts';
import { BrowserHost, safeName } from './browser-host.ts';
import type { CallScope } from './browser-host.ts';
import { Downloads } from './downloads.ts';
import { EventStream } from './event-stream.ts';
import { checkOrigin, checkToken } from './guard.ts';
import { BodyTooLarge, readBody, receiveFile, refuse, send, sendJson } from './http-util.ts';
import { serveStatic } from './static-files.ts';

export interface AppServerOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Builds the handler table on this server's host; the desktop app passes its own host instead. */
  handlers: (host: Host) => Handlers;
  version: string;
  locale?: string;
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /** Largest JSON request body (a call's payload). */
  maxBodyBytes?: number;
  /** Largest uploaded file (a project to open). */
  maxUploadBytes?: number;
}

export interface AppServer {
  /** What to open: the page's address with the token in its fragment (never sent to any server). */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  /** Where uploads and files to download wait (private, removed on close). */
  readonly tempDir: string;
  /** Push an event to every page, as main does (a menu command, a change). */
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
  /** Swap the handler table (the tests' "restart on another database"). */
  replaceHandlers(make: (host: Host) => Handlers): void;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const token = randomBytes(32).toString('base64url');
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxUpload = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-matrix-serve-'));
  const downloads = new Downloads();
  // A page whose stream closes gets its open questions answered "cancel".
  const events = new EventStream((clientId) => host.pageGone(clientId));
  const host = new BrowserHost(options.version, options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale, tempRoot, events);
  let handlers = options.handlers(host);
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Never the stack to the page; one line on the server's console for whoever runs it.
      console.error(`policy-matrix server: ${(error as Error)?.message ?? String(error)}`);
      if (!res.headersSent) refuse(res, 500, 'internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = checkOrigin(req.headers, port);
    if (refusal) return refuse(res, refusal.status, refusal.reason);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/api/')) return serveStatic(options.rendererDir, req, res, url.pathname);

    const denied = checkToken(req.headers, token);
    if (denied) return refuse(res, denied.status, denied.reason);
    // Nothing for the API travels in a query string (where it could end up in a log).
    if (url.search) return refuse(res, 400, 'query strings are not accepted');
    const rawClient = req.headers[CLIENT_HEADER];
    const clientId = typeof rawClient === 'string' && CLIENT_ID_PATTERN.test(rawClient) ? rawClient : null;
    const route = url.pathname;

    if (route.startsWith(API_PATHS.call)) {
      if (req.method !== 'POST') return refuse(res, 405, 'calls are POST requests');
      return call(decodeURIComponent(route.slice(API_PATHS.call.length)), clientId, req, res);
    }
    if (route === API_PATHS.events) {
      if (req.method !== 'GET') return refuse(res, 405, 'the event stream is a GET request');
      if (!clientId) return refuse(res, 400, `the event stream needs an ${CLIENT_HEADER} header`);
      return events.attach(clientId, res);
    }
    if (route.startsWith(API_PATHS.host)) {
      if (req.method !== 'POST') return refuse(res, 405, 'answers are POST requests');
      if (!clientId) return refuse(res, 400, `an answer needs an ${CLIENT_HEADER} header`);
      return answer(route.slice(API_PATHS.host.length), clientId, req, res);
    }
    if (route.startsWith(API_PATHS.download)) {
      if (req.method !== 'GET') return refuse(res, 405, 'downloads are GET requests');
      return downloads.serve(route.slice(API_PATHS.download.length), clientId, res);
    }
    return refuse(res, 404, 'no such API path');
  }

  async function call(channel: string, clientId: string | null, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isJson(req)) return refuse(res, 415, 'calls carry application/json');
    let body: Buffer;
    try {
      body = await readBody(req, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, 413, `request body larger than ${maxBody} bytes`);
      throw error;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-request', message: 'The request body is not valid JSON.' } });
    }
    const current = handlers;
    const { result, scope } = await host.run(clientId, () => dispatch(current, channel, payload));
    sendJson(res, 200, finish(result, scope));
  }

  /** Offer what the call saved as downloads, remove its temporary files, and name files as the user knows them. */
  function finish(envelope: Envelope<unknown>, scope: CallScope): HttpEnvelope {
    const offered: HttpDownload[] = [];
    const kept = new Set<string>();
    if (envelope.ok) {
      for (const file of scope.saved) {
        if (!fs.existsSync(file)) continue;
        offered.push(downloads.add(file, scope.names.get(file) ?? path.basename(file), scope.clientId));
        kept.add(path.dirname(file));
      }
    }
    for (const dir of scope.tempDirs) if (!kept.has(dir)) fs.rmSync(dir, { recursive: true, force: true });
    const named = renamePaths(envelope, scope.names);
    return offered.length ? { ...named, downloads: offered } : named;
  }

  async function answer(id: string, clientId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const kind = host.pendingFor(id, clientId);
    if (!kind) return refuse(res, 404, 'no such question');
    if (kind === 'confirm' || isJson(req)) {
      let value: Partial<ConfirmAnswer & { cancel: true }>;
      try {
        value = JSON.parse((await readBody(req, 4096)).toString('utf8')) as typeof value;
      } catch (error) {
        if (error instanceof BodyTooLarge) return refuse(res, 413, 'answer too large');
        return refuse(res, 400, 'the answer is not valid JSON');
      }
      if (kind === 'confirm') host.answerConfirm(id, value.answer === true);
      else host.answerFile(id, null);
      return send(res, 204, '');
    }
    // An open-file answer: the file's bytes, into a private temporary folder of their own.
    const dir = host.makeTempDir();
    const rawName = req.headers[FILE_NAME_HEADER];
    let name = 'upload';
    try {
      name = safeName(typeof rawName === 'string' ? decodeURIComponent(rawName) : 'upload');
    } catch {
      // A malformed name header: keep the neutral name.
    }
    const file = path.join(dir, name);
    try {
      await receiveFile(req, file, maxUpload);
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      if (error instanceof BodyTooLarge) {
        host.answerFile(id, new AppError('bad-file', `${name} is larger than ${Math.round(maxUpload / 1024 / 1024)} MB, the most this server accepts.`));
        return refuse(res, 413, `file larger than ${maxUpload} bytes`);
      }
      host.answerFile(id, new AppError('io', `The upload of ${name} did not complete.`));
      throw error;
    }
    if (!host.answerFile(id, { path: file, name })) fs.rmSync(dir, { recursive: true, force: true });
    send(res, 204, '');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nothing on the network can even connect.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#${TOKEN_FRAGMENT_KEY}=${token}`,
    origin,
    port,
    token,
    tempDir: tempRoot,
    emit(event, payload) {
      host.emit(event, payload);
    },
    replaceHandlers(make) {
      handlers = make(host);
    },
    async close() {
      host.close();
      events.close();
      downloads.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      fs.rmSync(tempRoot, { recursive: true, force: true });
    },
  };
}

function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'] ?? '';
  return /^application\/json\s*(;|$)/i.test(type);
}

/** Replace temporary paths with the names the user knows, anywhere in a result or message. */
export function renamePaths<T>(value: T, names: ReadonlyMap<string, string>): T {
  if (names.size === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let s = v;
      for (const [from, to] of names) s = s.split(from).join(to);
      return s;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
