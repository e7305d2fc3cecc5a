import type { ErrorCode } from '../../shared/errors.ts';
import { BUSY_MESSAGE } from '../../shared/errors.ts';

/** An error whose message is written for the analyst, with a code the interface can act on. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: string[] | undefined;

  constructor(code: ErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function notFound(what: string): AppError {
  return new AppError('not-found', what);
}

/** SQLite gave up waiting for another connection's write lock (busy_timeout passed). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED');
}

export function busyError(): AppError {
  return new AppError('busy', BUSY_MESSAGE.en);
}

/** The error as the analyst should see it: AppErrors as they are, a lock timeout as `busy`, null for anything else. */
export function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isBusyError(error)) return busyError();
  return null;
}
