// Reading a project file someone else made. The file is untrusted input:
// - it is never opened where it lies: it is copied (with a -wal or -journal beside it, so what was
//   committed is read whole) into the app's scratch folder, so nothing is ever written beside the
//   original and a read-only share works;
// - the copy is opened with trusted_schema off and query_only on, and only SELECTs are run on it, so
//   no trigger can fire; views, virtual tables and generated columns are never read;
// - only the app's known tables are read, by explicit column lists, in table order (NOT INDEXED: an
//   index could disagree with its table), and every row is validated before it is kept;
// - paragraph text and document metadata are never read: the corpus always comes from the app.
// Everything left out is reported with its reason.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isShippedCategory } from '../../../shared/categories.ts';
import type { Annotation } from '../../../shared/types.ts';
import { APPLICATION_ID } from '../db/open.ts';
import { SCHEMA_VERSION } from '../db/migrations.ts';
import { otherWriter } from '../db/writer-lock.ts';
import { AppError } from '../errors.ts';
import type { Dataset } from '../matrix/dataset.ts';
import { fileError } from './errors.ts';
import { validateAnnotationRow, validateChangeRow, validateLegacyHistoryRow, validateMergeConflictRow, validateOverlayRow, validateStepRow } from './rows.ts';
import type { Ignored, MergeConflictRecord, OverlayRecord, StepRecord } from './rows.ts';
import { readProjectSources } from './sources.ts';
import type { ProjectSource } from './sources.ts';
import { makeScratchDir } from './temp-files.ts';

/** A project file is refused above this size (the shipped corpus is never in it; sources are). */
export const MAX_PROJECT_BYTES = 1024 * 1024 * 1024;
const MAX_ROWS = 2_000_000;

export interface ProjectManifest {
  /** `project`: written by Save Project As (format 1); `database`: a working database or an older save. */
  kind: 'project' | 'database';
  appVersion: string | null;
  schemaVersion: number;
  savedAt: string | null;
  savedBy: string | null;
}

export interface ProjectContent {
  file: string;
  manifest: ProjectManifest;
  overlay: OverlayRecord[];
  steps: StepRecord[];
  annotations: Annotation[];
  /** Merge conflicts the sender recorded (kept on open; a merge ignores them). */
  mergeConflicts: MergeConflictRecord[];
  /** Imported sources the file carries as original files (validated; not yet rebuilt). */
  sources: ProjectSource[];
  /** False when some history rows had to be left out: the rest is kept for reading, not for undo. */
  historyUndoable: boolean;
  ignored: Ignored[];
  /** Characters removed from text (see text-rules), in words. */
  warnings: string[];
}

// The app's tables and the columns it reads from each. Anything else in the file is ignored.
const COLUMNS: Record<string, readonly string[]> = {
  meta: ['key', 'value'],
  overlay: ['key', 'value', 'baseline_hash', 'updated_at', 'author'],
  annotations: ['id', 'domain_id', 'actor_id', 'evidence_id', 'category', 'text', 'author', 'created_at', 'updated_at'],
  // Schema 4 and later: steps group the history rows (one analyst action = one undo).
  steps: ['seq', 'at', 'author', 'label', 'state'],
  history: ['seq', 'step', 'key', 'before', 'after', 'before_hash', 'after_hash', 'before_meta', 'after_meta'],
  // Schema 6 and later (recorded merge conflicts).
  merge_conflicts: ['key', 'value', 'updated_at', 'author'],
};
/** Schema 2–3: every history row was its own step; schema 3 added the hashes. */
const LEGACY_HISTORY = ['seq', 'at', 'author', 'key', 'label', 'before', 'after', 'state'];
const LEGACY_HASHES = ['before_hash', 'after_hash'];
/** Columns of ours that are not read (history.state and the like were superseded by steps). */
const KNOWN_UNREAD: Record<string, readonly string[]> = { history: ['at', 'author', 'label', 'state'] };
/** Present in every app database; never read (the corpus comes from the app's own data). */
// Corpus tables, imported sources included, are never read from a project: paragraphs come from the
// app's own data/ and importers.
const CORPUS_TABLES = new Set(['documents', 'paragraphs', 'paragraphs_fts', 'sources']);
/** Imported sources as original files (see sources.ts): read there. */
const SOURCE_TABLES = new Set(['project_originals', 'project_sources']);
const QUIET_TABLES = /^(sqlite_sequence|sqlite_stat\d|paragraphs_fts_(data|idx|content|docsize|config))$/;
const OUR_INDEXES = new Set(['history_key', 'history_state', 'history_step', 'steps_state', 'annotations_target', 'sources_sha256']);

export interface ReadOptions {
  /** The working database: its folder holds the scratch copy. */
  dbPath: string;
  dataset: Dataset;
  /** Tables the app itself creates (its working database's): present in a project, never reported. */
  ownTables?: ReadonlySet<string>;
  /** Largest imported original accepted (default: the import limit). */
  maxOriginalBytes?: number;
}

