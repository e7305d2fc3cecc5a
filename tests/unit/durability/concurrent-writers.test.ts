// Two processes writing one database (the desktop app and the command line, say): every write
// transaction takes the write lock first (BEGIN IMMEDIATE), so writers queue within busy_timeout
// instead of failing; past it, the analyst gets a `busy` error, never a stack trace, and nothing changes.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BUSY_MESSAGE } from '../../../src/shared/errors.ts';
import { createHandlers } from '../../../src/main/ipc/handlers.ts';
import { dispatch } from '../../../src/main/ipc/dispatch.ts';
import { DATA_DIR, onCleanup, openWorkspace, ROOT, tempDir, testHost } from '../helpers.ts';

function annotateInChild(dbPath: string, count: number, tag: string): Promise<string[]> {
  const child = spawn(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', path.join(ROOT, 'tests/unit/durability/annotate-many.ts'), dbPath, DATA_DIR, String(count), tag],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`writer ${tag} exited ${code}: ${err}`)))),
  );
}

const host = testHost();

describe('writers wait instead of failing', () => {
  it('two processes adding 2,000 annotations each to one database: all 4,000 are stored and found', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'policy-matrix.db');
    openWorkspace(dir).close(); // created and migrated once, so both children spend their time writing
    const [a, b] = await Promise.all([annotateInChild(dbPath, 2000, 'first'), annotateInChild(dbPath, 2000, 'second')]);
    expect(a).toHaveLength(2000);
    expect(b).toHaveLength(2000);

    const db = new Database(dbPath, { readonly: true });
    onCleanup(() => db.close());
    const stored = new Set((db.prepare('SELECT id FROM annotations').all() as Array<{ id: string }>).map((r) => r.id));
    expect(stored.size).toBe(4000);
    expect([...a, ...b].filter((id) => !stored.has(id))).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM steps').get()).toEqual({ n: 4000 });
    db.close();

    const ws = openWorkspace(dir);
    expect(ws.listAnnotations({ query: 'second 1999' })).toHaveLength(1);
    expect(ws.matrixView().rows.find((r) => r.id === 'investment-review')!.annotations).toBe(4000);
  }, 120_000);

  it('past busy_timeout a write fails as `busy` with a message in both languages available, and changes nothing', async () => {
    const dir = tempDir();
    const ws = openWorkspace(dir, { busyTimeoutMs: 200 });
    const handlers = createHandlers(ws, host, { backupDir: tempDir() });
    const before = ws.listAnnotations().length;

    // Another connection (another window, the command line) holds the write lock.
    const other = new Database(ws.dbPath);
    onCleanup(() => other.close());
    other.exec('BEGIN IMMEDIATE');
    const target = { domainId: 'export-control', actorId: 'JP', evidenceId: null };
    const answer = await dispatch(handlers, 'annotations:add', { target, category: 'other', text: 'waits in vain' });
    expect(answer).toEqual({ ok: false, error: { code: 'busy', message: BUSY_MESSAGE.en } });
    expect(BUSY_MESSAGE.zh).toMatch(/另一个窗口或命令/);
    expect(await dispatch(handlers, 'edit:undo', undefined)).toMatchObject({ ok: false, error: { code: 'busy' } });
    other.exec('ROLLBACK');

    expect(ws.listAnnotations()).toHaveLength(before);
    expect(await dispatch(handlers, 'annotations:add', { target, category: 'other', text: 'now it goes in' })).toMatchObject({ ok: true });
  });
});
