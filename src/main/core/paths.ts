import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Policy Matrix';
export const DB_FILE_NAME = 'policy-matrix.db';

/** The folder Electron's app.getPath('userData') resolves to for this app, computed without Electron. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env['POLICY_MATRIX_HOME']) return env['POLICY_MATRIX_HOME'];
  const home = os.homedir();
  if (platform === 'win32') return path.join(env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env['XDG_CONFIG_HOME'] ?? path.join(home, '.config'), APP_NAME);
}

export function defaultDbPath(): string {
  return path.join(defaultUserDataDir(), DB_FILE_NAME);
}

/** The repository's data/ folder, found from this file (src/main/core) or from the build (out/main). */
export function repoDataDir(fromUrl: string = import.meta.url): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'data');
    if (path.basename(dir) !== 'src' && existsDir(path.join(candidate, 'corpus'))) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve('data');
}

function existsDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
