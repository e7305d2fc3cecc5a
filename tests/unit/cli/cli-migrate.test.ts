// The command line on an older database: the migration's progress on stderr, and Ctrl+C cancels it
// (exit 130) leaving the project as it was; the next command migrates and runs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run.ts';
import { SCHEMA_VERSION } from '../../../src/main/core/db/migrations.ts';
import { schemaVersionOf } from '../../../src/main/core/db/open.ts';
import { DATA_DIR, ROOT, tempDir } from '../helpers.ts';
import { contentOf, fileState, schema6File } from '../db/schema6.ts';

const PARAGRAPHS = 10_000;

describe('the command line on a database that needs migrating', () => {
  it('shows the progress on stderr; Ctrl+C cancels and leaves the file as it was; the next run migrates', async () => {
    const dir = tempDir();
    const db = schema6File(dir, PARAGRAPHS);
    const before = fileState(db);
    let stderr = '';
    let interrupt: (() => void) | null = null;
    let listening = 0;
    const code = await runCli(['corpus', 'list', '--db', db, '--data', DATA_DIR], {
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
        if (t.startsWith('Updating the search index')) interrupt?.();
      },
      onInterrupt: (handler) => {
        interrupt = handler;
        listening++;
        return () => {
          interrupt = null;
          listening--;
        };
      },
    });
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('Backing up the project…');
    expect(stderr).toMatch(/Updating the search index: 0 of 10,000 paragraphs \(0 %\)/);
    expect(stderr).toContain('Cancelling… the project stays as it was.');
    expect(stderr).toContain('policy-matrix: The update was cancelled; the project was left as it was.');
    expect(listening).toBe(0); // Ctrl+C is the process's own again
    expect(fileState(db)).toEqual({ sha256: before.sha256, wal: 0 });
    expect(contentOf(db).version).toBe(6);

    stderr = '';
    const again = await runCli(['corpus', 'list', '--db', db, '--data', DATA_DIR], { stdout: () => {}, stderr: (t) => (stderr += t) });
    expect(again, stderr).toBe(0);
    expect(stderr).toMatch(/Updating the search index: 10,000 of 10,000 paragraphs \(100 %\)\nWriting the update…\n/);
    expect(schemaVersionOf(db)).toBe(SCHEMA_VERSION);
  });

  it('a bad data folder is said before an older database is touched: the file stays as it was', async () => {
    const dir = tempDir();
    const db = schema6File(dir, 2_000);
    const before = fileState(db);
    let stderr = '';
    const code = await runCli(['corpus', 'list', '--db', db, '--data', path.join(dir, 'no-such-data')], { stdout: () => {}, stderr: (t) => (stderr += t) });
    expect(code, stderr).not.toBe(0);
    expect(stderr).not.toContain('Backing up the project');
    expect(fileState(db)).toEqual({ sha256: before.sha256, wal: 0 });
    expect(contentOf(db).version).toBe(6);
  });

  it('spawned: SIGINT during the migration exits 130 and the file is unchanged', async () => {
    const dir = tempDir();
    const db = schema6File(dir, PARAGRAPHS);
    const before = fileState(db);
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', path.join(ROOT, 'src/main/cli/index.ts'), 'corpus', 'list', '--db', db, '--data', DATA_DIR], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('Updating the search index') && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('the project was left as it was');
    expect(fileState(db)).toEqual({ sha256: before.sha256, wal: 0 });
  });
});
