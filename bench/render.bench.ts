// Time from navigation to the first rendered matrix, in Debian's Chromium, with window.api from the
// built preload bound to the real handlers (as in the end-to-end tests): once with the real data, once with a synthetic
// matrix of 1,000 domains × 10 actors × 5 quotes per cell. Then, on the loaded page: frame times
// while scrolling, one summary edit until the grid shows it, opening a cell's evidence panel until
// its quotes are shown, and the renderer's JS heap after load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadCorpus } from '../src/main/core/corpus/ingest.ts';
import { repoDataDir } from '../src/main/core/paths.ts';
import { Workspace } from '../src/main/core/workspace.ts';
import { createHandlers } from '../src/main/ipc/handlers.ts';
import { dispatch } from '../src/main/ipc/dispatch.ts';
import type { Handlers } from '../src/main/ipc/dispatch.ts';
import type { Host } from '../src/main/ipc/host.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { installPreload } from '../tests/e2e/preload-in-page.ts';
import { heapMb } from './page-heap.ts';
import { observeTimeline, readTimeline } from './render-timeline.ts';
import type { Call } from './render-timeline.ts';
import { line, ms, summarize } from './stats.ts';

export const DATA = repoDataDir();
const ROOT = path.dirname(DATA);
// Another build (e.g. of an earlier commit) to measure instead: PM_RENDERER_DIR=/tmp/base/out/renderer.
export const RENDERER = process.env['PM_RENDERER_DIR'] ?? path.join(ROOT, 'out/renderer');
// A build to compare the first-row figures with in the same run: PM_COMPARE_DIR=/tmp/base/renderer.
// Page loads alternate between the two (which goes first alternates too), so both see the same load.
const COMPARE = process.env['PM_COMPARE_DIR'];

export const host: Host = {
  version: 'bench',
  locale: 'en-US',
  platform: process.platform,
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
  confirm: () => Promise.resolve(false),
  revealFile: () => undefined,
  emit: () => undefined,
};

