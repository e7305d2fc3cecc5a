import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import { workerUrl } from '../../worker-url.ts';
import type { ExtractedSource } from './blocks.ts';
import { ImportCancelled } from './pdf-importer.ts';
import type { ImportProgress } from './pdf-importer.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';
import { stopWhenOnline } from '../../worker-stop.ts';

/**
 * Extracts a file in a worker thread, so a 300-page PDF never blocks the window. Progress per page;
 * aborting the signal terminates the worker at once (nothing has been stored at that point).
 */
export function extractInWorker(request: WorkerRequest, control: { onProgress?: (p: ImportProgress) => void; signal?: AbortSignal } = {}): Promise<ExtractedSource> {
  return new Promise((resolve, reject) => {
    if (control.signal?.aborted) {
      reject(new ImportCancelled());
      return;
    }
    const worker = new Worker(workerUrl(import.meta.url, './worker.ts', 'import-worker.js', 'import worker'), { workerData: request, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    let settled = false;
    const stop = stopWhenOnline(worker);
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      control.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      stop();
      finish(() => reject(new ImportCancelled()));
    };
    control.signal?.addEventListener('abort', onAbort);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') control.onProgress?.({ done: reply.done, total: reply.total });
      else if (reply.type === 'done') finish(() => resolve(reply.extracted));
      else finish(() => reject(new AppError(reply.code, reply.message)));
      if (reply.type !== 'progress') stop();
    });
    worker.on('error', (error) => finish(() => reject(new AppError('internal', `The import worker failed: ${error.message}`))));
    worker.on('exit', (code) => finish(() => reject(new AppError('internal', `The import worker stopped unexpectedly (exit code ${code}).`))));
  });
}
