// Imported sources in project files: they travel as their original files and are rebuilt by this
// app's importers on open and merge; a hostile or broken original is reported and harms nothing.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/main/core/corpus/import/originals.ts';
import { saveProject } from '../../../src/main/core/project/file.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { FIXTURES } from '../import/truth.ts';
import { digest, tamper } from './crafted.ts';

const NOTE = `# Supply-chain note

Japan's economic security law designates specified critical products and funds their stockpiles.

The United States relies on export controls and outbound investment screening instead.
`;

function markdownFile(text = NOTE, name = 'note.md'): string {
  const file = path.join(tempDir('pm-src-'), name);
  fs.writeFileSync(file, text);
  return file;
}

async function save(ws: Workspace, name = 'alice.pmproj'): Promise<string> {
  const file = path.join(tempDir('pm-send-'), name);
  await saveProject(ws, file);
  return file;
}

/** A colleague who imported a note, retitled it, quoted it in a cell and annotated the cell. */
async function colleagueWithSource() {
  const them = openWorkspace(tempDir(), { writerKind: 'test' });
  them.setPrefs({ author: 'Alice' });
  const summary = await them.sources.import(markdownFile(), { worker: false });
  them.sources.update(summary.id, { title: 'Alice’s supply-chain note' });
  const paragraph = them.paragraphs.find((p) => p.docId === summary.id && p.text.startsWith('Japan'))!;
  const exact = 'specified critical products';
  const { evidenceId } = them.addEvidence('semiconductors', 'JP', paragraph.id, paragraph.text.indexOf(exact), exact);
  them.addAnnotation({ domainId: 'semiconductors', actorId: 'JP', evidenceId: null }, 'scope', 'see the note');
  return { them, docId: summary.id, sha256: summary.sha256, paragraph, evidenceId, exact };
}

