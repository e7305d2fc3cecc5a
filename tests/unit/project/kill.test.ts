// kill -9 at random moments of Open project, Save project as and Merge project (30 runs each): the
// working database is always whole (integrity ok), either the old or the new, nothing acknowledged is
// lost, no backup that looks good is damaged, and no temporary file is left in the analyst's folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../src/main/core/project/file.ts';
import { cleanLeftovers } from '../../../src/main/core/project/temp-files.ts';
import { bundleRunner } from '../bundled-runner.ts';
import { DATA_DIR, openWorkspace, ROOT, tempDir } from '../helpers.ts';
import { CELL } from './crafted.ts';

const RUNS = 30;
const THEIRS = 40;
const PARALLEL = 4;
/** Every how many runs the next start is simulated in full (a workspace open); the others check the files directly. */
const RESTART_EVERY = 5;
const RUNNER_SOURCE = path.join(ROOT, 'tests/unit/project/kill-runner.ts');
/** kill-runner.ts bundled once: each of the ~100 children then starts in a fraction of the time. */
let runner = '';
beforeAll(async () => {
  runner = await bundleRunner(RUNNER_SOURCE);
});
afterAll(() => {
  if (runner) fs.rmSync(path.dirname(runner), { recursive: true, force: true });
});

interface Outcome {
  acked: string[];
  finished: boolean;
  tookMs: number | null;
}

/** Run the child; kill it `delayMs` after it says "go" (null: let it finish). */
function run(op: string, dbPath: string, file: string, delayMs: number | null): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, op, dbPath, DATA_DIR, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Outcome = { acked: [], finished: false, tookMs: null };
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ack ')) out.acked.push(line.slice(4));
        if (line === 'go' && delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs);
        if (line.startsWith('done ')) {
          out.finished = true;
          out.tookMs = Number(line.slice(5));
        }
      }
    });
    child.on('close', (code, signal) => (signal === 'SIGKILL' || code === 0 ? resolve(out) : reject(new Error(`runner exited ${code}: ${stderr}`))));
  });
}

/**
 * `integrity_check` of a backup (read-only), or of the working database as the next start opens it:
 * read-write, so that a WAL the kill left behind is recovered first — a read-only connection cannot
 * recover one ("attempt to write a readonly database", seen when a kill landed just so).
 */
