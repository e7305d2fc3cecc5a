import type { ErrorCode } from '../../../shared/contract.ts';
import type { MigrationPhase } from './migration-progress.ts';

export interface MigrateRequest {
  file: string;
  backupDir?: string;
  busyTimeoutMs?: number;
  /** One Int32: 1 = cancel. Shared, because the worker is busy in SQLite and reads no messages. */
  cancel: SharedArrayBuffer;
}

export type MigrateReply =
  | { type: 'progress'; progress: MigrationPhase }
  | { type: 'done' }
  | { type: 'cancelled' }
  | { type: 'error'; code: ErrorCode; message: string };