const quoteIn = (ws: Workspace, evidenceId: string) => ws.matrix().domains.find((d) => d.id === 'semiconductors')!.positions['JP']!.evidence.find((e) => e.id === evidenceId);
const countOriginals = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) AS n FROM project_originals').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('imported sources in project files', () => {
  it('Save Project As carries the original; Open rebuilds it with the same paragraph IDs, so quotes anchor', async () => {
    const { them, docId, sha256, paragraph, evidenceId, exact } = await colleagueWithSource();
    const file = await save(them);
    expect(countOriginals(file)).toBe(1);

    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const progress: string[] = [];
    const report = await me.openProject(file, path.join(tempDir(), 'backups'), { worker: false, onProgress: (p) => progress.push(p.fileName) });
    expect(report).toMatchObject({ sources: 1, brokenQuotes: [] });
    expect(me.sources.list()).toEqual([expect.objectContaining({ id: docId, info: expect.objectContaining({ title: 'Alice’s supply-chain note', sha256 }) })]);
    // Rebuilt by our importer: the same IDs and text as the sender's, never read from the file.
    expect(me.paragraphs.filter((p) => p.docId === docId)).toEqual(them.paragraphs.filter((p) => p.docId === docId));
    expect(quoteIn(me, evidenceId)).toMatchObject({ status: 'anchored', paragraphId: paragraph.id, exact });
    expect(me.search('stockpiles').hits.some((h) => h.paragraphId === paragraph.id)).toBe(true);
    expect(sha256Hex(me.sources.originals.read(sha256))).toBe(sha256);
  });

  it('a text file read in the encoding the sender chose is rebuilt in that encoding, so their quotes anchor', async () => {
    const them = openWorkspace(tempDir(), { writerKind: 'test' });
    // Bytes that decode both ways: detected as UTF-8, chosen by the sender as GB18030.
    const file = path.join(tempDir('pm-src-'), 'note.txt');
    fs.writeFileSync(file, Buffer.from('经济安全保障推进法规定了特定重要物资的储备。\n', 'utf8'));
    const summary = await them.sources.import(file, { worker: false, encoding: 'gb18030' });
    expect(them.sources.list()[0]!.info.encoding).toBe('gb18030');
    const paragraph = them.paragraphs.find((p) => p.docId === summary.id)!;
    const exact = paragraph.text.slice(0, 6);
    const { evidenceId } = them.addEvidence('semiconductors', 'JP', paragraph.id, 0, exact);
    const sent = await save(them);

    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const report = await me.openProject(sent, path.join(tempDir(), 'backups'), { worker: false });
    expect(report).toMatchObject({ sources: 1, brokenQuotes: [] });
    expect(me.paragraphs.filter((p) => p.docId === summary.id)).toEqual(them.paragraphs.filter((p) => p.docId === summary.id));
    expect(quoteIn(me, evidenceId)).toMatchObject({ status: 'anchored', exact });
  });

  it('an encoding in a project file that is no text encoding leaves the source out with the reason', async () => {
    const { them } = await colleagueWithSource();
    const sent = await save(them);
    tamper(sent, "UPDATE project_sources SET info = json_set(info, '$.encoding', 'x-not-an-encoding')");
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const report = await me.openProject(sent, path.join(tempDir(), 'backups'), { worker: false });
    expect(report.sources).toBe(0);
    expect(report.ignored.map((i) => i.reason).join(' ')).toContain('not a text encoding');
  });

  it('a source the sender removed travels too, so their "remove source" step can still be undone', async () => {
    const { them, docId } = await colleagueWithSource();
    them.sources.remove(docId);
    const file = await save(them);
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const report = await me.openProject(file, path.join(tempDir(), 'backups'), { worker: false });
    expect(report.sources).toBe(1);
    expect(me.sources.list()).toEqual([]);
    expect(me.undo().step?.kind).toBe('remove-source');
    expect(me.sources.list().map((s) => s.id)).toEqual([docId]);
    expect(me.paragraphs.some((p) => p.docId === docId)).toBe(true);
  });

  it('the sender\'s correction of a source\'s details travels as an undoable step, and a forged one is left out', async () => {
    const { them, docId } = await colleagueWithSource();
    const file = await save(them);
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const report = await me.openProject(file, path.join(tempDir(), 'backups'), { worker: false });
    expect(report.ignored).toEqual([]);
    expect(me.sources.list()[0]!.info.title).toBe('Alice’s supply-chain note');
    // Their history came whole: undoing down to the correction gives the title the file had.
    let step = me.undo().step;
    while (step && step.kind !== 'edit-source') step = me.undo().step;
    expect(step?.kind).toBe('edit-source');
    expect(me.sources.list()[0]!.info.title).not.toBe('Alice’s supply-chain note');

    const forged = await save(them, 'forged.pmproj');
    tamper(forged, `UPDATE history SET after = replace(after, 'Alice’s supply-chain note', '') WHERE key = 'source-info/${docId}'`);
    const other = openWorkspace(tempDir(), { writerKind: 'test' });
    const forgedReport = await other.openProject(forged, path.join(tempDir(), 'backups'), { worker: false });
    expect(forgedReport.ignored.map((i) => i.reason).join('\n')).toMatch(/imported source details/);
  });

  it('a PDF is rebuilt in the import worker, with progress', async () => {
    const them = openWorkspace(tempDir(), { writerKind: 'test' });
    const pdf = await them.sources.import(path.join(FIXTURES, 'en-report.pdf'), { worker: false });
    const file = await save(them);
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const pages: number[] = [];
    const report = await me.openProject(file, path.join(tempDir(), 'backups'), { onProgress: (p) => pages.push(p.done) });
    expect(report.sources).toBe(1);
    expect(pages).toEqual([1, 2]);
    expect(me.paragraphs.filter((p) => p.docId === pdf.id).map((p) => p.id)).toEqual(them.paragraphs.filter((p) => p.docId === pdf.id).map((p) => p.id));
  });

  it('Merge unites sources by content hash: added once, counted, their quote anchors; twice changes nothing; one undo', async () => {
    const { them, docId, evidenceId } = await colleagueWithSource();
    const file = await save(them);
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    me.setPrefs({ author: 'Me' });

    const { report } = await me.mergeProject(file, { worker: false });
    expect(report).toMatchObject({ sourcesAdded: 1, annotationsAdded: 1, conflicts: [] });
    expect(report.brokenQuotes).toBeUndefined();
    expect(me.sources.list().map((s) => s.id)).toEqual([docId]);
    expect(quoteIn(me, evidenceId)?.status).toBe('anchored');

    const steps = me.history().length;
    const again = (await me.mergeProject(file, { worker: false })).report;
    expect(again).toMatchObject({ sourcesAdded: 0, annotationsAdded: 0, editsTaken: 0, conflicts: [] });
    expect(me.history().length).toBe(steps);

    // The whole merge, source included, is one step.
    expect(me.undo().step?.kind).toBe('merge-project');
    expect(me.sources.list()).toEqual([]);
    expect(quoteIn(me, evidenceId)).toBeUndefined();
    me.redo();
    expect(me.sources.list().map((s) => s.id)).toEqual([docId]);
    expect(quoteIn(me, evidenceId)?.status).toBe('anchored');
  });

  it('the same file imported on both sides is one source: nothing is added, their quote anchors in ours', async () => {
    const { them, evidenceId } = await colleagueWithSource();
    const file = await save(them);
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    await me.sources.import(markdownFile(), { worker: false });
    const { report } = await me.mergeProject(file, { worker: false });
    expect(report.sourcesAdded).toBe(0);
    expect(me.sources.list()).toHaveLength(1);
    expect(quoteIn(me, evidenceId)?.status).toBe('anchored');
  });

  describe('hostile or broken originals are reported; the rest opens; nothing is harmed', () => {
    async function refusedSource(sql: (sha: string) => string, reason: RegExp, options: { maxOriginalBytes?: number } = {}) {
      const { them, sha256, evidenceId } = await colleagueWithSource();
      const file = await save(them);
      tamper(file, `PRAGMA foreign_keys = OFF; ${sql(sha256)}`);
      const me = openWorkspace(tempDir(), { writerKind: 'test' });
      me.addAnnotation({ domainId: 'export-control', actorId: null, evidenceId: null }, 'other', 'mine');
      const senderBytes = digest(file);

      const merged = (await me.mergeProject(file, { worker: false, ...options })).report;
      expect(merged.sourcesAdded).toBe(0);
      expect(merged.ignored).toContainEqual({ what: expect.stringMatching(/imported source/), reason: expect.stringMatching(reason) });
      // Their quote is taken, kept, and reported broken (never dropped).
      expect(merged.brokenQuotes).toEqual([expect.objectContaining({ key: expect.stringContaining(evidenceId) })]);
      expect(quoteIn(me, evidenceId)?.status).toBe('broken');
      expect(me.sources.originals.list()).toEqual([]);
      me.undo();

      const opened = await me.openProject(file, path.join(tempDir(), 'backups'), { worker: false, ...options });
      expect(opened.sources).toBe(0);
      expect(opened.ignored).toContainEqual({ what: expect.stringMatching(/imported source/), reason: expect.stringMatching(reason) });
      expect(opened.brokenQuotes).toHaveLength(1);
      expect(opened.warnings.join('\n')).toMatch(/does not anchor/);
      expect(me.listAnnotations().map((a) => a.text)).toEqual(['see the note']);
      expect(me.sources.list()).toEqual([]);
      expect(me.sources.originals.list()).toEqual([]);
      expect(digest(file)).toBe(senderBytes);
      return me;
    }

    it('an original whose bytes do not match its SHA-256', async () => {
      await refusedSource(() => "UPDATE project_originals SET bytes = CAST('# Forged\n\nJapan abandons export control entirely.\n' AS BLOB)", /does not match its SHA-256/);
    });

    it('an original over the size limit is refused before its blob is read', async () => {
      await refusedSource(() => 'SELECT 1', /MB; the limit for an imported source is/, { maxOriginalBytes: 32 });
    });

    it('an unknown format, or a format the bytes contradict', async () => {
      await refusedSource(() => "UPDATE project_originals SET format = 'exe'", /format "exe" is not one this app imports/);
      await refusedSource(() => "UPDATE project_originals SET format = 'pdf'", /said to be PDF but its content is MD/);
    });

    it('a PDF that fails to import (encrypted), under a correct hash', async () => {
      const pdf = fs.readFileSync(path.join(FIXTURES, 'encrypted.pdf'));
      const sha = sha256Hex(pdf);
      await refusedSource(
        (old) =>
          `INSERT INTO project_originals(sha256, format, bytes) VALUES ('${sha}', 'pdf', X'${pdf.toString('hex')}');
           UPDATE project_sources SET sha256 = '${sha}' WHERE sha256 = '${old}';
           DELETE FROM project_originals WHERE sha256 = '${old}';`,
        /could not be imported: .*password/i,
      );
    });

    it('a bad description, document ID or state, and a source whose original is missing', async () => {
      await refusedSource(() => `UPDATE project_sources SET info = json_set(info, '$.fileName', '../../etc/passwd')`, /fileName: not a plain file name/);
      await refusedSource(() => `UPDATE project_sources SET doc_id = 'gui-yongtao'`, /document ID is not one this app gives/);
      await refusedSource(() => 'DELETE FROM project_originals', /original file is not in the project/);
    });
  });

  it('a working database sent instead of a project: its imported sources are reported as not carried', async () => {
    const { them } = await colleagueWithSource();
    const me = openWorkspace(tempDir(), { writerKind: 'test' });
    const copy = path.join(tempDir('pm-send-'), 'their.db');
    them.snapshotTo(copy);
    const report = await me.openProject(copy, path.join(tempDir(), 'backups'), { worker: false });
    expect(report.ignored).toContainEqual({ what: '1 imported source', reason: expect.stringMatching(/does not carry their original files/) });
    expect(report.brokenQuotes).toHaveLength(1);
  });
});
