import fs from 'node:fs';
import type { OriginalFile, SourceInfo } from '../../../../shared/types.ts';
import { AppError, notFound } from '../../errors.ts';
import type { OriginalsStore } from './originals.ts';
import { sha256Hex } from './originals.ts';

/**
 * The stored original of an imported source, checked against the hash recorded when it was imported.
 * Only reads: a file that is gone or whose bytes no longer match is reported, never repaired or
 * re-hashed, so the database stays exactly as it was.
 */
export function readOriginalFile(originals: OriginalsStore, source: { id: string; info: SourceInfo } | undefined, docId: string): OriginalFile {
  if (!source) throw notFound(`No imported source ${docId}.`);
  const { sha256, fileName, format } = source.info;
  if (format !== 'pdf') throw new AppError('invalid-request', `${fileName} is not a PDF: only PDF sources have pages to show.`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(originals.pathOf(sha256));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', sha256, fileName };
    throw new AppError('io', `The original of ${fileName} could not be read: ${(error as Error).message}`);
  }
  const actual = sha256Hex(bytes);
  if (actual !== sha256) return { status: 'changed', sha256, fileName, actual };
  return { status: 'ok', sha256, fileName, size: bytes.length, base64: bytes.toString('base64') };
}
