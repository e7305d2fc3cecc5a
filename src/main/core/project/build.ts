// Building a database file from validated content: the app's own migrations create the schema, the
// app's own corpus fills the paragraphs, and the validated rows fill the analyst's tables. The file
// is checked and made self-contained (no -wal) before anyone renames it into place.
import fs from 'node:fs';
import type { Annotation, DocumentMeta, Paragraph } from '../../../shared/types.ts';
import { putAnnotation } from '../annotations/repo.ts';
import { syncCorpus } from '../corpus/store.ts';
import { openDatabase, setMeta } from '../db/open.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import type { MergeConflictRecord, OverlayRecord, StepRecord } from './rows.ts';
import { insertRebuiltSources, writeProjectSources } from './sources.ts';
import type { RebuiltSource } from './sources.ts';
import { removeDbFiles, syncFile } from './temp-files.ts';

export interface BuildContent {
  overlay: readonly OverlayRecord[];
  steps: readonly StepRecord[];
  annotations: readonly Annotation[];
  mergeConflicts: readonly MergeConflictRecord[];
  meta: Record<string, string>;
  /** A working database: imported sources rebuilt by the importers (paragraphs, index, source rows). */
  rebuiltSources?: readonly RebuiltSource[];
  /** A project file: imported sources as their original files (see sources.ts). */
  originals?: Parameters<typeof writeProjectSources>[1];
}

/**
 * Create `target` (which must not exist) and fill it. With `corpus`, it is a working database;
 * without, a project file (corpus tables present but empty). On failure nothing is left behind.
 */
export function buildDatabase(target: string, content: BuildContent, corpus: { documents: DocumentMeta[]; paragraphs: Paragraph[] } | null): void {
  if (fs.existsSync(target)) throw new Error(`internal: ${target} already exists`);
  let db: Db | undefined;
  try {
    db = openDatabase(target);
    if (corpus) syncCorpus(db, corpus.documents, corpus.paragraphs);
    if (content.rebuiltSources?.length) insertRebuiltSources(db, content.rebuiltSources);
    if (content.originals) writeProjectSources(db, content.originals);
    fill(db, content);
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('io', `The new database ${target} failed its integrity check (${String(integrity)}).`);
    // Back to a rollback journal: the file is then complete on its own, ready to be renamed.
    db.pragma('journal_mode = DELETE');
    db.close();
    db = undefined;
    syncFile(target);
  } catch (error) {
    db?.close();
    removeDbFiles(target);
    throw error;
  }
}

function fill(db: Db, content: BuildContent): void {
  const overlay = db.prepare('INSERT INTO overlay(key, value, baseline_hash, updated_at, author) VALUES (?, ?, ?, ?, ?)');
  const step = db.prepare('INSERT INTO steps(at, author, label, state) VALUES (?, ?, ?, ?)');
  // history.at/author/label are kept for readers of schema 3; the step holds the truth.
  const history = db.prepare(
    `INSERT INTO history(at, author, key, label, before, after, before_hash, after_hash, before_meta, after_meta, step)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const r of content.overlay) overlay.run(r.key, r.value, r.baselineHash, r.updatedAt, r.author);
    for (const s of content.steps) {
      const seq = Number(step.run(s.at, s.author, s.label, s.state).lastInsertRowid);
      const kind = (JSON.parse(s.label) as { kind: string }).kind;
      for (const c of s.changes) history.run(s.at, s.author, c.key, kind, c.before, c.after, c.beforeHash, c.afterHash, c.beforeMeta, c.afterMeta, seq);
    }
    for (const a of content.annotations) putAnnotation(db, a.id, a);
    const conflict = db.prepare('INSERT INTO merge_conflicts(key, value, updated_at, author) VALUES (?, ?, ?, ?)');
    for (const c of content.mergeConflicts) conflict.run(c.key, c.value, c.updatedAt, c.author);
    for (const [k, v] of Object.entries(content.meta)) setMeta(db, k, v);
  })();
}
