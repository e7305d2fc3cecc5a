import path from 'node:path';
import type { DocumentMeta, EditResult, Evidence, Matrix, Paragraph, QuoteFate, SourceInfo, SourceListing, SourceMetaFields, TextLang } from '../../../../shared/types.ts';
export type { QuoteFate, SourceListing } from '../../../../shared/types.ts';
import type { Db } from '../../db/open.ts';
import { AppError, notFound } from '../../errors.ts';
import { anchorQuote, indexParagraphs } from '../../matrix/anchor.ts';
import type { ExtractedSource } from './blocks.ts';
import { extractSource } from './extract.ts';
import { OriginalsStore, sha256Hex } from './originals.ts';
import type { ImportProgress } from './pdf-importer.ts';
import { extractInWorker } from './run-worker.ts';
import { readPendingPageLabels } from './page-label-backfill.ts';
import type { PageLabelBackfill } from './page-label-backfill.ts';
import {
  assertNotImported,
  commitPrepared,
  prepareFromExtraction,
  readImportFile,
  sourceDocId,
  summaryOf,
} from './service.ts';
import type { ImportSummary, PreparedImport, SourceEdits } from './service.ts';
import { metaFieldsOf } from './source-store.ts';
import { findSourceBySha, getSource, listSources } from './sources-repo.ts';

/** What the sources need of the workspace (whose database connection is otherwise private). */
export interface SourcesHost {
  readonly options: { dbPath: string; originalsDir?: string | undefined };
  db(): Db;
  documents(): DocumentMeta[];
  paragraphs(): Paragraph[];
  matrix(): Matrix;
  refreshCorpus(): void;
  /** Removing a source, as one undoable step through the edit log. */
  removeSource(docId: string, title: string): unknown;
  /** Setting a source's metadata, as one undoable step through the edit log. */
  editSource(docId: string, title: string, fields: SourceMetaFields): EditResult;
}

export interface ImportOptions extends SourceEdits {
  encoding?: string | null;
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Extract in a worker thread (the default); false runs in this thread (tests, benchmarks). */
  worker?: boolean;
}

/** Importing, replacing and removing the analyst's own sources, on one workspace. */
export class SourceImports {
  private readonly ws: SourcesHost;
  readonly originals: OriginalsStore;

  constructor(ws: SourcesHost) {
    this.ws = ws;
    this.originals = new OriginalsStore(ws.options.originalsDir ?? path.join(path.dirname(ws.options.dbPath), 'originals'));
  }

  /**
   * Reads the page labels of PDFs imported before they were kept (listed by migration 8) from their
   * originals; the corpus is re-read when any source changed. Safe to call at any time: with nothing
   * pending it does nothing.
   */
  async readPendingPageLabels(): Promise<PageLabelBackfill> {
    const result = await readPendingPageLabels(this.ws.db(), this.originals);
    if (result.labelled.length + result.none.length + result.missing.length > 0 && this.ws.db().open) this.ws.refreshCorpus();
    return result;
  }

  /** Reads and rebuilds a file without storing anything: for the preview, or a refusal. */
  async prepare(file: string, options: ImportOptions = {}, replacing?: string): Promise<PreparedImport> {
    const bytes = readImportFile(file);
    const sha256 = sha256Hex(bytes);
    assertNotImported(this.ws.db(), sha256);
    const extracted = await this.extract(bytes, path.basename(file), options);
    const docId = replacing ?? sourceDocId(sha256);
    if (!replacing && this.ws.documents().some((d) => d.id === docId)) throw new AppError('conflict', `A document with the ID ${docId} already exists.`);
    return prepareFromExtraction(docId, file, bytes, sha256, extracted, options, new Date().toISOString());
  }

  /**
   * Reads a prepared text file or web page again in the encoding the analyst chose, still storing
   * nothing; a replacement keeps the document it replaces.
   */
  async reread(prepared: PreparedImport, encoding: string, options: Omit<ImportOptions, 'encoding'> = {}, replacing?: string): Promise<PreparedImport> {
    if (prepared.extracted.textEncoding === undefined) throw new AppError('invalid-request', `${prepared.info.fileName} is not a text file or web page: it has no text encoding to choose.`);
    const extracted = await this.extract(prepared.bytes, prepared.info.fileName, { ...options, encoding });
    const edits = replacing ? pickEdits(this.requireActive(replacing).info) : {};
    return prepareFromExtraction(prepared.docId, prepared.fileName, prepared.bytes, prepared.sha256, extracted, edits, prepared.info.importedAt);
  }

