// `npm run bench`: every benchmark, each in its own Node process so memory figures are its own.
// Nothing here is asserted; targets are shown beside the figures for the reader to judge.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BENCHES = ['core', 'export', 'docx', 'render', 'claims', 'project', 'import', 'repair', 'render-pages'] as const;
const only = process.argv[2];
console.log(`Policy Matrix benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
let failed = 0;
for (const name of BENCHES) {
  if (only && only !== name) continue;
  const file = path.join(import.meta.dirname, `${name}.bench.ts`);
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', file], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`  ${name} benchmark failed (exit ${result.status ?? result.signal})`);
  }
}
process.exitCode = failed ? 1 : 0;
