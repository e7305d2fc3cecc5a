import type { ErrorCode } from '../../shared/contract.ts';

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
