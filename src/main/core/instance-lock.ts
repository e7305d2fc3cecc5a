// One app instance per database: the desktop app and the browser server (`npm run serve`) both take
// this lock before opening the database, so two windows can never swap and write the same file at
// once. A lock file beside the database (in the user-data folder for the default database) records
// who holds it; a holder that died is detected by its process ID and its lock taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from './errors.ts';

export interface LockOwner {
  pid: number;
  host: string;
  /** 'desktop' or 'browser': which shell holds the database. */
  shell: string;
  startedAt: string;
  /** Where the holder can be reached (the browser server's address, without its token). */
  address?: string;
}

export interface InstanceLock {
  readonly file: string;
  /** Record where the holder can be reached, once it knows (the server's port is chosen late). */
  update(address: string): void;
  release(): void;
}

export function lockPathFor(dbPath: string): string {
  return `${dbPath}.lock`;
}

/**
 * Take the lock for a database, or throw a `conflict` AppError naming the instance that holds it.
 * A stale lock (its process is gone) is replaced; a lock held on another machine (a shared home
 * folder) is never taken over, since its process cannot be checked from here.
 */
export function acquireInstanceLock(dbPath: string, shell: string): InstanceLock {
  const file = lockPathFor(dbPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let owner: LockOwner = { pid: process.pid, host: os.hostname(), shell, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx': created only if absent, atomically; the check and the claim cannot interleave.
      fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
      return handle(file, () => owner, (next) => (owner = next));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readOwner(file);
    if (holder && isAlive(holder)) {
      const where = holder.address ? ` at ${holder.address}` : '';
      const what = holder.shell === 'browser' ? 'in a browser window' : 'in another window';
      throw new AppError('conflict', `Policy Matrix is already open on this database ${what}${where} (process ${holder.pid} on ${holder.host}, since ${holder.startedAt}). Close it first, or use another database with --db.`, [file]);
    }
    // The holder is gone (or wrote nothing readable): remove its lock and try again.
    fs.rmSync(file, { force: true });
  }
  throw new AppError('conflict', `Could not take the lock ${file}: another instance keeps claiming it.`);
}

function handle(file: string, current: () => LockOwner, set: (owner: LockOwner) => void): InstanceLock {
  let released = false;
  return {
    file,
    update(address) {
      if (released) return;
      set({ ...current(), address });
      // Rewritten in place; only the holder ever writes an existing lock file.
      fs.writeFileSync(file, JSON.stringify(current()), { mode: 0o600 });
    },
    release() {
      if (released) return;
      released = true;
      // Remove it only if it is still ours (never another instance's after a takeover).
      const holder = readOwner(file);
      if (holder && holder.pid === current().pid && holder.host === current().host && holder.startedAt === current().startedAt) fs.rmSync(file, { force: true });
    },
  };
}

function readOwner(file: string): LockOwner | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, shell: String(value.shell ?? 'desktop'), startedAt: String(value.startedAt ?? '?'), ...(typeof value.address === 'string' ? { address: value.address } : {}) };
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; only ESRCH means it is gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