function integrity(file: string, as: 'backup' | 'next start' = 'backup'): string {
  const db = new Database(file, { readonly: as === 'backup', fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

function annotationTexts(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT text FROM annotations ORDER BY text').all() as Array<{ text: string }>).map((r) => r.text);
  } finally {
    db.close();
  }
}

/** A working database to start each run from (copied), and a colleague's project file. */
async function fixtures() {
  const mineDir = tempDir();
  const mine = openWorkspace(mineDir, { writerKind: 'test' });
  mine.addAnnotation(CELL, 'other', 'mine');
  mine.close();
  const them = openWorkspace(tempDir(), { writerKind: 'test' });
  for (let i = 0; i < THEIRS; i++) them.addAnnotation(CELL, 'timing', `theirs ${String(i).padStart(3, '0')}`);
  for (let i = 0; i < 10; i++) them.setSummary('export-control', 'JP', 'en', `their summary ${i}`);
  const project = path.join(tempDir('pm-send-'), 'theirs.pmproj');
  await them.saveProject(project);
  them.close();
  return { template: path.join(mineDir, 'policy-matrix.db'), project };
}

function freshProfile(template: string): string {
  const dir = tempDir();
  fs.copyFileSync(template, path.join(dir, 'policy-matrix.db'));
  return path.join(dir, 'policy-matrix.db');
}

async function campaign(op: string, target: (dbPath: string) => string, check: (dbPath: string, file: string, out: Outcome, restartNow: boolean) => void) {
  const { template, project } = await fixtures();
  // Undisturbed runs measure how long the operation takes; kills land anywhere in 0–100 % of the
  // fastest. The fastest, because a probe slowed by other test files would put most kills after the
  // end (the parallel runs below are slower than a probe, never faster, so they are hit midway).
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const probeDb = freshProfile(template);
    const probe = await run(op, probeDb, target(probeDb) || project, null);
    expect(probe.finished).toBe(true);
    fastest = Math.min(fastest, probe.tookMs!);
  }
  const window = Math.max(5, fastest);
  let killedMidway = 0;
  for (let batch = 0; batch < RUNS; batch += PARALLEL) {
    await Promise.all(
      Array.from({ length: Math.min(PARALLEL, RUNS - batch) }, async (_, i) => {
        const dbPath = freshProfile(template);
        const file = target(dbPath) || project;
        const out = await run(op, dbPath, file, Math.random() * window);
        if (!out.finished) killedMidway++;
        check(dbPath, file, out, (batch + i) % RESTART_EVERY === 0);
      }),
    );
  }
  console.log(`kill -9 during ${op}: ${RUNS} runs, ${killedMidway} killed before finishing (window ${window.toFixed(0)} ms)`);
  expect(killedMidway).toBeGreaterThan(RUNS / 3);
  return project;
}

/**
 * The next start cleans up and opens normally (in full, or just its cleanup step); returns the
 * annotations it finds.
 */
function restart(dbPath: string, full: boolean): string[] {
  let texts: string[];
  if (full) {
    const ws = openWorkspace(path.dirname(dbPath), { writerKind: 'test' });
    texts = ws.listAnnotations().map((a) => a.text);
    ws.close();
  } else {
    cleanLeftovers(dbPath, path.join(path.dirname(dbPath), 'backups'));
    texts = annotationTexts(dbPath);
  }
  const litter = fs.readdirSync(path.dirname(dbPath)).filter((n) => n.endsWith('.tmp') || /\.tmp-/.test(n));
  expect(litter).toEqual([]);
  const backups = path.join(path.dirname(dbPath), 'backups');
  if (fs.existsSync(backups)) {
    for (const b of fs.readdirSync(backups)) {
      expect(b.startsWith('.'), `leftover ${b}`).toBe(false);
      expect(integrity(path.join(backups, b)), b).toBe('ok');
    }
  }
  return texts;
}

describe('kill -9 during project operations', { timeout: 240_000 }, () => {
  it('open: the working database is the old one or the new one, whole', async () => {
    await campaign('open', () => '', (dbPath, _file, out, full) => {
      expect(integrity(dbPath, 'next start')).toBe('ok');
      const texts = annotationTexts(dbPath);
      const isOld = texts.includes('mine') && texts.includes('acknowledged before');
      const isNew = texts.length === THEIRS && texts.every((t) => t.startsWith('theirs '));
      expect(isOld || isNew, `neither old nor new: ${texts.length} annotations`).toBe(true);
      if (out.finished) expect(isNew).toBe(true);
      const after = restart(dbPath, full);
      expect(after.length).toBe(texts.length);
      // Nothing acknowledged lost: if the old one is gone, it is in a verified backup.
      if (isNew && out.acked.length) {
        const backups = path.join(path.dirname(dbPath), 'backups');
        const all = fs.readdirSync(backups).flatMap((b) => annotationTexts(path.join(backups, b)));
        expect(all).toContain('acknowledged before');
      }
    });
  });

  it('save: the target is absent or complete, and no temporary file is ever in the analyst folder', async () => {
    await campaign('save', (dbPath) => path.join(tempDir('pm-out-'), `${path.basename(path.dirname(dbPath))}.pmproj`), (dbPath, file, out, full) => {
      const names = fs.readdirSync(path.dirname(file));
      expect(names.filter((n) => n !== path.basename(file))).toEqual([]);
      if (names.length) {
        const content = readProjectFile(file, { dbPath, dataset: { actors: [], domains: [] } as never });
        expect(content.annotations.map((a) => a.text).sort()).toEqual(['acknowledged before', 'mine']);
      } else expect(out.finished).toBe(false);
      expect(integrity(dbPath, 'next start')).toBe('ok');
      expect(restart(dbPath, full).sort()).toEqual(['acknowledged before', 'mine']);
      const scratch = path.join(path.dirname(dbPath), 'tmp');
      if (fs.existsSync(scratch)) expect(fs.readdirSync(scratch)).toEqual([]);
    });
  });

  it('merge: all of it or none of it, and what was acknowledged before is there', async () => {
    await campaign('merge', () => '', (dbPath, _file, out, full) => {
      expect(integrity(dbPath, 'next start')).toBe('ok');
      const texts = annotationTexts(dbPath);
      expect(texts).toEqual(expect.arrayContaining(['mine', ...(out.acked.length ? ['acknowledged before'] : [])]));
      const theirs = texts.filter((t) => t.startsWith('theirs ')).length;
      expect([0, THEIRS]).toContain(theirs);
      if (out.finished) expect(theirs).toBe(THEIRS);
      restart(dbPath, full);
    });
  });
});
