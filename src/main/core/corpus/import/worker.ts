// The import worker: reads one file's format into blocks off the main thread. It only extracts;
// storing happens in the caller, so terminating the worker (cancel) leaves nothing behind.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import { extractSource } from './extract.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

const request = workerData as WorkerRequest;
const post = (reply: WorkerReply) => parentPort!.postMessage(reply);

try {
  const extracted = await extractSource(request.bytes, request.fileName, {
    encoding: request.encoding,
    onProgress: (p) => post({ type: 'progress', done: p.done, total: p.total }),
  });
  post({ type: 'done', extracted });
} catch (error) {
  const e = error as Error;
  post({ type: 'error', code: error instanceof AppError ? error.code : 'internal', message: error instanceof AppError ? e.message : `${e.name}: ${e.message}` });
}
