// Opening a database that needs migrating, without blocking the caller's event loop: the backup and
// the migration run in a worker thread (its own connection), which reports progress; the caller
// opens the migrated file afterwards as usual. One migration stays one transaction: a cancel rolls
// it back, and a crash (the process killed mid-way) leaves no commit, so either way the file keeps
// its old schema exactly as it was.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { workerUrl } from '../worker-url.ts';
import { MigrationCancelled } from './migration-progress.ts';
import type { MigrationPhase } from './migration-progress.ts';
import type { MigrateReply, MigrateRequest } from './migrate-protocol.ts';
import { schemaVersionOf } from './open.ts';
import { SCHEMA_VERSION } from './migrations.ts';

export interface MigrateOptions {
  backupDir?: string;
  busyTimeoutMs?: number;
  onProgress?: (progress: MigrationPhase) => void;
  /** Aborting cancels: the migration rolls back, the promise rejects with MigrationCancelled. */
  signal?: AbortSignal;
}

/**
 * Bring an existing database file up to this version's schema in a worker. Resolves `false` when
 * there was nothing to migrate (a new file, or one already current: no worker is started), `true`
 * once migrated. A newer schema or a file that is not ours is left to openDatabase to refuse.
 */
export function migrateInWorker(file: string, options: MigrateOptions = {}): Promise<boolean> {
  const from = schemaVersionOf(file);
  if (from === 0 || from >= SCHEMA_VERSION) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new MigrationCancelled());
      return;
    }
    const cancel = new SharedArrayBuffer(4);
    const request: MigrateRequest = {
      file,
      cancel,
      ...(options.backupDir !== undefined ? { backupDir: options.backupDir } : {}),
      ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    };
    const worker = new Worker(workerUrl(import.meta.url, './migrate-worker.ts', 'migrate-worker.js', 'migration worker'), { workerData: request });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    // Not terminate(): the worker is inside SQLite and would only stop after the batch anyway; the
    // flag lets it roll back and close its connection itself.
    const onAbort = () => Atomics.store(new Int32Array(cancel), 0, 1);
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (reply: MigrateReply) => {
      if (reply.type === 'progress') options.onProgress?.(reply.progress);
      else if (reply.type === 'done') finish(() => resolve(true));
      else if (reply.type === 'cancelled') finish(() => reject(new MigrationCancelled()));
      else finish(() => reject(new AppError(reply.code, reply.message)));
    });
    worker.on('error', (error) => finish(() => reject(new AppError('internal', `The migration worker failed: ${error.message}`))));
    worker.on('exit', (code) => finish(() => reject(new AppError('internal', `The migration worker stopped unexpectedly (exit code ${code}).`))));
  });
}
