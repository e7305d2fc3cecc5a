// Temporary files of project operations, and their cleanup. Every temporary name carries the
// process ID, so leftovers of a process that died (kill -9, power cut) are recognised and removed at
// the next start, while the files of a live process are left alone.
import fs from 'node:fs';
import path from 'node:path';

/** The app's own scratch folder, beside the working database: copies of foreign files, snapshots. */
export function appTempDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'tmp');
}

let counter = 0;
function unique(): string {
  return `${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
}

/** A temporary name beside `target` (same folder, so the final rename is atomic): `.<name>.<tag>-<pid>-….tmp`. */
export function tempBeside(target: string, tag: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${tag}-${unique()}.tmp`);
}

/** A fresh private folder under the app's scratch folder. */
export function makeScratchDir(dbPath: string, tag: string): string {
  const root = appTempDir(dbPath);
  fs.mkdirSync(root, { recursive: true });
  const dir = path.join(root, `${tag}-${unique()}`);
  fs.mkdirSync(dir);
  return dir;
}

const TEMP_NAME = /^\..+\.[a-z-]+-(\d+)-[0-9a-z]+-[0-9a-z]+\.tmp(-wal|-shm|-journal)?$/;
// Names written by the earlier fs-atomic temp helper: `.<name>.<pid>.<ms>.tmp`.
const LEGACY_TEMP = /^\..+\.(\d+)\.\d+\.tmp(-wal|-shm|-journal)?$/;
const SCRATCH = /^[a-z-]+-(\d+)-[0-9a-z]+-[0-9a-z]+$/;
const PENDING = /^pending-(\d+)-[0-9a-z]+-[0-9a-z]+\.json$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Record a temporary file about to be created in the analyst's own folder (a save to another
 * disk), so that if this process dies before renaming it, the next start removes it.
 */
export function registerForeignTemp(dbPath: string, tempFile: string): () => void {
  const root = appTempDir(dbPath);
  fs.mkdirSync(root, { recursive: true });
  const note = path.join(root, `pending-${unique()}.json`);
  fs.writeFileSync(note, JSON.stringify({ file: tempFile }));
  return () => fs.rmSync(note, { force: true });
}

/**
 * Remove what dead processes left behind: temporary working databases beside `dbPath`, partial
 * backups in `backupDir`, scratch folders, and temporary files in other folders they had recorded.
 * Returns the paths removed.
 */
export function cleanLeftovers(dbPath: string, backupDir?: string): string[] {
  const removed: string[] = [];
  const rm = (p: string) => {
    try {
      fs.rmSync(p, { recursive: true, force: true });
      removed.push(p);
    } catch {
      // Not ours to fight over: a file we cannot remove now is tried again at the next start.
    }
  };
  const sweep = (dir: string, patterns: RegExp[]) => {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      for (const pattern of patterns) {
        const m = pattern.exec(name);
        if (m && !alive(Number(m[1]))) {
          rm(path.join(dir, name));
          break;
        }
      }
    }
  };
  const root = appTempDir(dbPath);
  let notes: string[] = [];
  try {
    notes = fs.readdirSync(root).filter((n) => PENDING.test(n));
  } catch {
    // no scratch folder yet
  }
  for (const name of notes) {
    if (alive(Number(PENDING.exec(name)![1]))) continue;
    const note = path.join(root, name);
    try {
      const { file } = JSON.parse(fs.readFileSync(note, 'utf8')) as { file?: unknown };
      // Only ever a file with our temporary naming, whatever the note says.
      if (typeof file === 'string' && TEMP_NAME.test(path.basename(file))) rm(file);
    } catch {
      // an unreadable note: nothing to remove but the note
    }
    rm(note);
  }
  sweep(root, [SCRATCH]);
  sweep(path.dirname(dbPath), [TEMP_NAME, LEGACY_TEMP]);
  // Partial backups (before an open, before a migration) of a process that died.
  sweep(backupDir ?? path.join(path.dirname(dbPath), 'backups'), [TEMP_NAME, LEGACY_TEMP]);
  return removed;
}

/** fsync a folder, so a rename in it survives a power cut (no-op where folders cannot be opened). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; its renames are durable once they return.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Remove a database file and its companions. */
export function removeDbFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}
