// The Host for a renderer in the browser. The handlers are the desktop app's; only what a browser
// lacks is done differently: "save as" writes to a temporary folder and the page downloads the file,
// "open" asks the page for a file picker and receives the upload, a question is asked in the page,
// and "show in folder" is not offered.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Events } from '../../shared/contract.ts';
import { HOST_REQUEST_EVENT } from '../../shared/http-protocol.ts';
import type { HostRequest } from '../../shared/http-protocol.ts';
import { AppError } from '../core/errors.ts';
import type { Host } from '../ipc/host.ts';
import type { EventStream } from './event-stream.ts';

/** What one call did on the server's disk, so the server can finish it: downloads, clean-up. */
export interface CallScope {
  clientId: string | null;
  /** Files handlers saved, to be offered as downloads if the call succeeds. */
  saved: string[];
  /** Temporary folders of this call, removed when it ends (a saved file moves out first). */
  tempDirs: string[];
  /** Temporary path → the name the user knows it by, for the call's result and messages. */
  names: Map<string, string>;
}

/** An uploaded file, no file (the user cancelled), or why the upload was refused. */
export type FileAnswer = { path: string; name: string } | null | AppError;

type Pending =
  | { clientId: string; kind: 'open-file'; resolve(file: FileAnswer): void }
  | { clientId: string; kind: 'confirm'; resolve(answer: boolean): void };

const OPEN_ACCEPT: Record<string, string[]> = {
  project: ['.pmproj', '.db'],
  source: ['.pdf', '.docx', '.html', '.htm', '.txt', '.md', '.markdown'],
};

export class BrowserHost implements Host {
  readonly platform = process.platform;
  private readonly scope = new AsyncLocalStorage<CallScope>();
  private readonly pending = new Map<string, Pending>();

  readonly version: string;
  readonly locale: string;
  private readonly tempRoot: string;
  private readonly events: EventStream;

  constructor(version: string, locale: string, tempRoot: string, events: EventStream) {
    this.version = version;
    this.locale = locale;
    this.tempRoot = tempRoot;
    this.events = events;
  }

  /** Run one call with its own scope; host methods called by its handler record into it. */
  run<T>(clientId: string | null, fn: () => Promise<T>): Promise<{ result: T; scope: CallScope }> {
    const scope: CallScope = { clientId, saved: [], tempDirs: [], names: new Map() };
    return this.scope.run(scope, async () => ({ result: await fn(), scope }));
  }

  /** A fresh private folder for one file (mode 0700), inside the server's temporary root. */
  makeTempDir(): string {
    return fs.mkdtempSync(path.join(this.tempRoot, 'f-'));
  }

  chooseSavePath(_kind: Parameters<Host['chooseSavePath']>[0], defaultName: string): Promise<string> {
    const scope = this.current();
    const dir = this.makeTempDir();
    scope.tempDirs.push(dir);
    const file = path.join(dir, safeName(defaultName));
    scope.saved.push(file);
    scope.names.set(file, path.basename(file));
    return Promise.resolve(file);
  }

  async chooseOpenPath(kind: 'project' | 'source'): Promise<string | null> {
    const scope = this.current();
    const clientId = this.pageOf(scope);
    const file = await new Promise<FileAnswer>((resolve) => {
      const id = randomUUID();
      this.pending.set(id, { clientId, kind: 'open-file', resolve });
      this.ask(clientId, { id, kind: 'open-file', accept: OPEN_ACCEPT[kind] ?? [] });
    });
    if (file instanceof AppError) throw file;
    if (!file) return null;
    scope.tempDirs.push(path.dirname(file.path));
    scope.names.set(file.path, file.name);
    return file.path;
  }

  async confirm(message: string, detail: string): Promise<boolean> {
    const clientId = this.pageOf(this.current());
    return new Promise<boolean>((resolve) => {
      const id = randomUUID();
      this.pending.set(id, { clientId, kind: 'confirm', resolve });
      this.ask(clientId, { id, kind: 'confirm', message, detail });
    });
  }

  revealFile(): void {
    throw new AppError('invalid-request', 'The browser cannot show a file in its folder: look for it among your downloads.');
  }

  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    this.events.broadcast(event, payload);
  }

  /** The open host request `id` of this page, or null (unknown, answered, or another page's). */
  pendingFor(id: string, clientId: string): 'open-file' | 'confirm' | null {
    const p = this.pending.get(id);
    return p && p.clientId === clientId ? p.kind : null;
  }

  /** False when nobody waits for it any more (the caller then removes the upload). */
  answerFile(id: string, file: FileAnswer): boolean {
    const p = this.take(id);
    if (p?.kind !== 'open-file') return false;
    p.resolve(file);
    return true;
  }

  answerConfirm(id: string, answer: boolean): void {
    const p = this.take(id);
    if (p?.kind === 'confirm') p.resolve(answer);
  }

  /** The page went away: whatever it was asked is answered "cancel". */
  pageGone(clientId: string): void {
    for (const [id, p] of this.pending) {
      if (p.clientId !== clientId) continue;
      this.pending.delete(id);
      if (p.kind === 'open-file') p.resolve(null);
      else p.resolve(false);
    }
  }

  /** Stop: every open question is answered "cancel", so no call is left waiting. */
  close(): void {
    for (const p of this.pending.values()) {
      if (p.kind === 'open-file') p.resolve(null);
      else p.resolve(false);
    }
    this.pending.clear();
  }

  private take(id: string): Pending | undefined {
    const p = this.pending.get(id);
    this.pending.delete(id);
    return p;
  }

  private ask(clientId: string, request: HostRequest): void {
    if (!this.events.send(clientId, HOST_REQUEST_EVENT, request)) this.answerUnreachable(request.id);
  }

  private answerUnreachable(id: string): void {
    const p = this.take(id);
    if (p?.kind === 'open-file') p.resolve(null);
    else if (p) p.resolve(false);
  }

  private pageOf(scope: CallScope): string {
    if (!scope.clientId || !this.events.isConnected(scope.clientId)) {
      throw new AppError('io', 'This page is not connected to the Policy Matrix server, so it cannot show a file picker or a question: reload the page and try again.');
    }
    return scope.clientId;
  }

  private current(): CallScope {
    const scope = this.scope.getStore();
    // Handlers only run inside run(); anything else is a programming error, not user input.
    if (!scope) throw new Error('BrowserHost used outside a call');
    return scope;
  }
}

/** A file name for the server's disk: no folders, no control characters, not empty, not too long. */
export function safeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f/]/g, '').trim();
  const cut = base.length > 120 ? base.slice(base.length - 120) : base;
  return cut === '' || cut === '.' || cut === '..' ? 'upload' : cut;
}
