// The reader's original-page view on a 300-page PDF (the import benchmark's generated file), in
// Debian's headless Chromium over the real HTTP transport (`npm run serve`'s server, in this process):
// time from the click on "Open on page" to the frame that paints the quote's page (the first open,
// which fetches the original and starts pdf.js, and later opens of other quotes), the original's
// transfer (base64 in JSON) on its own, frame times while scrolling 50 pages, and what stays in memory
// afterwards (canvases held, JS heap). The first open is timed both with the click as soon as the
// quote shows and after 2 s idle (what the app starts while idle is then ready). Another build to
// measure instead: PM_RENDERER_DIR=/tmp/base/renderer; one to compare with in the same run, page
// loads alternating: PM_COMPARE_DIR=/tmp/base/renderer. Figures only; nothing is asserted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { Workspace } from '../src/main/core/workspace.ts';
import { repoDataDir } from '../src/main/core/paths.ts';
import { createHandlers } from '../src/main/ipc/handlers.ts';
import { startAppServer } from '../src/main/server/app-server.ts';
import { TOKEN_HEADER } from '../src/shared/http-protocol.ts';
import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.ts';
import { heapMb } from './page-heap.ts';
import { line, ms, summarize } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const LONG = path.join(ROOT, 'bench', '.work', 'long-300.pdf');
const RENDERER = process.env['PM_RENDERER_DIR'] ?? path.join(ROOT, 'out/renderer');
// A second build measured in the same run, its page loads alternating with this one's:
// PM_COMPARE_DIR=/tmp/main/out/renderer.
const COMPARE = process.env['PM_COMPARE_DIR'];
const DOMAIN = 'investment-review';
const ACTOR = 'US';

interface Figures {
  cold: number[];
  coldIdle: number[];
  warm: number[];
  inReader: number[];
  scroll: { frames: number[]; from: number; to: number } | null;
  canvases: { count: number; mb: number };
  heap: number;
}

const emptyFigures = (): Figures => ({ cold: [], coldIdle: [], warm: [], inReader: [], scroll: null, canvases: { count: 0, mb: 0 }, heap: 0 });

