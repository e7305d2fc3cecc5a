import fs from 'node:fs';
import path from 'node:path';
import type { ProjectFileResult } from '../../../shared/types.ts';
import { openDatabase } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { tempPathFor } from '../fs-atomic.ts';
import type { Workspace } from '../workspace.ts';

export const PROJECT_EXTENSION = '.pmproj';
const REQUIRED_TABLES = ['overlay', 'history', 'annotations', 'meta'];
// (A project from schema 3 or older has no `steps` table yet: migration 4 adds it when it is opened.)

/** Save the whole project as one self-contained SQLite file, through SQLite's online backup API. */
export async function saveProject(ws: Workspace, target: string): Promise<ProjectFileResult> {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new AppError('io', `The folder ${dir} does not exist.`);
  if (path.resolve(target) === path.resolve(ws.options.dbPath)) {
    throw new AppError('invalid-request', 'Choose a different file: that is the working database itself.');
  }
  const tmp = tempPathFor(target);
  try {
    await ws.backupTo(tmp);
    fs.renameSync(tmp, target);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw ioError(error, target);
  }
  return { path: target, bytes: fs.statSync(target).size, backup: null };
}

/** Check that a file is a Policy Matrix project this version can open. Never writes to it. */
export function validateProjectFile(file: string): void {
  if (!fs.existsSync(file)) throw new AppError('not-found', `File not found: ${file}`);
  const db = openDatabase(file, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('bad-file', `${file} is damaged (integrity check: ${String(integrity)}).`);
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new AppError('bad-file', `${file} is not a Policy Matrix project (missing ${missing.join(', ')}).`);
  } finally {
    db.close();
  }
}

/**
 * Replace the working database with a colleague's project file. The file is validated first, the
 * current database is backed up, and if anything fails after that the backup is put back.
 */
export function openProject(ws: Workspace, source: string, backupDir: string): ProjectFileResult {
  if (path.resolve(source) === path.resolve(ws.options.dbPath)) {
    throw new AppError('invalid-request', 'That file is already the open project.');
  }
  validateProjectFile(source);
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = path.join(backupDir, `before-open-${stamp}.db`);
  ws.snapshotTo(backup);
  const dbPath = ws.options.dbPath;
  ws.close();
  try {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
    const tmp = tempPathFor(dbPath);
    fs.copyFileSync(source, tmp);
    fs.renameSync(tmp, dbPath);
    ws.reopen();
  } catch (error) {
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
    fs.copyFileSync(backup, dbPath);
    ws.reopen();
    throw error instanceof AppError ? error : ioError(error, source);
  }
  return { path: source, bytes: fs.statSync(source).size, backup };
}

export function ioError(error: unknown, file: string): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted (is the file open in another program?)',
    ENOSPC: 'the disk is full',
    EBUSY: 'the file is in use by another program',
    ENOENT: 'the folder does not exist',
    EISDIR: 'that path is a folder',
    EROFS: 'the disk is read-only',
  };
  const why = (code && reason[code]) ?? (error as Error).message;
  return new AppError('io', `Could not write ${file}: ${why}. Nothing was changed.`);
}
