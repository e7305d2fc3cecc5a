// Errors about files, put into words: which file, what was being done to it, and why — "the disk is
// full", "the folder is read-only" — whether the cause came from the file system or from SQLite.
import { AppError } from '../errors.ts';
import type { ErrorCode } from '../../../shared/contract.ts';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  SQLITE_FULL: 'the disk is full',
  EROFS: 'the folder is read-only',
  SQLITE_READONLY: 'the folder is read-only',
  SQLITE_READONLY_DIRECTORY: 'the folder is read-only',
  EACCES: 'permission denied (the folder is read-only for you, or the file belongs to someone else)',
  EPERM: 'the operation is not permitted (is the file open in another program?)',
  SQLITE_PERM: 'permission denied',
  EBUSY: 'the file is in use by another program',
  SQLITE_BUSY: 'the file is in use by another program',
  ENOENT: 'it does not exist',
  ENOTDIR: 'a folder on the way does not exist',
  EISDIR: 'that is a folder, not a file',
  SQLITE_CANTOPEN: 'it cannot be opened (missing, a folder, or not readable)',
  SQLITE_CORRUPT: 'the file is damaged',
  SQLITE_NOTADB: 'it is not an SQLite database',
  SQLITE_IOERR: 'the disk reported a read/write error',
  SQLITE_TOOBIG: 'a value in it is too large',
};

export function errorCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error) || typeof error.code !== 'string') return null;
  return error.code;
}

/** The reason in words, or the raw message when the cause is unusual. */
export function reasonOf(error: unknown): string {
  const code = errorCodeOf(error);
  if (code) {
    const exact = REASONS[code];
    if (exact) return exact;
    // SQLite extended codes: SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, SQLITE_CANTOPEN_ISDIR …
    const base = Object.keys(REASONS).find((k) => k.startsWith('SQLITE_') && code.startsWith(`${k}_`));
    if (base) return REASONS[base]!;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/disk is full|database or disk is full/i.test(message)) return 'the disk is full';
  if (/readonly|read-only/i.test(message)) return 'the folder is read-only';
  return message;
}

/**
 * `Could not <doing> <file>: <why>.` An AppError passes through unchanged: it already names its
 * file. `unchanged` adds the promise the caller can keep ("Nothing was changed.").
 */
export function fileError(error: unknown, doing: string, file: string, options: { unchanged?: boolean; code?: ErrorCode } = {}): AppError {
  if (error instanceof AppError) return error;
  const code = options.code ?? (errorCodeOf(error) === 'ENOENT' ? 'not-found' : 'io');
  return new AppError(code, `Could not ${doing} ${file}: ${reasonOf(error)}.${options.unchanged ? ' Nothing was changed.' : ''}`);
}
