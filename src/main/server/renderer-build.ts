// The server serves the built renderer; this builds it when the build is missing or older than
// anything it is built from, so `npm run serve` never shows yesterday's interface.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** What the renderer build is made from (the renderer imports shared; the config shapes the build). */
const SOURCES = ['src/renderer', 'src/shared', 'electron.vite.config.ts', 'package-lock.json'];

/** Why the build under `root` must be (re)made, or null when it is up to date. */
export function rendererBuildReason(root: string): string | null {
  const index = path.join(root, 'out/renderer/index.html');
  if (!fs.existsSync(index)) return 'there is no built interface yet (out/renderer)';
  const built = fs.statSync(index).mtimeMs;
  for (const source of SOURCES) {
    const newer = newerThan(path.join(root, source), built);
    if (newer) return `${path.relative(root, newer)} changed since the interface was built`;
  }
  return null;
}

function newerThan(file: string, time: number): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return stat.mtimeMs > time ? file : null;
  for (const entry of fs.readdirSync(file)) {
    const found = newerThan(path.join(file, entry), time);
    if (found) return found;
  }
  return null;
}

/** Build with the project's own electron-vite (the same build `npm run build` makes). */
export function buildRenderer(root: string): void {
  const require = createRequire(path.join(root, 'package.json'));
  const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`Building the interface failed (electron-vite build exited with ${result.status ?? result.signal}).`);
}
