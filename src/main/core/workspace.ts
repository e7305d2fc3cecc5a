import { randomUUID } from 'node:crypto';
import type { MatrixState } from '../../shared/contract.ts';
import type {
  Annotation,
  Bilingual,
  DivergenceCategory,
  DocumentMeta,
  HistoryEntry,
  Lang,
  Matrix,
  Paragraph,
  Preferences,
  Target,
} from '../../shared/types.ts';
import { annotationCounts, getAnnotation, listAnnotations, putAnnotation } from './annotations/repo.ts';
import type { AnnotationFilter } from './annotations/repo.ts';
import { loadCorpus } from './corpus/ingest.ts';
import { search } from './corpus/search.ts';
import type { SearchOptions } from './corpus/search.ts';
import { allDocuments, allParagraphs, getParagraph, listDocuments, listParagraphs, syncCorpus } from './corpus/store.ts';
import { SourceImports } from './corpus/import/source-imports.ts';
import { openDatabase } from './db/open.ts';
import type { Db } from './db/open.ts';
import { acquireWriterLock } from './db/writer-lock.ts';
import type { WriterKind, WriterLock } from './db/writer-lock.ts';
import { AppError, notFound } from './errors.ts';
import { indexParagraphs, selectorFor } from './matrix/anchor.ts';
import type { ParagraphIndex } from './matrix/anchor.ts';
import { composeMatrix, editedCells, findConflicts } from './matrix/compose.ts';
import type { StoredEvidence, UserDomain } from './matrix/compose.ts';
import { loadDataset } from './matrix/dataset.ts';
import type { Dataset } from './matrix/dataset.ts';
import { baselineValue, hashValue, keys, parseKey } from './matrix/keys.ts';
import {
  appendHistory,
  firstUndone,
  historyFor,
  lastApplied,
  readOverlay,
  readOverlayRow,
  setHistoryState,
  undoRedoAvailability,
  writeOverlay,
} from './matrix/overlay.ts';
import { prefsPathFor, readPrefs, writePrefs } from './prefs.ts';
import { expandedSearch } from './terms/expanded-search.ts';
import { loadTermSources } from './terms/load.ts';
import type { TermSources } from './terms/load.ts';
import { buildTermIndex } from './terms/term-index.ts';
import type { TermIndex } from './terms/term-index.ts';
import { assertSafeText } from './text/guard.ts';

export interface WorkspaceOptions {
  dbPath: string;
  dataDir: string;
  appVersion: string;
  prefsPath?: string;
  backupDir?: string;
  /** Injectable clock, so tests can order edits deterministically. */
  now?: () => Date;
  /** Where imported originals are kept (content-addressed); defaults to `originals/` beside the database. */
  originalsDir?: string;
  /** Who holds the database's writer lock, for the message another process gets (default: desktop app). */
  writerKind?: WriterKind;
}

/**
 * Everything the app does, on one database file: the corpus, the matrix with the analyst's overlay,
 * annotations, undo/redo. The IPC handlers and the command line are thin adapters over this.
 */
export class Workspace {
  db: Db;
  readonly options: WorkspaceOptions;
  /** The shipped papers as ingested from data/ (the database copy is synced to them). */
  private readonly shipped: { documents: DocumentMeta[]; paragraphs: Paragraph[] };
  readonly dataset: Dataset;
  /** Every document and paragraph, shipped and imported; rebuilt when a source is added or removed. */
  private corpus!: { documents: DocumentMeta[]; paragraphs: Paragraph[]; index: ParagraphIndex; byId: Map<string, Paragraph> };
  private prefsFile: string;
  /** Importing, replacing and removing sources. */
  readonly sources: SourceImports;
  readonly termSources: TermSources;
  private lock: WriterLock | null = null;

  private constructor(
    options: WorkspaceOptions,
    db: Db,
    corpus: { documents: DocumentMeta[]; paragraphs: Paragraph[] },
    dataset: Dataset,
    termSources: TermSources,
  ) {
    this.options = options;
    this.termSources = termSources;
    this.db = db;
    this.shipped = corpus;
    this.dataset = dataset;
    this.prefsFile = options.prefsPath ?? prefsPathFor(options.dbPath);
    this.sources = new SourceImports(this);
    this.refreshCorpus();
  }

  get documents(): DocumentMeta[] {
    return this.corpus.documents;
  }

