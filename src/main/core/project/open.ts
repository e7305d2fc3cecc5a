// "Open project…": replace the working database with one built from a colleague's project file.
// Never adopts their file: it is read as untrusted input (read.ts), a new working database is built
// beside the current one from the validated rows (build.ts), checked, and swapped in by rename. The
// current database is first copied to backups/ and that copy verified. At every instant the working
// database is either the old one or the new one, whole; until the rename, it is byte-identical.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ProjectFileResult } from '../../../shared/types.ts';
import { acquireSwapLock } from '../db/writer-lock.ts';
import { AppError } from '../errors.ts';
import type { Workspace } from '../workspace.ts';
import { buildDatabase } from './build.ts';
import { fileError } from './errors.ts';
import { ownTableNames, readProjectFile } from './read.ts';
import type { ProjectContent } from './read.ts';
import { brokenQuotes, brokenQuoteWarnings, rebuildSources, storeOriginals } from './sources.ts';
import type { BrokenQuote, RebuildOptions, RebuiltSource } from './sources.ts';
import { removeDbFiles, syncDir, syncFile, tempBeside } from './temp-files.ts';

export interface OpenReport extends ProjectFileResult {
  annotations: number;
  edits: number;
  history: number;
  /** Imported sources rebuilt from the originals the file carries. */
  sources: number;
  /** Quotes citing an imported source that do not anchor in its rebuilt paragraphs (kept, shown broken). */
  brokenQuotes: BrokenQuote[];
  ignored: ProjectContent['ignored'];
  warnings: string[];
}

/** Test hook: called at named points of the swap, so a test can kill the process exactly there. */
export type Checkpoint = (point: string) => void;

export interface OpenOptions extends RebuildOptions {
  checkpoint?: Checkpoint;
  /** Largest imported original accepted (tests). */
  maxOriginalBytes?: number;
}

export async function openProject(ws: Workspace, source: string, backupDir: string, options: OpenOptions = {}): Promise<OpenReport> {
  const dbPath = ws.options.dbPath;
  const from = path.resolve(source);
  const checkpoint = options.checkpoint ?? (() => {});
  if (from === path.resolve(dbPath)) throw new AppError('invalid-request', 'That file is already the open project.');
  // The only user of the working database from here to the reopen: nobody writes to the old file.
  const swapLock = acquireSwapLock(dbPath);
  try {
    const content = readProjectFile(from, {
      dbPath,
      dataset: ws.dataset,
      ownTables: ws.readConsistent(ownTableNames),
      ...(options.maxOriginalBytes !== undefined ? { maxOriginalBytes: options.maxOriginalBytes } : {}),
    });
    checkpoint('read');
    // The one slow part (a PDF is read page by page, in a worker): done before anything is written.
    const rebuilt = await rebuildSources(content.sources, content.ignored, options);
    checkpoint('rebuilt');
    return openExclusively(ws, from, backupDir, checkpoint, content, rebuilt);
  } finally {
    swapLock.release();
  }
}

function openExclusively(ws: Workspace, from: string, backupDir: string, checkpoint: Checkpoint, content: ProjectContent, rebuilt: RebuiltSource[]): OpenReport {
  const dbPath = ws.options.dbPath;
  // Quotes citing a source the file carried, checked against the paragraphs this app rebuilt.
  const shipped = new Set(ws.shippedCorpus.documents.map((d) => d.id));
  const broken = brokenQuotes(content.overlay, shipped, rebuilt.flatMap((r) => r.prepared.paragraphs));

  const fresh = tempBeside(dbPath, 'open');
  try {
    buildDatabase(
      fresh,
      {
        overlay: content.overlay,
        steps: content.steps,
        annotations: content.annotations,
        mergeConflicts: content.mergeConflicts,
        meta: { opened_from: path.basename(from), opened_at: new Date().toISOString() },
        rebuiltSources: rebuilt,
      },
      ws.shippedCorpus,
    );
  } catch (error) {
    throw fileError(error, 'build the new working database in', path.dirname(dbPath), { unchanged: true });
  }
  checkpoint('built');

  let backup: string;
  let unstore: () => void;
  try {
    backup = backupWorkingDatabase(ws, backupDir, 'before-open');
    // Content-addressed: originals already there (ours, or the same file) are not touched.
    unstore = storeOriginals(ws.sources.originals, rebuilt);
  } catch (error) {
    removeDbFiles(fresh);
    throw fileError(error, 'back up the current project to', backupDir, { unchanged: true });
  }
  checkpoint('backed-up');

  try {
    swapIn(ws, fresh, backup, checkpoint);
  } catch (error) {
    unstore();
    throw error;
  }
  return {
    path: from,
    bytes: fs.statSync(from).size,
    backup,
    annotations: content.annotations.length,
    edits: content.overlay.length,
    history: content.steps.length,
    sources: rebuilt.length,
    brokenQuotes: broken,
    ignored: content.ignored,
    warnings: [...content.warnings, ...brokenQuoteWarnings(broken)],
  };
}

