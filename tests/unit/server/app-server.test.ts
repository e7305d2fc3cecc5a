// The browser transport on a real server (port 0, 127.0.0.1) over a real SQLite workspace: the same
// dispatch and handlers as the desktop app, and every request that is not from our own page refused
// with nothing changed in the database.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schemas } from '../../../src/shared/contract.ts';
import { FILE_NAME_HEADER, HOST_REQUEST_EVENT } from '../../../src/shared/http-protocol.ts';
import type { HostRequest, HttpEnvelope } from '../../../src/shared/http-protocol.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { createHandlers } from '../../../src/main/ipc/handlers.ts';
import { startAppServer } from '../../../src/main/server/app-server.ts';
import type { AppServer, AppServerOptions } from '../../../src/main/server/app-server.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { openEvents, pageHeaders, request } from './client.ts';

const CLIENT = 'client-0001';
let servers: AppServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(overrides: Partial<AppServerOptions> = {}): Promise<{ server: AppServer; ws: Workspace; renderer: string }> {
  const dir = tempDir();
  const ws = openWorkspace(dir);
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Policy Matrix</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for the page');
  const server = await startAppServer({ rendererDir: renderer, handlers: (host) => createHandlers(ws, host, { backupDir: path.join(dir, 'backups') }), version: '0.0.0-test', ...overrides });
  servers.push(server);
  return { server, ws, renderer };
}

/** Every row of every table (full-text indexes aside), read through a connection of its own. */
function snapshot(ws: Workspace): string {
  const db = new Database(ws.options.dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY name").all() as Array<{ name: string }>;
    expect(tables.length).toBeGreaterThan(3);
    // Rows compared as sorted JSON: some tables are WITHOUT ROWID, and order is not the point.
    return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort()]));
  } finally {
    db.close();
  }
}

function call(server: AppServer, channel: string, payload: unknown, headers: Record<string, string | undefined> = pageHeaders(server.port, server.token, CLIENT)) {
  return request(server.port, { method: 'POST', path: `/api/call/${channel}`, headers, body: payload === undefined ? '' : JSON.stringify(payload) });
}

const summary = { domainId: 'export-control', actorId: 'US', lang: 'en', text: 'Changed over HTTP' };