/** Clicks a button and returns ms from the click to the frame painting the page view's target page. */
async function clickUntilPainted(page: Page, selector: string, pageNumber: number): Promise<number> {
  return page.evaluate(
    ({ selector, pageNumber }) =>
      new Promise<number>((resolve, reject) => {
        const button = document.querySelector<HTMLButtonElement>(selector);
        if (!button) return reject(new Error(`no button ${selector}`));
        const start = performance.now();
        button.click();
        const deadline = start + 120_000;
        const poll = () => {
          const view = document.querySelector('section.page-view');
          const target = view?.querySelector(`.pdf-page[data-page-number="${pageNumber}"][data-state="painted"]`);
          if (view?.getAttribute('data-target-painted') === 'true' && target) {
            // The frame that shows it: after its animation-frame callbacks, style, layout and paint.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            return;
          }
          if (performance.now() > deadline) return reject(new Error('page never painted'));
          requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    { selector, pageNumber },
  );
}

const openOnPage = (page: Page, evidenceId: string, pageNumber: number) => clickUntilPainted(page, `[data-evidence-id="${evidenceId}"] [data-testid="open-on-page"]`, pageNumber);
const showOnPage = (page: Page, paragraphId: string, pageNumber: number) => clickUntilPainted(page, `[data-paragraph-id="${paragraphId}"] [data-testid="show-on-page"]`, pageNumber);

/** Frame times while the page pane scrolls through 50 pages at a quarter page per frame. */
async function scrollFrames(page: Page): Promise<{ frames: number[]; from: number; to: number }> {
  return page.evaluate(
    () =>
      new Promise<{ frames: number[]; from: number; to: number }>((resolve) => {
        const pane = document.querySelector<HTMLElement>('section.page-view .page-scroll')!;
        const first = document.querySelector<HTMLElement>('.pdf-page')!;
        const step = first.offsetHeight / 4;
        pane.scrollTop = 0;
        const from = Number(document.querySelector('section.page-view')!.getAttribute('data-current-page'));
        const frames: number[] = [];
        let last = 0;
        let n = 0;
        const tick = (now: number) => {
          if (last) frames.push(now - last);
          last = now;
          if (n++ >= 200) {
            resolve({ frames, from, to: Number(document.querySelector('section.page-view')!.getAttribute('data-current-page')) });
            return;
          }
          pane.dispatchEvent(new WheelEvent('wheel', { deltaY: step }));
          pane.scrollTop += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

async function main(): Promise<void> {
  console.log('\nOriginal pages in the reader (pdf.js in headless Chromium, HTTP transport)');
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    console.log('  (no built renderer: run `npm run build` first)');
    return;
  }
  if (!fs.existsSync(LONG)) {
    fs.mkdirSync(path.dirname(LONG), { recursive: true });
    const r = spawnSync('/usr/bin/python3', [path.join(ROOT, 'tests/fixtures/import/make-fixtures.py'), '--long', LONG, '300'], { stdio: 'inherit' });
    if (r.status !== 0) return console.log('  (could not build the 300-page PDF: needs python3-reportlab)');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-pages-'));
  fs.writeFileSync(path.join(dir, 'preferences.json'), JSON.stringify({ welcomeDismissed: true }));
  const ws = Workspace.open({ dbPath: path.join(dir, 'db.sqlite'), dataDir: repoDataDir(), appVersion: 'bench' });
  const summary = await ws.sources.import(LONG, { worker: false });
  const paragraphs = ws.listParagraphs(summary.id).filter((p) => p.kind === 'body' && p.text.length > 60);
  // Quotes on pages spread over the document, each a slice from the middle of its paragraph.
  const quotes: Array<{ evidenceId: string; page: number; paragraphId: string }> = [];
  for (const wanted of [150, 20, 280, 75, 210, 5, 120, 260, 40, 190, 99]) {
    const p = paragraphs.find((x) => x.page === wanted && (x.boxes ?? []).every((b) => b.page === wanted));
    if (!p) continue;
    const start = Math.floor(p.text.length / 3);
    const { evidenceId } = ws.addEvidence(DOMAIN, ACTOR, p.id, start, p.text.slice(start, start + 20));
    quotes.push({ evidenceId, page: wanted, paragraphId: p.id });
  }
  const serve = (rendererDir: string) => startAppServer({ rendererDir, handlers: (host) => createHandlers(ws, host, { backupDir: path.join(dir, 'backups') }), version: 'bench' });
  const server = await serve(RENDERER);
  const compare = COMPARE ? await serve(COMPARE) : null;
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    // The original over the wire, on its own: one call, as the page view makes it.
    const transfers: number[] = [];
    let wireBytes = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const res = await fetch(`${server.origin}/api/call/sources:original`, {
        method: 'POST',
        headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json', origin: server.origin },
        body: JSON.stringify({ docId: summary.id }),
      });
      const body = await res.text();
      transfers.push(performance.now() - start);
      wireBytes = body.length;
    }
    const size = fs.statSync(LONG).size;
    line(`sources:original, ${summary.pages}-page PDF (${(size / 1e6).toFixed(1)} MB → ${(wireBytes / 1e6).toFixed(1)} MB JSON) p50`, ms(summarize(transfers).p50));

    const back = async (page: Page) => {
      await page.getByRole('button', { name: '← Back to matrix' }).click();
      await page.locator(`[data-testid="evidence-panel"][data-domain-id="${DOMAIN}"]`).waitFor();
    };
    const builds = [{ label: 'this build', server, figures: emptyFigures() }];
    if (compare) builds.push({ label: `comparison ${COMPARE}`, server: compare, figures: emptyFigures() });
    const RUNS = Number(process.env['PM_PAGES_RUNS'] ?? 6);
    for (let run = 0; run < RUNS; run++) {
      // The builds take turns (which goes first alternates too), so both see the same load.
      const order = run % 2 === 0 ? builds : [...builds].reverse();
      for (const build of order) {
        const f = build.figures;
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
        await page.goto(`${build.server.url}&/matrix/${DOMAIN}/${ACTOR}`);
        await page
          .locator(`[data-evidence-id="${quotes[0]!.evidenceId}"] [data-testid="open-on-page"]`)
          .waitFor({ timeout: Number(process.env['PM_BENCH_WAIT'] ?? 120_000) })
          .catch(async (error: unknown) => {
            // What the page showed instead, for whoever has to find out why.
            const shot = path.join(os.tmpdir(), 'pm-render-pages-failed.png');
            await page.screenshot({ path: shot });
            console.log(`  (the quote's "Open on page" never showed; screenshot: ${shot})`);
            throw error;
          });
        // Half the first opens click the instant the quote shows, half after 2 s idle on the panel
        // (an analyst reading the quote first): what starts while the app is idle is then ready.
        const idle = run % 2 === 1;
        if (idle) await page.waitForTimeout(2000);
        (idle ? f.coldIdle : f.cold).push(await openOnPage(page, quotes[0]!.evidenceId, quotes[0]!.page));
        if (run === RUNS - 1) {
          for (const q of quotes.slice(1)) {
            await back(page);
            f.warm.push(await openOnPage(page, q.evidenceId, q.page));
          }
          // In the reader itself: "Show on page" beside a paragraph on another page (no view switch, no routing).
          // The analyst scrolls the text to the paragraph first (the text renders only what is near view),
          // here by its link; the figure is the click on its "Show on page" until the page is painted.
          for (const q of [...quotes].reverse()) {
            await page.evaluate((id) => (window.location.hash = `#/reader/${id}`), q.paragraphId);
            await page.locator(`[data-paragraph-id="${q.paragraphId}"] [data-testid="show-on-page"]`).waitFor();
            f.inReader.push(await showOnPage(page, q.paragraphId, q.page));
          }
          f.scroll = await scrollFrames(page);
          // Let the last draws finish, then count what is held.
          await page.waitForTimeout(1000);
          f.canvases = await page.evaluate(() => {
            const list = [...document.querySelectorAll('section.page-view canvas')] as HTMLCanvasElement[];
            return { count: list.length, mb: list.reduce((s, c) => s + c.width * c.height * 4, 0) / 1024 / 1024 };
          });
          f.heap = await heapMb(page);
        }
        await page.close();
      }
    }
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    for (const { label, figures: f } of builds) {
      if (compare) console.log(`  ${label}:`);
      const c = summarize(f.cold);
      line(`first page painted after "Open on page", clicked the instant the quote shows (p50 of ${f.cold.length}, max)`, `${ms(c.p50)} / ${ms(c.max)}`, '≤ 300 ms');
      const ci = summarize(f.coldIdle);
      line(`same, the app idle for 2 s on the panel before the click (p50 of ${f.coldIdle.length}, max)`, `${ms(ci.p50)} / ${ms(ci.max)}`, '≤ 300 ms');
      console.log(`    every first open: at once ${list(f.cold)}; after 2 s idle ${list(f.coldIdle)}`);
      const w = summarize(f.warm);
      line(`same, later opens of quotes on other pages, p50 / p95 (${f.warm.length})`, `${ms(w.p50)} / ${ms(w.p95)}`, '≤ 300 ms');
      const r = summarize(f.inReader);
      line(`"Show on page" in the reader, a paragraph on another page, p50 / p95 (${f.inReader.length})`, `${ms(r.p50)} / ${ms(r.p95)}`, '≤ 300 ms');
      if (f.scroll) {
        const s = summarize(f.scroll.frames);
        line(`scroll pages ${f.scroll.from}→${f.scroll.to}, frame p50 / p95 / max (${f.scroll.frames.length})`, `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)}`, '≤ 20 ms p95');
      }
      line(`canvases held after scrolling (of ${summary.pages} pages), their pixels`, `${f.canvases.count} / ${f.canvases.mb.toFixed(1)} MB`, 'only visible pages');
      line('renderer JS heap after scrolling (after GC)', `${f.heap.toFixed(1)} MB`);
    }
  } finally {
    await browser.close();
    await server.close();
    await compare?.close();
    ws.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
