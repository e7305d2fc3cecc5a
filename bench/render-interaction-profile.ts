// Where the time of one save and one evidence-panel opening goes, from a Chromium trace of the render
// benchmark's page (the synthetic matrix unless told `real`): for each action, from the click until
// the frame that paints its result (the benchmark's end point), the main thread's time by kind
// (script, style, layout, paint…), the JavaScript by module and function (CPU samples, through the
// build's source maps when it has them), and each long event in order with its offset from the click.
//
//   node --experimental-strip-types --no-warnings bench/render-interaction-profile.ts [synthetic|real] [rounds]
//
// A diagnostic, not a figure: tracing slows the page. The benchmark gives the figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { Workspace } from '../src/main/core/workspace.ts';
import { createHandlers } from '../src/main/ipc/handlers.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { DATA, RENDERER, firstRender, host, installUntilPainted, syntheticDataDir, wire } from './render.bench.ts';
import { SourceMaps, TRACE_CATEGORIES, bump, jsSamples, moduleOf, selfTimes, top } from './render-profile.ts';
import type { Tally, TraceEvent } from './render-profile.ts';

/** performance.now() of the click and of the end point, in the page's clock. */
type Span = { start: number; end: number };

/** A save's span ends when the grid shows it saved; `shown` is when it showed the text (marked "Saving…"). */
async function saveOnce(page: Page, round: number): Promise<Span & { shown: number }> {
  const cell = page.locator('[data-domain-id][data-actor-id="US"][data-col="position"]').first();
  const domainId = await cell.getAttribute('data-domain-id');
  await cell.click();
  const text = `Profiled edit ${round}: the analyst's reading of this position.`;
  await page.getByTestId('edit-summary').click();
  await page.getByTestId('summary-editor').fill(text);
  const save = await page.getByRole('button', { name: /^(Save|保存)$/ }).elementHandle();
  return page.evaluate(
    async ([button, id, expected]) => {
      const summary = () => document.querySelector(`[data-domain-id="${id}"][data-actor-id="US"][data-col="position"] [data-testid="summary"]`);
      const shown = () => summary()?.textContent === expected;
      const until = (window as unknown as { untilPainted: (done: () => boolean) => Promise<void> }).untilPainted;
      const start = performance.now();
      (button as HTMLButtonElement).click();
      await until(shown);
      const shownAt = performance.now();
      await until(() => shown() && !summary()?.hasAttribute('data-pending'));
      return { start, shown: shownAt, end: performance.now() };
    },
    [save, domainId, text] as const,
  );
}

async function panelOnce(page: Page, round: number): Promise<Span> {
  return page.evaluate(async (n) => {
    const cells = [...document.querySelectorAll<HTMLElement>('[data-col="position"][data-selected="false"]')];
    const cell = cells[n % cells.length]!;
    const id = `${cell.dataset['domainId']}/${cell.dataset['actorId']}`;
    const ready = () => {
      const panel = document.querySelector<HTMLElement>('[data-testid="evidence-panel"]');
      if (!panel || `${panel.dataset['domainId']}/${panel.dataset['actorId']}` !== id) return false;
      return panel.querySelector<HTMLElement>('[data-testid="cell-quotes"]')?.dataset['state'] === 'ready';
    };
    const start = performance.now();
    cell.click();
    await (window as unknown as { untilPainted(done: () => boolean): Promise<void> }).untilPainted(ready);
    return { start, end: performance.now() };
  }, round * 3 + 1);
}

