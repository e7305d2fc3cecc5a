// Add source… as the window drives it: prepare (read in the worker, nothing stored) → commit with the
// analyst's metadata, or discard (nothing left); the same bytes answered as "already imported";
// Replace with new version… with its quote report before and after; dropped paths only where the
// host takes them; metadata corrected as one undoable step.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { createHandlers } from '../../../src/main/ipc/handlers.ts';
import { dispatch } from '../../../src/main/ipc/dispatch.ts';
import type { Channel, Envelope, Request, Response } from '../../../src/shared/contract.ts';
import { onCleanup, openWorkspace, tempDir, testHost } from '../helpers.ts';
import { FIXTURES } from './truth.ts';

const fixture = (name: string) => path.join(FIXTURES, name);

function harness(ws: Workspace, options: { acceptsDroppedPaths?: boolean } = {}) {
  const answers: Array<string | null> = [];
  const progress: number[] = [];
  const host = testHost({
    chooseOpenPath: async () => answers.shift() ?? null,
    confirm: async () => true,
    emit: (event, payload) => {
      if (event === 'sources:progress') progress.push((payload as { done: number }).done);
    },
    ...(options.acceptsDroppedPaths ? { acceptsDroppedPaths: true } : {}),
  });
  const handlers = createHandlers(ws, host, { backupDir: tempDir() });
  const call = async <C extends Channel>(channel: C, request?: Request<C>): Promise<Response<C>> => {
    const envelope = (await dispatch(handlers, channel, request)) as Envelope<Response<C>>;
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.value;
  };
  return { answers, progress, call, raw: (channel: Channel, request?: unknown) => dispatch(handlers, channel, request) };
}

function counts(ws: Workspace) {
  const db = new Database(ws.dbPath, { readonly: true });
  onCleanup(() => db.close());
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    documents: n("SELECT count(*) AS n FROM documents WHERE origin = 'imported'"),
    paragraphs: n('SELECT count(*) AS n FROM paragraphs'),
    sources: n('SELECT count(*) AS n FROM sources'),
    originals: ws.sources.originals.list().length,
  };
}

