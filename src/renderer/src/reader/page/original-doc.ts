// The original PDF of an imported source, opened with pdf.js and kept open between opens of the page
// view, one document at a time. pdf.js reads it through a range transport: it asks `sources:original`
// for the 64 KB parts it needs (the cross-reference table, the page tree, the page's objects), never
// the whole file, and main checks the file against its SHA-256 on each ask. A document opened again
// is first asked about once more (a zero-byte range), so an original that went missing or changed
// since is said, not shown from memory; a part that comes back missing or changed mid-way does the same.
import { api } from '../../api/client.ts';
import { describeError } from '../../app/status.ts';
import type { OriginalFile } from '../../../../shared/types.ts';
import { decodeBase64 } from './base64.ts';
import type { PDFDocumentProxy } from './pdfjs.ts';

export type OriginalProblem =
  /** The stored original is gone or changed: the reader falls back to the text. */
  | { status: 'unavailable'; reason: 'missing' | 'changed'; fileName: string }
  | { status: 'error'; message: string };

export type OpenedOriginal = { status: 'ready'; pdf: PDFDocumentProxy } | OriginalProblem;

/** What the document list already says about the file (lets the first parts be asked for together). */
export interface KnownOriginal {
  sha256: string;
  bytes: number;
}

/** pdf.js's unit of range requests. */
export const CHUNK = 65_536;

interface Entry {
  docId: string;
  opened: Promise<OpenedOriginal>;
  sha256: string | null;
  listeners: Set<(problem: OriginalProblem) => void>;
  destroy: () => void;
  /** The open or check made as the pointer went down on "Open on page", for the click it begins. */
  pressed: { at: number; opened: Promise<OpenedOriginal> } | null;
}

let current: Entry | null = null;

/** How long the open or check made on a press stands for the click that follows it (ms). */
const PRESS_STANDS = 3000;

/** Opens the original (or returns the one already open, checked again: once per opening of the page view); a failed open is forgotten. */
export function openOriginal(docId: string, known?: KnownOriginal): Promise<OpenedOriginal> {
  const entry = current;
  // The press that began this click already opened or checked it a moment ago.
  const pressed = entry?.docId === docId ? entry.pressed : null;
  if (entry && pressed) {
    entry.pressed = null;
    if (performance.now() - pressed.at < PRESS_STANDS) return pressed.opened;
  }
  if (entry && entry.docId === docId) {
    return entry.opened.then(async (opened): Promise<OpenedOriginal> => {
      if (opened.status !== 'ready') return opened;
      const now = await api.getOriginal({ docId, range: { offset: 0, length: 0 } });
      if (now.status === 'ok' && now.sha256 === entry.sha256) return opened;
      forget(entry);
      // A new version under the same ID is opened afresh; a missing or changed one is said.
      return now.status === 'ok' ? openOriginal(docId) : { status: 'unavailable', reason: now.status, fileName: now.fileName };
    }).catch((error: unknown): OpenedOriginal => ({ status: 'error', message: describeError(error) }));
  }
  if (entry) forget(entry);
  const fresh = start(docId, known);
  current = fresh;
  void fresh.opened.then((o) => o.status !== 'ready' && forget(fresh));
  return fresh.opened;
}

/**
 * Opens (or checks) the original as the pointer goes down on "Open on page", before the click lands;
 * the click's own open within a few seconds takes this one instead of asking main again.
 */
export function pressOriginal(docId: string, known?: KnownOriginal): Promise<OpenedOriginal> {
  const opened = openOriginal(docId, known);
  if (current?.docId === docId) current.pressed = { at: performance.now(), opened };
  return opened;
}

/**
 * Opens the original ahead of need (the idle warm-up), unless another document's pages are on screen:
 * only one original is kept open, and the one being read is not closed for a guess.
 */
export function warmOriginal(docId: string, known?: KnownOriginal): Promise<OpenedOriginal> | null {
  if (current && current.docId !== docId && current.listeners.size > 0) return null;
  return openOriginal(docId, known);
}

