import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
import { batchHook, MigrationCancelled } from './migration-progress.ts';
import type { MigrationControl } from './migration-progress.ts';
import { writeTransaction } from './write.ts';
import { removeDbFiles, syncDir, syncFile, tempBeside } from '../project/temp-files.ts';

export type Db = Database.Database;

/** Marks a file as ours: checked before a shared project file is accepted. */
export const APPLICATION_ID = 0x504d5458; // "PMTX"

export interface OpenOptions {
  readonly?: boolean;
  /** Where to put the copy taken before migrating; defaults to `backups/` beside the database. */
  backupDir?: string;
  /** How long a writer waits for another connection's write lock (default 5 s; tests use less). */
  busyTimeoutMs?: number;
  /** Progress of a migration, and its cancel (see migration-progress.ts). */
  migration?: MigrationControl;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * The one place a database is opened. Pragmas are set explicitly on every connection:
 * - WAL: readers never block the writer, and a crash mid-write leaves the last commit intact.
 * - synchronous=FULL: a commit is on disk before we tell the analyst it is saved.
 * - foreign_keys: SQLite leaves them off by default.
 * - busy_timeout: the CLI and the app may touch the same file; wait instead of failing at once.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const existed = fs.existsSync(file);
  if (existed) assertLooksLikeSqlite(file);
  else if (options.readonly) throw new AppError('not-found', `Database file not found: ${file}`);
  else fs.mkdirSync(path.dirname(file), { recursive: true });

  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new AppError('bad-file', `Cannot open database ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    // Identify the file before changing anything about it (switching to WAL rewrites the header).
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (existed && appId !== 0 && appId !== APPLICATION_ID) {
      throw new AppError('bad-file', `${file} is an SQLite database, but not a Policy Matrix project.`);
    }
    assertVersionKnown(db, file);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db, file, options.backupDir, options.migration ?? {});
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError || error instanceof MigrationCancelled) throw error;
    throw new AppError('bad-file', `Cannot use database ${file}: ${(error as Error).message}`);
  }
}

function assertLooksLikeSqlite(file: string): void {
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new AppError('bad-file', `${file} is a folder, not a database file.`);
  if (stat.size === 0) return; // an empty file is a fresh database to SQLite
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new AppError('bad-file', `${file} is not a Policy Matrix database (not an SQLite file). It was left untouched.`);
  }
}

function assertVersionKnown(db: Db, file: string): number {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new AppError(
      'bad-file',
      `${file} was written by a newer version of Policy Matrix (schema ${version}; this version knows up to ${SCHEMA_VERSION}). ` +
        'Update the app to open it. The file was left untouched.',
    );
  }
  return version;
}

/** The schema version of a database file, read without changing it (0 for a new or empty file). */
export function schemaVersionOf(file: string): number {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 0;
  assertLooksLikeSqlite(file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

function migrate(db: Db, file: string, backupDir: string | undefined, control: MigrationControl): void {
  const from = assertVersionKnown(db, file);
  if (from === SCHEMA_VERSION) return;
  if (from > 0) {
    control.onProgress?.({ phase: 'backup' });
    backupBeforeMigration(db, file, from, backupDir);
    if (control.cancelled?.()) throw new MigrationCancelled();
  }
  const pending = MIGRATIONS.filter((m) => m.version > from);
  // A larger page cache while migrating (64 MB) measured no gain on the 50 MB corpus (README ²⁰).
  writeTransaction(db, () => {
    // Another process may have migrated while we waited for the lock.
    const now = db.pragma('user_version', { simple: true }) as number;
    for (const migration of pending) {
      if (migration.version <= now) continue;
      migration.up(db, batchHook(migration.version, control));
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    // The last chance to stop: after this the commit makes the new schema the file's.
    if (control.cancelled?.()) throw new MigrationCancelled();
    control.onProgress?.({ phase: 'commit' });
  });
}

/** How many pre-migration backups of one database are kept (newest first); older ones are removed. */
export const MIGRATION_BACKUPS_KEPT = 5;

/**
 * A verified copy of the database as it was before migrating, in the backups folder (never beside
 * the database): written under a temporary name (which the next start removes if this process dies
 * first), checked with integrity_check, then renamed, so an interrupted backup never looks like a
 * good one. Without a good backup the database is not migrated.
 */
function backupBeforeMigration(db: Db, file: string, from: number, backupDir: string | undefined): void {
  const dir = backupDir ?? defaultBackupDir(file);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file)}.v${from}.${stamp}.bak`);
  let tmp: string | null = null;
  try {
    fs.mkdirSync(dir, { recursive: true });
    tmp = tempBeside(target, 'backup');
    // VACUUM INTO writes a consistent, self-contained copy (WAL content included) synchronously.
    db.prepare('VACUUM INTO ?').run(tmp);
    const check = new Database(tmp, { readonly: true, fileMustExist: true });
    let integrity: unknown;
    try {
      integrity = check.pragma('integrity_check', { simple: true });
    } finally {
      check.close();
    }
    if (integrity !== 'ok') throw new Error(`the copy failed its integrity check (${String(integrity)})`);
    syncFile(tmp);
    fs.renameSync(tmp, target);
    syncDir(dir);
  } catch (error) {
    if (tmp) removeDbFiles(tmp);
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'ENOSPC' ? 'the disk is full' : e.code === 'EROFS' || e.code === 'EACCES' || e.code === 'EPERM' ? 'the folder is read-only' : e.message;
    throw new AppError('io', `Could not back up ${file} to ${dir} before upgrading it to this version: ${why}. It was left as it was.`);
  }
  pruneMigrationBackups(dir, path.basename(file));
}

/** Where backups go when the caller names no folder: `backups/` beside the database. */
export function defaultBackupDir(file: string): string {
  return path.join(path.dirname(file), 'backups');
}

/** Keeps the newest MIGRATION_BACKUPS_KEPT pre-migration backups of `name`; only names of that shape are touched. */
export function pruneMigrationBackups(dir: string, name: string): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shape = new RegExp(`^${escaped}\\.v\\d+\\.(\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z)\\.bak$`);
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => shape.test(n));
  } catch {
    return [];
  }
  // The timestamp sorts as text; newest first.
  const byAge = names.sort((a, b) => shape.exec(b)![1]!.localeCompare(shape.exec(a)![1]!));
  const removed = byAge.slice(MIGRATION_BACKUPS_KEPT).map((n) => path.join(dir, n));
  for (const f of removed) fs.rmSync(f, { force: true });
  return removed;
}

/** Read a value from the meta table (absent → null). */
export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
