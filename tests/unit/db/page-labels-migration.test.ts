// Migration 8: PDFs imported at schema 7 get their page labels from the stored originals after the
// database is open; a missing original leaves them without labels and never fails the migration.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/main/core/db/migrations.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { labelPdf } from '../import/label-pdf.ts';

/** Imports three PDFs and a Markdown note, then turns the file back into what schema 7 stored. */
async function schema7File(dir: string): Promise<{ journal: string; missing: string; plain: string; note: string; missingSha: string }> {
  const files = path.join(dir, 'files');
  fs.mkdirSync(files);
  const write = (name: string, bytes: Buffer | string) => {
    fs.writeFileSync(path.join(files, name), bytes);
    return path.join(files, name);
  };
  const ws = openWorkspace(dir);
  const journal = (await ws.sources.import(write('journal.pdf', labelPdf(3, '<< /Nums [0 << /S /r >> 1 << /S /D /St 46 >>] >>')), { worker: false })).id;
  const missing = (await ws.sources.import(write('gone.pdf', labelPdf(2, '<< /Nums [0 << /S /D /St 9 >>] >>')), { worker: false })).id;
  const plain = (await ws.sources.import(write('plain.pdf', labelPdf(2, null)), { worker: false })).id;
  const note = (await ws.sources.import(write('note.md', '# Note\n\nA paragraph of running text about export controls.\n'), { worker: false })).id;
  const missingSha = ws.sources.find(missing)!.info.sha256;
  ws.close();
  const db = new Database(path.join(dir, 'policy-matrix.db'));
  db.transaction(() => {
    db.exec("UPDATE sources SET info = json_remove(info, '$.pageLabels'); DROP TABLE page_label_reads;");
    db.pragma('user_version = 7');
  })();
  db.close();
  return { journal, missing, plain, note, missingSha };
}

describe('migration 8 (page labels)', () => {
  it('migrates a schema-7 file (backed up first); the PDFs get labels from their originals, a missing original leaves none', async () => {
    const dir = tempDir();
    const ids = await schema7File(dir);
    fs.rmSync(path.join(dir, 'originals', ids.missingSha));
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });

    const ws = openWorkspace(dir);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => /\.v7\..*\.bak$/.test(n))).toHaveLength(1);
    const peek = new Database(path.join(dir, 'policy-matrix.db'), { readonly: true });
    expect(peek.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(8);
    // Listed to be read, PDFs only; nothing read yet.
    expect(peek.prepare('SELECT doc_id FROM page_label_reads ORDER BY doc_id').pluck().all()).toEqual([ids.journal, ids.missing, ids.plain].sort());
    peek.close();
    const info = (id: string) => ws.listDocuments().find((d) => d.id === id)!.source!;
    expect(info(ids.journal).pageLabels).toBeUndefined();

    const result = await ws.sources.readPendingPageLabels();
    expect(result).toEqual({ labelled: [ids.journal], none: [ids.plain], missing: [ids.missing] });
    expect(info(ids.journal).pageLabels).toEqual(['i', '46', '47']);
    expect(info(ids.plain).pageLabels).toBeNull();
    expect(info(ids.missing).pageLabels).toBeNull();
    expect(info(ids.note).pageLabels).toBeUndefined();
    // The rest of what was stored is as it was.
    expect(info(ids.journal)).toMatchObject({ pages: 3, fileName: 'journal.pdf' });
    expect(ws.listParagraphs(ids.missing).length).toBeGreaterThan(0);
    // Done once: nothing is tried again.
    expect(await ws.sources.readPendingPageLabels()).toEqual({ labelled: [], none: [], missing: [] });
  }, 60_000);

  it('a schema-7 file whose originals folder is gone still migrates and opens', async () => {
    const dir = tempDir();
    const ids = await schema7File(dir);
    fs.rmSync(path.join(dir, 'originals'), { recursive: true });
    const ws = openWorkspace(dir);
    const result = await ws.sources.readPendingPageLabels();
    expect(result.missing.sort()).toEqual([ids.journal, ids.missing, ids.plain].sort());
    expect(ws.listDocuments().find((d) => d.id === ids.journal)!.source!.pageLabels).toBeNull();
  }, 60_000);
});