/** Calls back when the open document's original turns out missing or changed (or unreadable) while in use. */
export function watchOriginal(docId: string, listener: (problem: OriginalProblem) => void): () => void {
  const entry = current?.docId === docId ? current : null;
  entry?.listeners.add(listener);
  return () => entry?.listeners.delete(listener);
}

function forget(entry: Entry): void {
  if (current === entry) current = null;
  entry.destroy();
}

function report(entry: Entry, problem: OriginalProblem): void {
  const listeners = [...entry.listeners];
  forget(entry);
  for (const l of listeners) l(problem);
}

function start(docId: string, known?: KnownOriginal): Entry {
  let destroyed = false;
  let destroyTask: (() => Promise<void>) | null = null;
  const entry: Entry = {
    docId,
    opened: Promise.resolve({ status: 'error', message: '' }),
    sha256: null,
    listeners: new Set(),
    pressed: null,
    destroy: () => {
      destroyed = true;
      void destroyTask?.();
    },
  };
  const ask = (offset: number, length: number) => api.getOriginal({ docId, range: { offset, length } });
  // The head and, when the size is known, the last two chunks (where the trailer and the
  // cross-reference table are, which pdf.js reads next) together, in parallel.
  const head = ask(0, CHUNK);
  const tail: Array<{ begin: number; end: number; part: Promise<OriginalFile> }> = [];
  if (known) {
    const last = Math.floor((known.bytes - 1) / CHUNK) * CHUNK;
    for (const begin of [last, last - CHUNK]) {
      if (begin < CHUNK) continue;
      const end = Math.min(begin + CHUNK, known.bytes);
      const part = ask(begin, end - begin);
      part.catch(() => undefined);
      tail.push({ begin, end, part });
    }
  }
  entry.opened = (async (): Promise<OpenedOriginal> => {
    const [first, pdfjs] = await Promise.all([head, import('./pdfjs.ts')]);
    if (first.status !== 'ok') return { status: 'unavailable', reason: first.status, fileName: first.fileName };
    if (destroyed) return { status: 'error', message: 'closed' };
    entry.sha256 = first.sha256;
    const sha256 = first.sha256;
    const size = first.size;
    const got = (part: OriginalFile, length: number): Uint8Array | null => {
      if (part.status !== 'ok' || part.sha256 !== sha256 || part.size !== size) {
        report(entry, part.status === 'ok' ? { status: 'unavailable', reason: 'changed', fileName: part.fileName } : { status: 'unavailable', reason: part.status, fileName: part.fileName });
        return null;
      }
      const bytes = decodeBase64(part.base64);
      // A part shorter or longer than asked would leave pdf.js waiting for the rest for good.
      if (bytes.length !== length) {
        report(entry, { status: 'error', message: `${part.fileName}: ${bytes.length} bytes came back for a part of ${length}.` });
        return null;
      }
      return bytes;
    };
    const prefetched = new Map<number, { end: number; part: Promise<OriginalFile> }>();
    if (known?.bytes === size) for (const t of tail) prefetched.set(t.begin, t);
    const opening = pdfjs.openPdfRanges(size, decodeBase64(first.base64), CHUNK, (begin, end, deliver) => {
      const early = prefetched.get(begin);
      if (early && early.end === end) prefetched.delete(begin);
      const part = early && early.end === end ? early.part : ask(begin, end - begin);
      part.then(
        (p) => {
          if (destroyed) return;
          const bytes = got(p, end - begin);
          if (bytes) deliver(bytes);
        },
        (error: unknown) => !destroyed && report(entry, { status: 'error', message: describeError(error) }),
      );
    });
    destroyTask = opening.destroy;
    if (destroyed) void opening.destroy();
    const pdf = await opening.promise;
    return { status: 'ready', pdf };
  })().catch((error: unknown): OpenedOriginal => ({ status: 'error', message: describeError(error) }));
  return entry;
}
