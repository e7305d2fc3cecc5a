// A child-process script bundled into one JavaScript file before a test spawns it many times. Started
// with --experimental-strip-types, each child compiled the ~150 TypeScript modules of the workspace
// again (0.8–1.2 s of CPU; the kill tests start ~100 of them); bundled, a child starts in ~0.2 s. Only
// our own code is bundled, by rolldown (the bundler the app's build uses); packages stay imports,
// resolved from node_modules as usual, so better-sqlite3's native module is the installed one.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'rolldown';
import { ROOT } from './helpers.ts';

const OUT = path.join(ROOT, 'node_modules/.cache/pm-test-runners');

/** Bundle `entry` (a .ts file) and return the bundle's path; remove it with `fs.rmSync(path.dirname(bundle))`. */
export async function bundleRunner(entry: string): Promise<string> {
  fs.mkdirSync(OUT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(OUT, `${path.basename(entry, '.ts')}-`));
  await build({
    input: entry,
    platform: 'node',
    // A bare specifier is a package (or node:*): left for Node to resolve from node_modules.
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
    output: { dir, format: 'esm', entryFileNames: 'runner.mjs' },
    logLevel: 'silent',
  });
  return path.join(dir, 'runner.mjs');
}
