import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { stopWhenOnline } from '../../worker-stop.ts';

// The page labels a PDF declares (its /PageLabels number tree: `i`–`xii` for front matter, `45`–`72`
// for an article in a journal issue), so a quote can be cited by the page the author printed.
//
// pdf.js reads the tree (cycles and wrong types make it give up), but what it builds from a hostile
// one is unbounded: a start of 10⁸ in the letters style makes every label millions of characters
// long (200 pages took 7 s and 1.6 GB here). So the tree is read in a worker thread of its own with
// a small heap and a time limit; whatever goes wrong there, the labels are absent and the import
// goes on. What comes back is checked again (labels are short printable strings, one per page).

/** The longest label kept; anything longer is not a printed page number. */
export const MAX_LABEL_LENGTH = 24;
/** The labels worker's budget: its own heap and its wall-clock time. */
const LABELS_HEAP_MB = 48;
export const LABELS_TIME_LIMIT_MS = 8000;

// Control characters (C0, C1) and line separators: never part of a printed page number.
const CONTROL_RE = /[\p{Cc}\u2028\u2029]/u;

/**
 * One printable label per page, or null when the document declares none that can be used: not an
 * array of `pages` strings, a label too long or with control characters, or labels that only repeat
 * the page index (1, 2, 3 …, which says nothing the index does not). A page whose range has no
 * style or prefix gets `''` (no printed number).
 */
export function cleanPageLabels(raw: unknown, pages: number): string[] | null {
  if (!Array.isArray(raw) || raw.length !== pages || pages === 0) return null;
  const out: string[] = [];
  for (const value of raw as unknown[]) {
    const label = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof label !== 'string' || label.length > MAX_LABEL_LENGTH * 2) return null;
    const t = label.normalize('NFC').trim();
    if (t.length > MAX_LABEL_LENGTH || CONTROL_RE.test(t)) return null;
    out.push(t);
  }
  if (out.every((l, i) => l === '' || l === String(i + 1))) return null;
  return out;
}

function workerUrl(): URL | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('./page-labels-worker.ts', here);
  for (const candidate of ['./page-labels-worker.js', '../page-labels-worker.js']) {
    const built = new URL(candidate, here);
    if (existsSync(fileURLToPath(built))) return built;
  }
  return null;
}

/** Whether this build can read page labels (a bundle without the labels worker cannot). */
export function canReadPageLabels(): boolean {
  return workerUrl() !== null;
}

/**
 * The document's page labels as pdf.js gives them, read in a bounded worker (pass them through
 * cleanPageLabels); null when it has none, or reading them failed or ran over its budget. Never throws.
 */
export function readPageLabels(bytes: Uint8Array, timeLimitMs = LABELS_TIME_LIMIT_MS): Promise<unknown> {
  const url = workerUrl();
  if (url === null) return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(url, {
        workerData: { bytes },
        resourceLimits: { maxOldGenerationSizeMb: LABELS_HEAP_MB, maxYoungGenerationSizeMb: 8, stackSizeMb: 2 },
      });
    } catch {
      resolve(null);
      return;
    }
    let settled = false;
    const stop = stopWhenOnline(worker);
    const finish = (labels: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(labels);
    };
    const timer = setTimeout(() => {
      finish(null);
      stop();
    }, timeLimitMs);
    worker.on('message', (reply: { labels?: unknown }) => {
      finish(reply.labels ?? null);
      stop();
    });
    worker.on('error', () => finish(null));
    worker.on('exit', () => finish(null));
  });
}
