import fs from 'node:fs';
import type { OriginalFile, SourceInfo } from '../../../../shared/types.ts';
import { AppError, notFound } from '../../errors.ts';
import type { OriginalsStore } from './originals.ts';
import { sha256Hex } from './originals.ts';

/** A part of the original, in bytes. */
export interface ByteRange {
  offset: number;
  length: number;
}

/**
 * What a file looked like on disk when its whole content last matched its hash: a ranged read of a
 * file that still looks exactly so is served without hashing the whole file again (pdf.js asks for
 * tens of 64 KB parts of a page's objects; hashing 5 MB for each would cost more than the parts).
 * The same idea as git's index, with its guard against "racy" entries: a file modified within
 * RACY_MS of the check is hashed again on every read, since a write in the same timestamp tick as
 * the check would leave the same size and times behind.
 */
interface Verified {
  sha256: string;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
  dev: bigint;
}
const RACY_MS = 2000n;
const verifiedByStore = new WeakMap<OriginalsStore, Map<string, Verified>>();

function sameFile(v: Verified, st: fs.BigIntStats, sha256: string): boolean {
  return v.sha256 === sha256 && v.size === st.size && v.mtimeNs === st.mtimeNs && v.ctimeNs === st.ctimeNs && v.ino === st.ino && v.dev === st.dev;
}

/**
 * The stored original of an imported source (or the asked-for range of it), checked against the hash
 * recorded when it was imported. Only reads: a file that is gone or whose bytes no longer match is
 * reported, never repaired or re-hashed into the database, so the database stays exactly as it was.
 */
export function readOriginalFile(originals: OriginalsStore, source: { id: string; info: SourceInfo } | undefined, docId: string, range?: ByteRange): OriginalFile {
  if (!source) throw notFound(`No imported source ${docId}.`);
  const { sha256, fileName, format } = source.info;
  if (format !== 'pdf') throw new AppError('invalid-request', `${fileName} is not a PDF: only PDF sources have pages to show.`);
  const file = originals.pathOf(sha256);
  let verified = verifiedByStore.get(originals);
  if (!verified) verifiedByStore.set(originals, (verified = new Map<string, Verified>()));
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    verified.delete(file);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', sha256, fileName };
    throw new AppError('io', `The original of ${fileName} could not be read: ${(error as Error).message}`);
  }
  try {
    const st = fs.fstatSync(fd, { bigint: true });
    const known = verified.get(file);
    if (!range || !known || !sameFile(known, st, sha256)) {
      verified.delete(file);
      const bytes = fs.readFileSync(fd);
      const actual = sha256Hex(bytes);
      if (actual !== sha256) return { status: 'changed', sha256, fileName, actual };
      if (BigInt(Date.now()) * 1_000_000n - st.mtimeNs > RACY_MS * 1_000_000n) {
        verified.set(file, { sha256, size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs, ino: st.ino, dev: st.dev });
      }
      const part = range ? bytes.subarray(Math.min(range.offset, bytes.length), Math.min(range.offset + range.length, bytes.length)) : bytes;
      return { status: 'ok', sha256, fileName, size: bytes.length, base64: Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('base64') };
    }
    const size = Number(st.size);
    const start = Math.min(range.offset, size);
    const part = Buffer.alloc(Math.min(range.length, size - start));
    let read = 0;
    while (read < part.length) {
      const n = fs.readSync(fd, part, read, part.length - read, start + read);
      if (n === 0) break;
      read += n;
    }
    return { status: 'ok', sha256, fileName, size, base64: part.subarray(0, read).toString('base64') };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('io', `The original of ${fileName} could not be read: ${(error as Error).message}`);
  } finally {
    fs.closeSync(fd);
  }
}
