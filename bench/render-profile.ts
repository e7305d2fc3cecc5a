// Where the time to the first painted matrix row goes, from a Chromium trace of one load of the built
// renderer (the render benchmark's page: window.api bound to the real handlers, same first-row end
// point). Prints, per 50 ms window from navigation start, the main thread's busy time split by what
// the browser did (script compile and run, style, layout, paint, GC, HTML parse…), and the JavaScript
// functions and source files that took it (CPU samples; mapped through the build's source maps when
// it has them: `npx electron-vite build --sourcemap --outDir /tmp/pm-sm`, PM_RENDERER_DIR=/tmp/pm-sm/renderer).
//
//   node --experimental-strip-types --no-warnings bench/render-profile.ts [real|synthetic] [runs]
//
// A diagnostic, not a figure: tracing slows the page a little. The benchmark gives the figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { Workspace } from '../src/main/core/workspace.ts';
import { createHandlers } from '../src/main/ipc/handlers.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { DATA, RENDERER, firstRender, host, syntheticDataDir, wire } from './render.bench.ts';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

const WINDOW_MS = 50;
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8.execute', 'v8', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading', 'toplevel'];
/** Trace events that only wrap others: their own time is the task's overhead, reported as such. */
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

// ---- source maps (a minimal decoder: version 3, no index maps) ---------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
type Mapping = [genCol: number, source: number, line: number, col: number];

function decodeMappings(mappings: string): Mapping[][] {
  const lines: Mapping[][] = [];
  let source = 0;
  let line = 0;
  let col = 0;
  for (const text of mappings.split(';')) {
    const out: Mapping[] = [];
    let genCol = 0;
    for (const segment of text.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += values[0]!;
      if (values.length >= 4) {
        source += values[1]!;
        line += values[2]!;
        col += values[3]!;
        out.push([genCol, source, line, col]);
      }
    }
    lines.push(out);
  }
  return lines;
}

export class SourceMaps {
  private readonly maps = new Map<string, { sources: string[]; lines: Mapping[][] } | null>();
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  /** The original source file of a generated position, or null without a map. */
  source(url: string, line: number, column: number): string | null {
    const file = url.replace(/^https?:\/\/[^/]+\//, '').replace(/[?#].*$/, '');
    if (!this.maps.has(file)) {
      const mapFile = path.join(this.root, `${file}.map`);
      if (fs.existsSync(mapFile)) {
        const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
        this.maps.set(file, { sources: map.sources, lines: decodeMappings(map.mappings) });
      } else this.maps.set(file, null);
    }
    const map = this.maps.get(file);
    const segments = map?.lines[line];
    if (!map || !segments?.length) return null;
    let found: Mapping | undefined;
    for (const s of segments) {
      if (s[0] > column) break;
      found = s;
    }
    found ??= segments[0]!;
    return map.sources[found[1]]!.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  }
}

/** A module as a reader names it: the package for a dependency, the path for the app's own code. */
export function moduleOf(source: string): string {
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source) ?? /^((?:@[^/]+\/)?[^/]+)\/dist\//.exec(source);
  if (pkg) return pkg[1]!;
  return source.replace(/^.*?src\/renderer\/src\//, '');
}

// ---- the trace ----------------------------------------------------------------------------------

/** Self time (µs) of each main-thread event, by name, within [from, to). */
export function selfTimes(events: TraceEvent[], from: number, to: number, add: (name: string, at: number, us: number) => void): void {
  // Complete events and begin/end pairs, as intervals, then nested by time.
  const intervals: Array<{ name: string; start: number; end: number }> = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph === 'X' && e.dur !== undefined) intervals.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) intervals.push({ name: b.name, start: b.ts, end: e.ts });
    }
  }
  intervals.sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: Array<{ name: string; start: number; end: number; cursor: number }> = [];
  // Attribute [cursor, until) of the innermost open interval to it, clipped to the window.
  const credit = (top: { name: string; cursor: number }, until: number) => {
    const a = Math.max(top.cursor, from);
    const b = Math.min(until, to);
    if (b > a) add(WRAPPERS.has(top.name) ? '(task overhead)' : top.name, a, b - a);
    top.cursor = until;
  };
  for (const iv of intervals) {
    while (stack.length && stack.at(-1)!.end <= iv.start) {
      const done = stack.pop()!;
      credit(done, done.end);
      if (stack.length) stack.at(-1)!.cursor = done.end;
    }
    if (stack.length) credit(stack.at(-1)!, iv.start);
    stack.push({ ...iv, cursor: iv.start });
  }
  while (stack.length) {
    const done = stack.pop()!;
    credit(done, done.end);
    if (stack.length) stack.at(-1)!.cursor = done.end;
  }
}

interface Samples {
  frames: Map<number, { frame: CallFrame; parent?: number }>;
  /** [timestamp µs, node id] */
  samples: Array<[number, number]>;
}

function cpuSamples(events: TraceEvent[], pid: number): Samples {
  const frames = new Map<number, { frame: CallFrame; parent?: number }>();
  const samples: Array<[number, number]> = [];
  const clocks = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') clocks.set(e.id!, (e.args!.data!['startTime'] as number) ?? e.ts);
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args!.data as { cpuProfile?: { nodes?: Array<{ id: number; callFrame: CallFrame; parent?: number }>; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) frames.set(n.id, { frame: n.callFrame, ...(n.parent !== undefined ? { parent: n.parent } : {}) });
    let t = clocks.get(e.id!) ?? e.ts;
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      t += deltas[i] ?? 0;
      samples.push([t, node]);
    });
    clocks.set(e.id!, t);
  }
  return { frames, samples };
}

