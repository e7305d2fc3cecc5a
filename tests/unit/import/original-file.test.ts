import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch.ts';
import { createHandlers } from '../../../src/main/ipc/handlers.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import type { OriginalFile } from '../../../src/shared/types.ts';
import { onCleanup, openWorkspace, testHost } from '../helpers.ts';
import { FIXTURES } from './truth.ts';

const host = testHost();

/** Every row the sources and corpus tables hold, read through a second connection. */
function dump(ws: Workspace): string {
  const db = new Database(ws.dbPath, { readonly: true });
  onCleanup(() => db.close());
  return JSON.stringify({
    sources: db.prepare('SELECT * FROM sources ORDER BY doc_id').all(),
    documents: db.prepare('SELECT * FROM documents ORDER BY id').all(),
    paragraphs: db.prepare('SELECT id, text, page, boxes FROM paragraphs ORDER BY id').all(),
  });
}

async function setup(file = 'en-report.pdf') {
  const ws = openWorkspace();
  const summary = await ws.sources.import(path.join(FIXTURES, file), { worker: false });
  const handlers = createHandlers(ws, host, { backupDir: '/nonexistent' });
  const call = (payload: unknown) => dispatch(handlers, 'sources:original', payload);
  return { ws, summary, call, stored: ws.sources.originals.pathOf(summary.sha256) };
}

describe('sources:original (the page view reads the original PDF)', () => {
  it('returns the stored bytes after checking them against the hash recorded at import', async () => {
    const { summary, call } = await setup();
    const envelope = await call({ docId: summary.id });
    expect(envelope.ok).toBe(true);
    const value = (envelope as { value: OriginalFile }).value;
    expect(value).toMatchObject({ status: 'ok', sha256: summary.sha256, fileName: 'en-report.pdf' });
    if (value.status !== 'ok') throw new Error('not ok');
    expect(Buffer.from(value.base64, 'base64').equals(fs.readFileSync(path.join(FIXTURES, 'en-report.pdf')))).toBe(true);
    expect(value.size).toBe(fs.statSync(path.join(FIXTURES, 'en-report.pdf')).size);
  });

  it('says the original changed on disk (hash mismatch), sends no bytes and changes nothing in the database', async () => {
    const { ws, summary, call, stored } = await setup();
    const before = dump(ws);
    const bytes = fs.readFileSync(stored);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    fs.writeFileSync(stored, bytes);
    const envelope = await call({ docId: summary.id });
    expect(envelope).toMatchObject({ ok: true, value: { status: 'changed', sha256: summary.sha256, fileName: 'en-report.pdf' } });
    const value = (envelope as { value: OriginalFile }).value;
    expect(value.status === 'changed' && value.actual).not.toBe(summary.sha256);
    expect('base64' in value).toBe(false);
    expect(dump(ws)).toBe(before);
    // The damaged copy is left where it is: the app neither repairs nor re-hashes it.
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
  });

  it('says the original is missing, and changes nothing in the database', async () => {
    const { ws, summary, call, stored } = await setup();
    const before = dump(ws);
    fs.rmSync(stored);
    expect(await call({ docId: summary.id })).toMatchObject({ ok: true, value: { status: 'missing', sha256: summary.sha256 } });
    expect(dump(ws)).toBe(before);
    expect(ws.listParagraphs(summary.id).length).toBeGreaterThan(0);
  });

  it('returns a range of the stored bytes (the parts pdf.js asks for), the whole size beside it', async () => {
    const { summary, call } = await setup();
    const whole = fs.readFileSync(path.join(FIXTURES, 'en-report.pdf'));
    for (const range of [{ offset: 0, length: 1024 }, { offset: 1000, length: 5000 }, { offset: whole.length - 100, length: 65536 }, { offset: whole.length + 10, length: 10 }, { offset: 5, length: 0 }]) {
      const envelope = await call({ docId: summary.id, range });
      const value = (envelope as { value: OriginalFile }).value;
      if (value.status !== 'ok') throw new Error(`not ok: ${JSON.stringify(envelope)}`);
      expect(value.size).toBe(whole.length);
      const start = Math.min(range.offset, whole.length);
      expect(Buffer.from(value.base64, 'base64').equals(whole.subarray(start, start + range.length))).toBe(true);
    }
    for (const range of [{ offset: -1, length: 10 }, { offset: 0, length: -1 }, { offset: 0.5, length: 10 }, { offset: 0 }, { offset: 0, length: 10, extra: 1 }, { offset: 0, length: 65 * 1024 * 1024 }]) {
      expect(await call({ docId: summary.id, range })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('a ranged read after the file changed on disk says so, also when the size and modification time were put back', async () => {
    const { ws, summary, call, stored } = await setup();
    // An original imported a while ago: its check is remembered, and the later parts are read without hashing again.
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(stored, past, past);
    expect(await call({ docId: summary.id, range: { offset: 0, length: 100 } })).toMatchObject({ ok: true, value: { status: 'ok' } });
    expect(await call({ docId: summary.id, range: { offset: 100, length: 100 } })).toMatchObject({ ok: true, value: { status: 'ok' } });
    const before = dump(ws);
    const bytes = fs.readFileSync(stored);
    bytes[200] = bytes[200]! ^ 0xff;
    fs.writeFileSync(stored, bytes);
    fs.utimesSync(stored, past, past);
    expect(await call({ docId: summary.id, range: { offset: 100, length: 100 } })).toMatchObject({ ok: true, value: { status: 'changed', sha256: summary.sha256 } });
    expect(await call({ docId: summary.id })).toMatchObject({ ok: true, value: { status: 'changed' } });
    fs.rmSync(stored);
    expect(await call({ docId: summary.id, range: { offset: 0, length: 100 } })).toMatchObject({ ok: true, value: { status: 'missing' } });
    expect(dump(ws)).toBe(before);
  });

  it('validates the ID and refuses documents that are not imported PDFs', async () => {
    const { ws, call } = await setup();
    for (const bad of [{ docId: '../../etc/passwd' }, { docId: '' }, { docId: 'x'.repeat(65) }, {}, { docId: 'a', extra: 1 }, { docId: 'constructor' }]) {
      expect(await call(bad)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await call({ docId: 'gui-yongtao' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call({ docId: 'src-000000000000' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const html = await ws.sources.import(path.join(FIXTURES, 'zh-news.html'), { worker: false });
    expect(await call({ docId: html.id })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('not a PDF') } });
  });
});
