import { busyError, isBusyError } from '../errors.ts';
import type { Db } from './open.ts';

/**
 * Run `fn` as one write transaction that takes the write lock first (BEGIN IMMEDIATE). A deferred
 * transaction that reads before it writes cannot honour busy_timeout: when another process commits
 * in between, SQLite must fail the lock upgrade at once (SQLITE_BUSY / BUSY_SNAPSHOT) instead of
 * waiting. Taking the lock up front makes every writer queue for up to busy_timeout; past that, the
 * analyst gets a `busy` error and nothing was changed.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (error) {
    if (isBusyError(error)) throw busyError();
    throw error;
  }
}
