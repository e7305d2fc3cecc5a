import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireSwapLock, acquireWriterLock, otherUsers, usersDirFor } from '../../../src/main/core/db/writer-lock.ts';
import { tempDir } from '../tmp.ts';

/** A child process that registers as a user of `dbPath`, says so, and waits to be killed. */
async function userInChild(dbPath: string, kind: string) {
  const code = `import { acquireWriterLock } from ${JSON.stringify(path.resolve('src/main/core/db/writer-lock.ts'))};
    acquireWriterLock(${JSON.stringify(dbPath)}, ${JSON.stringify(kind)}); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
    child.on('exit', (c) => reject(new Error(`child exited ${c}`)));
  });
  return {
    pid: child.pid!,
    kill: async () => {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
    },
  };
}

describe('database users', () => {
  it('registration is reentrant in one process and removed when the last holder releases it', () => {
    const db = path.join(tempDir(), 'sub', 'w.db');
    const a = acquireWriterLock(db, 'test');
    const b = acquireWriterLock(db, 'test');
    expect(fs.readdirSync(usersDirFor(db))).toEqual([`${process.pid}.json`]);
    a.release();
    a.release();
    expect(fs.readdirSync(usersDirFor(db))).toHaveLength(1);
    b.release();
    expect(fs.readdirSync(usersDirFor(db))).toEqual([]);
  });

  it('ordinary users share the database; a swap refuses while another live process uses it, naming it', async () => {
    const db = path.join(tempDir(), 'w.db');
    const mine = acquireWriterLock(db, 'desktop app');
    const cli = await userInChild(db, 'command line');
    try {
      expect(otherUsers(db)).toMatchObject([{ pid: cli.pid, kind: 'command line' }]);
      expect(() => acquireSwapLock(db)).toThrow(new RegExp(`in use by the command line \\(process ${cli.pid}, .*the project cannot be replaced`));
    } finally {
      await cli.kill();
    }
    // Its process is gone: it no longer counts, and the swap may go ahead.
    expect(otherUsers(db)).toEqual([]);
    const swap = acquireSwapLock(db);
    swap.release();
    mine.release();
  });

  it('one interactive shell per profile: a second desktop app or browser server is refused', async () => {
    const db = path.join(tempDir(), 'w.db');
    const app = await userInChild(db, 'desktop app');
    try {
      expect(() => acquireWriterLock(db, 'browser server')).toThrow(new RegExp(`already open on this profile: .* the desktop app \\(process ${app.pid}`));
      acquireWriterLock(db, 'command line').release();
    } finally {
      await app.kill();
    }
    acquireWriterLock(db, 'browser server').release();
  });

  it('a new user is kept out while a swap is under way', () => {
    const db = path.join(tempDir(), 'w.db');
    const swap = acquireSwapLock(db);
    // Same process: allowed (the swapping workspace reopens its own database).
    acquireWriterLock(db, 'test').release();
    // Another process's marker: refused.
    const marker = path.join(usersDirFor(db), 'swap.json');
    const mine = fs.readFileSync(marker, 'utf8');
    fs.writeFileSync(marker, mine.replace(/"pid":\d+/, `"pid":${process.ppid}`));
    expect(() => acquireWriterLock(db, 'command line')).toThrow(/being replaced right now/);
    fs.writeFileSync(marker, mine);
    swap.release();
    expect(fs.existsSync(marker)).toBe(false);
  });
});
