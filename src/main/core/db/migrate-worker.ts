// The migration worker: opens (and so backs up and migrates) one database file off the main thread,
// reporting progress. A cancel is a flag in shared memory, read between batches: the migration then
// throws inside its transaction and SQLite rolls it back.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { MigrationCancelled } from './migration-progress.ts';
import { openDatabase } from './open.ts';
import type { MigrateReply, MigrateRequest } from './migrate-protocol.ts';

const request = workerData as MigrateRequest;
const post = (reply: MigrateReply) => parentPort!.postMessage(reply);
const cancelFlag = new Int32Array(request.cancel);

try {
  const db = openDatabase(request.file, {
    ...(request.backupDir !== undefined ? { backupDir: request.backupDir } : {}),
    ...(request.busyTimeoutMs !== undefined ? { busyTimeoutMs: request.busyTimeoutMs } : {}),
    migration: { onProgress: (progress) => post({ type: 'progress', progress }), cancelled: () => Atomics.load(cancelFlag, 0) === 1 },
  });
  db.close();
  post({ type: 'done' });
} catch (error) {
  const e = error as Error;
  if (error instanceof MigrationCancelled) post({ type: 'cancelled' });
  else post({ type: 'error', code: error instanceof AppError ? error.code : 'internal', message: error instanceof AppError ? e.message : `${e.name}: ${e.message}` });
}
