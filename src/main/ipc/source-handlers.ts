import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, PrepareResult, SourceMetaFields } from '../../shared/types.ts';
import { ImportCancelled } from '../core/corpus/import/pdf-importer.ts';
import type { PreparedImport } from '../core/corpus/import/service.ts';
import { summaryOf } from '../core/corpus/import/service.ts';
import { metaFieldsOf } from '../core/corpus/import/source-store.ts';
import { AppError } from '../core/errors.ts';
import type { Workspace } from '../core/workspace.ts';
import type { Handlers } from './dispatch.ts';
import type { Host } from './host.ts';

type SourceHandlers = Pick<
  Handlers,
  | 'sources:list'
  | 'sources:import'
  | 'sources:cancel'
  | 'sources:prepare'
  | 'sources:reread'
  | 'sources:commit'
  | 'sources:discard'
  | 'sources:update'
  | 'sources:removalImpact'
  | 'sources:remove'
>;

/** How many of the first paragraphs the preview shows. */
const PREVIEW_PARAGRAPHS = 6;

/**
 * Imported sources. The file comes from main's open dialog (or a drop, in Electron); extraction runs
 * in a worker with progress events; one import at a time, and Cancel stops it before anything is
 * stored. A prepared import waits in memory (bytes included) until it is committed or discarded, so
 * a cancelled dialog leaves no row and no copied file.
 */
export function createSourceHandlers(ws: Workspace, host: Host): SourceHandlers {
  let running: AbortController | null = null;
  let pending: { token: string; prepared: PreparedImport; replacing: string | null } | null = null;

  const progressFor = (fileName: string) => (p: { done: number; total: number }) => host.emit('sources:progress', { fileName, done: p.done, total: p.total });

  /** Runs one extraction with the cancel switch; null when it was cancelled. */
  async function cancellable<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
    if (running) throw new AppError('conflict', 'Another file is being read: wait for it to finish or cancel it first.');
    const controller = new AbortController();
    running = controller;
    try {
      return await work(controller.signal);
    } catch (error) {
      if (error instanceof ImportCancelled || controller.signal.aborted) return null;
      throw error;
    } finally {
      running = null;
    }
  }

  function droppedFile(file: string): string {
    if (!host.acceptsDroppedPaths) throw new AppError('invalid-request', 'This window cannot take a file by its path: choose it with Add source… instead.');
    if (!path.isAbsolute(file)) throw new AppError('invalid-request', 'A dropped file must be named by its full path.');
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      throw new AppError('not-found', `${path.basename(file)} cannot be read (it may have been moved or deleted).`);
    }
    if (!stat.isFile()) throw new AppError('bad-file', `${path.basename(file)} is not a file: drop a PDF, Word, web page or text file.`);
    return file;
  }

  /** Keeps the prepared import (forgetting the one before: its dialog is gone) and describes it. */
  function previewOf(prepared: PreparedImport, replacing: string | null): PrepareResult {
    const token = randomUUID();
    pending = { token, prepared, replacing };
    const old = replacing ? ws.sources.list().find((s) => s.id === replacing) : null;
    const preview: ImportPreview = {
      token,
      fileName: prepared.info.fileName,
      replacing: old ? { id: old.id, title: old.info.title } : null,
      meta: metaFieldsOf(prepared.info),
      summary: summaryOf(prepared),
      firstParagraphs: prepared.paragraphs.slice(0, PREVIEW_PARAGRAPHS).map((p) => ({ kind: p.kind, text: p.text, page: p.page ?? null })),
      quotes: replacing ? ws.sources.quoteReport(prepared) : null,
      encoding: prepared.extracted.textEncoding ?? null,
    };
    return { kind: 'preview', preview };
  }

  return {
    'sources:list': () => ws.sources.list(),
    'sources:import': async (r) => {
      if (running) return null;
      const file = await host.chooseOpenPath('source');
      if (!file) return null;
      return cancellable((signal) => ws.sources.import(file, { title: r.title, language: r.language, signal, onProgress: progressFor(path.basename(file)) }));
    },
    'sources:cancel': () => {
      const c = running;
      c?.abort();
      return { cancelled: c !== null };
    },
    'sources:prepare': async (r) => {
      if (running) throw new AppError('conflict', 'Another file is being read: wait for it to finish or cancel it first.');
      const replacing = r.replacing ?? null;
      const old = replacing ? ws.sources.list().find((s) => s.id === replacing) : null;
      if (replacing && !old) throw new AppError('not-found', `No imported source ${replacing}.`);
      const file = r.droppedPath !== undefined ? droppedFile(r.droppedPath) : await host.chooseOpenPath('source');
      if (!file) return null;
      const fileName = path.basename(file);
      const existing = ws.sources.findImported(file);
      if (existing) return { kind: 'already-imported' as const, ...existing };
      // A new prepare forgets the one before (its dialog is gone).
      pending = null;
      const prepared = await cancellable((signal) => {
        const options = { signal, onProgress: progressFor(fileName) };
        return replacing ? ws.sources.prepareReplace(replacing, file, options) : ws.sources.prepare(file, options);
      });
      if (!prepared) return null;
      return previewOf(prepared, replacing);
    },
    'sources:reread': async (r) => {
      const job = pending;
      if (!job || job.token !== r.token) throw new AppError('not-found', 'This file is no longer waiting to be stored: add it again.');
      const fileName = job.prepared.info.fileName;
      const prepared = await cancellable((signal) => ws.sources.reread(job.prepared, r.encoding, { signal, onProgress: progressFor(fileName) }, job.replacing ?? undefined));
      // Cancelled: the preview as it was stays, under its token.
      if (!prepared) return null;
      return previewOf(prepared, job.replacing);
    },
    'sources:commit': (r) => {
      const job = pending;
      if (!job || job.token !== r.token) throw new AppError('not-found', 'This file is no longer waiting to be stored: add it again.');
      pending = null;
      const edits = editsOf(r.meta);
      if (job.replacing) return ws.sources.commitReplace(job.prepared, edits);
      return { summary: ws.sources.commit(job.prepared, edits), quotes: null };
    },
    'sources:discard': (r) => {
      const discarded = pending?.token === r.token;
      if (discarded) pending = null;
      return { discarded };
    },
    'sources:update': (r) => ws.sources.update(r.docId, editsOf(r.meta)),
    'sources:removalImpact': (r) => ws.sources.removalImpact(r.docId),
    'sources:remove': async (r) => {
      const impact = ws.sources.removalImpact(r.docId);
      const title = ws.sources.list().find((s) => s.id === r.docId)?.info.title ?? r.docId;
      if (!r.confirmed) {
        const detail =
          impact.length === 0
            ? 'No quote in the matrix cites it. The removal can be undone.'
            : `${impact.length} quote(s) will break (they stay in the matrix, shown as broken; Undo brings the source back):\n` +
              impact.map((q) => `• ${q.domainId}/${q.actorId ?? 'alignment'}: “${q.exact.slice(0, 80)}”`).join('\n');
        if (!(await host.confirm(`Remove “${title}”?`, detail, 'Remove'))) return null;
      }
      return ws.sources.remove(r.docId);
    },
  };
}

function editsOf(meta: Partial<SourceMetaFields>) {
  return {
    title: meta.title,
    authors: meta.authors,
    date: meta.date === undefined ? undefined : meta.date?.trim() || null,
    publisher: meta.publisher,
    language: meta.language,
    sourceUrl: meta.sourceUrl === undefined ? undefined : meta.sourceUrl?.trim() || null,
  };
}
