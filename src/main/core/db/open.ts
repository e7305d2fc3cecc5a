import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.ts';
import { writeTransaction } from './write.ts';

export type Db = Database.Database;

/** Marks a file as ours: checked before a shared project file is accepted. */
export const APPLICATION_ID = 0x504d5458; // "PMTX"

export interface OpenOptions {
  readonly?: boolean;
  /** Where to put the copy taken before migrating; defaults to beside the database. */
  backupDir?: string;
  /** How long a writer waits for another connection's write lock (default 5 s; tests use less). */
  busyTimeoutMs?: number;
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
    if (!options.readonly) migrate(db, file, options.backupDir);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
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

function migrate(db: Db, file: string, backupDir: string | undefined): void {
  const from = assertVersionKnown(db, file);
  if (from === SCHEMA_VERSION) return;
  if (from > 0) backupBeforeMigration(db, file, from, backupDir);
  const pending = MIGRATIONS.filter((m) => m.version > from);
  writeTransaction(db, () => {
    // Another process may have migrated while we waited for the lock.
    const now = db.pragma('user_version', { simple: true }) as number;
    for (const migration of pending) {
      if (migration.version <= now) continue;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
}

function backupBeforeMigration(db: Db, file: string, from: number, backupDir: string | undefined): void {
  const dir = backupDir ?? path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file)}.v${from}.${stamp}.bak`);
  // VACUUM INTO writes a consistent, self-contained copy (WAL content included) synchronously.
  db.prepare('VACUUM INTO ?').run(target);
}

/** Read a value from the meta table (absent → null). */
export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
