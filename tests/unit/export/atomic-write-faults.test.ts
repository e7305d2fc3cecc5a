// File-system faults that cannot be produced on demand (full disk, a file held open by Excel,
// Windows' EPERM on rename, permissions when running as root) are injected into node:fs/promises.
import fs from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportError } from '../../../src/main/core/export/errors.ts';
import { writeFileAtomic } from '../../../src/main/core/export/atomic-write.ts';
import { tempDir } from '../tmp.ts';

const fault = vi.hoisted(() => ({ open: '', write: '', rename: '' }));

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      if (fault.open) throw errno(fault.open);
      const handle = await real.open(...args);
      if (!fault.write) return handle;
      const code = fault.write;
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') return async () => { throw errno(code); };
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    rename: async (...args: Parameters<typeof real.rename>) => {
      if (fault.rename) throw errno(fault.rename);
      return real.rename(...args);
    },
  };
});

afterEach(() => {
  fault.open = fault.write = fault.rename = '';
});

async function attempt(): Promise<{ err: ExportError; dir: string; target: string }> {
  const dir = tempDir();
  const target = path.join(dir, 'briefing.xlsx');
  fs.writeFileSync(target, 'previous export');
  try {
    await writeFileAtomic(target, Buffer.from('new export'));
  } catch (err) {
    expect(err).toBeInstanceOf(ExportError);
    // Whatever went wrong: no temp file left, the previous export intact.
    expect(fs.readdirSync(dir)).toEqual(['briefing.xlsx']);
    expect(fs.readFileSync(target, 'utf8')).toBe('previous export');
    return { err: err as ExportError, dir, target };
  }
  throw new Error('expected the write to fail');
}

describe('atomic write faults', () => {
  it('EACCES creating the temp file: folder not writable', async () => {
    fault.open = 'EACCES';
    const { err, dir } = await attempt();
    expect(err.code).toBe('not-writable');
    expect(err.message).toBe(`No permission to write in this folder: ${dir}`);
  });

  it('EPERM creating the temp file: folder not writable', async () => {
    fault.open = 'EPERM';
    expect((await attempt()).err.code).toBe('not-writable');
  });

  it('ENOSPC while writing: disk full, temp file removed', async () => {
    fault.write = 'ENOSPC';
    const { err } = await attempt();
    expect(err.code).toBe('disk-full');
    expect(err.message).toMatch(/^The disk is full/);
  });

  it('EBUSY replacing the target: the file is open elsewhere', async () => {
    fault.rename = 'EBUSY';
    const { err, target } = await attempt();
    expect(err.code).toBe('locked');
    expect(err.message).toBe(`The file is open in another program (close it in Excel and try again): ${target}`);
  });

  it('EPERM replacing the target (Windows, file open in Excel): locked', async () => {
    fault.rename = 'EPERM';
    expect((await attempt()).err.code).toBe('locked');
  });

  it('anything else: an io error that still names the file', async () => {
    fault.rename = 'EIO';
    const { err, target } = await attempt();
    expect(err.code).toBe('io');
    expect(err.message).toContain(target);
  });
});
