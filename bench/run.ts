// `npm run bench`: every benchmark, printing figures. Nothing here is asserted; targets are shown
// beside the figures for the reader to judge.
import { runCoreBench } from './core.bench.ts';
import { runExportBench } from './export.bench.ts';
import { runRenderBench } from './render.bench.ts';

const only = process.argv[2];
console.log(`Policy Matrix benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
if (!only || only === 'core') await runCoreBench();
if (!only || only === 'export') await runExportBench();
if (!only || only === 'render') await runRenderBench();