/** One CPU sample that ran JavaScript: when, its weight, its innermost frame, and the source file it ran in. */
export interface JsSample {
  ts: number;
  us: number;
  leaf: CallFrame;
  /** The source (through the source maps) of the innermost frame with a URL; else the leaf's name. */
  source: string;
  node: number;
}

/** The JavaScript samples of `pid` between `from` and `to` (trace µs), with the stack they came from. */
export function jsSamples(events: TraceEvent[], pid: number, from: number, to: number, maps: SourceMaps): { frames: Samples['frames']; samples: JsSample[] } {
  const { frames, samples } = cpuSamples(events, pid);
  const out: JsSample[] = [];
  for (let i = 0; i < samples.length; i++) {
    const [ts, node] = samples[i]!;
    if (ts < from || ts > to) continue;
    const us = i + 1 < samples.length ? Math.min(samples[i + 1]![0] - ts, 2000) : 100;
    let f = frames.get(node);
    const leaf = f?.frame;
    if (!leaf || leaf.functionName === '(idle)' || leaf.functionName === '(program)') continue;
    while (f && !f.frame.url) f = f.parent !== undefined ? frames.get(f.parent) : undefined;
    const frame = f?.frame ?? leaf;
    const source = frame.url ? (maps.source(frame.url, frame.lineNumber, frame.columnNumber) ?? frame.url.replace(/^.*\//, '')) : leaf.functionName;
    out.push({ ts, us, leaf, source, node });
  }
  return { frames, samples: out };
}

export type Tally = Map<string, number>;
export const bump = (tally: Tally, key: string, v: number) => tally.set(key, (tally.get(key) ?? 0) + v);
export const top = (tally: Tally, n: number, total?: number) =>
  [...tally.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}${total ? ` (${((100 * v) / total).toFixed(0)}%)` : ''}`)
    .join(', ');

async function profile(label: string, dataDir: string, runs: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-profile-db-'));
  fs.writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ welcomeDismissed: true }));
  const ws = Workspace.open({ dbPath: path.join(dir, 'db.sqlite'), dataDir, appVersion: 'bench' });
  const handlers = createHandlers(ws, host, { backupDir: path.join(dir, 'backups') });
  const server = await serveStatic(RENDERER);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const maps = new SourceMaps(RENDERER);
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await wire(page, () => handlers, []);
      await browser.startTracing(page, {
        categories: TRACE_CATEGORIES,
      });
      const { inPage } = await firstRender(page, server.url);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      await page.close();
      const events = trace.traceEvents;
      // The renderer that parsed our page, and its main thread.
      const ours = (url: unknown) => typeof url === 'string' && url.startsWith(server.url);
      const nav = events.find((e) => e.name === 'navigationStart' && ours(e.args?.data?.['documentLoaderURL']));
      if (!nav) throw new Error('no navigationStart of the page in the trace');
      const { pid, tid, ts: t0 } = nav;
      const end = t0 + inPage * 1000;
      const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ts <= end);

      const windows: Array<{ busy: number; kinds: Tally; files: Tally; fns: Tally }> = [];
      const total: Tally = new Map();
      const at = (ts: number) => (windows[Math.floor((ts - t0) / 1000 / WINDOW_MS)] ??= { busy: 0, kinds: new Map(), files: new Map(), fns: new Map() });
      selfTimes(main, t0, end, (name, ts, us) => {
        const w = at(ts);
        w.busy += us;
        bump(w.kinds, name, us);
        bump(total, name, us);
      });
      // JS by source file and by function: each CPU sample's innermost frame with a URL.
      const files: Tally = new Map();
      const fns: Tally = new Map();
      for (const { ts, us, leaf, source } of jsSamples(events, pid, t0, end, maps).samples) {
        const file = moduleOf(source);
        const fn = `${leaf.functionName || '(anonymous)'}@${moduleOf(source).replace(/^.*\//, '')}`;
        const w = at(ts);
        bump(w.files, file, us);
        bump(w.fns, fn, us);
        bump(files, file, us);
        bump(fns, fn, us);
      }
      const busy = [...total.values()].reduce((a, b) => a + b, 0);
      console.log(`\n${label}, run ${run + 1}: first painted row at ${inPage.toFixed(0)} ms; main thread busy ${(busy / 1000).toFixed(0)} ms of it`);
      console.log(`  by kind (ms): ${top(total, 14, busy)}`);
      console.log(`  JS by module (ms, CPU samples): ${top(files, 14)}`);
      console.log(`  JS by function (ms): ${top(fns, 16)}`);
      windows.forEach((w, i) => {
        if (!w || w.busy < 2000) return;
        const from = i * WINDOW_MS;
        console.log(`  ${String(from).padStart(5)}–${String(from + WINDOW_MS).padEnd(5)} busy ${(w.busy / 1000).toFixed(0).padStart(2)}: ${top(w.kinds, 4)}${w.files.size ? ` | ${top(w.files, 3)} | ${top(w.fns, 3)}` : ''}`);
      });
      if (process.env['PM_TRACE_OUT']) fs.writeFileSync(`${process.env['PM_TRACE_OUT']}-${label.replace(/\W+/g, '-')}-${run + 1}.json`, JSON.stringify(trace));
    }
  } finally {
    await browser.close();
    await server.close();
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'real';
  const runs = Number(process.argv[3] ?? 2);
  if (which === 'real') await profile('real data', DATA, runs);
  else {
    const synthetic = syntheticDataDir(1000, 10, 5);
    try {
      await profile('synthetic 1,000 × 10 × 5', synthetic, runs);
    } finally {
      fs.rmSync(synthetic, { recursive: true, force: true });
    }
  }
}
