import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { schemas } from '../../../src/shared/contract.ts';
import { METHODS } from '../../../src/shared/api.ts';
import { createHandlers } from '../../../src/main/ipc/handlers.ts';
import { dispatch } from '../../../src/main/ipc/dispatch.ts';
import type { Handlers } from '../../../src/main/ipc/dispatch.ts';
import { registerIpc } from '../../../src/main/ipc/register.ts';
import type { IpcFrame } from '../../../src/main/ipc/register.ts';
import { isTrustedSender } from '../../../src/main/security.ts';
import type { MatrixView } from '../../../src/shared/types.ts';
import { openWorkspace, tempDir, testHost } from '../helpers.ts';

const host = testHost();

describe('IPC dispatch', () => {
  let handlers: Handlers;
  // A fresh workspace per test: the helpers close workspaces after each test.
  beforeEach(() => {
    handlers = createHandlers(openWorkspace(), host, { backupDir: '/nonexistent' });
  });

  it('every contract channel has a handler and a renderer method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(schemas).sort());
    expect(Object.values(METHODS).sort()).toEqual(Object.keys(schemas).sort());
  });

  it('rejects an unknown channel with a typed error', async () => {
    expect(await dispatch(handlers, 'fs:readFile', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Unknown request: fs:readFile' },
    });
  });

  it('rejects bad payloads before any handler runs', async () => {
    const cases: Array<[string, unknown]> = [
      ['corpus:search', { query: '' }],
      ['corpus:search', { query: 'x', limit: 100000 }],
      ['corpus:search', { query: 'x', extra: true }],
      ['corpus:paragraphs', { docId: '../../etc' }],
      ['corpus:paragraphs', 'wu-cong'],
      ['matrix:setSummary', { domainId: 'export-control', actorId: 'JP', lang: 'fr', text: 'x' }],
      ['annotations:add', { target: { domainId: 'export-control', actorId: 'JP', evidenceId: null }, category: 'Vibes!', text: 'x' }],
      ['prefs:set', { author: 42 }],
      ['matrix:get', { firstRows: 0 }],
      ['matrix:get', { firstRows: 2.5 }],
      ['matrix:get', { firstRows: 10, extra: true }],
    ];
    for (const [channel, payload] of cases) {
      const result = await dispatch(handlers, channel, payload);
      expect(result.ok, `${channel} ${JSON.stringify(payload)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-request');
        expect(result.error.details?.length).toBeGreaterThan(0);
      }
    }
  });

  it('answers a valid request and maps core errors to typed errors', async () => {
    const docs = await dispatch(handlers, "corpus:documents", undefined);
    expect(docs.ok).toBe(true);
    const missing = await dispatch(handlers, 'corpus:paragraphs', { docId: 'no-such-doc' });
    expect(missing).toEqual({ ok: false, error: { code: 'not-found', message: 'Unknown document: no-such-doc' } });
    const missingParagraph = await dispatch(handlers, 'corpus:paragraph', { paragraphId: 'wu-cong.0000000000' });
    expect(missingParagraph.ok === false && missingParagraph.error.code).toBe('not-found');
  });

  it('matrix:get with firstRows sends the first rows in order and says how many there are', async () => {
    const view = async (request: unknown): Promise<MatrixView> => {
      const answer = await dispatch(handlers, 'matrix:get', request);
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value as MatrixView;
    };
    const whole = await view(undefined);
    const rows = whole.rows.length;
    expect(rows).toBeGreaterThan(5);
    expect(whole.totalRows).toBeUndefined();
    // The first rows exactly as the whole view has them; everything else is the whole matrix's.
    expect(await view({ firstRows: 5 })).toEqual({ ...whole, rows: whole.rows.slice(0, 5), totalRows: rows });
    // A page that holds every row is the whole view, with no count of rows left out.
    expect(await view({ firstRows: rows })).toEqual(whole);
  });

  it('a refused request changes nothing', async () => {
    const before = await dispatch(handlers, 'matrix:get', undefined);
    await dispatch(handlers, 'matrix:setSummary', { domainId: 'no-such-domain', actorId: 'JP', lang: 'en', text: 'x' });
    await dispatch(handlers, 'matrix:setSummary', { domainId: 'export-control', actorId: 'JP', lang: 'en', text: 'x', sneaky: 1 });
    const after = await dispatch(handlers, 'matrix:get', undefined);
    expect(after).toEqual(before);
  });

  it('registers every channel and refuses untrusted senders', async () => {
    const registered = new Map<string, (event: { senderFrame: IpcFrame | null }, payload: unknown) => unknown>();
    registerIpc({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, (frame) => isTrustedSender(frame, undefined));
    expect([...registered.keys()].sort()).toEqual(Object.keys(schemas).sort());
    const listener = registered.get('corpus:documents')!;
    const ask = async (senderFrame: IpcFrame | null) => ((await listener({ senderFrame }, undefined)) as { ok: boolean }).ok;
    expect(await ask({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(await ask({ url: 'file:///app/out/renderer/index.html', parent: null })).toBe(false);
    // The app's own page, but in a subframe: refused.
    expect(await ask({ url: 'app://policy-matrix/index.html', parent: {} })).toBe(false);
    expect(await ask(null)).toBe(false);
    expect(await ask({ url: 'app://policy-matrix/index.html#/matrix', parent: null })).toBe(true);
  });
});

describe('export:reveal', () => {
  it('shows only files this session wrote', async () => {
    const revealed: string[] = [];
    const dir = tempDir();
    const out = path.join(dir, 'briefing.xlsx');
    const answering = testHost({ chooseSavePath: async () => out, revealFile: (f) => revealed.push(f) });
    const handlers = createHandlers(openWorkspace(), answering, { backupDir: path.join(dir, 'backups') });
    const refused = await dispatch(handlers, 'export:reveal', { path: '/etc/passwd' });
    expect(refused.ok === false && refused.error.code).toBe('invalid-request');
    const exported = await dispatch(handlers, 'export:xlsx', { lang: 'en', scope: { kind: 'all' } });
    expect(exported.ok).toBe(true);
    expect(await dispatch(handlers, 'export:reveal', { path: out })).toEqual({ ok: true, value: { ok: true } });
    expect(revealed).toEqual([out]);
  });
});