/** A data folder with the real corpus and a synthetic matrix whose quotes are real paragraph slices. */
export function syntheticDataDir(domains: number, actors: number, quotes: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-render-'));
  fs.cpSync(path.join(DATA, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  const paragraphs = loadCorpus(DATA).paragraphs.filter((p) => p.kind === 'body' && p.text.length > 80);
  const actorList = Array.from({ length: actors }, (_, i) => ({ id: i === 0 ? 'US' : i === 1 ? 'JP' : `A${i}`, name: { zh: `行为体${i}`, en: `Actor ${i}` } }));
  let n = 0;
  const quote = () => {
    const p = paragraphs[n++ % paragraphs.length]!;
    const start = (n * 7) % Math.max(1, p.text.length - 40);
    return { docId: p.docId, exact: p.text.slice(start, start + 30), prefix: p.text.slice(Math.max(0, start - 10), start), suffix: p.text.slice(start + 30, start + 40) };
  };
  const values = ['aligned', 'partly', 'divergent', 'not-covered'];
  const dataset = {
    version: 1,
    actors: actorList,
    domains: Array.from({ length: domains }, (_, d) => ({
      id: `domain-${d}`,
      name: { zh: `政策领域 ${d}：出口管制与供应链`, en: `Policy domain ${d}: export controls and supply chains` },
      sourceNote: null,
      alignment: { value: values[d % 4], reason: { zh: '两国在目标上一致，但在手段和时机上存在差异。', en: 'The two agree on aims but differ on instruments and timing.' }, evidence: [quote()] },
      positions: Object.fromEntries(
        actorList.map((a) => [
          a.id,
          {
            summary: { zh: `${a.name.zh}在该领域强化审查并与盟友协调，重点针对关键技术和供应链安全。`, en: `${a.name.en} tightens screening in this domain and coordinates with allies, focusing on critical technologies and supply-chain security.` },
            instruments: ['Act of 2022'],
            evidence: Array.from({ length: quotes }, quote),
          },
        ]),
      ),
    })),
  };
  fs.mkdirSync(path.join(dir, 'matrix'));
  fs.writeFileSync(path.join(dir, 'matrix', 'matrix.json'), JSON.stringify(dataset));
  return dir;
}

/** window.api from the built preload, its ipcRenderer routed to the real handlers (as in the end-to-end tests). */
export async function wire(page: Page, handlers: () => Handlers, calls: Call[]): Promise<void> {
  await installPreload(page, async (channel, payload) => {
    const start = Date.now();
    const text = JSON.stringify(await dispatch(handlers(), channel, payload));
    calls.push({ channel, start, end: Date.now(), bytes: text.length });
    return text;
  });
}

/**
 * Milliseconds from navigation start to the first frame that paints the matrix's first row whole: in
 * a ready app, at its measured height, none of its cells cut off. (Until session 5 this counted the
 * frame after the first row element appeared, whatever its height: AG Grid places a row it has not
 * measured at an estimate, and under load that frame showed every row 36 px high, cut off. That
 * earlier end point is still reported, as `anyRow`.) Measured in the page, and the same end point by
 * the wall clock from page.goto(). Playwright's waitForSelector polls with a backoff (0, 20, 50, 100,
 * 100, 500 ms…), so on its own it rounds a time up to its next poll, by up to half a second; the
 * in-page figure is the one to compare.
 *
 * Whichever DOM paints the row counts: the app's, or the static first frame (public/first-frame.js)
 * that a launch shows when it kept the last launch's frame for the same answers. `appRow` is the
 * frame in which the app's own first row is whole (where the static frame gives way to it).
 */
export async function firstRender(page: Page, url: string): Promise<{ inPage: number; anyRow: number; appRow: number; wall: number; staticFrame: boolean }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __pmFirstRow?: number; __pmAnyRow?: number; __pmAppRow?: number; __pmStaticFrame?: boolean };
    const APP = '#root[data-app-state="ready"]';
    const STATIC = '#pm-first-frame';
    // The first row (both its pinned and its scrolling part) with every cell's content inside it.
    const whole = (container: string): boolean => {
      const parts = document.querySelectorAll(`${container} .ag-row[row-index="0"]`);
      if (parts.length === 0) return false;
      let bottom = 0;
      for (const part of parts) {
        bottom = part.getBoundingClientRect().bottom;
        for (const cell of part.querySelectorAll('.ag-cell')) {
          if (cell.getBoundingClientRect().top + cell.scrollHeight > bottom + 1) return false;
        }
      }
      // Nor the second row over it: AG Grid first places rows it has not measured at one line each
      // (session 6 found a frame with every row of the real matrix 36 px apart over the first one).
      for (const next of document.querySelectorAll(`${container} .ag-row[row-index="1"]`)) {
        if (next.getBoundingClientRect().top < bottom - 1) return false;
      }
      return true;
    };
    // After a frame's animation-frame callbacks come its style, layout and paint: a timer set in one
    // runs after the frame is painted.
    const paintedAt = (set: (at: number) => void) => setTimeout(() => set(performance.now()), 0);
    const eachFrame = () => {
      if (w.__pmFirstRow === undefined && (whole(APP) || whole(STATIC))) {
        w.__pmStaticFrame = !whole(APP);
        paintedAt((at) => (w.__pmFirstRow = at));
      }
      if (whole(APP)) paintedAt((at) => (w.__pmAppRow = at));
      else requestAnimationFrame(eachFrame);
    };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(`${APP} .ag-row, ${STATIC} .ag-row`)) return;
      observer.disconnect();
      requestAnimationFrame(() => paintedAt((at) => (w.__pmAnyRow = at)));
      requestAnimationFrame(eachFrame);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  const start = Date.now();
  await page.goto(`${url}#/matrix`);
  await page.waitForFunction(() => (window as unknown as { __pmFirstRow?: number }).__pmFirstRow !== undefined, null, { polling: 'raf', timeout: 120_000 });
  const wall = Date.now() - start;
  await page.waitForFunction(() => (window as unknown as { __pmAppRow?: number }).__pmAppRow !== undefined, null, { polling: 'raf', timeout: 120_000 });
  const found = await page.evaluate(() => {
    const w = window as unknown as { __pmFirstRow: number; __pmAnyRow: number; __pmAppRow: number; __pmStaticFrame: boolean };
    return { inPage: w.__pmFirstRow, anyRow: w.__pmAnyRow, appRow: w.__pmAppRow, staticFrame: w.__pmStaticFrame };
  });
  return { ...found, wall };
}