  get paragraphs(): Paragraph[] {
    return this.corpus.paragraphs;
  }

  /** Re-reads the corpus after imported sources changed (a new anchor index re-anchors every quote). */
  refreshCorpus(): void {
    const imported = this.db.prepare("SELECT count(*) AS n FROM documents WHERE origin = 'imported'").get() as { n: number };
    const documents = imported.n === 0 ? this.shipped.documents : allDocuments(this.db);
    const paragraphs = imported.n === 0 ? this.shipped.paragraphs : allParagraphs(this.db);
    this.corpus = { documents, paragraphs, index: indexParagraphs(paragraphs), byId: new Map(paragraphs.map((p) => [p.id, p])) };
  }

  /** The anchor index of the current corpus, for re-anchoring quotes. */
  get anchorIndex(): ParagraphIndex {
    return this.corpus.index;
  }

  static open(options: WorkspaceOptions): Workspace {
    // Read and validate every input before touching the database, so bad input changes nothing.
    const corpus = loadCorpus(options.dataDir);
    const dataset = loadDataset(options.dataDir);
    const termSources = loadTermSources(options.dataDir);
    const lock = acquireWriterLock(options.dbPath, options.writerKind ?? 'desktop app');
    let db: Db | undefined;
    try {
      db = openDatabase(options.dbPath, options.backupDir ? { backupDir: options.backupDir } : {});
      syncCorpus(db, corpus.documents, corpus.paragraphs);
    } catch (error) {
      db?.close();
      lock.release();
      throw error;
    }
    const ws = new Workspace(options, db, corpus, dataset, termSources);
    ws.lock = lock;
    return ws;
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.lock?.release();
    this.lock = null;
  }