/**
 * A verified copy of the working database in `backupDir`: written under a temporary name, checked
 * with integrity_check, then renamed, so an interrupted backup never looks like a good one.
 */
export function backupWorkingDatabase(ws: Workspace, backupDir: string, tag: string): string {
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(backupDir, `${tag}-${stamp}.db`);
  const tmp = tempBeside(target, 'backup');
  try {
    // VACUUM INTO: a consistent, self-contained copy (what is still in the WAL included).
    ws.snapshotTo(tmp);
    const check = new Database(tmp, { readonly: true, fileMustExist: true });
    let integrity: unknown;
    try {
      integrity = check.pragma('integrity_check', { simple: true });
    } finally {
      check.close();
    }
    if (integrity !== 'ok') throw new AppError('io', `The backup ${target} failed its integrity check (${String(integrity)}).`);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(tmp + suffix, { force: true });
    syncFile(tmp);
    fs.renameSync(tmp, target);
    syncDir(backupDir);
    return target;
  } catch (error) {
    removeDbFiles(tmp);
    throw error;
  }
}

/**
 * Close the working connection (SQLite checkpoints its WAL into the file and removes it), rename the
 * new file over it, reopen. Before the rename the old file is untouched in content; after it the new
 * file is complete. A -wal still beside the old file would be replayed into the new one, so the swap
 * refuses if one remains.
 */
function swapIn(ws: Workspace, fresh: string, backup: string, checkpoint: Checkpoint): void {
  const dbPath = ws.options.dbPath;
  ws.closeConnection();
  checkpoint('closed');
  if (fs.existsSync(`${dbPath}-wal`) || fs.existsSync(`${dbPath}-shm`)) {
    removeDbFiles(fresh);
    ws.reopen();
    throw new AppError('conflict', `${dbPath} is still open in another program (its -wal file remains), so it was not replaced. Nothing was changed.`);
  }
  try {
    fs.renameSync(fresh, dbPath);
    syncDir(path.dirname(dbPath));
  } catch (error) {
    removeDbFiles(fresh);
    ws.reopen();
    throw fileError(error, 'replace', dbPath, { unchanged: true });
  }
  checkpoint('renamed');
  try {
    ws.reopen();
  } catch (error) {
    // The new file was checked before the swap; if it still cannot be opened, put the verified
    // backup back the same way (a temporary copy renamed into place, never a copy over the file).
    restoreBackup(dbPath, backup);
    ws.reopen();
    throw new AppError('io', `The opened project could not be used (${(error as Error).message}); the previous project was put back from ${backup}.`);
  }
}

export function restoreBackup(dbPath: string, backup: string): void {
  const tmp = tempBeside(dbPath, 'restore');
  try {
    fs.copyFileSync(backup, tmp);
    syncFile(tmp);
    // Only the companions: the file itself is replaced by the rename, so it is never missing.
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbPath + suffix, { force: true });
    fs.renameSync(tmp, dbPath);
    syncDir(path.dirname(dbPath));
  } catch (error) {
    removeDbFiles(tmp);
    throw error;
  }
}
