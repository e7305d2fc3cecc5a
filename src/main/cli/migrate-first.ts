// Before a command opens an older database: migrate it in a worker with progress on stderr, and a
// Ctrl+C that cancels (the migration rolls back; the project is left as it was).
import { acquireWriterLock } from '../core/db/writer-lock.ts';
import type { WriterKind } from '../core/db/writer-lock.ts';
import { migrateInWorker } from '../core/db/migrate-in-worker.ts';
import { SCHEMA_VERSION } from '../core/db/migrations.ts';
import { schemaVersionOf } from '../core/db/open.ts';
import type { MigrationPhase } from '../core/db/migration-progress.ts';
import { migrationPercent, migrationStatus, migrationWord } from '../core/db/migration-words.ts';
import type { MigrationLang } from '../core/db/migration-words.ts';

export interface MigrateFirstIo {
  stderr(text: string): void;
  /** Call `handler` on Ctrl+C until the returned function is called (the CLI: process SIGINT). */
  onInterrupt?(handler: () => void): () => void;
}

/** How far apart progress lines are, in percent (the backup and the commit always get a line). */
const STEP_PERCENT = 10;

export interface MigrateFirstOptions {
  backupDir?: string;
  writerKind: WriterKind;
  /** The languages of the progress lines, one line each (default English). */
  langs?: readonly MigrationLang[];
  /** Throws when the rest of the input is bad: run before an older database is touched, so it changes nothing. */
  checkInputs?: () => void;
}

/** Resolves once the database is current (at once when it was); rejects with MigrationCancelled after a Ctrl+C. */
export async function migrateFirst(dbPath: string, io: MigrateFirstIo, options: MigrateFirstOptions): Promise<void> {
  // A new or current database: nothing to do, nothing touched (no lock taken, no folder made).
  const from = schemaVersionOf(dbPath);
  if (from === 0 || from >= SCHEMA_VERSION) return;
  options.checkInputs?.();
  const langs = options.langs ?? ['en'];
  const say = (line: (lang: MigrationLang) => string) => io.stderr(langs.map((l) => `${line(l)}\n`).join(''));
  const lock = acquireWriterLock(dbPath, options.writerKind);
  const controller = new AbortController();
  const stopListening = io.onInterrupt?.(() => {
    if (!controller.signal.aborted) say((l) => migrationWord(l, 'cancelling'));
    controller.abort();
  });
  let shown = -1;
  const onProgress = (p: MigrationPhase) => {
    const percent = migrationPercent(p);
    if (p.phase === 'index' && p.done !== p.total && percent < shown + STEP_PERCENT && shown >= 0) return;
    shown = p.phase === 'index' ? percent : -1;
    say((l) => `${migrationStatus(l, p)}${p.phase === 'index' ? ` (${percent} %)` : ''}`);
  };
  try {
    await migrateInWorker(dbPath, { onProgress, signal: controller.signal, ...(options.backupDir ? { backupDir: options.backupDir } : {}) });
  } finally {
    stopListening?.();
    lock.release();
  }
}
