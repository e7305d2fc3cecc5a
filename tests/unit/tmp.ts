import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Run after the current test (files are removed, handles closed). */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'pm-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