/** The tables (and virtual tables) in the app's own working database. */
export function ownTableNames(db: Database.Database): Set<string> {
  return new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name));
}

export function readProjectFile(file: string, options: ReadOptions): ProjectContent {
  const source = path.resolve(file);
  checkSourceFile(source);
  const holder = otherWriter(source);
  if (holder) {
    throw new AppError('conflict', `${source} is open in Policy Matrix right now (the ${holder.kind}, process ${holder.pid}); close it there first, so that it is read whole. Nothing was changed.`);
  }
  const scratch = makeScratchDir(options.dbPath, 'read');
  try {
    const copy = path.join(scratch, 'project.db');
    const notes = copyWithCompanions(source, copy);
    let db: Database.Database;
    try {
      db = new Database(copy, { fileMustExist: true });
    } catch (error) {
      throw new AppError('bad-file', `Cannot read ${source}: ${(error as Error).message}. Nothing was changed.`);
    }
    try {
      return readOpened(db, source, options, notes);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('bad-file', `Cannot read ${source}: ${(error as Error).message}. It was not opened; nothing was changed.`);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function checkSourceFile(source: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source);
  } catch (error) {
    throw fileError(error, 'read', source, { unchanged: true });
  }
  if (stat.isDirectory()) throw new AppError('bad-file', `${source} is a folder, not a project file. Nothing was changed.`);
  if (!stat.isFile()) throw new AppError('bad-file', `${source} is not a regular file. Nothing was changed.`);
  if (stat.size > MAX_PROJECT_BYTES) {
    throw new AppError('bad-file', `${source} is too large (${(stat.size / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_PROJECT_BYTES / 2 ** 20} MB). Nothing was changed.`);
  }
  const header = Buffer.alloc(16);
  try {
    const fd = fs.openSync(source, 'r');
    try {
      fs.readSync(fd, header, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw fileError(error, 'read', source, { unchanged: true });
  }
  if (header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new AppError('bad-file', `${source} is not a Policy Matrix project (not an SQLite file). Nothing was changed.`);
  }
}

/**
 * Copy the file and, when present, its write-ahead log or rollback journal: a database whose last
 * commits are still in `-wal` (a working database copied while the app ran, or one saved in WAL
 * mode) is then read with them, not without. The -shm index is rebuilt from the log.
 */
function copyWithCompanions(source: string, copy: string): string[] {
  const notes: string[] = [];
  const copyOne = (from: string, to: string) => {
    try {
      fs.copyFileSync(from, to);
    } catch (error) {
      throw fileError(error, 'read', from, { unchanged: true });
    }
  };
  copyOne(source, copy);
  for (const suffix of ['-wal', '-journal']) {
    if (!fs.existsSync(source + suffix)) continue;
    copyOne(source + suffix, copy + suffix);
    notes.push(`${path.basename(source)}${suffix} was read together with the file`);
  }
  return notes;
}

interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
}

function readOpened(db: Database.Database, source: string, options: ReadOptions, notes: string[]): ProjectContent {
  const { dataset } = options;
  const own = options.ownTables ?? new Set<string>();
  // Nothing in the sender's schema is trusted to run: functions in views and triggers are refused,
  // and the connection cannot write (a trigger has nothing to fire on).
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  db.pragma('query_only = ON');

  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== 0 && appId !== APPLICATION_ID) throw new AppError('bad-file', `${source} is an SQLite database, but not a Policy Matrix project. Nothing was changed.`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new AppError('bad-file', `${source} was written by a newer version of Policy Matrix (schema ${version}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it. Nothing was changed.`);
  }
  if (version < 2) throw new AppError('bad-file', `${source} is not a Policy Matrix project (schema version ${version} has no analyst data). Nothing was changed.`);

  const ignored: Ignored[] = [];
  const warnings: string[] = [...notes];
  // table_list reports what SQLite itself made of the schema (a "table" whose SQL says VIEW is a view).
  const kinds = new Map((db.pragma('table_list') as Array<{ schema: string; name: string; type: string }>).filter((t) => t.schema === 'main').map((t) => [t.name, t.type]));
  const entries = db.prepare('SELECT type, name, tbl_name FROM sqlite_master').all() as SchemaEntry[];
  for (const e of entries) {
    if (e.type === 'trigger') ignored.push({ what: `trigger ${describe(e.name)} on ${describe(e.tbl_name)}`, reason: 'triggers in a project file are never run' });
    else if (e.type === 'view') ignored.push({ what: `view ${describe(e.name)}`, reason: 'views in a project file are never read' });
    else if (e.type === 'index' && !OUR_INDEXES.has(e.name) && !e.name.startsWith('sqlite_autoindex_')) {
      ignored.push({ what: `index ${describe(e.name)} on ${describe(e.tbl_name)}`, reason: 'not part of a project; not used' });
    } else if (e.type === 'table' && !(e.name in COLUMNS) && !CORPUS_TABLES.has(e.name) && !SOURCE_TABLES.has(e.name) && !own.has(e.name) && !QUIET_TABLES.test(e.name)) {
      ignored.push({ what: `table ${describe(e.name)}`, reason: 'not part of a project; not read' });
    }
  }

  const columnsOf = (table: string, required: readonly string[] = COLUMNS[table]!, extra: readonly string[] = []): string[] => {
    const type = kinds.get(table);
    if (type === undefined) throw new AppError('bad-file', `${source} is not a Policy Matrix project (it has no ${table} table). Nothing was changed.`);
    if (type !== 'table') throw new AppError('bad-file', `${source} is not a usable project: its ${table} is a ${type}, not a table. Nothing was changed.`);
    const info = db.pragma(`table_xinfo(${table})`) as Array<{ name: string; hidden: number }>;
    const byName = new Map(info.map((c) => [c.name, c]));
    for (const col of required) {
      const c = byName.get(col);
      if (!c) throw new AppError('bad-file', `${source} is not a usable project: table ${table} has no column ${col}. Nothing was changed.`);
      if (c.hidden !== 0) throw new AppError('bad-file', `${source} is not a usable project: ${table}.${col} is a computed column. Nothing was changed.`);
    }
    const present = extra.filter((col) => byName.get(col)?.hidden === 0);
    for (const c of info) {
      if (!required.includes(c.name) && !extra.includes(c.name) && !(KNOWN_UNREAD[table] ?? []).includes(c.name)) ignored.push({ what: `column ${table}.${describe(c.name)}`, reason: 'not part of a project; not read' });
    }
    return [...required, ...present];
  };
  const rows = function* (table: string, columns: string[]): Generator<Record<string, unknown>> {
    let n = 0;
    const list = columns.map((c) => `"${c}"`).join(', ');
    for (const row of db.prepare(`SELECT ${list} FROM "${table}" NOT INDEXED`).iterate() as IterableIterator<Record<string, unknown>>) {
      if (++n > MAX_ROWS) throw new AppError('bad-file', `${source} has more than ${MAX_ROWS} rows in ${table}; it was not opened. Nothing was changed.`);
      yield row;
    }
  };

  let stripped = 0;
  const manifest = readManifest([...rows('meta', columnsOf('meta'))], version);

  const overlay: OverlayRecord[] = [];
  const seenKeys = new Set<string>();
  for (const row of rows('overlay', columnsOf('overlay'))) {
    const what = `edit ${describe(row['key'])}`;
    const r = validateOverlayRow(row, dataset);
    if (!r.ok) ignored.push({ what, reason: r.reason });
    else if (seenKeys.has(r.value.key)) ignored.push({ what, reason: 'the same key twice' });
    else {
      seenKeys.add(r.value.key);
      overlay.push(r.value);
      stripped += r.stripped;
    }
  }

  const history = version >= 4 ? readSteps() : readLegacyHistory();
  function readSteps(): { steps: StepRecord[]; dropped: number } {
    const steps = new Map<number, StepRecord>();
    let dropped = 0;
    for (const row of rows('steps', columnsOf('steps'))) {
      const r = Number.isInteger(row['seq']) ? validateStepRow(row) : ({ ok: false, reason: 'seq is not a whole number' } as const);
      if (!r.ok) {
        dropped++;
        ignored.push({ what: `history step ${describe(row['seq'])}`, reason: r.reason });
      } else {
        steps.set(row['seq'] as number, { ...r.value, changes: [] });
        stripped += r.stripped;
      }
    }
    const changes = [...rows('history', columnsOf('history'))].sort((a, b) => Number(a['seq']) - Number(b['seq']));
    for (const row of changes) {
      const step = typeof row['step'] === 'number' ? steps.get(row['step']) : undefined;
      const r = step ? validateChangeRow(row) : ({ ok: false, reason: 'it belongs to no valid step' } as const);
      if (!r.ok) {
        dropped++;
        ignored.push({ what: `history entry ${describe(row['seq'])} (${describe(row['key'])})`, reason: r.reason });
      } else {
        step!.changes.push(r.value);
        stripped += r.stripped;
      }
    }
    const ordered = [...steps.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
    return { steps: ordered.filter((s) => s.changes.length > 0), dropped };
  }
  function readLegacyHistory(): { steps: StepRecord[]; dropped: number } {
    const steps: StepRecord[] = [];
    let dropped = 0;
    const legacy = [...rows('history', columnsOf('history', LEGACY_HISTORY, version >= 3 ? LEGACY_HASHES : []))].sort((a, b) => Number(a['seq']) - Number(b['seq']));
    for (const row of legacy) {
      const r = Number.isInteger(row['seq']) ? validateLegacyHistoryRow(row) : ({ ok: false, reason: 'seq is not a whole number' } as const);
      if (!r.ok) {
        dropped++;
        ignored.push({ what: `history entry ${describe(row['seq'])} (${describe(row['key'])})`, reason: r.reason });
      } else {
        steps.push(r.value);
        stripped += r.stripped;
      }
    }
    return { steps, dropped };
  }
  // Undo walks applied steps newest first, then redoes undone ones oldest first: the states must
  // read 0…0 1…1 once superseded steps (2) are set aside. Otherwise keep the history for reading.
  const live = history.steps.filter((h) => h.state !== 2).map((h) => h.state);
  const ordered = live.every((st, i) => i === 0 || st >= live[i - 1]!);
  const historyUndoable = history.dropped === 0 && ordered;
  if (!historyUndoable && history.steps.length) {
    for (const h of history.steps) h.state = 2;
    warnings.push(
      `the edit history (${history.steps.length} steps) is kept for reading, but cannot be undone: ${history.dropped ? `${history.dropped} entries were invalid` : 'its undo states are inconsistent'}`,
    );
  }

  const annotations: Annotation[] = [];
  const seenIds = new Set<string>();
  // An annotation's category is a shipped one or one this file defines (a valid `category/<id>` row).
  const defined = new Set(overlay.filter((r) => r.key.startsWith('category/')).map((r) => r.key.slice('category/'.length)));
  for (const row of rows('annotations', columnsOf('annotations'))) {
    const what = `annotation ${describe(row['id'])}`;
    const r = validateAnnotationRow(row);
    if (!r.ok) ignored.push({ what, reason: r.reason });
    else if (!isShippedCategory(r.value.category) && !defined.has(r.value.category)) ignored.push({ what, reason: `its category ${r.value.category} is neither shipped nor defined in the file` });
    else if (seenIds.has(r.value.id)) ignored.push({ what, reason: 'the same annotation ID twice' });
    else {
      seenIds.add(r.value.id);
      annotations.push(r.value);
      stripped += r.stripped;
    }
  }

  const mergeConflicts: MergeConflictRecord[] = [];
  if (kinds.has('merge_conflicts')) {
    for (const row of rows('merge_conflicts', columnsOf('merge_conflicts'))) {
      const r = validateMergeConflictRow(row);
      if (!r.ok) ignored.push({ what: `merge conflict ${describe(row['key'])}`, reason: r.reason });
      else {
        mergeConflicts.push(r.value);
        stripped += r.stripped;
      }
    }
  }

  for (const table of ['documents', 'paragraphs'] as const) {
    if (kinds.get(table) !== 'table') continue;
    const n = (db.prepare(`SELECT count(*) AS n FROM "${table}" NOT INDEXED`).get() as { n: number }).n;
    if (n > 0) ignored.push({ what: `${n} ${table === 'documents' ? 'document descriptions' : 'paragraphs'}`, reason: 'source texts always come from this app, never from a project file' });
  }
  const sources = readProjectSources(
    { db, columnsOf: (table, required) => columnsOf(table, required), rows, ignored, ...(options.maxOriginalBytes !== undefined ? { maxBytes: options.maxOriginalBytes } : {}) },
    kinds,
  );
  if (stripped) warnings.push(`${stripped} character${stripped === 1 ? '' : 's'} that no file can carry (control characters, U+FFFE/U+FFFF, broken surrogate pairs) were removed from the text`);

  return { file: source, manifest, overlay, steps: history.steps, annotations, mergeConflicts, sources, historyUndoable, ignored, warnings };
}

function readManifest(rows: Array<Record<string, unknown>>, version: number): ProjectManifest {
  const meta = new Map<string, string>();
  for (const r of rows) if (typeof r['key'] === 'string' && typeof r['value'] === 'string' && r['value'].length <= 200) meta.set(r['key'], r['value']);
  const text = (k: string) => {
    const v = meta.get(k);
    return v !== undefined && /^[\p{L}\p{N} ._:@+()-]{1,120}$/u.test(v) ? v : null;
  };
  return {
    kind: ['1', '2'].includes(meta.get('project_format') ?? '') ? 'project' : 'database',
    appVersion: text('app_version'),
    schemaVersion: version,
    savedAt: text('saved_at'),
    savedBy: text('saved_by'),
  };
}

/** A short, printable rendering of an untrusted value for messages. */
function describe(v: unknown): string {
  const s = typeof v === 'string' ? v : Buffer.isBuffer(v) ? `<${v.length}-byte BLOB>` : String(v);
  const printable = s.replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, '?');
  return printable.length > 80 ? `${printable.slice(0, 77)}…` : printable;
}
