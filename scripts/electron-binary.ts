// Is the Electron binary installed, and if not, can it be fetched? Used by scripts/start.sh to choose
// between the desktop app and the browser fallback (`npm run serve`). Found the way the electron
// package itself finds it (path.txt + dist/), never by require('electron') or by launching it.
//   node --experimental-strip-types scripts/electron-binary.ts [--fetch]
// Exit 0 with the binary's path on stdout, or exit 1 with the reason on stdout (progress goes to stderr).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function electronBinary(): { path: string | null; why: string } {
  let pkg: string;
  try {
    pkg = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { path: null, why: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = path.join(pkg, 'path.txt');
  const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (override) {
    const binary = path.join(override, name ?? 'electron');
    return fs.existsSync(binary) ? { path: binary, why: '' } : { path: null, why: `there is no Electron binary at ${binary}` };
  }
  if (!name) return { path: null, why: 'the Electron binary is not installed' };
  const binary = path.join(pkg, 'dist', name);
  return fs.existsSync(binary) ? { path: binary, why: '' } : { path: null, why: `the Electron binary is not installed (${binary} is missing)` };
}

/** Run the electron package's own installer (it downloads the binary); the first line of its error. */
function fetchElectron(): string | null {
  const installer = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json')), 'install.js');
  process.stderr.write('Downloading the Electron binary…\n');
  const result = spawnSync(process.execPath, [installer], { cwd: root, encoding: 'utf8', timeout: 10 * 60_000 });
  if (result.status === 0) return null;
  const firstLine = `${result.stderr ?? ''}`.split('\n').find((l) => l.trim() !== '')?.trim();
  return result.error?.message ?? firstLine ?? `the installer exited with ${result.status ?? result.signal}`;
}

let found = electronBinary();
if (!found.path && process.argv.includes('--fetch') && !/electron package is not installed/.test(found.why)) {
  const failure = fetchElectron();
  found = electronBinary();
  if (!found.path && failure) found = { path: null, why: `${found.why} and could not be downloaded (${failure})` };
}
if (found.path) {
  process.stdout.write(`${found.path}\n`);
} else {
  process.stdout.write(`${found.why}\n`);
  process.exitCode = 1;
}
