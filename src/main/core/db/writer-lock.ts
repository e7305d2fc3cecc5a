// One process at a time writes a working database: the desktop app, the browser server or a command
// line run. SQLite alone keeps concurrent writers from corrupting the file, but not from losing work
// when the file is replaced (opening a project swaps it by rename, and a second process would go on
// writing to the unlinked old file). The lock is a small file beside the database naming its holder;
// a holder that died (kill -9, power cut) is detected by its process ID and the lock taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors.ts';

export type WriterKind = 'desktop app' | 'browser server' | 'command line' | 'test';

export interface LockHolder {
  pid: number;
  host: string;
  kind: WriterKind | string;
  since: string;
}

export interface WriterLock {
  readonly path: string;
  /** Idempotent; only removes the file while it still names this process. */
  release(): void;
}

export function lockPathFor(dbPath: string): string {
  return `${dbPath}.lock`;
}

// A process may open the same database more than once (tests, a reopen after a swap): the file is
// shared by all of them and removed when the last one releases it.
const held = new Map<string, { count: number; holder: LockHolder }>();

/**
 * Take the writer lock of `dbPath` for this process, or throw `conflict` naming the process that
 * holds it. Reentrant within one process.
 */
export function acquireWriterLock(dbPath: string, kind: WriterKind | string): WriterLock {
  const file = lockPathFor(dbPath);
  const mine = held.get(file);
  if (mine) {
    mine.count++;
    return handle(file);
  }
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    return unlockedFolder(file);
  }
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), kind, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      try {
        fs.writeFileSync(fd, JSON.stringify(holder));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      held.set(file, { count: 1, holder });
      return handle(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return unlockedFolder(file);
      if (code !== 'EEXIST') throw error;
    }
    const other = readHolder(file);
    if (other && isAlive(other)) throw busy(dbPath, other);
    // Stale (its process is gone) or unreadable (a crash while writing it): move it aside
    // atomically so that of two processes taking over at once only one succeeds, then retry.
    const aside = `${file}.stale.${process.pid}`;
    try {
      fs.renameSync(file, aside);
      fs.rmSync(aside, { force: true });
    } catch {
      // Someone else took it over first; the next attempt sees their lock.
    }
  }
  const other = readHolder(file);
  throw busy(dbPath, other ?? { pid: 0, host: '?', kind: 'another process', since: '?' });
}

/** Who else holds the lock right now (a live process other than this one), if anyone. */
export function otherWriter(dbPath: string): LockHolder | null {
  const file = lockPathFor(dbPath);
  if (held.has(file)) return null;
  const other = readHolder(file);
  return other && isAlive(other) ? other : null;
}

function handle(file: string): WriterLock {
  let released = false;
  return {
    path: file,
    release() {
      if (released) return;
      released = true;
      const mine = held.get(file);
      if (!mine || --mine.count > 0) return;
      held.delete(file);
      const onDisk = readHolder(file);
      if (onDisk && onDisk.pid === mine.holder.pid && onDisk.since === mine.holder.since) fs.rmSync(file, { force: true });
    },
  };
}

/**
 * A database in a folder we cannot create files in (a read-only profile) cannot be written by
 * anyone either; opening it will fail with its own clear message, so no lock is needed.
 */
function unlockedFolder(file: string): WriterLock {
  return { path: file, release() {} };
}

function readHolder(file: string): LockHolder | null {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof raw.pid !== 'number' || !Number.isInteger(raw.pid) || raw.pid <= 0) return null;
    return { pid: raw.pid, host: String(raw.host ?? ''), kind: String(raw.kind ?? 'another process'), since: String(raw.since ?? '') };
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  // A lock taken on another machine (a profile on a network share) cannot be checked: assume it holds.
  if (holder.host !== os.hostname()) return true;
  // Our own process ID, but not a lock we hold: left by an earlier process that had the same ID.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function busy(dbPath: string, other: LockHolder): AppError {
  const where = other.host && other.host !== os.hostname() ? ` on ${other.host}` : '';
  return new AppError(
    'conflict',
    `The database ${dbPath} is in use by another Policy Matrix process (the ${other.kind}, process ${other.pid}${where}, since ${other.since}). ` +
      'Close it and try again. Nothing was changed.',
  );
}
