import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/core/errors.ts';
import { acquireInstanceLock, lockPathFor } from '../../../src/main/core/instance-lock.ts';
import { tempDir } from '../helpers.ts';

/** The PID of a process that has certainly exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('the single-writer lock', () => {
  it('lets one instance hold a database and names it to the next', () => {
    const db = path.join(tempDir(), 'policy-matrix.db');
    const lock = acquireInstanceLock(db, 'browser');
    lock.update('http://127.0.0.1:5000');
    expect(JSON.parse(fs.readFileSync(lockPathFor(db), 'utf8'))).toMatchObject({ pid: process.pid, shell: 'browser', address: 'http://127.0.0.1:5000' });
    let refused: unknown;
    try {
      acquireInstanceLock(db, 'desktop');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('conflict');
    expect((refused as AppError).message).toMatch(/already open on this database in a browser window at http:\/\/127\.0\.0\.1:5000/);
    lock.release();
    expect(fs.existsSync(lockPathFor(db))).toBe(false);
    acquireInstanceLock(db, 'desktop').release();
  });

  it('takes over the lock of an instance that died, and never removes a lock it does not hold', () => {
    const db = path.join(tempDir(), 'policy-matrix.db');
    fs.writeFileSync(lockPathFor(db), JSON.stringify({ pid: deadPid(), host: os.hostname(), shell: 'desktop', startedAt: '2026-01-01T00:00:00Z' }));
    const lock = acquireInstanceLock(db, 'browser');
    // Someone replaced the file (a takeover after we were thought dead): release leaves theirs alone.
    const theirs = JSON.stringify({ pid: process.pid + 1, host: os.hostname(), shell: 'desktop', startedAt: 'later' });
    fs.writeFileSync(lockPathFor(db), theirs);
    lock.release();
    expect(fs.readFileSync(lockPathFor(db), 'utf8')).toBe(theirs);
  });

  it('treats an unreadable lock as stale, and a lock from another machine as held', () => {
    const db = path.join(tempDir(), 'policy-matrix.db');
    fs.writeFileSync(lockPathFor(db), 'garbage');
    acquireInstanceLock(db, 'browser').release();
    fs.writeFileSync(lockPathFor(db), JSON.stringify({ pid: deadPid(), host: 'another-machine', shell: 'desktop', startedAt: 'x' }));
    expect(() => acquireInstanceLock(db, 'browser')).toThrow(/already open on this database in another window \(process \d+ on another-machine/);
  });
});
