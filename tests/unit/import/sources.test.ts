import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/main/core/corpus/import/originals.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { DATA_DIR, onCleanup, openWorkspace, tempDir } from '../helpers.ts';
import { FIXTURES } from './truth.ts';

const fixture = (name: string) => path.join(FIXTURES, name);

/** Everything an import could have left: imported rows, FTS entries for them, copied originals. */
function leftovers(ws: Workspace): { documents: number; paragraphs: number; sources: number; fts: number; originals: number } {
  // A second connection: the workspace's own is private.
  const db = new Database(ws.dbPath, { readonly: true });
  onCleanup(() => db.close());
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    documents: n("SELECT count(*) AS n FROM documents WHERE origin = 'imported'"),
    paragraphs: n("SELECT count(*) AS n FROM paragraphs WHERE doc_id IN (SELECT id FROM documents WHERE origin = 'imported')"),
    sources: n('SELECT count(*) AS n FROM sources'),
    fts: n("SELECT count(*) AS n FROM paragraphs_fts WHERE paragraphs_fts MATCH '\"经济安全\" OR \"Economic\"'"),
    originals: ws.sources.originals.list().length,
  };
}

function dataDigest(): string {
  const files = fs.readdirSync(DATA_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return sha256Hex(Buffer.concat(files.map((e) => fs.readFileSync(path.join(e.parentPath, e.name)))));
}

describe('importing a source into the workspace', () => {
  it('stores paragraphs, metadata and the original; search, citing and the document list see it', async () => {
    const ws = openWorkspace();
    const before = dataDigest();
    const shippedIds = ws.paragraphs.map((p) => p.id);
    const progress: number[] = [];
    const summary = await ws.sources.import(fixture('en-report.pdf'), { onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([1, 2]);
    expect(summary).toMatchObject({ format: 'pdf', pages: 2, title: 'Economic Security and Supply Chains', counts: { heading: 5, body: 15, abstract: 1, footnote: 4 } });
    expect(summary.footnotesLinked).toBe(4);

    const docs = ws.listDocuments();
    const doc = docs.find((d) => d.id === summary.id)!;
    expect(doc.origin).toBe('imported');
    expect(doc.source).toMatchObject({ format: 'pdf', pages: 2, language: 'en', fileName: 'en-report.pdf' });
    expect(doc.source!.pageSizes![0]!.width).toBeCloseTo(595.28, 1);
    expect(docs.filter((d) => d.origin === 'shipped').map((d) => d.id)).toEqual(['gui-yongtao', 'wu-cong']);

    // The original is kept under its SHA-256, byte for byte.
    const sha = sha256Hex(fs.readFileSync(fixture('en-report.pdf')));
    expect(doc.source!.sha256).toBe(sha);
    expect(Buffer.from(ws.sources.originals.read(sha)).equals(fs.readFileSync(fixture('en-report.pdf')))).toBe(true);

    const paragraphs = ws.listParagraphs(summary.id);
    expect(paragraphs.every((p) => p.page !== null && p.boxes && p.boxes.length > 0)).toBe(true);
    const hits = ws.search('circumvention', { docId: summary.id });
    expect(hits.total).toBe(1);
    expect(ws.search('circumvention').hits[0]!.docId).toBe(summary.id);

    // Cite a selection exactly as from a shipped paper.
    const p = paragraphs.find((x) => x.text.includes('ex-ante notification'))!;
    const exact = 'Japan relies on ex-ante notification';
    ws.addEvidence('investment-review', 'JP', p.id, p.text.indexOf(exact), exact);
    const evidence = ws.matrix().domains.find((d) => d.id === 'investment-review')!.positions['JP']!.evidence.find((e) => e.exact === exact)!;
    expect(evidence).toMatchObject({ status: 'anchored', docId: summary.id, paragraphId: p.id });

    // The shipped papers are untouched, data/ is never written, and a reopened workspace keeps the import.
    expect(ws.paragraphs.filter((x) => x.docId !== summary.id).map((x) => x.id)).toEqual(shippedIds);
    expect(dataDigest()).toBe(before);
    ws.reopen();
    expect(ws.listParagraphs(summary.id)).toHaveLength(paragraphs.length);
    expect(ws.matrix().stats.broken).toBe(0);
  });

  it('says "already imported" for the same bytes and changes nothing', async () => {
    const ws = openWorkspace();
    const first = await ws.sources.import(fixture('zh-news.html'), { worker: false });
    const counts = leftovers(ws);
    await expect(ws.sources.import(fixture('zh-news.html'), { worker: false })).rejects.toThrow(/Already imported.*美日半导体合作的新阶段.*src-/);
    expect(leftovers(ws)).toEqual(counts);
    expect(first.id).toMatch(/^src-[0-9a-f]{12}$/);
  });

  it.each([
    ['scanned.pdf', /no text layer: none of its 2 pages has text.*OCR is not available/],
    ['encrypted.pdf', /protected by a password/],
    ['truncated.pdf', /damaged/],
  ])('refuses %s with the reason and stores nothing', async (name, reason) => {
    const ws = openWorkspace();
    const before = leftovers(ws);
    await expect(ws.sources.import(fixture(name))).rejects.toThrow(reason);
    expect(leftovers(ws)).toEqual(before);
    expect(before.originals).toBe(0);
  });

  it('refuses unknown formats, HTML without main text, empty and oversized files', async () => {
    const ws = openWorkspace();
    const dir = tempDir();
    const write = (name: string, content: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    await expect(ws.sources.import(write('a.xyz', 'plain words'), { worker: false })).rejects.toThrow(/unknown format ".xyz".*PDF, Word/);
    await expect(ws.sources.import(write('b.bin', Buffer.from([0, 1, 2, 3, 0, 9])), { worker: false })).rejects.toThrow(/not a format that can be imported/);
    await expect(ws.sources.import(write('c.pdf', 'not really a pdf'), { worker: false })).rejects.toThrow(/not a PDF/);
    await expect(ws.sources.import(write('d.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])), { worker: false })).rejects.toThrow(/old Word.*\.docx/);
    await expect(ws.sources.import(write('e.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'), { worker: false })).rejects.toThrow(/no main text/);
    await expect(ws.sources.import(write('f.txt', ''), { worker: false })).rejects.toThrow(/empty/);
    const big = path.join(dir, 'g.pdf');
    fs.writeFileSync(big, '%PDF-1.4\n');
    fs.truncateSync(big, 201 * 1024 * 1024); // sparse: nothing is written to disk
    await expect(ws.sources.import(big, { worker: false })).rejects.toThrow(/201\.0 MB; the limit for an imported source is 200 MB/);
    expect(leftovers(ws)).toMatchObject({ documents: 0, sources: 0, originals: 0 });
  });

  it('cancelling an import in the worker leaves nothing behind', async () => {
    const ws = openWorkspace();
    const controller = new AbortController();
    const running = ws.sources.import(fixture('zh-browser.pdf'), { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(running).rejects.toThrow(/cancelled/);
    expect(leftovers(ws)).toMatchObject({ documents: 0, paragraphs: 0, sources: 0, originals: 0 });
  });

  it('reads TXT in GB18030 and Shift_JIS HTML, and takes the analyst’s title and language', async () => {
    const ws = openWorkspace();
    const txt = await ws.sources.import(fixture('zh-notice.gb18030.txt'), { worker: false, title: '供应链安全意见' });
    expect(txt).toMatchObject({ title: '供应链安全意见', format: 'txt', counts: { body: 4 } });
    expect(ws.listParagraphs(txt.id)[0]!.text).toBe('关于加强供应链安全的若干意见');
    const html = await ws.sources.import(fixture('ja-news.sjis.html'), { worker: false });
    const doc = ws.listDocuments().find((d) => d.id === html.id)!;
    expect(doc.source).toMatchObject({ language: 'ja', publisher: '経済政策ニュース', date: '2025-04-01', authors: ['佐藤　一郎'] });
    expect(ws.listParagraphs(html.id).every((p) => p.lang === 'ja')).toBe(true);
  });
});

describe('replacing and removing a source', () => {
  function versions(dir: string) {
    const v1 = ['# Policy note', '', 'The first paragraph stays exactly as it was.', '', 'This paragraph will be edited later on.', '', 'A paragraph that will move to the end.', '', 'A paragraph that will be deleted.'].join('\n');
    const v2 = ['# Policy note', '', 'The first paragraph stays exactly as it was.', '', 'This paragraph was edited later on, and grew.', '', 'A new paragraph arrives.', '', 'A paragraph that will move to the end.'].join('\n');
    fs.writeFileSync(path.join(dir, 'note-v1.md'), v1);
    fs.writeFileSync(path.join(dir, 'note-v2.md'), v2);
    return { v1: path.join(dir, 'note-v1.md'), v2: path.join(dir, 'note-v2.md') };
  }

  it('re-anchors every quote and reports it: still exact, moved or broken', async () => {
    const ws = openWorkspace();
    const files = versions(tempDir());
    const { id } = await ws.sources.import(files.v1, { worker: false });
    const cite = (fragment: string) => {
      const p = ws.listParagraphs(id).find((x) => x.text.includes(fragment))!;
      ws.addEvidence('export-control', 'US', p.id, p.text.indexOf(fragment), fragment);
    };
    cite('stays exactly');
    cite('will move to the end');
    cite('will be deleted');
    cite('will be edited');
    cite('This paragraph');
    const { quotes, summary } = await ws.sources.replace(id, files.v2, { worker: false });
    expect(summary.id).toBe(id);
    const status = Object.fromEntries(quotes.map((q) => [q.exact, q.status]));
    // A paragraph that only changed place keeps its ID (IDs follow the text): the quote is still exact.
    // Text that survives in an edited paragraph is found again by its selector: moved.
    expect(status).toEqual({ 'stays exactly': 'exact', 'will move to the end': 'exact', 'will be deleted': 'broken', 'will be edited': 'broken', 'This paragraph': 'moved' });
    const moved = quotes.find((q) => q.exact === 'This paragraph')!;
    expect(moved.after.paragraphId).not.toBe(moved.before.paragraphId);
    // Broken quotes stay in the matrix, shown as broken.
    const evidence = ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['US']!.evidence.filter((e) => e.docId === id);
    expect(evidence.map((e) => [e.exact, e.status])).toEqual([
      ['stays exactly', 'anchored'],
      ['will move to the end', 'anchored'],
      ['will be deleted', 'broken'],
      ['will be edited', 'broken'],
      ['This paragraph', 'anchored'],
    ]);
  });

  it('removing lists the quotes that break, is one undoable step, and undo brings everything back', async () => {
    const ws = openWorkspace();
    const { id } = await ws.sources.import(fixture('zh-paper.pdf'), { worker: false });
    const paragraphs = ws.listParagraphs(id);
    const p = paragraphs.find((x) => x.text.includes('事后审查'))!;
    ws.addEvidence('investment-review', 'US', p.id, p.text.indexOf('美国主要依靠事后审查'), '美国主要依靠事后审查');
    expect(ws.sources.removalImpact(id).map((q) => q.exact)).toEqual(['美国主要依靠事后审查']);

    const removed = ws.sources.remove(id);
    expect(removed.brokenQuotes).toHaveLength(1);
    expect(ws.listDocuments().some((d) => d.id === id)).toBe(false);
    expect(ws.search('事后审查').hits.some((h) => h.docId === id)).toBe(false);
    expect(ws.matrix().stats.broken).toBe(1);
    // Two-character terms go through the short-term index, which follows removal and undo too.
    expect(ws.search('审查', { limit: 500 }).hits.some((h) => h.docId === id)).toBe(false);

    const undone = ws.undo();
    expect(undone.step).toMatchObject({ kind: 'remove-source', importedSource: { id } });
    expect(ws.listParagraphs(id).map((x) => x.id)).toEqual(paragraphs.map((x) => x.id));
    expect(ws.search('事后审查').hits.some((h) => h.docId === id)).toBe(true);
    expect(ws.matrix().stats.broken).toBe(0);
    expect(ws.search('审查', { limit: 500 }).hits.some((h) => h.docId === id)).toBe(true);

    ws.redo();
    expect(ws.listDocuments().some((d) => d.id === id)).toBe(false);
  });
});