/**
 * The page's storage once this build has kept its first frame (public/first-frame.js), for the next
 * launch: the desktop app's profile keeps localStorage between launches; a new page here starts
 * empty. Null for a build that keeps none (one from before the static first frame).
 */
async function keptFrame(page: Page): Promise<Awaited<ReturnType<BrowserContext['storageState']>> | null> {
  const kept = await page
    .waitForFunction(() => window.localStorage.getItem('pm.firstFrame') !== null, null, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  return kept ? page.context().storageState() : null;
}

export async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    // AG Grid 36 scrolls rows through its vertical scrollbar viewport; older versions through .ag-body-viewport.
    const viewport = document.querySelector('.ag-body-vertical-scroll-viewport') ?? document.querySelector('.ag-body-viewport');
    if (!viewport || viewport.scrollHeight <= viewport.clientHeight) return [];
    const frames: number[] = [];
    let last = performance.now();
    const steps = 120;
    for (let i = 0; i < steps; i++) {
      viewport.scrollTop += 180;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    const moved = viewport.scrollTop > 0;
    return moved ? frames : [];
  });
}

/**
 * Save a summary in the evidence panel's editor, timed in the page from the click on Save until the
 * grid's cell shows the new text and that frame is painted (`times`), and until it shows it saved:
 * the new text with no "Saving…" mark, after main's answer (`saved`; a build without the mark shows
 * the text only then, and both are the same). The editor is opened and filled outside the timing, as
 * the analyst types before saving. `tag` keeps two builds' texts apart when both save in one run.
 */
async function editUntilShown(page: Page, rounds: number, tag = '', from = 0): Promise<Timed & { saved: number[] }> {
  const times: number[] = [];
  const saved: number[] = [];
  const answered: number[] = [];
  await watchAnswers(page);
  await installUntilPainted(page);
  const cell = page.locator('[data-domain-id][data-actor-id="US"][data-col="position"]').first();
  const domainId = await cell.getAttribute('data-domain-id');
  await cell.click();
  for (let i = from; i < from + rounds; i++) {
    const text = `Benchmark edit ${tag}${i}: the analyst's reading of this position.`;
    await page.getByTestId('edit-summary').click();
    await page.getByTestId('summary-editor').fill(text);
    const save = await page.getByRole('button', { name: /^(Save|保存)$/ }).elementHandle();
    const elapsed = await page.evaluate(
      async ([button, id, expected]) => {
        const summary = () => document.querySelector(`[data-domain-id="${id}"][data-actor-id="US"][data-col="position"] [data-testid="summary"]`);
        const shown = () => summary()?.textContent === expected;
        const committed = () => shown() && !summary()?.hasAttribute('data-pending');
        const answers = (window as unknown as { __pmAnswered: Map<string, number> }).__pmAnswered;
        const until = (window as unknown as { untilPainted: (done: () => boolean) => Promise<void> }).untilPainted;
        answers.clear();
        const start = performance.now();
        (button as HTMLButtonElement).click();
        await until(shown);
        const total = performance.now() - start;
        await until(committed);
        return { total, saved: performance.now() - start, answered: (answers.get('matrix:setSummaryTexts') ?? NaN) - start };
      },
      [save, domainId, text] as const,
    );
    times.push(elapsed.total);
    saved.push(elapsed.saved);
    answered.push(elapsed.answered);
  }
  return { times, saved, answered };
}

interface Timed {
  times: number[];
  answered: number[];
}

/**
 * In the page: `untilPainted(done)` resolves once `done()` holds and the frame that shows it has been
 * painted. `done` is polled at each frame's animation-frame callbacks; the frame polled there paints
 * what it found, so the end point is a task posted from that callback (it runs after that frame's
 * style, layout and paint). (Until session 5 the end point was asked for from that callback with a
 * further requestAnimationFrame, which ended one frame later: every save and panel figure carried
 * an extra 16.7 ms frame after the one that painted the change.)
 */