describe('Add source… in two steps', () => {
  it('a text file is previewed with the encoding it was read in; another is chosen, read again, and kept with the source', async () => {
    const ws = openWorkspace();
    const before = counts(ws);
    const h = harness(ws);
    h.answers.push(fixture('zh-notice.gb18030.txt'));
    const first = await h.call('sources:prepare', {});
    if (first?.kind !== 'preview') throw new Error('no preview');
    expect(first.preview.encoding).toEqual({ name: 'gb18030', how: 'detected' });
    const right = first.preview.firstParagraphs.map((p) => p.text);

    // Read as Big5 the same bytes give other characters: the preview says so, nothing is stored.
    const big5 = await h.call('sources:reread', { token: first.preview.token, encoding: 'big5' });
    if (big5?.kind !== 'preview') throw new Error('no preview');
    expect(big5.preview.encoding).toEqual({ name: 'big5', how: 'chosen' });
    expect(big5.preview.firstParagraphs.map((p) => p.text)).not.toEqual(right);
    expect(big5.preview.token).not.toBe(first.preview.token);
    await expect(h.call('sources:commit', { token: first.preview.token, meta: first.preview.meta })).rejects.toMatchObject({ code: 'not-found' });
    expect(counts(ws)).toEqual(before);

    const back = await h.call('sources:reread', { token: big5.preview.token, encoding: 'gb18030' });
    if (back?.kind !== 'preview') throw new Error('no preview');
    expect(back.preview.firstParagraphs.map((p) => p.text)).toEqual(right);
    const done = await h.call('sources:commit', { token: back.preview.token, meta: back.preview.meta });
    expect(ws.sources.list().find((s) => s.id === done.summary.id)!.info.encoding).toBe('gb18030');
  });

  it('a PDF has no encoding to choose, and an unknown encoding is refused by the contract', async () => {
    const ws = openWorkspace();
    const h = harness(ws);
    h.answers.push(fixture('en-report.pdf'));
    const result = await h.call('sources:prepare', {});
    if (result?.kind !== 'preview') throw new Error('no preview');
    expect(result.preview.encoding).toBeNull();
    await expect(h.call('sources:reread', { token: result.preview.token, encoding: 'gb18030' })).rejects.toMatchObject({ code: 'invalid-request' });
    const bad = (await h.raw('sources:reread', { token: result.preview.token, encoding: 'ebcdic' }));
    expect(bad.ok).toBe(false);
    // The preview is still waiting under its token.
    const done = await h.call('sources:commit', { token: result.preview.token, meta: result.preview.meta });
    expect(done.summary.format).toBe('pdf');
  });

  it('prepares a preview with the file’s metadata and first paragraphs, storing nothing; commit stores the edited metadata', async () => {
    const ws = openWorkspace();
    const before = counts(ws);
    const h = harness(ws);
    h.answers.push(fixture('en-report.pdf'));
    const result = await h.call('sources:prepare', {});
    expect(result?.kind).toBe('preview');
    if (result?.kind !== 'preview') throw new Error('no preview');
    const { preview } = result;
    expect(h.progress).toEqual([1, 2]);
    expect(preview.fileName).toBe('en-report.pdf');
    expect(preview.replacing).toBeNull();
    expect(preview.meta.title).toBe('Economic Security and Supply Chains');
    expect(preview.summary).toMatchObject({ format: 'pdf', pages: 2, counts: { footnote: 4 } });
    expect(preview.firstParagraphs.length).toBeGreaterThan(2);
    expect(preview.firstParagraphs[0]).toMatchObject({ kind: 'heading', page: 1 });
    expect(counts(ws)).toEqual(before);

    const done = await h.call('sources:commit', {
      token: preview.token,
      meta: { ...preview.meta, title: 'Supply chains (edited)', authors: ['A. Analyst'], date: '2025-03', publisher: 'Institute', language: 'en', sourceUrl: 'https://example.org/r.pdf' },
    });
    expect(done.quotes).toBeNull();
    expect(done.summary.title).toBe('Supply chains (edited)');
    const listed = ws.sources.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]!.info).toMatchObject({ title: 'Supply chains (edited)', authors: ['A. Analyst'], date: '2025-03', publisher: 'Institute', sourceUrl: 'https://example.org/r.pdf' });
    expect(ws.listDocuments().find((d) => d.id === done.summary.id)!.year).toBe(2025);
    expect(counts(ws).originals).toBe(1);
    // A token is used once.
    await expect(h.call('sources:commit', { token: preview.token, meta: preview.meta })).rejects.toMatchObject({ code: 'not-found' });

    // The same bytes again: offered as the source they are, nothing read or stored.
    h.answers.push(fixture('en-report.pdf'));
    expect(await h.call('sources:prepare', {})).toMatchObject({ kind: 'already-imported', id: done.summary.id, title: 'Supply chains (edited)', fileName: 'en-report.pdf' });
    expect(ws.sources.list()).toHaveLength(1);
  });

  it('discarding a preview (the dialog cancelled) leaves no row and no copied file', async () => {
    const ws = openWorkspace();
    const before = counts(ws);
    const h = harness(ws);
    h.answers.push(fixture('zh-paper.pdf'));
    const result = await h.call('sources:prepare', {});
    if (result?.kind !== 'preview') throw new Error('no preview');
    expect(await h.call('sources:discard', { token: result.preview.token })).toEqual({ discarded: true });
    expect(counts(ws)).toEqual(before);
    await expect(h.call('sources:commit', { token: result.preview.token, meta: result.preview.meta })).rejects.toMatchObject({ code: 'not-found' });
    expect(counts(ws)).toEqual(before);
    // No file chosen: null, nothing changes.
    expect(await h.call('sources:prepare', {})).toBeNull();
  });

  it('refuses bad metadata with the reason and stores nothing', async () => {
    const ws = openWorkspace();
    const h = harness(ws);
    h.answers.push(fixture('zh-paper.pdf'));
    const result = await h.call('sources:prepare', {});
    if (result?.kind !== 'preview') throw new Error('no preview');
    const bad = await h.raw('sources:commit', { token: result.preview.token, meta: { ...result.preview.meta, date: 'March 2025' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(bad)).toContain('YYYY-MM');
    const noTitle = await h.raw('sources:commit', { token: result.preview.token, meta: { ...result.preview.meta, title: '  ' } });
    expect(noTitle).toMatchObject({ ok: false });
    const badUrl = await h.raw('sources:commit', { token: result.preview.token, meta: { ...result.preview.meta, sourceUrl: 'javascript:alert(1)' } });
    expect(badUrl).toMatchObject({ ok: false });
    expect(ws.sources.list()).toHaveLength(0);
    // The preview is still there: the analyst corrects the field and stores it.
    expect((await h.call('sources:commit', { token: result.preview.token, meta: { ...result.preview.meta, date: '2025' } })).summary.id).toMatch(/^src-/);
  });

  it('a dropped file is read by its path only where the host takes dropped paths', async () => {
    const ws = openWorkspace();
    const browser = harness(ws);
    expect(await browser.raw('sources:prepare', { droppedPath: fixture('zh-paper.pdf') })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const electron = harness(ws, { acceptsDroppedPaths: true });
    expect(await electron.raw('sources:prepare', { droppedPath: 'relative/file.pdf' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await electron.raw('sources:prepare', { droppedPath: FIXTURES })).toMatchObject({ ok: false, error: { code: 'bad-file' } });
    const result = await electron.call('sources:prepare', { droppedPath: fixture('zh-paper.pdf') });
    expect(result?.kind).toBe('preview');
    expect(ws.sources.list()).toHaveLength(0);
  });

  it('Replace with new version… shows the quote report before storing, and stores it on commit', async () => {
    const dir = tempDir();
    const v1 = path.join(dir, 'v1.txt');
    const v2 = path.join(dir, 'v2.txt');
    fs.writeFileSync(v1, 'Policy note\n\nThe first paragraph stays as it is.\n\nThe second paragraph will be rewritten entirely.\n\nThe third paragraph moves down.\n');
    fs.writeFileSync(v2, 'Policy note\n\nThe first paragraph stays as it is.\n\nA new paragraph comes first now.\n\nAnd the third paragraph moves down.\n');
    const ws = openWorkspace();
    const id = (await ws.sources.import(v1, { worker: false })).id;
    const paras = ws.listParagraphs(id);
    const cite = (text: string, exact: string, actor: string) => {
      const p = paras.find((x) => x.text.includes(text))!;
      ws.addEvidence('export-control', actor, p.id, p.text.indexOf(exact), exact);
    };
    cite('first paragraph', 'stays as it is', 'US');
    cite('second paragraph', 'rewritten entirely', 'JP');
    cite('third paragraph', 'third paragraph moves down', 'US');

    const h = harness(ws);
    h.answers.push(v2);
    const result = await h.call('sources:prepare', { replacing: id });
    if (result?.kind !== 'preview') throw new Error('no preview');
    expect(result.preview.replacing).toEqual({ id, title: 'v1' });
    expect(result.preview.quotes!.map((q) => q.status).sort()).toEqual(['broken', 'exact', 'moved']);
    // Nothing replaced yet.
    expect(ws.listParagraphs(id).map((p) => p.text)).toEqual(paras.map((p) => p.text));

    const done = await h.call('sources:commit', { token: result.preview.token, meta: result.preview.meta });
    expect(done.summary.id).toBe(id);
    expect(done.quotes!.map((q) => q.status).sort()).toEqual(['broken', 'exact', 'moved']);
    expect(ws.listParagraphs(id).some((p) => p.text.startsWith('A new paragraph'))).toBe(true);
    // The broken quote stays in the matrix, shown as broken.
    const evidence = ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.evidence.find((e) => e.exact === 'rewritten entirely');
    expect(evidence?.status).toBe('broken');
  });

  it('correcting the details is one undoable step', async () => {
    const ws = openWorkspace();
    const id = (await ws.sources.import(fixture('zh-paper.pdf'), { worker: false })).id;
    const original = ws.sources.list()[0]!.info;
    const h = harness(ws);
    await h.call('sources:update', { docId: id, meta: { title: '新标题', publisher: '某机构' } });
    expect(ws.sources.list()[0]!.info).toMatchObject({ title: '新标题', publisher: '某机构', authors: original.authors });
    expect(ws.listDocuments().find((d) => d.id === id)!.title.zh).toBe('新标题');
    expect(ws.history()[0]!.label).toMatchObject({ kind: 'edit-source', importedSource: { id, title: original.title } });
    ws.undo();
    expect(ws.sources.list()[0]!.info.title).toBe(original.title);
    expect(ws.listDocuments().find((d) => d.id === id)!.title.zh).toBe(original.title);
    ws.redo();
    expect(ws.sources.list()[0]!.info.title).toBe('新标题');
  });
});
