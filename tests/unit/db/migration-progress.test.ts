// A long migration (schema 7's gram index over every paragraph) reports how far it is and can be
// cancelled; it stays one transaction, so a cancel, or the process killed mid-way, leaves the
// schema-6 file byte for byte as it was, and the next open migrates it whole.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countMatches, search } from '../../../src/main/core/corpus/search.ts';
import { openDatabase } from '../../../src/main/core/db/open.ts';
import { SCHEMA_VERSION } from '../../../src/main/core/db/migrations.ts';
import { MigrationCancelled } from '../../../src/main/core/db/migration-progress.ts';
import type { MigrationPhase } from '../../../src/main/core/db/migration-progress.ts';
import { migrateInWorker } from '../../../src/main/core/db/migrate-in-worker.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { contentOf, fileState, schema6File } from './schema6.ts';

const PARAGRAPHS = 3500;

function expectUntouched(file: string, before: ReturnType<typeof fileState>): void {
  expect(fileState(file)).toEqual({ sha256: before.sha256, wal: 0 });
  const content = contentOf(file);
  expect(content.version).toBe(6);
  expect(content.tables).not.toContain('paragraphs_grams');
  expect(content.paragraphs).toBe(PARAGRAPHS);
  expect(content.integrity).toBe('ok');
}

function expectMigrated(file: string): void {
  const db = openDatabase(file);
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    // The gram index answers a four-character term, and finds every paragraph a scan finds.
    const scan = db.prepare("SELECT count(*) FROM paragraphs WHERE text LIKE '%经济安全%'").pluck().get() as number;
    expect(scan).toBeGreaterThan(0);
    expect(countMatches(db, '经济安全')).toBe(scan);
    expect(search(db, '经济安全').method).toBe('fts');
  } finally {
    db.close();
  }
}

describe('migration progress and cancel', () => {
  it('reports the backup, every batch of paragraphs indexed of the total, and the commit, in order', () => {
    const dir = tempDir();
    const file = schema6File(dir, PARAGRAPHS);
    const seen: MigrationPhase[] = [];
    openDatabase(file, { migration: { onProgress: (p) => seen.push(p) } }).close();
    expect(seen[0]).toEqual({ phase: 'backup' });
    expect(seen.at(-1)).toEqual({ phase: 'commit' });
    const index = seen.filter((p) => p.phase === 'index');
    expect(index.every((p) => p.version === 7 && p.total === PARAGRAPHS)).toBe(true);
    expect(index.map((p) => p.done)).toEqual([0, 1000, 2000, 3000, PARAGRAPHS]);
    expectMigrated(file);
  });

  it('a cancel between batches rolls the migration back: the schema-6 file is byte for byte as it was', () => {
    const dir = tempDir();
    const file = schema6File(dir, PARAGRAPHS);
    const before = fileState(file);
    let batches = 0;
    const open = () =>
      openDatabase(file, { migration: { onProgress: (p) => void (p.phase === 'index' && batches++), cancelled: () => batches >= 3 } });
    expect(open).toThrow(MigrationCancelled);
    expect(batches).toBe(3);
    expectUntouched(file, before);
    // The backup was taken, and the next open migrates the file whole.
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => /\.v6\..*\.bak$/.test(n))).toHaveLength(1);
    expectMigrated(file);
  });

  it('in a worker: progress reaches the caller, whose event loop keeps running; an abort cancels, a second run migrates', async () => {
    const dir = tempDir();
    const file = schema6File(dir, PARAGRAPHS);
    const before = fileState(file);
    const controller = new AbortController();
    const seen: MigrationPhase[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const run = migrateInWorker(file, {
        signal: controller.signal,
        onProgress: (p) => {
          seen.push(p);
          if (p.phase === 'index' && p.done >= 1000) controller.abort();
        },
      });
      await expect(run).rejects.toBeInstanceOf(MigrationCancelled);
    } finally {
      clearInterval(timer);
    }
    expect(seen.some((p) => p.phase === 'index' && p.done >= 1000)).toBe(true);
    expect(seen.some((p) => p.phase === 'commit')).toBe(false);
    expect(ticks).toBeGreaterThan(0);
    expectUntouched(file, before);

    const progress: number[] = [];
    await expect(migrateInWorker(file, { onProgress: (p) => p.phase === 'index' && progress.push(p.done) })).resolves.toBe(true);
    expect(progress.at(-1)).toBe(PARAGRAPHS);
    expectMigrated(file);
    // Nothing left to do: no worker, false.
    await expect(migrateInWorker(file)).resolves.toBe(false);
  });

  it('a process killed in the middle of the migration leaves the schema-6 file as it was; the next open migrates it', async () => {
    const dir = tempDir();
    const file = schema6File(dir, PARAGRAPHS);
    const before = fileState(file);
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', path.join(ROOT, 'tests/unit/db/migrate-child.ts'), file, path.join(dir, 'backups')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('indexed ')) child.kill('SIGKILL');
    });
    const ended = await exit;
    expect(ended, stderr).toEqual({ code: null, signal: 'SIGKILL' });
    expect(stdout).toMatch(/^indexed 1000 of 3500\n$/);
    // The killed transaction's pages may sit in the WAL, uncommitted: the database file itself is
    // unchanged, and SQLite ignores (and on the next write discards) the uncommitted frames.
    expect(fileState(file).sha256).toBe(before.sha256);
    const content = contentOf(file);
    expect(content.version).toBe(6);
    expect(content.tables).not.toContain('paragraphs_grams');
    expect(content.integrity).toBe('ok');
    expectMigrated(file);
  });
});