export async function installUntilPainted(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { untilPainted?: (done: () => boolean) => Promise<void> };
    w.untilPainted ??= (done) =>
      new Promise<void>((resolve) => {
        const check = () => (done() ? setTimeout(resolve, 0) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
  });
}

/**
 * When each channel's last answer reached the page through the test transport, for the figures'
 * split: up to main's answer (the round trip and the handler), and the renderer's part after it.
 */
async function watchAnswers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pmInvoke(c: string, p: unknown): Promise<string>; __pmAnswered?: Map<string, number> };
    if (w.__pmAnswered) return;
    const answered = new Map<string, number>();
    w.__pmAnswered = answered;
    const invoke = w.__pmInvoke.bind(w);
    w.__pmInvoke = (channel, payload) =>
      invoke(channel, payload).then((text) => {
        answered.set(channel, performance.now());
        return text;
      });
  });
}

/** An empty round trip through the test transport (a Playwright binding), as the figures' floor. */
async function emptyRoundTrips(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const w = window as unknown as { __pmEcho(): Promise<string> };
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await w.__pmEcho();
      times.push(performance.now() - start);
    }
    return times;
  }, rounds);
}

/** Click a cell, timed in the page until its panel shows the cell's quotes (loaded per cell) painted. */
async function openPanel(page: Page, rounds: number, from = 0): Promise<Timed> {
  const times: number[] = [];
  const answered: number[] = [];
  await watchAnswers(page);
  await installUntilPainted(page);
  for (let i = from; i < from + rounds; i++) {
    const elapsed = await page.evaluate(
      async (n) => {
        const cells = [...document.querySelectorAll<HTMLElement>('[data-col="position"][data-selected="false"]')];
        const cell = cells[n % cells.length]!;
        const id = `${cell.dataset['domainId']}/${cell.dataset['actorId']}`;
        const ready = () => {
          const panel = document.querySelector<HTMLElement>('[data-testid="evidence-panel"]');
          if (!panel || `${panel.dataset['domainId']}/${panel.dataset['actorId']}` !== id) return false;
          const quotes = panel.querySelector<HTMLElement>('[data-testid="cell-quotes"]');
          return quotes?.dataset['state'] === 'ready';
        };
        const answers = (window as unknown as { __pmAnswered: Map<string, number> }).__pmAnswered;
        answers.clear();
        const start = performance.now();
        cell.click();
        await (window as unknown as { untilPainted(done: () => boolean): Promise<void> }).untilPainted(ready);
        return { total: performance.now() - start, answered: (answers.get('matrix:evidence') ?? NaN) - start };
      },
      i * 3 + 1,
    );
    times.push(elapsed.total);
    answered.push(elapsed.answered);
  }
  return { times, answered };
}

/** A page of `url` wired to the handlers, with the whole matrix painted (the rest of a first page included). */
async function loadedPage(browser: Browser, url: string, handlers: () => Handlers): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await wire(page, handlers, []);
  await firstRender(page, url);
  await page.waitForSelector('[data-testid="matrix-grid"][data-painted="all"]', { timeout: 120_000 });
  return page;
}

