// Atomic write against the real file system: missing folder, a folder in the way, a read-only
// folder. Faults the file system will not produce on demand (disk full, a file held open) are in
// atomic-write-faults.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportError, writeWorkbook } from '../../../src/main/core/export/index.ts';
import { writeFileAtomic } from '../../../src/main/core/export/atomic-write.ts';
import { tempDir } from '../tmp.ts';
import { fixtureInput } from './fixture.ts';

async function failure(p: Promise<unknown>): Promise<ExportError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ExportError);
    return err as ExportError;
  }
  throw new Error('expected the export to fail');
}

// Root ignores file permissions, so a read-only folder cannot be simulated there (CI runs unprivileged).
const isRoot = process.getuid?.() === 0;
if (isRoot) console.warn('atomic-write: read-only folder test skipped: running as root, which ignores folder permissions');

describe('atomic write', () => {
  it('replaces an existing file and leaves no temp file behind', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.xlsx');
    fs.writeFileSync(target, 'old');
    const result = await writeWorkbook(fixtureInput('zh'), target);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expect(result.bytes).toBe(fs.statSync(target).size);
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
  });

  it('missing folder: a clear error, nothing created', async () => {
    const dir = tempDir();
    const err = await failure(writeWorkbook(fixtureInput('zh'), path.join(dir, 'nope', 'out.xlsx')));
    expect(err.code).toBe('missing-folder');
    expect(err.message).toBe(`The folder does not exist: ${path.join(dir, 'nope')}`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('path is a folder: a clear error, the folder and its contents untouched', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.xlsx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'keep');
    const err = await failure(writeWorkbook(fixtureInput('zh'), target));
    expect(err.code).toBe('is-directory');
    expect(err.message).toContain('is a folder');
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
    expect(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it('a folder created at the target while writing: folder untouched, temp removed', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.xlsx');
    // The folder appears once the write has started (caught by the pre-check or by the rename).
    const data = Buffer.from('PK-not-really');
    const write = writeFileAtomic(target, data);
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'keep');
    const err = await failure(write);
    expect(['is-directory', 'io']).toContain(err.code);
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
    expect(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });

  it.skipIf(isRoot)('read-only folder: a clear error, no temp file, the existing file untouched', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.xlsx');
    fs.writeFileSync(target, 'previous export');
    fs.chmodSync(dir, 0o555);
    try {
      const err = await failure(writeWorkbook(fixtureInput('zh'), target));
      expect(err.code).toBe('not-writable');
      expect(err.message).toBe(`No permission to write in this folder: ${dir}`);
      expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
      expect(fs.readFileSync(target, 'utf8')).toBe('previous export');
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});