  private extract(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ExtractedSource> {
    const control = { ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.signal ? { signal: options.signal } : {}) };
    if (options.worker === false) return extractSource(bytes, fileName, { ...control, encoding: options.encoding ?? null });
    return extractInWorker({ bytes, fileName, encoding: options.encoding ?? null }, control);
  }

  /** Stores a prepared import (original, document, paragraphs, index) and returns its summary. */
  commit(prepared: PreparedImport, edits: SourceEdits = {}): ImportSummary {
    const final = hasEdits(edits) ? prepareFromExtraction(prepared.docId, prepared.fileName, prepared.bytes, prepared.sha256, prepared.extracted, edits, prepared.info.importedAt) : prepared;
    commitPrepared(this.ws.db(), this.originals, final, 'new');
    this.ws.refreshCorpus();
    return summaryOf(final);
  }

  async import(file: string, options: ImportOptions = {}): Promise<ImportSummary> {
    const prepared = await this.prepare(file, options);
    if (options.signal?.aborted) throw new AppError('invalid-request', 'The import was cancelled.');
    return this.commit(prepared);
  }

  list(): SourceListing[] {
    const counts = new Map<string, number>();
    for (const p of this.ws.paragraphs()) counts.set(p.docId, (counts.get(p.docId) ?? 0) + 1);
    return listSources(this.ws.db()).map((s) => ({ id: s.docId, info: s.info, paragraphs: counts.get(s.docId) ?? 0 }));
  }

  /** One source's stored record, without list()'s paragraph count (which walks every paragraph). */
  find(docId: string): { id: string; info: SourceInfo } | undefined {
    const s = listSources(this.ws.db()).find((x) => x.docId === docId);
    return s ? { id: s.docId, info: s.info } : undefined;
  }

  /** Quotes in the matrix that cite a document and are anchored now. */
  quotesCiting(docId: string, matrix: Matrix = this.ws.matrix()): Array<{ domainId: string; actorId: string | null; evidence: Evidence }> {
    const out: Array<{ domainId: string; actorId: string | null; evidence: Evidence }> = [];
    for (const d of matrix.domains) {
      for (const e of d.alignment.evidence) if (e.docId === docId) out.push({ domainId: d.id, actorId: null, evidence: e });
      for (const [actorId, p] of Object.entries(d.positions)) for (const e of p.evidence) if (e.docId === docId) out.push({ domainId: d.id, actorId, evidence: e });
    }
    return out;
  }

  /** Removing a source: what would break (every quote that cites it). Nothing changes. */
  removalImpact(docId: string): QuoteFate[] {
    this.requireActive(docId);
    // A quote that is broken already (after a replacement) does not break again.
    return this.quotesCiting(docId).filter(({ evidence }) => evidence.status !== 'broken').map(({ domainId, actorId, evidence }) => ({
      domainId,
      actorId,
      evidenceId: evidence.id,
      exact: evidence.exact,
      status: 'broken' as const,
      before: { paragraphId: evidence.paragraphId, start: evidence.start },
      after: { paragraphId: null, start: null },
    }));
  }

  /** Removes a source as one undoable step (undo puts it back with the same paragraphs and IDs). */
  remove(docId: string): { id: string; title: string; brokenQuotes: QuoteFate[] } {
    const source = this.requireActive(docId);
    const broken = this.removalImpact(docId);
    this.ws.removeSource(docId, source.info.title);
    return { id: docId, title: source.info.title, brokenQuotes: broken };
  }

  /**
   * Replaces a source by a new version of the file. Every quote that cited the old version is
   * re-anchored and reported: still exact (same paragraph, same place), moved (found again by its
   * selector elsewhere) or broken (shown, never dropped).
   */
  async replace(docId: string, file: string, options: ImportOptions = {}): Promise<{ summary: ImportSummary; quotes: QuoteFate[] }> {
    const prepared = await this.prepareReplace(docId, file, options);
    return this.commitReplace(prepared);
  }

