// Excel export: time (p50 of several runs) and peak memory for a realistic matrix and for a
// synthetic 1,000 domains × 10 actors × 5 quotes. Run on its own with
//   node --experimental-strip-types --no-warnings bench/export.bench.ts
// or through bench/run.ts (`npm run bench export`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writeWorkbook } from '../src/main/core/export/index.ts';
import type { ExportInput } from '../src/main/core/export/index.ts';
import { realExportInput, syntheticExportInput } from './export-inputs.ts';
import { line, ms, summarize } from './stats.ts';

interface Case {
  label: string;
  input: ExportInput;
  runs: number;
  target: string;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function measure(c: Case, dir: string): Promise<void> {
  const file = path.join(dir, 'bench.xlsx');
  const before = process.memoryUsage().rss;
  await writeWorkbook(c.input, file); // warm-up: module loading and JIT are not what we measure
  const times: number[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  // The export yields to the event loop every few hundred rows, so an interval samples throughout.
  const timer = setInterval(sample, 5);
  let last = { bytes: 0, rows: { matrix: 0, evidence: 0, annotations: 0 } };
  for (let i = 0; i < c.runs; i++) {
    const start = performance.now();
    last = await writeWorkbook(c.input, file, sample);
    times.push(performance.now() - start);
    sample();
  }
  clearInterval(timer);
  const t = summarize(times);
  const { matrix, evidence, annotations } = last.rows;
  line(`export ${c.label}: p50 of ${t.n}`, ms(t.p50), c.target);
  line(`  ${matrix} domains, ${evidence} quotes, ${annotations} notes → ${(last.bytes / 1024).toFixed(0)} KB; max`, ms(t.max));
  line('  peak RSS / heap used while exporting', `${mb(peakRss)} / ${mb(peakHeap)}`);
  line('  RSS before the first run (input data, modules)', mb(before));
}

export async function runExportBench(): Promise<void> {
  console.log('\nExcel export (lang: both)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-export-bench-'));
  try {
    await measure({ label: 'the real matrix', input: realExportInput(dir), runs: 15, target: '≤ 200 ms' }, dir);
    await measure({ label: 'synthetic 1,000 × 10 × 5', input: syntheticExportInput(1000, 10, 5), runs: 5, target: '≤ 3 s' }, dir);
    line('process peak RSS (resourceUsage().maxRSS)', mb(process.resourceUsage().maxRSS * 1024));
    line('CPUs (timings are wall clock; other load inflates them)', String(os.availableParallelism()));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runExportBench();
}
