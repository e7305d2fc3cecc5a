// Project files from someone else: open and merge a project with 10,000 annotations and 2,000 edits
// (every row validated, the working database rebuilt and swapped / the merge one edit-log step).
// Each phase runs in its own child process, so its peak memory (maxRSS) is its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { putAnnotation } from '../src/main/core/annotations/repo.ts';
import { openDatabase } from '../src/main/core/db/open.ts';
import { repoDataDir } from '../src/main/core/paths.ts';
import { Workspace } from '../src/main/core/workspace.ts';
import { line, ms, summarize } from './stats.ts';

const DATA = repoDataDir();
const ANNOTATIONS = 10_000;
const EDITS = 2_000;
/** Of the edits: added domains; the rest are summaries in them. */
const DOMAINS = 500;

function workspace(dir: string): Workspace {
  return Workspace.open({ dbPath: path.join(dir, 'policy-matrix.db'), dataDir: DATA, appVersion: 'bench', backupDir: path.join(dir, 'backups'), writerKind: 'test' });
}

/** A colleague's project: 10,000 annotations; 2,000 edits (500 added domains, 1,500 summaries in them), each its own history step. */
async function buildProject(file: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-src-'));
  workspace(dir).close();
  const db = openDatabase(path.join(dir, 'policy-matrix.db'));
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  const overlay = db.prepare('INSERT INTO overlay(key, value, baseline_hash, updated_at, author) VALUES (?, ?, NULL, ?, ?)');
  const step = db.prepare('INSERT INTO steps(at, author, label, state) VALUES (?, ?, ?, 0)');
  const history = db.prepare(
    'INSERT INTO history(at, author, key, label, before, after, before_hash, after_hash, before_meta, after_meta, step) VALUES (?, ?, ?, ?, NULL, ?, NULL, NULL, NULL, ?, ?)',
  );
  const nowhere = { domainId: null, actorId: null, evidenceId: null };
  db.transaction(() => {
    for (let i = 0; i < ANNOTATIONS; i++) {
      const target = { domainId: i % 2 ? 'export-control' : 'semiconductors', actorId: i % 3 ? 'US' : 'JP', evidenceId: null };
      const id = `0b5c1c52-0000-4000-8000-${String(i).padStart(12, '0')}`;
      putAnnotation(db, id, { id, target, category: 'other', text: `colleague note ${i}: 事前审查与事后审查的差异`, author: 'Alice', createdAt: at(i), updatedAt: at(i) });
    }
    for (let i = 0; i < EDITS; i++) {
      const j = i - DOMAINS;
      const key = i < DOMAINS ? `domain/added-${i}` : `position/added-${Math.floor(j / 4)}/${j % 2 ? 'US' : 'JP'}/summary/${j % 4 < 2 ? 'zh' : 'en'}`;
      const value = i < DOMAINS ? JSON.stringify({ name: { zh: `新领域 ${i}`, en: `New domain ${i}` }, order: i }) : JSON.stringify(`summary ${i}`);
      const label = JSON.stringify({ kind: i < DOMAINS ? 'add-domain' : 'set-summary', target: nowhere, field: null, lang: null, choice: null });
      overlay.run(key, value, at(i), 'Alice');
      const seq = Number(step.run(at(i), 'Alice', label).lastInsertRowid);
      history.run(at(i), 'Alice', key, 'x', value, JSON.stringify({ author: 'Alice', at: at(i) }), seq);
    }
  })();
  db.close();
  const ws = workspace(dir);
  await ws.saveProject(file);
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

/** One measured phase in this process (child mode). */
async function phase(kind: 'open' | 'merge', file: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-dst-'));
  const ws = workspace(dir);
  for (let i = 0; i < 50; i++) ws.addAnnotation({ domainId: 'investment-review', actorId: 'JP', evidenceId: null }, 'timing', `mine ${i}`);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const cpuMs = () => {
      const d = process.cpuUsage(cpuStart);
      return (d.user + d.system) / 1000;
    };
    if (kind === 'open') {
      await ws.openProject(file, path.join(dir, 'backups'));
      if (ws.listAnnotations().length !== ANNOTATIONS) throw new Error('project did not open fully');
    } else {
      const { report } = await ws.mergeProject(file);
      if (i === 0 && (report.annotationsAdded !== ANNOTATIONS || report.editsTaken !== EDITS)) throw new Error(`merge incomplete: ${JSON.stringify({ ...report, conflicts: report.conflicts.length, ignored: report.ignored.length })}`);
      samples.push(performance.now() - start);
      cpu.push(cpuMs());
      ws.undo(); // the next round merges into the same state again
      continue;
    }
    samples.push(performance.now() - start);
    cpu.push(cpuMs());
  }
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const s = summarize(samples);
  console.log(JSON.stringify({ p50: s.p50, max: s.max, cpuP50: summarize(cpu).p50, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main(): Promise<void> {
  const [mode, phaseKind, phaseFile] = process.argv.slice(2);
  if (mode === 'phase') return phase(phaseKind as 'open' | 'merge', phaseFile!);
  console.log(`\nProject files (a colleague's project: ${ANNOTATIONS.toLocaleString('en')} annotations, ${EDITS.toLocaleString('en')} edits)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-proj-'));
  const file = path.join(dir, 'colleague.pmproj');
  await buildProject(file);
  line('project file size', `${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB`);
  for (const kind of ['open', 'merge'] as const) {
    const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', import.meta.filename, 'phase', kind, file], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`${kind} phase failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { p50: number; max: number; cpuP50: number; maxRssMb: number };
    const what = kind === 'open' ? 'open (read + validate, rebuild, back up, swap, reopen)' : 'merge (read + validate, plan, one step)';
    line(`${what} p50 / max`, `${ms(r.p50)} / ${ms(r.max)}`, '≤ 1 s');
    // CPU time of this process (main thread and SQLite; not the wait for disk or for a busy machine).
    line(`  CPU time p50 (this process, user + system)`, ms(r.cpuP50));
    line(`  peak memory (maxRSS of that process)`, `${r.maxRssMb.toFixed(0)} MB`);
  }
  if (!process.env['KEEP']) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(file);
}

await main();