  /** Swap in a freshly opened database (after a project file replaced ours). */
  reopen(): void {
    // The writer lock stays held: the file is replaced, not released to other processes.
    if (this.db.open) this.db.close();
    this.db = openDatabase(this.options.dbPath, this.options.backupDir ? { backupDir: this.options.backupDir } : {});
    syncCorpus(this.db, this.shipped.documents, this.shipped.paragraphs);
    this.refreshCorpus();
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  // --- preferences ---------------------------------------------------------------------------

  private cachedPrefs: Preferences | null = null;

  prefs(): Preferences {
    this.cachedPrefs ??= readPrefs(this.prefsFile);
    return { ...this.cachedPrefs };
  }

  setPrefs(change: { author?: string | undefined; lang?: Lang | null | undefined }): Preferences {
    const next = { ...this.prefs() };
    if (change.author !== undefined) {
      const author = change.author.trim();
      assertSafeText(author, 'author name');
      if (!author) throw new AppError('invalid-request', 'The author name cannot be empty.');
      next.author = author;
    }
    if (change.lang !== undefined) next.lang = change.lang;
    writePrefs(this.prefsFile, next);
    this.cachedPrefs = next;
    return { ...next };
  }

  // --- corpus ----------------------------------------------------------------------------------

  listDocuments() {
    return listDocuments(this.db);
  }

  listParagraphs(docId: string) {
    return listParagraphs(this.db, docId);
  }

  getParagraph(paragraphId: string) {
    return getParagraph(this.db, paragraphId);
  }

  search(query: string, options: SearchOptions = {}) {
    if (options.docId) this.requireDocument(options.docId);
    return search(this.db, query, options);
  }

  private termIndexCache: TermIndex | null = null;

  /** Built on first use: the shipped glossary, the instrument tags' names and the papers' titled terms. */
  termIndex(): TermIndex {
    this.termIndexCache ??= buildTermIndex(this.termSources, this.paragraphs);
    return this.termIndexCache;
  }

  /** Search in both languages: known terms are also searched under their other names (see terms/expanded-search.ts). */
  searchExpanded(query: string, options: SearchOptions = {}) {
    if (options.docId) this.requireDocument(options.docId);
    const body = this.paragraphs.filter((p) => p.kind === 'body');
    const chineseShare = body.length === 0 ? 0 : body.filter((p) => p.lang === 'zh').length / body.length;
    return expandedSearch({ db: this.db, index: this.termIndex(), chineseShare }, query, options);
  }

  /** Chinese names of the instrument tags, keyed by the tag as the dataset spells it (English). */
  instrumentNames(): Record<string, string> {
    return Object.fromEntries(this.termSources.instruments.map((i) => [i.en, i.zh]));
  }

  private requireDocument(docId: string): void {
    if (!this.corpus.index.has(docId) && !this.documents.some((d) => d.id === docId)) throw notFound(`Unknown document: ${docId}`);
  }

  // --- matrix ----------------------------------------------------------------------------------

  matrix(): Matrix {
    return composeMatrix(this.dataset, readOverlay(this.db), this.corpus.index);
  }

  matrixState(label = ''): MatrixState {
    const overlay = readOverlay(this.db);
    return {
      matrix: composeMatrix(this.dataset, overlay, this.corpus.index),
      conflicts: findConflicts(this.dataset, overlay),
      annotationCounts: annotationCounts(this.db),
      editedCells: editedCells(overlay),
      ...undoRedoAvailability(this.db),
      label,
    };
  }

  setSummary(domainId: string, actorId: string, lang: Lang, text: string): MatrixState {
    this.requireDomainId(domainId);
    this.requireActorId(actorId);
    return this.edit(keys.summary(domainId, actorId, lang), text, `summary ${domainId}/${actorId} (${lang})`);
  }

  setAlignment(domainId: string, change: { value?: string | undefined; reason?: Partial<Bilingual> | undefined }): MatrixState {
    this.requireDomainId(domainId);
    const writes: Array<[string, unknown, string]> = [];
    if (change.value !== undefined) writes.push([keys.alignmentValue(domainId), change.value, `alignment ${domainId}`]);
    for (const lang of ['zh', 'en'] as const) {
      const reason = change.reason?.[lang];
      if (reason !== undefined) writes.push([keys.alignmentReason(domainId, lang), reason, `alignment reason ${domainId} (${lang})`]);
    }
    if (writes.length === 0) throw new AppError('invalid-request', 'Nothing to change: give a value or a reason.');
    for (const [key, value, label] of writes) this.commit(key, value, label);
    return this.matrixState(writes.map(([, , label]) => label).join('; '));
  }

  /** Add a quote chosen in the reader; it is verified against the paragraph before it is stored. */
  addEvidence(domainId: string, actorId: string | null, paragraphId: string, start: number, exact: string): MatrixState {
    this.requireDomainId(domainId);
    if (actorId !== null) this.requireActorId(actorId);
    const paragraph = this.corpus.byId.get(paragraphId);
    if (!paragraph) throw notFound(`Unknown paragraph: ${paragraphId}`);
    if (paragraph.text.slice(start, start + exact.length) !== exact) {
      throw new AppError('invalid-request', `The selected text does not occur at that place in paragraph ${paragraphId}.`);
    }
    if (!exact.trim()) throw new AppError('invalid-request', 'Select some text to use as evidence.');
    const stored: StoredEvidence = { ...selectorFor(paragraph, start, exact), paragraphId };
    const evidenceId = `u:${randomUUID()}`;
    return this.edit(keys.evidence(domainId, actorId, evidenceId), stored, `add evidence ${domainId}/${actorId ?? 'alignment'}`);
  }

  removeEvidence(domainId: string, actorId: string | null, evidenceId: string): MatrixState {
    const m = this.matrix();
    const domain = this.requireDomain(m, domainId);
    const list = actorId === null ? domain.alignment.evidence : domain.positions[actorId]?.evidence;
    if (!list?.some((e) => e.id === evidenceId)) throw notFound(`No evidence ${evidenceId} in ${domainId}/${actorId ?? 'alignment'}`);
    return this.edit(keys.evidence(domainId, actorId, evidenceId), null, `remove evidence ${domainId}/${actorId ?? 'alignment'}`);
  }

  addDomain(id: string, name: Bilingual): MatrixState {
    const m = this.matrix();
    if (m.domains.some((d) => d.id === id)) throw new AppError('conflict', `A domain with the ID ${id} already exists.`);
    if (!name.zh.trim() && !name.en.trim()) throw new AppError('invalid-request', 'Give the domain a name.');
    const value: UserDomain = { name, order: m.domains.length };
    return this.edit(keys.domain(id), value, `add domain ${id}`);
  }

  addActor(id: string, name: Bilingual): MatrixState {
    const m = this.matrix();
    if (m.actors.some((a) => a.id === id)) throw new AppError('conflict', `An actor with the ID ${id} already exists.`);
    if (!name.zh.trim() && !name.en.trim()) throw new AppError('invalid-request', 'Give the actor a name.');
    return this.edit(keys.actor(id), { id, name }, `add actor ${id}`);
  }

  undo(): MatrixState {
    const entry = lastApplied(this.db);
    if (!entry) return this.matrixState('nothing to undo');
    this.db.transaction(() => {
      this.applyValue(entry.key, entry.before, entry.author, entry.before_hash ?? undefined);
      setHistoryState(this.db, entry.seq, 1);
    })();
    return this.matrixState(`undo: ${entry.label}`);
  }

  redo(): MatrixState {
    const entry = firstUndone(this.db);
    if (!entry) return this.matrixState('nothing to redo');
    this.db.transaction(() => {
      this.applyValue(entry.key, entry.after, entry.author, entry.after_hash ?? undefined);
      setHistoryState(this.db, entry.seq, 0);
    })();
    return this.matrixState(`redo: ${entry.label}`);
  }

  /**
   * Settle a place where a newer baseline changed a value the analyst had edited: keep the analyst's
   * value (acknowledging the new baseline) or take the new baseline (dropping the edit). Undoable.
   */
  resolveConflict(key: string, choice: 'mine' | 'baseline'): MatrixState {
    const conflict = findConflicts(this.dataset, readOverlay(this.db)).find((c) => c.key === key);
    if (!conflict) throw notFound(`No baseline conflict at ${key}`);
    const label = choice === 'mine' ? `keep my edit over the new baseline: ${key}` : `take the new baseline: ${key}`;
    const current = readOverlayRow(this.db, key);
    this.commitJson(key, choice === 'mine' ? current.value : null, label);
    return this.matrixState(label);
  }

  /** Who changed what and when, newest first; a change made over the baseline shows the baseline value as "before". */
  history(domainId?: string, actorId?: string | null): HistoryEntry[] {
    return this.historyEntries(domainId, actorId).map((entry) =>
      entry.before === null && !entry.key.startsWith('source/') ? { ...entry, before: baselineValue(this.dataset, entry.key) ?? null } : entry,
    );
  }

  private historyEntries(domainId?: string, actorId?: string | null): HistoryEntry[] {
    if (domainId === undefined) return historyFor(this.db, null);
    if (actorId === undefined) {
      return historyFor(this.db, [`position/${domainId}/`, `alignment/${domainId}/`, `evidence/${domainId}/`, `domain/${domainId}`]);
    }
    if (actorId === null) return historyFor(this.db, [`alignment/${domainId}/`, `evidence/${domainId}/_/`]);
    return historyFor(this.db, [`position/${domainId}/${actorId}/`, `evidence/${domainId}/${actorId}/`]);
  }

  /** One undoable step outside the matrix (removing a source): overlay-style history entry, same undo path. */
  commitStep(key: string, value: unknown, label: string): void {
    this.commit(key, value, label);
  }

  private edit(key: string, value: unknown, label: string): MatrixState {
    this.commit(key, value, label);
    return this.matrixState(label);
  }

  /** One edit: overlay row and history entry in one transaction, committed before we return. */
  private commit(key: string, value: unknown, label: string): void {
    assertSafeText(value, FIELD_NAMES[key.split('/')[0]!] ?? 'text');
    this.commitJson(key, JSON.stringify(value), label);
  }

  /** `valueJson` null removes the overlay row, so the baseline shows through again. */
  private commitJson(key: string, valueJson: string | null, label: string): void {
    const author = this.prefs().author;
    this.db.transaction(() => {
      const before = this.currentValue(key);
      const afterHash = valueJson === null || key.startsWith('source/') ? null : hashValue(baselineValue(this.dataset, key));
      this.applyValue(key, valueJson, author, afterHash);
      appendHistory(this.db, { key, label, before: before.value, after: valueJson, beforeHash: before.baselineHash, afterHash, author, at: this.now() });
    })();
  }

  private currentValue(key: string): { value: string | null; baselineHash: string | null } {
    if (key.startsWith('source/')) return { value: this.sources.stateValue(parseSourceKey(key)), baselineHash: null };
    if (key.startsWith('annotation/')) {
      const a = getAnnotation(this.db, parseKey(key).id!);
      return { value: a ? JSON.stringify(a) : null, baselineHash: null };
    }
    return readOverlayRow(this.db, key);
  }

  /** Write one value; `baselineHash` undefined means "against the baseline as it is now". */
  private applyValue(key: string, valueJson: string | null, author: string, baselineHash?: string | null): void {
    if (key.startsWith('source/')) {
      this.sources.applyState(parseSourceKey(key), valueJson);
      return;
    }
    if (key.startsWith('annotation/')) {
      const id = parseKey(key).id!;
      putAnnotation(this.db, id, valueJson === null ? null : (JSON.parse(valueJson) as Annotation));
      return;
    }
    const hash = baselineHash === undefined ? hashValue(baselineValue(this.dataset, key)) : baselineHash;
    writeOverlay(this.db, key, valueJson, hash, author, this.now());
  }

  private requireDomain(m: Matrix, domainId: string) {
    const domain = m.domains.find((d) => d.id === domainId);
    if (!domain) throw notFound(`Unknown domain: ${domainId}`);
    return domain;
  }

  // Existence checks that need no composed matrix: the baseline, or an added row in the overlay.
  private requireDomainId(domainId: string): void {
    const known = this.dataset.domains.some((d) => d.id === domainId) || readOverlayRow(this.db, keys.domain(domainId)).value !== null;
    if (!known) throw notFound(`Unknown domain: ${domainId}`);
  }

  private requireActorId(actorId: string): void {
    const known = this.dataset.actors.some((a) => a.id === actorId) || readOverlayRow(this.db, keys.actor(actorId)).value !== null;
    if (!known) throw notFound(`Unknown actor: ${actorId}`);
  }

  // --- annotations -----------------------------------------------------------------------------

  listAnnotations(filter: AnnotationFilter = {}): Annotation[] {
    return listAnnotations(this.db, filter);
  }

  addAnnotation(target: Target, category: DivergenceCategory, text: string): Annotation {
    this.requireTarget(target);
    if (!text.trim()) throw new AppError('invalid-request', 'An annotation needs some text.');
    const at = this.now();
    const annotation: Annotation = { id: randomUUID(), target, category, text, author: this.prefs().author, createdAt: at, updatedAt: at };
    this.commit(keys.annotation(annotation.id), annotation, `annotate ${describeTarget(target)}`);
    return annotation;
  }

  updateAnnotation(id: string, change: { category?: DivergenceCategory | undefined; text?: string | undefined }): Annotation {
    const current = getAnnotation(this.db, id);
    if (!current) throw notFound(`Unknown annotation: ${id}`);
    if (change.text !== undefined && !change.text.trim()) throw new AppError('invalid-request', 'An annotation needs some text.');
    const next: Annotation = {
      ...current,
      category: change.category ?? current.category,
      text: change.text ?? current.text,
      updatedAt: this.now(),
    };
    this.commit(keys.annotation(id), next, `edit annotation on ${describeTarget(current.target)}`);
    return next;
  }

  deleteAnnotation(id: string): { id: string } {
    const current = getAnnotation(this.db, id);
    if (!current) throw notFound(`Unknown annotation: ${id}`);
    this.commit(keys.annotation(id), null, `delete annotation on ${describeTarget(current.target)}`);
    return { id };
  }

  private requireTarget(target: Target): void {
    this.requireDomainId(target.domainId);
    if (target.actorId !== null) this.requireActorId(target.actorId);
    if (target.evidenceId !== null) {
      // Only a quote target needs the composed matrix (evidence IDs come from anchoring and the overlay).
      const domain = this.requireDomain(this.matrix(), target.domainId);
      const list = target.actorId === null ? domain.alignment.evidence : domain.positions[target.actorId]?.evidence;
      if (!list?.some((e) => e.id === target.evidenceId)) throw notFound(`Unknown evidence ${target.evidenceId} in ${describeTarget(target)}`);
    }
  }
}

/** `source/<docId>`: the history key of an imported source's presence (removed or not). */
export function sourceKey(docId: string): string {
  return `source/${docId}`;
}

function parseSourceKey(key: string): string {
  return key.slice('source/'.length);
}
const FIELD_NAMES: Record<string, string> = {
  position: 'summary',
  alignment: 'alignment reason',
  evidence: 'quote',
  domain: 'domain name',
  actor: 'actor name',
  annotation: 'annotation',
};

export function describeTarget(t: Target): string {
  return [t.domainId, t.actorId ?? (t.evidenceId ? 'alignment' : null), t.evidenceId].filter(Boolean).join('/');
}

