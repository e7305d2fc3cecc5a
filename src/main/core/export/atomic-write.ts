// Writes the finished workbook next to the target and renames it into place, so a failed or
// interrupted export never leaves a half-written file or clobbers the previous one.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExportError, fsExportError } from './errors.ts';

/** Exposed for tests: the temp file lives in the target's folder (a rename across volumes is not atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Fails early, before any work, when the target cannot possibly be written. */
export async function checkTarget(target: string, folder: string = dirname(target)): Promise<void> {
  try {
    const dir = await stat(folder);
    if (!dir.isDirectory()) throw new ExportError('missing-folder', `The folder does not exist: ${folder}`, target);
  } catch (err) {
    if (err instanceof ExportError) throw err;
    throw fsExportError(err, 'write', target, folder);
  }
  try {
    if ((await stat(target)).isDirectory()) {
      throw new ExportError('is-directory', `The chosen path is a folder, not a file: ${target}`, target);
    }
  } catch (err) {
    if (err instanceof ExportError) throw err;
    // ENOENT is the normal case (a new file); anything else will surface again when writing.
  }
}

/** Returns the number of bytes written. */
export async function writeFileAtomic(target: string, data: Buffer): Promise<number> {
  const folder = dirname(target);
  await checkTarget(target, folder);
  const temp = tempPathFor(target);
  let stage: 'write' | 'replace' = 'write';
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      // Flush before the rename: otherwise a crash right after it could leave an empty target.
      await handle.sync();
    } finally {
      await handle.close();
    }
    stage = 'replace';
    await rename(temp, target);
    return data.length;
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err instanceof ExportError ? err : fsExportError(err, stage, target, folder);
  }
}
