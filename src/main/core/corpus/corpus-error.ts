import type { ErrorCode } from '../../../shared/contract.ts';
import { AppError } from '../errors.ts';

/** A source text or the corpus index cannot be used; the message names the file and what is wrong. */
export class CorpusError extends AppError {
  readonly file: string;

  constructor(file: string, message: string, code: ErrorCode = 'bad-file') {
    super(code, message);
    this.name = 'CorpusError';
    this.file = file;
  }
}
