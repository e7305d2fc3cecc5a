// One error type for everything the export can fail on, with a message an analyst can act on.
// `code` lets the IPC layer map it (e.g. to ApiError 'io' / 'not-found') without parsing text.

export type ExportErrorCode =
  | 'unknown-domain'
  | 'missing-folder'
  | 'not-writable'
  | 'locked'
  | 'disk-full'
  | 'is-directory'
  | 'io';

export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly path: string | null;

  constructor(code: ExportErrorCode, message: string, path: string | null = null, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ExportError';
    this.code = code;
    this.path = path;
  }
}

function errnoCode(err: unknown): string | null {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return null;
}

/**
 * Turns a file-system error into an ExportError. `stage` matters on Windows: EPERM while renaming
 * onto the target almost always means the file is open in Excel, while EPERM on the temp file means
 * the folder itself refuses writes.
 */
export function fsExportError(err: unknown, stage: 'write' | 'replace', target: string, folder: string): ExportError {
  const code = errnoCode(err);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ExportError('missing-folder', `The folder does not exist: ${folder}`, target, err);
    case 'EACCES':
    case 'EROFS':
      return new ExportError('not-writable', `No permission to write in this folder: ${folder}`, target, err);
    case 'EPERM':
      return stage === 'replace'
        ? new ExportError('locked', `The file is open in another program (close it in Excel and try again): ${target}`, target, err)
        : new ExportError('not-writable', `No permission to write in this folder: ${folder}`, target, err);
    case 'EBUSY':
    case 'ETXTBSY':
      return new ExportError('locked', `The file is open in another program (close it in Excel and try again): ${target}`, target, err);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportError('disk-full', `The disk is full; free some space and try again: ${folder}`, target, err);
    case 'EISDIR':
      return new ExportError('is-directory', `The chosen path is a folder, not a file: ${target}`, target, err);
    default: {
      const detail = err instanceof Error ? err.message : String(err);
      return new ExportError('io', `Could not write ${target}: ${detail}`, target, err);
    }
  }
}
