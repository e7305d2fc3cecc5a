// Word briefing export: time (p50 of several runs) and peak memory for the real matrix and for a
// synthetic 1,000 domains × 10 actors × 5 quotes. Run on its own with
//   node --experimental-strip-types --no-warnings bench/docx.bench.ts
// or through bench/run.ts (`npm run bench docx`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { writeBriefing } from '../src/main/core/export/briefing/index.ts';
import type { BriefingInput } from '../src/main/core/export/briefing/index.ts';
import { realExportInput, syntheticExportInput } from './export-inputs.ts';
import { line, ms, summarize } from './stats.ts';

interface Case {
  label: string;
  input: BriefingInput;
  runs: number;
  target: string;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function measure(c: Case, dir: string): Promise<void> {
  const file = path.join(dir, 'bench.docx');
  const before = process.memoryUsage().rss;
  await writeBriefing(c.input, file); // warm-up: module loading and JIT are not what we measure
  const times: number[] = [];
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  // The export yields to the event loop every few domains, so an interval samples throughout.
  const timer = setInterval(sample, 5);
  let last = { bytes: 0, footnotes: 0, rows: { matrix: 0, evidence: 0, annotations: 0 } };
  for (let i = 0; i < c.runs; i++) {
    const start = performance.now();
    const r = await writeBriefing(c.input, file, sample);
    last = { bytes: r.bytes, footnotes: r.footnotes ?? 0, rows: r.rows };
    times.push(performance.now() - start);
    sample();
  }
  clearInterval(timer);
  const t = summarize(times);
  line(`briefing ${c.label}: p50 of ${t.n}`, ms(t.p50), c.target);
  line(`  ${last.rows.matrix} domains, ${last.rows.evidence} quotes, ${last.footnotes} footnotes → ${(last.bytes / 1024).toFixed(0)} KB; max`, ms(t.max));
  line('  peak RSS / heap used while exporting', `${mb(peakRss)} / ${mb(peakHeap)}`);
  line('  RSS before the first run (input data, modules)', mb(before));
}

export async function runDocxBench(): Promise<void> {
  console.log('\nWord briefing export (lang: both)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-docx-bench-'));
  try {
    await measure({ label: 'the real matrix', input: realExportInput(dir), runs: 15, target: '≤ 300 ms' }, dir);
    await measure({ label: 'synthetic 1,000 × 10 × 5', input: syntheticExportInput(1000, 10, 5), runs: 5, target: '≤ 5 s' }, dir);
    line('process peak RSS (resourceUsage().maxRSS)', mb(process.resourceUsage().maxRSS * 1024));
    line('CPUs (timings are wall clock; other load inflates them)', String(os.availableParallelism()));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runDocxBench();
}