function report(label: string, events: TraceEvent[], pid: number, tid: number, t0: number, span: Span, maps: SourceMaps): void {
  const from = t0 + span.start * 1000;
  const to = t0 + span.end * 1000;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ts <= to && e.ts + (e.dur ?? 0) >= from);
  const kinds: Tally = new Map();
  selfTimes(main, from, to, (name, _at, us) => bump(kinds, name, us));
  const busy = [...kinds.values()].reduce((a, b) => a + b, 0);
  const { frames, samples } = jsSamples(events, pid, from, to, maps);
  const files: Tally = new Map();
  const fns: Tally = new Map();
  const owners: Tally = new Map();
  for (const { us, leaf, source, node } of samples) {
    bump(files, moduleOf(source), us);
    // The app's own code nearest the sample (what a library's time was spent for): the first frame up
    // the stack whose source is not a dependency.
    for (let g = frames.get(node); g; g = g.parent !== undefined ? frames.get(g.parent) : undefined) {
      if (!g.frame.url) continue;
      const src = maps.source(g.frame.url, g.frame.lineNumber, g.frame.columnNumber);
      if (src && !/node_modules|^(react|react-dom|scheduler|ag-grid|ag-stack|@tanstack)/.test(src) && src.includes('src/')) {
        bump(owners, `${g.frame.functionName || '(anonymous)'}@${moduleOf(src)}`, us);
        break;
      }
    }
    bump(fns, `${leaf.functionName || '(anonymous)'}@${moduleOf(source).replace(/^.*\//, '')}`, us);
  }
  console.log(`\n${label}: ${(span.end - span.start).toFixed(1)} ms from the click to the painted frame; main thread busy ${(busy / 1000).toFixed(1)} ms of it`);
  console.log(`  by kind (ms): ${top(kinds, 12, busy)}`);
  console.log(`  JS by module (ms): ${top(files, 10)}`);
  console.log(`  JS by function (ms): ${top(fns, 14)}`);
  console.log(`  JS by the app's nearest own function (ms): ${top(owners, 12)}`);
  // The sequence: every event of 0.5 ms or more that is not only a wrapper, with its offset from the click.
  const shown = new Set(['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'RunMicrotasks', 'MinorGC', 'MajorGC', 'ParseHTML', 'v8.callFunction', 'HitTest', 'IntersectionObserverController::computeIntersections', 'BeginMainThreadFrame', 'ScheduleStyleRecalculation']);
  const seq = main
    .filter((e) => e.ph === 'X' && (e.dur ?? 0) >= 500 && shown.has(e.name) && e.ts >= from)
    .map((e) => {
      const data = (e.args?.data ?? e.args?.beginData ?? {}) as Record<string, string | number | undefined>;
      const extra = e.name === 'Layout' ? ` dirty ${String(data['dirtyObjects'] ?? '?')}/${String(data['totalObjects'] ?? '?')}${data['partialLayout'] ? ' partial' : ''}` : e.name === 'UpdateLayoutTree' ? ` ${String(data['elementCount'] ?? '')} elements` : e.name === 'EventDispatch' || e.name === 'TimerFire' ? ` ${String(data['type'] ?? '')}` : '';
      return `${((e.ts - from) / 1000).toFixed(1).padStart(6)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(5)} ${e.name}${extra}`;
    });
  console.log(`  sequence (ms after the click, duration):\n    ${seq.join('\n    ')}`);
  // Layout roots and sizes of the layouts, from the end events that carry them.
  for (const e of main) {
    if (e.name === 'Layout' && e.ts >= from && e.args?.['endData' as 'data']) {
      const end = (e.args as Record<string, unknown>)['endData'] as { root?: unknown; layoutRoots?: unknown } | undefined;
      if (end) console.log(`    layout at ${((e.ts - from) / 1000).toFixed(1)}: ${JSON.stringify(end).slice(0, 300)}`);
    }
  }
}

async function run(label: string, dataDir: string, rounds: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-iprofile-db-'));
  fs.writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ welcomeDismissed: true }));
  const ws = Workspace.open({ dbPath: path.join(dir, 'db.sqlite'), dataDir, appVersion: 'bench' });
  const handlers = createHandlers(ws, host, { backupDir: path.join(dir, 'backups') });
  const server = await serveStatic(RENDERER);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const maps = new SourceMaps(RENDERER);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await wire(page, () => handlers, []);
    await firstRender(page, server.url);
    await page.waitForSelector('[data-testid="matrix-grid"][data-painted="all"]', { timeout: 120_000 });
    await installUntilPainted(page);
    // One of each untraced first (the first of each warms code paths), then the traced ones.
    await panelOnce(page, 0);
    await saveOnce(page, 0);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    // A clock sync: the mark's trace timestamp and the page's performance.now() at it.
    const syncedAt = await page.evaluate(() => performance.mark('pm:sync').startTime);
    const spans: Array<{ what: string; span: Span }> = [];
    for (let r = 1; r <= rounds; r++) {
      spans.push({ what: `open a panel ${r}`, span: await panelOnce(page, r) });
      const save = await saveOnce(page, r);
      spans.push({ what: `save ${r}, until the grid shows the text`, span: { start: save.start, end: save.shown } });
      spans.push({ what: `save ${r}, until it shows it saved`, span: save });
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents;
    // The page's renderer main thread: where its navigation started, or (traced after it) its frame commits.
    const ours = events.find((e) => e.name === 'TracingStartedInBrowser') as { args?: { data?: { frames?: Array<{ url?: string; processId?: number }> } } } | undefined;
    const frame = ours?.args?.data?.frames?.find((f) => typeof f.url === 'string' && f.url.startsWith(server.url));
    const pid = frame?.processId;
    const thread = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    if (pid === undefined || !thread) throw new Error('no renderer main thread of the page in the trace');
    // Trace timestamps are monotonic µs; map the page's clock by a clock-sync mark made in the page.
    const sync = events.find((e) => e.pid === pid && e.name === 'pm:sync');
    if (!sync) throw new Error('no clock-sync mark in the trace');
    const t0 = sync.ts - syncedAt * 1000;
    for (const { what, span } of spans) report(`${label}, ${what}`, events, pid, thread.tid, t0, span, maps);
    if (process.env['PM_TRACE_OUT']) fs.writeFileSync(`${process.env['PM_TRACE_OUT']}-interaction.json`, JSON.stringify(trace));
    await page.close();
  } finally {
    await browser.close();
    await server.close();
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const which = process.argv[2] ?? 'synthetic';
const rounds = Number(process.argv[3] ?? 2);
if (which === 'real') await run('real data', DATA, rounds);
else {
  const synthetic = syntheticDataDir(1000, 10, 5);
  try {
    await run('synthetic 1,000 × 10 × 5', synthetic, rounds);
  } finally {
    fs.rmSync(synthetic, { recursive: true, force: true });
  }
}