async function measure(label: string, dataDir: string, runs: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-render-db-'));
  // A returning analyst: the first-run panel (which would cover the grid) was dismissed long ago.
  fs.writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ welcomeDismissed: true }));
  const ws = Workspace.open({ dbPath: path.join(dir, 'db.sqlite'), dataDir, appVersion: 'bench' });
  const handlers = createHandlers(ws, host, { backupDir: path.join(dir, 'backups') });
  const server = await serveStatic(RENDERER);
  const compare = COMPARE ? await serveStatic(COMPARE) : null;
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    const other = { times: [] as number[], anyRows: [] as number[] };
    const loadCompared = async () => {
      if (!compare) return;
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await wire(page, () => handlers, []);
      const { inPage, anyRow } = await firstRender(page, compare.url);
      other.times.push(inPage);
      other.anyRows.push(anyRow);
      await page.close();
    };
    // Loads of this build alternate: a first launch (nothing kept: a new profile, or main's answers
    // changed since the last launch) and a repeat launch with the frame the load before it kept.
    const times: number[] = [];
    const anyRows: number[] = [];
    const walls: number[] = [];
    const fresh: number[] = [];
    const repeat: number[] = [];
    const repeatApp: number[] = [];
    let staticShown = 0;
    let kept: Awaited<ReturnType<typeof keptFrame>> = null;
    let frames: number[] = [];
    const edits = { times: [] as number[], saved: [] as number[], answered: [] as number[] };
    const panels = { times: [] as number[], answered: [] as number[] };
    const otherEdits = { times: [] as number[], saved: [] as number[], answered: [] as number[] };
    const otherPanels = { times: [] as number[], answered: [] as number[] };
    let empty: number[] = [];
    let heap = 0;
    let timeline: string[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) await loadCompared();
      const again = i % 2 === 1 && kept !== null;
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, ...(again && kept ? { storageState: kept } : {}) });
      const calls: Call[] = [];
      await page.exposeBinding('__pmEcho', () => '');
      await wire(page, () => handlers, calls);
      await observeTimeline(page);
      const { inPage, anyRow, appRow, wall, staticFrame } = await firstRender(page, server.url);
      times.push(inPage);
      anyRows.push(anyRow);
      walls.push(wall);
      if (staticFrame) staticShown += 1;
      if (again) {
        repeat.push(inPage);
        repeatApp.push(appRow);
      } else {
        fresh.push(inPage);
        kept = await keptFrame(page);
      }
      if (i === runs - 1) {
        // The rest of the load (a large matrix's other rows) before anything else is measured on it.
        await page.waitForSelector('[data-testid="matrix-grid"][data-painted="all"]', { timeout: 120_000 });
        // Read at once: the calls made until the first row and just after it.
        timeline = await readTimeline(page, [...calls], inPage);
        heap = await heapMb(page);
        frames = await scrollFrames(page);
        await page.evaluate(() => {
          const viewport = document.querySelector('.ag-body-vertical-scroll-viewport') ?? document.querySelector('.ag-body-viewport');
          if (viewport) viewport.scrollTop = 0;
        });
        empty = await emptyRoundTrips(page, 50);
        // With a comparison build, its page is loaded too and the two take turns, 5 rounds at a time
        // (which goes first alternates), so both see the same load.
        const otherPage = compare ? await loadedPage(browser, compare.url, () => handlers) : null;
        const turns: Array<[Page, Timed, Timed & { saved: number[] }, string]> = [[page, panels, edits, '']];
        if (otherPage) turns.push([otherPage, otherPanels, otherEdits, 'compared ']);
        const add = <T extends Timed>(into: T, r: T) => {
          for (const k of Object.keys(into) as Array<keyof T>) (into[k] as number[]).push(...(r[k] as number[]));
        };
        // PM_RENDER_ROUNDS: saves and panel openings per build (default 20), in blocks of 5.
        const blocks = Math.max(1, Math.round(Number(process.env['PM_RENDER_ROUNDS'] ?? 20) / 5));
        for (let block = 0; block < blocks; block++) {
          for (const [p, into] of block % 2 ? [...turns].reverse() : turns) {
            await p.bringToFront();
            add(into, await openPanel(p, 5, block * 5));
          }
        }
        for (let block = 0; block < blocks; block++) {
          for (const [p, , into, tag] of block % 2 ? [...turns].reverse() : turns) {
            await p.bringToFront();
            add(into, await editUntilShown(p, 5, tag, block * 5));
          }
        }
        await otherPage?.close();
      }
      await page.close();
      if (i % 2 === 1) await loadCompared();
    }
    const t = summarize(times);
    const target = label.startsWith('real') ? '≤ 300 ms' : '≤ 1 s';
    if (repeat.length > 0) {
      line(`first painted matrix row, ${label}, repeat launch (p50 of ${repeat.length})`, ms(summarize(repeat).p50), target);
      line(`  the static first frame painted it in`, `${staticShown} of ${repeat.length} repeat launches`);
      line(`  the app's own first row whole (the static frame gives way), repeat launch (p50)`, ms(summarize(repeatApp).p50));
      line(`  first launch, nothing kept (p50 of ${fresh.length})`, ms(summarize(fresh).p50), target);
    } else {
      line(`first rendered matrix, ${label} (p50 of ${runs})`, ms(t.p50), target);
    }
    line(`  every load (p50 of ${runs}), by the wall clock from page.goto()`, `${ms(t.p50)}; ${ms(summarize(walls).p50)}`);
    line(`  first frame with any row element, whole or cut off (p50)`, ms(summarize(anyRows).p50));
    if (COMPARE) {
      const c = summarize(other.times);
      line(`  comparison build ${COMPARE} (p50 of ${c.n})`, ms(c.p50));
      line(`    its first frame with any row element (p50)`, ms(summarize(other.anyRows).p50));
      const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
      console.log(`    every load, this build: ${list(times)} (first launches ${list(fresh)}; repeat ${list(repeat)}); comparison: ${list(other.times)}`);
    }
    const f = summarize(frames);
    if (frames.length === 0) line(`scroll frame time, ${label}`, 'not measured (the grid did not scroll)');
    else line(`scroll frame time, ${label} p50 / p95 / max (${frames.length} frames)`, `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.max)}`);
    const split = (r: { times: number[]; answered: number[] }) => {
      const a = summarize(r.answered.filter(Number.isFinite));
      const after = summarize(r.times.map((t, i) => t - r.answered[i]!).filter(Number.isFinite));
      return `${ms(a.p50)} / ${ms(a.p95)}; after it ${ms(after.p50)} / ${ms(after.p95)}`;
    };
    const z = summarize(empty);
    line(`  an empty round trip through the test transport, p50 / p95`, `${ms(z.p50)} / ${ms(z.p95)}`);
    const pair = (xs: number[]) => {
      const x = summarize(xs);
      return `${ms(x.p50)} / ${ms(x.p95)}`;
    };
    line(`save a summary until the grid shows it, ${label}, p50 / p95 (${edits.times.length})`, pair(edits.times), '≤ 30 ms p95');
    line(`  until it shows it saved (main's commit answered, no "Saving…" mark)`, pair(edits.saved));
    line(`  of which until main's answer arrived / the renderer after it`, split({ times: edits.saved, answered: edits.answered }));
    if (COMPARE) {
      line(`  comparison build, shown / saved (${otherEdits.times.length}, same run, taking turns)`, `${pair(otherEdits.times)}; ${pair(otherEdits.saved)}`);
      line(`    of which until main's answer arrived / the renderer after it`, split({ times: otherEdits.saved, answered: otherEdits.answered }));
    }
    line(`open a cell's evidence panel, quotes shown, ${label}, p50 / p95 (${panels.times.length})`, pair(panels.times), '≤ 50 ms p95');
    line(`  of which until its quotes arrived / the renderer after them`, split(panels));
    if (COMPARE) {
      line(`  comparison build (${otherPanels.times.length}, same run, taking turns)`, pair(otherPanels.times));
      line(`    of which until its quotes arrived / the renderer after them`, split(otherPanels));
    }
    line(`renderer JS heap after load (after GC), ${label}`, `${heap.toFixed(1)} MB`, '≤ 150 MB');
    // PM_TIMELINE=1: where the last load's time went.
    if (process.env['PM_TIMELINE']) console.log(`  timeline of the last load, ms from navigation start:\n${timeline.join('\n')}`);
  } finally {
    await browser.close();
    await server.close();
    await compare?.close();
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runRenderBench(): Promise<void> {
  console.log('\nMatrix rendering (Chromium, built renderer; run `npm run build` first)');
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    console.log('  skipped: no build in out/renderer — run `npm run build`');
    return;
  }
  // PM_RENDER_ONLY=real or =synthetic runs one of the two.
  const only = process.env['PM_RENDER_ONLY'];
  // PM_RENDER_RUNS: page loads per data set (default 5 real, 3 synthetic): more under load.
  const runs = Number(process.env['PM_RENDER_RUNS'] ?? 0);
  if (only !== 'synthetic') await measure('real data', DATA, runs || 5);
  if (only === 'real') return;
  const synthetic = syntheticDataDir(1000, 10, 5);
  await measure('synthetic 1,000 × 10 × 5', synthetic, runs || 3);
  fs.rmSync(synthetic, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await runRenderBench();
