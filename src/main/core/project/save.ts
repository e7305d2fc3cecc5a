// "Save project as…": a consistent snapshot of the analyst's data in one self-contained file, with a
// manifest (app version, schema version, when and by whom). The snapshot is built in the app's own
// scratch folder, so a failure or a kill never leaves a hidden temporary file in the analyst's
// folder; it is then moved into place by rename when both are on one disk, or copied under a
// temporary name that the next start removes if this process dies first.
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectFileResult, SourceInfo } from '../../../shared/types.ts';
import { SCHEMA_VERSION } from '../db/migrations.ts';
import { AppError } from '../errors.ts';
import type { Workspace } from '../workspace.ts';
import { listAnnotations } from '../annotations/repo.ts';
import { buildDatabase } from './build.ts';
import type { BuildContent } from './build.ts';
import type { ChangeRecord, MergeConflictRecord, OverlayRecord, StepRecord } from './rows.ts';
import { fileError } from './errors.ts';
import type { Checkpoint } from './open.ts';
import { makeScratchDir, registerForeignTemp, removeDbFiles, syncDir, syncFile, tempBeside } from './temp-files.ts';

export const PROJECT_EXTENSION = '.pmproj';
/** Bumped when the meaning of a project file changes; readers check `project_format`. */
// 2: imported sources travel as their original files (project_originals, project_sources).
export const PROJECT_FORMAT = '2';

export interface SaveOptions {
  /** Copy instead of rename even on one disk (tests the path taken across disks). */
  forceCopy?: boolean;
  checkpoint?: Checkpoint;
}

export async function saveProject(ws: Workspace, target: string, options: SaveOptions = {}): Promise<ProjectFileResult> {
  const out = path.resolve(target);
  const dir = path.dirname(out);
  const checkpoint = options.checkpoint ?? (() => {});
  checkTarget(ws, out, dir);

  const warnings: string[] = [];
  const scratch = makeScratchDir(ws.options.dbPath, 'save');
  try {
    const snapshot = path.join(scratch, `snapshot${PROJECT_EXTENSION}`);
    try {
      const { sources, ...content } = readSnapshot(ws);
      const originals = collectOriginals(ws, sources, warnings);
      buildDatabase(snapshot, { ...content, originals, meta: manifest(ws) }, null);
    } catch (error) {
      throw fileError(error, 'prepare the project in', scratch, { unchanged: true });
    }
    checkpoint('built');
    await Promise.resolve();
    place(ws, snapshot, out, options.forceCopy ?? false, checkpoint);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return { path: out, bytes: fs.statSync(out).size, backup: null, ...(warnings.length ? { warnings } : {}) };
}

interface SourceRecord {
  docId: string;
  state: 'active' | 'removed';
  info: SourceInfo;
}

/**
 * The original file of every imported source, read from the store and checked against its hash. A
 * missing or damaged original cannot travel: the project is saved without it, and the result says
 * which (the colleague's quotes citing it will show as broken).
 */
function collectOriginals(ws: Workspace, sources: readonly SourceRecord[], warnings: string[]) {
  const out: Array<SourceRecord & { bytes: Uint8Array }> = [];
  for (const s of sources) {
    try {
      out.push({ ...s, bytes: ws.sources.originals.read(s.info.sha256) });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its original file is missing from the app folder' : (error as Error).message;
      warnings.push(`The imported source “${s.info.title}” (${s.docId}) was not included: ${reason}.`);
    }
  }
  return out;
}

function checkTarget(ws: Workspace, out: string, dir: string): void {
  if (out === path.resolve(ws.options.dbPath)) throw new AppError('invalid-request', 'Choose a different file: that is the working database itself.');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new AppError('io', `The folder ${dir} does not exist. Nothing was saved.`);
  }
  if (!stat.isDirectory()) throw new AppError('io', `${dir} is not a folder. Nothing was saved.`);
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new AppError('io', `${out} is a folder, not a file. Nothing was saved.`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw fileError(error, 'write', out, { unchanged: true });
  }
}

/** Everything the analyst made, read in one transaction: a consistent snapshot even mid-edit. */
function readSnapshot(ws: Workspace): Omit<BuildContent, 'meta'> & { sources: SourceRecord[] } {
  return ws.readConsistent((db) => {
    const overlay = db.prepare('SELECT key, value, baseline_hash AS baselineHash, updated_at AS updatedAt, author FROM overlay ORDER BY key').all() as OverlayRecord[];
    const steps = new Map<number, StepRecord>();
    for (const s of db.prepare('SELECT seq, at, author, label, state FROM steps ORDER BY seq').all() as Array<Omit<StepRecord, 'changes'> & { seq: number }>) {
      steps.set(s.seq, { at: s.at, author: s.author, label: s.label, state: s.state, changes: [] });
    }
    const rows = db
      .prepare(
        `SELECT step, key, before, after, before_hash AS beforeHash, after_hash AS afterHash, before_meta AS beforeMeta, after_meta AS afterMeta
         FROM history ORDER BY seq`,
      )
      .all() as Array<ChangeRecord & { step: number }>;
    for (const { step, ...change } of rows) steps.get(step)?.changes.push(change);
    const mergeConflicts = db.prepare('SELECT key, value, updated_at AS updatedAt, author FROM merge_conflicts ORDER BY key').all() as MergeConflictRecord[];
    // In document order, so the receiver lists them as the sender did.
    const sources = (
      db.prepare("SELECT s.doc_id, s.state, s.info FROM sources s LEFT JOIN documents d ON d.id = s.doc_id ORDER BY s.state = 'removed', d.position, s.doc_id").all() as Array<{
        doc_id: string;
        state: 'active' | 'removed';
        info: string;
      }>
    ).map((r) => ({ docId: r.doc_id, state: r.state, info: JSON.parse(r.info) as SourceInfo }));
    return { overlay, steps: [...steps.values()], annotations: listAnnotations(db), mergeConflicts, sources };
  });
}

function manifest(ws: Workspace): Record<string, string> {
  return {
    project_format: PROJECT_FORMAT,
    app_version: ws.options.appVersion,
    schema_version: String(SCHEMA_VERSION),
    saved_at: new Date().toISOString(),
    saved_by: ws.prefs().author,
  };
}

function place(ws: Workspace, snapshot: string, out: string, forceCopy: boolean, checkpoint: Checkpoint): void {
  const dir = path.dirname(out);
  if (!forceCopy && fs.statSync(snapshot).dev === fs.statSync(dir).dev) {
    try {
      fs.renameSync(snapshot, out);
      syncDir(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw fileError(error, 'write', out, { unchanged: true });
    }
  }
  const tmp = tempBeside(out, 'save');
  const unregister = registerForeignTemp(ws.options.dbPath, tmp);
  try {
    fs.copyFileSync(snapshot, tmp);
    checkpoint('copied');
    syncFile(tmp);
    fs.renameSync(tmp, out);
    syncDir(dir);
  } catch (error) {
    removeDbFiles(tmp);
    throw fileError(error, 'write', out, { unchanged: true });
  } finally {
    unregister();
  }
}
