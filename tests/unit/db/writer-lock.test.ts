import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireWriterLock, lockPathFor, otherWriter } from '../../../src/main/core/db/writer-lock.ts';
import { tempDir } from '../tmp.ts';

/** A child process that takes the lock, says so, and waits to be killed. */
async function holdInChild(dbPath: string) {
  const code = `import { acquireWriterLock } from ${JSON.stringify(path.resolve('src/main/core/db/writer-lock.ts'))};
    acquireWriterLock(${JSON.stringify(dbPath)}, 'command line'); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
    child.on('exit', (c) => reject(new Error(`child exited ${c}`)));
  });
  return child;
}

describe('writer lock', () => {
  it('is reentrant in one process and removed when the last holder releases it', () => {
    const db = path.join(tempDir(), 'sub', 'w.db');
    const a = acquireWriterLock(db, 'test');
    const b = acquireWriterLock(db, 'test');
    expect(fs.existsSync(lockPathFor(db))).toBe(true);
    a.release();
    a.release();
    expect(fs.existsSync(lockPathFor(db))).toBe(true);
    b.release();
    expect(fs.existsSync(lockPathFor(db))).toBe(false);
  });

  it('refuses while another live process holds it, naming it; takes over once that process is killed', async () => {
    const db = path.join(tempDir(), 'w.db');
    const child = await holdInChild(db);
    try {
      expect(otherWriter(db)).toMatchObject({ pid: child.pid, kind: 'command line' });
      expect(() => acquireWriterLock(db, 'test')).toThrow(new RegExp(`in use by another Policy Matrix process \\(the command line, process ${child.pid}`));
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
    }
    expect(otherWriter(db)).toBeNull();
    const lock = acquireWriterLock(db, 'test');
    expect(JSON.parse(fs.readFileSync(lockPathFor(db), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('treats an unreadable lock file (a crash while writing it) as stale', () => {
    const db = path.join(tempDir(), 'w.db');
    fs.writeFileSync(lockPathFor(db), '{"pid":');
    acquireWriterLock(db, 'test').release();
    expect(fs.existsSync(lockPathFor(db))).toBe(false);
  });
});
