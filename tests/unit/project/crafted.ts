// Building hostile project files for the tests: a legitimate project written by saveProject, then
// changed the way an attacker with a copy of SQLite would change it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { saveProject } from '../../../src/main/core/project/file.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { openWorkspace, tempDir } from '../helpers.ts';

export const CELL = { domainId: 'investment-review', actorId: 'JP', evidenceId: null };

/** A colleague's workspace with a little of everything, saved as a project file. */
export async function colleagueProject(name = 'colleague.pmproj'): Promise<{ file: string; ws: Workspace }> {
  const ws = openWorkspace(tempDir(), { writerKind: 'test' });
  ws.setPrefs({ author: 'Colleague' });
  ws.addAnnotation(CELL, 'timing', 'their note: ex-ante vs ex-post');
  ws.setSummary('export-control', 'JP', 'en', 'Their summary');
  const file = path.join(tempDir('pm-send-'), name);
  await saveProject(ws, file);
  return { file, ws };
}

/** Run SQL on the file as the sender would (their machine, their SQLite, no rules). */
export function tamper(file: string, sql: string): void {
  const db = new Database(file);
  db.unsafeMode(true);
  db.exec(sql);
  db.close();
}

export function digest(file: string): string {
  const h = createHash('sha256');
  for (const suffix of ['', '-wal']) if (fs.existsSync(file + suffix)) h.update(fs.readFileSync(file + suffix));
  return h.digest('hex');
}

/** Names in a folder, for "nothing was written beside it". */
export function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

export function schemaOf(ws: Workspace): Array<{ type: string; name: string }> {
  return ws.readConsistent((db) => db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{ type: string; name: string }>);
}
