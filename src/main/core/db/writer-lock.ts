// Who is using a working database. Ordinary work is shared: the desktop app and command line runs
// write one file at the same time (SQLite serialises them). Two things are exclusive:
// - replacing the file (opening a project swaps it by rename): a process still writing would go on
//   writing to the unlinked old file and lose what it wrote, so the swap needs to be the only user;
// - the interactive shells: one desktop app or one browser server per profile, not both.
// Each process registers a small file `<db>.users/<pid>.json`; a user that died (kill -9, power cut)
// is recognised by its process ID and ignored. A swap first leaves a marker that new users see.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors.ts';

export type WriterKind = 'desktop app' | 'browser server' | 'command line' | 'test';
/** Kinds of which only one may use a profile's database at a time. */
const SHELLS: ReadonlySet<string> = new Set(['desktop app', 'browser server']);

export interface LockHolder {
  pid: number;
  host: string;
  kind: WriterKind | (string & {});
  since: string;
}

export interface WriterLock {
  readonly path: string;
  /** Idempotent. */
  release(): void;
}

export function usersDirFor(dbPath: string): string {
  return `${dbPath}.users`;
}

const SWAP = 'swap.json';
// A process may open the same database more than once (tests, a reopen): one registration, counted.
const held = new Map<string, { count: number; holder: LockHolder; file: string }>();

/**
 * Register this process as a user of `dbPath`. Throws `conflict` when a swap is under way, or when
 * `kind` is an interactive shell and another shell already uses the database.
 */
export function acquireWriterLock(dbPath: string, kind: WriterKind | (string & {})): WriterLock {
  const dir = usersDirFor(path.resolve(dbPath));
  const mine = held.get(dir);
  if (mine) {
    mine.count++;
    return handle(dir);
  }
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    // A read-only profile: nobody can write it, so there is nothing to coordinate. Opening the
    // database reports the real problem.
    return { path: dir, release() {} };
  }
  if (SHELLS.has(kind)) {
    const shell = liveUsers(dir).find((u) => SHELLS.has(u.kind));
    if (shell) throw inUse(dbPath, shell, `Policy Matrix is already open on this profile`);
  }
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), kind, since: new Date().toISOString() };
  const file = path.join(dir, `${process.pid}.json`);
  writeJson(file, holder);
  held.set(dir, { count: 1, holder, file });
  // Registered first, then look for a swap: a swap writes its marker first, then looks for users,
  // so one of the two always sees the other.
  const swap = readHolder(path.join(dir, SWAP));
  if (swap && swap.pid !== process.pid && isAlive(swap)) {
    handle(dir).release();
    throw inUse(dbPath, swap, 'Its project is being replaced right now');
  }
  return handle(dir);
}

/** Live users of the database other than this process. */
export function otherUsers(dbPath: string): LockHolder[] {
  return liveUsers(usersDirFor(path.resolve(dbPath))).filter((u) => u.pid !== process.pid || u.host !== os.hostname());
}

/** The first other live user, if any (kept for callers that name one). */
export function otherWriter(dbPath: string): LockHolder | null {
  return otherUsers(dbPath)[0] ?? null;
}

/**
 * Claim the database for replacing it: refuses (`conflict`, naming who) unless this process is its
 * only live user, and keeps new users out until the returned lock is released.
 */
export function acquireSwapLock(dbPath: string): WriterLock {
  const dir = usersDirFor(path.resolve(dbPath));
  fs.mkdirSync(dir, { recursive: true });
  const marker = path.join(dir, SWAP);
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), kind: 'swap', since: new Date().toISOString() };
  const existing = readHolder(marker);
  if (existing && isAlive(existing) && existing.pid !== process.pid) throw inUse(dbPath, existing, 'Its project is being replaced right now');
  writeJson(marker, holder);
  const others = otherUsers(dbPath);
  if (others.length) {
    fs.rmSync(marker, { force: true });
    throw inUse(dbPath, others[0]!, 'It is open in another Policy Matrix process', 'while it is in use there, the project cannot be replaced');
  }
  let released = false;
  return {
    path: marker,
    release() {
      if (released) return;
      released = true;
      const onDisk = readHolder(marker);
      if (onDisk && onDisk.pid === holder.pid && onDisk.since === holder.since) fs.rmSync(marker, { force: true });
    },
  };
}

function handle(dir: string): WriterLock {
  let released = false;
  return {
    path: dir,
    release() {
      if (released) return;
      released = true;
      const mine = held.get(dir);
      if (!mine || --mine.count > 0) return;
      held.delete(dir);
      fs.rmSync(mine.file, { force: true });
    },
  };
}

function liveUsers(dir: string): LockHolder[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const users: LockHolder[] = [];
  for (const name of names) {
    if (!/^\d+\.json$/.test(name)) continue;
    const file = path.join(dir, name);
    const holder = readHolder(file);
    if (holder && isAlive(holder)) users.push(holder);
    // A dead process's registration: remove it so the folder does not grow.
    else if (!holder || holder.host === os.hostname()) fs.rmSync(file, { force: true });
  }
  return users;
}

function writeJson(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value));
  fs.renameSync(tmp, file);
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
  // A user on another machine (a profile on a network share) cannot be checked: assume it is there.
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === process.pid) return [...held.values()].some((h) => h.holder.since === holder.since) || holder.kind === 'swap';
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUse(dbPath: string, other: LockHolder, lead: string, consequence = 'close it there and try again'): AppError {
  const where = other.host && other.host !== os.hostname() ? ` on ${other.host}` : '';
  return new AppError(
    'conflict',
    `${lead}: ${dbPath} is in use by the ${other.kind} (process ${other.pid}${where}, since ${other.since}); ${consequence}. Nothing was changed.`,
  );
}
