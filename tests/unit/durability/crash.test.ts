import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, openWorkspace, ROOT, tempDir } from '../helpers.ts';

describe('durability', () => {
  it('every acknowledged write survives SIGKILL in the middle of a stream of writes', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'policy-matrix.db');
    // Create the database first so the child spends its time writing.
    openWorkspace(dir).close();

    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', path.join(ROOT, 'tests/unit/durability/writer.ts'), dbPath, DATA_DIR], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
        // Kill mid-stream, at an arbitrary point while writes are in flight.
        if (acked.length >= 300 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited ${code}: ${stderr}`))));
    });
    await new Promise((r) => child.once('close', r));

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set((db.prepare('SELECT id FROM annotations').all() as Array<{ id: string }>).map((r) => r.id));
    db.close();
    const missing = acked.filter((id) => !stored.has(id));
    console.log(`crash test: ${acked.length} writes acknowledged, ${stored.size} found after SIGKILL, ${missing.length} acknowledged writes missing`);
    expect(missing).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(acked.length);

    // The app opens the file normally afterwards.
    const ws = openWorkspace(dir);
    expect(ws.listAnnotations().length).toBe(stored.size);
  });
});