  /** Reads the new version of a source without storing anything; `quoteReport` says what it would do to the quotes. */
  async prepareReplace(docId: string, file: string, options: ImportOptions = {}): Promise<PreparedImport> {
    const old = this.requireActive(docId);
    return this.prepare(file, { ...pickEdits(old.info), ...options }, docId);
  }

  /** What replacing the source by this prepared version does to every quote citing it (nothing is written). */
  quoteReport(prepared: PreparedImport): QuoteFate[] {
    const index = indexParagraphs(prepared.paragraphs);
    return this.quotesCiting(prepared.docId).map(({ domainId, actorId, evidence }) => {
      const after = anchorQuote(evidence, index, { id: evidence.id, origin: evidence.origin }, evidence.paragraphId ?? undefined);
      const same = after.status === 'anchored' && after.paragraphId === evidence.paragraphId && after.start === evidence.start;
      return {
        domainId,
        actorId,
        evidenceId: evidence.id,
        exact: evidence.exact,
        status: after.status === 'broken' ? 'broken' : same ? 'exact' : 'moved',
        before: { paragraphId: evidence.paragraphId, start: evidence.start },
        after: { paragraphId: after.paragraphId, start: after.start },
      };
    });
  }

  /** Stores a prepared new version in place of the old (edits, if any, applied) and reports the quotes. */
  commitReplace(prepared: PreparedImport, edits: SourceEdits = {}): { summary: ImportSummary; quotes: QuoteFate[] } {
    this.requireActive(prepared.docId);
    const final = hasEdits(edits) ? prepareFromExtraction(prepared.docId, prepared.fileName, prepared.bytes, prepared.sha256, prepared.extracted, edits, prepared.info.importedAt) : prepared;
    // The report is made against the matrix as it is now, not as it was when the file was read.
    const quotes = this.quoteReport(final);
    commitPrepared(this.ws.db(), this.originals, { ...final, info: { ...final.info, importedAt: new Date().toISOString() } }, 'replace');
    this.ws.refreshCorpus();
    return { summary: summaryOf(final), quotes };
  }

  /** The source these bytes already are, if any: the interface offers it instead of importing again. */
  findImported(file: string): { id: string; title: string; importedAt: string; fileName: string } | null {
    const existing = findSourceBySha(this.ws.db(), sha256Hex(readImportFile(file)));
    return existing && existing.state === 'active'
      ? { id: existing.docId, title: existing.info.title, importedAt: existing.info.importedAt, fileName: existing.info.fileName }
      : null;
  }

  /** Corrects the metadata (title, authors, date, …) of an imported source, as one undoable step. */
  update(docId: string, edits: SourceEdits): EditResult {
    const source = this.requireActive(docId);
    const info: SourceInfo = {
      ...source.info,
      ...(edits.title !== undefined ? { title: edits.title.trim() || source.info.title } : {}),
      ...(edits.authors !== undefined ? { authors: cleanList(edits.authors) } : {}),
      ...(edits.date !== undefined ? { date: blankToNull(edits.date) } : {}),
      ...(edits.publisher !== undefined ? { publisher: blankToNull(edits.publisher) } : {}),
      ...(edits.language !== undefined ? { language: edits.language } : {}),
      ...(edits.sourceUrl !== undefined ? { sourceUrl: blankToNull(edits.sourceUrl) } : {}),
    };
    return this.ws.editSource(docId, source.info.title, metaFieldsOf(info));
  }

  private requireActive(docId: string) {
    const s = getSource(this.ws.db(), docId);
    if (!s || s.state !== 'active') throw notFound(`No imported source ${docId}`);
    return s;
  }
}

function blankToNull(value: string | null): string | null {
  const v = value?.trim() ?? '';
  return v === '' ? null : v;
}

function cleanList(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

function hasEdits(edits: SourceEdits): boolean {
  return Object.values(edits).some((v) => v !== undefined);
}

/** A replacement keeps what the analyst set on the old version unless the new file says otherwise. */
function pickEdits(info: SourceInfo): SourceEdits & { language?: TextLang | null } {
  return { title: info.title, authors: info.authors, language: info.language };
}