describe('the browser transport', () => {
  it('serves the contract through the same dispatch and handlers, schema checks included', async () => {
    const { server, ws } = await start();
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#pm-token=${server.token}`);

    const info = (await call(server, 'app:info', undefined)).json() as HttpEnvelope;
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test', dbPath: ws.options.dbPath } });

    const before = snapshot(ws);
    const edit = await call(server, 'matrix:setSummary', summary);
    expect(edit.status).toBe(200);
    expect(edit.json()).toMatchObject({ ok: true });
    expect(snapshot(ws)).not.toBe(before);
    expect(ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['US']!.summary.en).toBe('Changed over HTTP');

    // A payload the schema refuses and a channel the contract does not have: typed errors, nothing run.
    const after = snapshot(ws);
    expect((await call(server, 'matrix:setSummary', { ...summary, extra: 1 })).json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await call(server, 'matrix:dropEverything', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const bad = await request(server.port, { method: 'POST', path: '/api/call/matrix:setSummary', headers: pageHeaders(server.port, server.token), body: '{not json' });
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(snapshot(ws)).toBe(after);
  });

  it('reaches every channel of the contract (none is missing from the server)', async () => {
    const { server } = await start();
    for (const channel of Object.keys(schemas)) {
      // An extra field fails every schema, so nothing runs; the answer proves the channel is routed.
      const reply = (await call(server, channel, { __probe: 1 })).json() as HttpEnvelope;
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'invalid-request', message: `Invalid request for ${channel}.` } });
    }
  });

  describe('refuses, and changes nothing', () => {
    const cases: Array<[string, (port: number, token: string) => Record<string, string | undefined>, number]> = [
      ['no token', (port) => ({ ...pageHeaders(port, 'x'), 'x-pm-token': undefined }), 401],
      ['a wrong token', (port, token) => pageHeaders(port, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`), 401],
      ['a token of another length', (port) => pageHeaders(port, 'short'), 401],
      ['a foreign Origin', (port, token) => ({ ...pageHeaders(port, token), origin: 'http://evil.example' }), 403],
      ['an Origin on another port', (port, token) => ({ ...pageHeaders(port, token), origin: `http://127.0.0.1:${port + 1}` }), 403],
      ['a cross-site request (Fetch Metadata)', (port, token) => ({ ...pageHeaders(port, token), origin: undefined, 'sec-fetch-site': 'cross-site' }), 403],
      ['a rebinding Host', (port, token) => ({ ...pageHeaders(port, token), host: `evil.example:${port}`, origin: `http://evil.example:${port}` }), 421],
      ['a rebinding Host with our Origin', (port, token) => ({ ...pageHeaders(port, token), host: `evil.example:${port}` }), 421],
      ['no Host', (port, token) => ({ ...pageHeaders(port, token), host: '' }), 421],
      ['a form post (not JSON)', (port, token) => ({ ...pageHeaders(port, token), 'content-type': 'application/x-www-form-urlencoded' }), 415],
    ];
    for (const [what, headers, status] of cases) {
      it(what, async () => {
        const { server, ws } = await start();
        const before = snapshot(ws);
        const reply = await call(server, 'matrix:setSummary', summary, headers(server.port, server.token));
        expect(reply.status).toBe(status);
        expect(reply.text).toMatch(/^Refused: /);
        expect(reply.text).not.toContain(server.token);
        expect(snapshot(ws)).toBe(before);
      });
    }

    it('the token in a query string', async () => {
      const { server, ws } = await start();
      const before = snapshot(ws);
      const reply = await request(server.port, { method: 'POST', path: `/api/call/matrix:setSummary?pm-token=${server.token}`, headers: { ...pageHeaders(server.port, server.token), 'x-pm-token': undefined }, body: JSON.stringify(summary) });
      expect(reply.status).toBe(401);
      const withHeader = await request(server.port, { method: 'POST', path: `/api/call/matrix:setSummary?x=1`, headers: pageHeaders(server.port, server.token), body: JSON.stringify(summary) });
      expect(withHeader.status).toBe(400);
      expect(snapshot(ws)).toBe(before);
    });

    it('an oversized body, declared or streamed', async () => {
      const { server, ws } = await start({ maxBodyBytes: 64 * 1024 });
      const before = snapshot(ws);
      const big = JSON.stringify({ ...summary, text: 'x'.repeat(200 * 1024) });
      const declared = await call(server, 'matrix:setSummary', JSON.parse(big));
      expect(declared.status).toBe(413);
      const streamed = await request(server.port, { method: 'POST', path: '/api/call/matrix:setSummary', headers: pageHeaders(server.port, server.token), body: big, chunked: true });
      expect(streamed.status).toBe(413);
      expect(snapshot(ws)).toBe(before);
      // The server is still fine afterwards.
      expect((await call(server, 'app:info', undefined)).json()).toMatchObject({ ok: true });
    });

    it('the page itself for a rebinding Host or a foreign site', async () => {
      const { server } = await start();
      expect((await request(server.port, { path: '/', headers: { host: `evil.example:${server.port}` } })).status).toBe(421);
      expect((await request(server.port, { path: '/assets/app.js', headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
      expect((await request(server.port, { path: '/' })).status).toBe(200);
    });

    it('the event stream and downloads without the token', async () => {
      const { server } = await start();
      const headers = { ...pageHeaders(server.port, server.token, CLIENT), 'x-pm-token': 'wrong' };
      expect((await request(server.port, { path: '/api/events', headers })).status).toBe(401);
      expect((await request(server.port, { path: '/api/download/anything', headers })).status).toBe(401);
    });
  });

  it('serves only the built renderer, with the app CSP and security headers', async () => {
    const { server } = await start();
    const page = await request(server.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Policy Matrix</title>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).not.toMatch(/https?:/);
    expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'cross-origin-resource-policy': 'same-origin' });
    expect((await request(server.port, { path: '/assets/app.js' })).headers['content-type']).toMatch(/^text\/javascript/);
    for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/.hidden', '/assets/']) {
      expect((await request(server.port, { path: escape })).status, escape).toBe(404);
    }
    expect((await request(server.port, { method: 'POST', path: '/', headers: { 'content-type': 'application/json' } })).status).toBe(405);
    const api = await call(server, 'app:info', undefined);
    expect(api.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it('save as = a download of the file the handler wrote, served once, then removed', async () => {
    const { server, ws } = await start();
    const reply = (await call(server, 'project:save', undefined)).json() as HttpEnvelope;
    expect(reply.ok).toBe(true);
    const value = (reply as { value: { path: string; bytes: number } }).value;
    // The result names the file as the user will find it, not by the server's temporary path.
    expect(value.path).toMatch(/^policy-matrix-\d{4}-\d{2}-\d{2}\.pmproj$/);
    expect(reply.downloads).toEqual([{ id: expect.any(String), name: value.path }]);
    const id = reply.downloads![0]!.id;

    // Another page cannot take it.
    expect((await request(server.port, { path: `/api/download/${id}`, headers: pageHeaders(server.port, server.token, 'client-other') })).status).toBe(404);
    const file = await request(server.port, { path: `/api/download/${id}`, headers: pageHeaders(server.port, server.token, CLIENT) });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${value.path}`);
    expect(file.body.length).toBe(value.bytes);
    expect(file.body.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect((await request(server.port, { path: `/api/download/${id}`, headers: pageHeaders(server.port, server.token, CLIENT) })).status).toBe(404);
    await waitFor(() => fs.readdirSync(server.tempDir).length === 0);
    expect(fs.existsSync(ws.options.dbPath)).toBe(true);
  });

  it('open = the page uploads the file it picked; the question is asked in the page; the upload is removed', async () => {
    // The question is worded in the interface language: here the system's (no preference set).
    const { server, ws } = await start({ locale: 'en-US' });
    // A project with one more annotation than the open one.
    ws.addAnnotation({ domainId: 'export-control', actorId: 'US', evidenceId: null }, 'timing', 'In the project file');
    const saved = (await call(server, 'project:save', undefined)).json() as HttpEnvelope;
    const project = (await request(server.port, { path: `/api/download/${saved.downloads![0]!.id}`, headers: pageHeaders(server.port, server.token, CLIENT) })).body;
    ws.deleteAnnotation(ws.listAnnotations()[0]!.id);
    expect(ws.listAnnotations()).toHaveLength(0);

    const events = await openEvents(server.port, server.token, CLIENT);
    expect(events.status).toBe(200);
    const pending = call(server, 'project:open', undefined);
    const pick = (await events.next(HOST_REQUEST_EVENT)).data as HostRequest;
    expect(pick).toMatchObject({ kind: 'open-file', accept: ['.pmproj', '.db'] });
    // Only the page that asked may answer.
    expect((await request(server.port, { method: 'POST', path: `/api/host/${pick.id}`, headers: { ...pageHeaders(server.port, server.token, 'client-other'), 'content-type': 'application/octet-stream' }, body: project })).status).toBe(404);
    const upload = await request(server.port, {
      method: 'POST',
      path: `/api/host/${pick.id}`,
      headers: { ...pageHeaders(server.port, server.token, CLIENT), 'content-type': 'application/octet-stream', [FILE_NAME_HEADER]: encodeURIComponent('同事的项目.pmproj') },
      body: project,
    });
    expect(upload.status).toBe(204);
    const question = (await events.next(HOST_REQUEST_EVENT)).data as HostRequest;
    expect(question).toMatchObject({ kind: 'confirm', message: 'Replace the open project?' });
    expect((await request(server.port, { method: 'POST', path: `/api/host/${question.id}`, headers: pageHeaders(server.port, server.token, CLIENT), body: JSON.stringify({ answer: true }) })).status).toBe(204);

    const opened = (await pending).json() as HttpEnvelope;
    expect(opened).toMatchObject({ ok: true, value: { path: '同事的项目.pmproj' } });
    expect(ws.listAnnotations().map((a) => a.text)).toEqual(['In the project file']);
    expect(fs.readdirSync(server.tempDir)).toEqual([]);
    events.close();
  });

  it('open: cancelling the picker or closing the page cancels, with nothing changed', async () => {
    const { server, ws } = await start();
    const before = snapshot(ws);
    const events = await openEvents(server.port, server.token, CLIENT);
    const cancelled = call(server, 'project:open', undefined);
    const pick = (await events.next(HOST_REQUEST_EVENT)).data as HostRequest;
    await request(server.port, { method: 'POST', path: `/api/host/${pick.id}`, headers: pageHeaders(server.port, server.token, CLIENT), body: JSON.stringify({ cancel: true }) });
    expect((await cancelled).json()).toEqual({ ok: true, value: null });

    const abandoned = call(server, 'project:open', undefined);
    await events.next(HOST_REQUEST_EVENT);
    events.close();
    expect((await abandoned).json()).toEqual({ ok: true, value: null });
    expect(snapshot(ws)).toBe(before);

    // A page without an event stream is told why it cannot pick a file.
    expect((await call(server, 'project:open', undefined)).json()).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/reload the page/) } });
  });

  it('open: an upload over the limit is refused and removed, with nothing changed', async () => {
    const { server, ws } = await start({ maxUploadBytes: 1024 });
    const before = snapshot(ws);
    const events = await openEvents(server.port, server.token, CLIENT);
    const pending = call(server, 'project:open', undefined);
    const pick = (await events.next(HOST_REQUEST_EVENT)).data as HostRequest;
    const upload = await request(server.port, {
      method: 'POST',
      path: `/api/host/${pick.id}`,
      headers: { ...pageHeaders(server.port, server.token, CLIENT), 'content-type': 'application/octet-stream', [FILE_NAME_HEADER]: 'big.pmproj' },
      body: Buffer.alloc(200 * 1024, 1),
      chunked: true,
    });
    expect(upload.status).toBe(413);
    expect((await pending).json()).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringMatching(/big\.pmproj is larger than/) } });
    expect(fs.readdirSync(server.tempDir)).toEqual([]);
    expect(snapshot(ws)).toBe(before);
    events.close();
  });

  it('events: changes and export progress reach every page over the stream, and reveal is not offered', async () => {
    const { server } = await start();
    const events = await openEvents(server.port, server.token, CLIENT);
    // Another tab: it hears about an edit made in the first one.
    const other = await openEvents(server.port, server.token, 'client-0002');
    await call(server, 'matrix:setSummary', summary);
    expect((await other.next('matrix:changed')).data).toMatchObject({ cause: 'edit' });
    expect((await events.next('matrix:changed')).data).toMatchObject({ cause: 'edit' });
    other.close();
    const reply = (await call(server, 'export:xlsx', { lang: 'both', scope: { kind: 'all' } })).json() as HttpEnvelope;
    expect(reply).toMatchObject({ ok: true, value: { path: expect.stringMatching(/^policy-matrix-briefing-.*\.xlsx$/) } });
    expect((await events.next('export:progress')).data).toMatchObject({ phase: expect.any(String), total: expect.any(Number) });
    const reveal = (await call(server, 'export:reveal', { path: (reply as { value: { path: string } }).value.path })).json();
    expect(reveal).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    events.close();
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(condition()).toBe(true);
}
