import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from './errors.ts';

/**
 * A worker's script: `source` beside the calling module when running from source (Node strips the
 * types), or `built` beside the bundle that contains the caller (electron-vite builds each worker as
 * its own entry, see electron.vite.config.ts). The bundle may put the caller in a shared chunk one
 * folder down.
 */
export function workerUrl(callerUrl: string, source: string, built: string, what: string): URL {
  if (callerUrl.endsWith('.ts')) return new URL(source, callerUrl);
  for (const candidate of [`./${built}`, `../${built}`]) {
    const url = new URL(candidate, callerUrl);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new AppError('internal', `The ${what} is missing from this build.`);
}
