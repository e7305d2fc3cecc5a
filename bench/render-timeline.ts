// Where the time to the first painted matrix row goes, from the page's own clocks: the document and
// each script and style fetched (resource timing), the IPC round trips (timed in Node around the real
// handlers, with the answer's size), the first paint, the long tasks, and the app's own marks
// (`pm:` performance marks). Printed by the render benchmark beside its figures; measures nothing
// the first-row figure depends on (the observers are passive).
import type { Page } from 'playwright-core';

export interface Call {
  channel: string;
  /** Wall-clock milliseconds (Date.now()) when the binding was called and when it answered. */
  start: number;
  end: number;
  bytes: number;
}

/** Installed before navigation: collects long tasks and paint entries from the start. */
export async function observeTimeline(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __pmLong?: Array<{ start: number; duration: number }> };
    w.__pmLong = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__pmLong!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser: the timeline goes without it.
    }
  });
}

interface Entry {
  at: number;
  end?: number;
  what: string;
}

/** The timeline of one load, in milliseconds from navigation start, as printable lines. */
export async function readTimeline(page: Page, calls: Call[], firstRow: number): Promise<string[]> {
  const data = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      name: r.name.replace(/^.*\//, ''),
      start: r.startTime,
      end: r.responseEnd,
      bytes: r.encodedBodySize,
    }));
    const paints = performance.getEntriesByType('paint').map((p) => ({ name: p.name, at: p.startTime }));
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('pm:')).map((m) => ({ name: m.name, at: m.startTime }));
    const long = (window as unknown as { __pmLong?: Array<{ start: number; duration: number }> }).__pmLong ?? [];
    return {
      origin: performance.timeOrigin,
      html: nav ? { start: nav.requestStart, end: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd } : null,
      resources,
      paints,
      marks,
      long,
    };
  });
  const entries: Entry[] = [];
  if (data.html) {
    entries.push({ at: data.html.start, end: data.html.end, what: 'index.html' });
    entries.push({ at: data.html.domContentLoaded, what: 'DOMContentLoaded (module scripts run)' });
  }
  for (const r of data.resources) entries.push({ at: r.start, end: r.end, what: `fetch ${r.name} (${(r.bytes / 1024).toFixed(0)} KB)` });
  for (const p of data.paints) entries.push({ at: p.at, what: p.name });
  for (const m of data.marks) entries.push({ at: m.at, what: m.name });
  for (const c of calls) entries.push({ at: c.start - data.origin, end: c.end - data.origin, what: `ipc ${c.channel} (${(c.bytes / 1024).toFixed(1)} KB)` });
  for (const l of data.long) entries.push({ at: l.start, end: l.start + l.duration, what: 'long task' });
  entries.push({ at: firstRow, what: 'FIRST PAINTED MATRIX ROW' });
  entries.sort((a, b) => a.at - b.at);
  const f = (n: number) => `${n.toFixed(0).padStart(5)}`;
  return entries.map((e) => `    ${f(e.at)}${e.end !== undefined ? ` –${f(e.end)} (${(e.end - e.at).toFixed(0).padStart(4)} ms)` : ''.padEnd(19)}  ${e.what}`);
}
