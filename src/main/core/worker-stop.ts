import type { Worker } from 'node:worker_threads';

/**
 * The way to end `worker` early. Terminating a worker that is still starting up can abort the whole
 * process (a Node assertion, seen once under load as SIGABRT), so a stop asked for before the
 * worker is online ends it as soon as it is.
 */
export function stopWhenOnline(worker: Worker): () => void {
  let online = false;
  worker.once('online', () => (online = true));
  return () => {
    if (online) void worker.terminate();
    else worker.once('online', () => void worker.terminate());
  };
}
