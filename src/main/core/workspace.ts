import type { ClaimCheck, DraftCheck } from '../../shared/claims.ts';
import type {
  Annotation,
  AnnotationResult,
  Bilingual,
  CellEvidence,
  CellRef,
  AnnotationCategory,
  CategoryValue,
  DocumentMeta,
  DomainRow,
  EditResult,
  HistoryStep,
  Lang,
  Matrix,
  MatrixChangedEvent,
  MatrixChanges,
  MatrixStats,
  MergeConflict,
  MergeResult,
  MatrixOutline,
  MatrixView,
  Paragraph,
  Preferences,
  ProjectFileResult,
  RepairView,
  Target,
  UndoResult,
  UndoState,
} from '../../shared/types.ts';
import { keyPrefixes } from '../../shared/keys.ts';
import type { AlignmentValue, SourceMetaFields } from '../../shared/types.ts';
import { AnnotationService } from './annotations/service.ts';
import { annotationStore, listAnnotations } from './annotations/repo.ts';
import { addCategoryStep, listCategories, removeCategoryStep, renameCategoryStep } from './annotations/categories.ts';
import type { AnnotationFilter } from './annotations/repo.ts';
import { loadCorpus } from './corpus/ingest.ts';
import { search } from './corpus/search.ts';
import type { SearchOptions } from './corpus/search.ts';
import { allDocuments, allParagraphs, getParagraph, listDocuments, listParagraphs, syncCorpus } from './corpus/store.ts';
import { SourceImports } from './corpus/import/source-imports.ts';
import type { SourcesHost } from './corpus/import/source-imports.ts';
import { SOURCE_INFO_KEY_PREFIX, sourceInfoStore, sourceStore } from './corpus/import/source-store.ts';
import { openDatabase } from './db/open.ts';
import { migrateInWorker } from './db/migrate-in-worker.ts';
import type { MigrateOptions } from './db/migrate-in-worker.ts';
import type { Db } from './db/open.ts';
import { acquireWriterLock } from './db/writer-lock.ts';
import type { WriterKind, WriterLock } from './db/writer-lock.ts';
import { notFound } from './errors.ts';
import { EditLog } from './history/edit-log.ts';
import { setValue } from './history/edit-log.ts';
import type { Step, Touched } from './history/edit-log.ts';
import { indexParagraphs } from './matrix/anchor.ts';
import type { ParagraphIndex } from './matrix/anchor.ts';
import { checkDraftText, checkMatrix } from './matrix/claim-check.ts';
import type { ClaimCache } from './matrix/claim-check.ts';
import { loadDataset } from './matrix/dataset.ts';
import { buildNameIndex } from './matrix/names.ts';
import type { NameIndex } from './matrix/names.ts';
import type { Dataset } from './matrix/dataset.ts';
import { MatrixEditor } from './matrix/editor.ts';
import { MatrixFacts } from './matrix/facts.ts';
import { baselineValue, hashValue } from './matrix/keys.ts';
import { overlayStore } from './matrix/overlay.ts';
import { repairStep } from './matrix/repair/repair-step.ts';
import type { RepairTarget } from './matrix/repair/repair-step.ts';
import { repairView } from './matrix/repair/repair-view.ts';
import { MatrixViews } from './matrix/views.ts';
import { PrefsStore } from './prefs.ts';
import { openProject, saveProject } from './project/file.ts';
import type { OpenOptions, OpenReport } from './project/file.ts';
import { listMergeConflicts, mergeProject, resolveMergeConflict } from './project/merge.ts';
import type { MergeOptions } from './project/merge.ts';
import { MERGE_CONFLICT_PREFIX, mergeConflictStore } from './project/merge-conflicts.ts';
import { cleanLeftovers } from './project/temp-files.ts';
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
  /** How long a write waits for another process's write lock before failing as `busy` (default 5 s). */
  busyTimeoutMs?: number;
  /** Where imported originals are kept (content-addressed); defaults to `originals/` beside the database. */
  originalsDir?: string;
  /** Who holds the database's writer lock, for the message another process gets (default: desktop app). */
  writerKind?: WriterKind;
}

/** What a workspace reads from the data folder, validated before the database is touched. */
interface WorkspaceInputs {
  corpus: { documents: DocumentMeta[]; paragraphs: Paragraph[] };
  dataset: Dataset;
  termSources: TermSources;
}

/** The services that hold the database connection; rebuilt when another database is swapped in. */
interface Services {
  db: Db;
  log: EditLog;
  views: MatrixViews;
  editor: MatrixEditor;
  annotations: AnnotationService;
}

/**
 * Everything the app does, on one database file: the corpus, the matrix with the analyst's overlay,
 * annotations, undo/redo. A facade: the work is done by the edit log (history/), the matrix editor
 * and views (matrix/) and the annotation service; the IPC handlers and the command line call only
 * this. The database connection is private.
 */
export class Workspace {
  readonly options: WorkspaceOptions;
  readonly dataset: Dataset;
  readonly termSources: TermSources;
  /** Importing, replacing and removing the analyst's own sources. */
  readonly sources: SourceImports;
  /** The shipped papers as ingested from data/ (the database copy is synced to them). */
  readonly #shipped: { documents: DocumentMeta[]; paragraphs: Paragraph[] };
  /** Every document and paragraph, shipped and imported; re-read when a source is added or removed. */
  #documents: DocumentMeta[] = [];
  #paragraphs: Paragraph[] = [];
  #index!: ParagraphIndex;
  #byId!: Map<string, Paragraph>;
  readonly #prefs: PrefsStore;
  readonly #listeners = new Set<(event: MatrixChangedEvent) => void>();
  /** Changes announced so far (see #nextChange). */
  #changeCount = 0;
  #s: Services;
  #lock: WriterLock | null;
  #termIndex: TermIndex | null = null;
  #bodyChineseShare: number | null = null;

  private constructor(
    options: WorkspaceOptions,
    db: Db,
    corpus: { documents: DocumentMeta[]; paragraphs: Paragraph[] },
    dataset: Dataset,
    termSources: TermSources,
    lock: WriterLock,
  ) {
    this.options = options;
    this.termSources = termSources;
    this.#lock = lock;
    this.#shipped = corpus;
    this.dataset = dataset;
    this.#prefs = new PrefsStore(options.prefsPath, options.dbPath);
    this.#readCorpus(db);
    this.#s = this.#wire(db);
    // Functions, not values: reopen and refresh replace the connection and the corpus.
    const host: SourcesHost = {
      options,
      db: () => this.#s.db,
      documents: () => this.documents,
      paragraphs: () => this.paragraphs,
      matrix: () => this.matrix(),
      refreshCorpus: () => this.refreshCorpus(),
      removeSource: (docId, title) => this.#removeSourceStep(docId, title),
      editSource: (docId, title, fields) => this.#editSourceStep(docId, title, fields),
    };
    this.sources = new SourceImports(host);
  }

  /** Shipped and imported documents, in list order. */
  get documents(): DocumentMeta[] {
    return this.#documents;
  }

  get paragraphs(): Paragraph[] {
    return this.#paragraphs;
  }

  /** The anchor index of the current corpus (quotes are anchored against it). */
  get anchorIndex(): ParagraphIndex {
    return this.#index;
  }

  #readCorpus(db: Db): void {
    const imported = db.prepare("SELECT count(*) AS n FROM documents WHERE origin = 'imported'").get() as { n: number };
    this.#documents = imported.n === 0 ? this.#shipped.documents : allDocuments(db);
    this.#paragraphs = imported.n === 0 ? this.#shipped.paragraphs : allParagraphs(db);
    this.#index = indexParagraphs(this.#paragraphs);
    this.#byId = new Map(this.#paragraphs.map((p) => [p.id, p]));
    this.#termIndex = null;
    this.#bodyChineseShare = null;
  }

  /**
   * After imported sources changed (import, replace, remove, or their undo): the corpus is read
   * again and the views and editor rebuilt on it, so every quote is anchored anew.
   */
  refreshCorpus(): void {
    this.#readCorpus(this.#s.db);
    this.#s = this.#wire(this.#s.db);
  }

  static open(options: WorkspaceOptions): Workspace {
    return Workspace.#openWith(options, Workspace.#readInputs(options), acquireWriterLock(options.dbPath, options.writerKind ?? 'desktop app'));
  }

  /**
   * Open, migrating an older database first in a worker thread (so the caller's event loop keeps
   * running: a window can show the progress, a Ctrl+C be heard). Aborting `control.signal` cancels:
   * the migration rolls back, the file is left as it was, and this rejects with MigrationCancelled.
   */
  static async openMigrating(options: WorkspaceOptions, control: Omit<MigrateOptions, 'backupDir' | 'busyTimeoutMs'> = {}): Promise<Workspace> {
    const inputs = Workspace.#readInputs(options);
    const lock = acquireWriterLock(options.dbPath, options.writerKind ?? 'desktop app');
    try {
      await migrateInWorker(options.dbPath, {
        ...control,
        ...(options.backupDir ? { backupDir: options.backupDir } : {}),
        ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
      });
    } catch (error) {
      lock.release();
      throw error;
    }
    return Workspace.#openWith(options, inputs, lock);
  }

  /**
   * Read and validate the inputs a workspace opens with (the data folder) without touching the
   * database: what a caller that migrates first (the CLI, the browser server) checks beforehand.
   */
  static checkInputs(options: Pick<WorkspaceOptions, 'dataDir'>): void {
    Workspace.#readInputs(options);
  }

  /** Read and validate every input before touching the database, so bad input changes nothing. */
  static #readInputs(options: Pick<WorkspaceOptions, 'dataDir'>): WorkspaceInputs {
    return { corpus: loadCorpus(options.dataDir), dataset: loadDataset(options.dataDir), termSources: loadTermSources(options.dataDir) };
  }

  static #openWith(options: WorkspaceOptions, inputs: WorkspaceInputs, lock: WriterLock): Workspace {
    let db: Db;
    try {
      db = Workspace.#openDb(options, inputs.corpus);
    } catch (error) {
      lock.release();
      throw error;
    }
    return new Workspace(options, db, inputs.corpus, inputs.dataset, inputs.termSources, lock);
  }

  static #openDb(options: WorkspaceOptions, corpus: { documents: DocumentMeta[]; paragraphs: Paragraph[] }): Db {
    // Registered as a user, anything temporary beside the database from a process that died is litter.
    cleanLeftovers(options.dbPath, options.backupDir);
    const db = openDatabase(options.dbPath, {
      ...(options.backupDir ? { backupDir: options.backupDir } : {}),
      ...(options.busyTimeoutMs !== undefined ? { busyTimeoutMs: options.busyTimeoutMs } : {}),
    });
    try {
      syncCorpus(db, corpus.documents, corpus.paragraphs);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  #wire(db: Db): Services {
    const overlay = overlayStore(db);
    const annotations = annotationStore(db);
    const mergeConflicts = mergeConflictStore(db);
    const sources = sourceStore(db);
    const sourceInfo = sourceInfoStore(db);
    const log = new EditLog({
      db,
      storeFor: (key) =>
        key.startsWith('annotation/') ? annotations : key.startsWith(MERGE_CONFLICT_PREFIX) ? mergeConflicts : key.startsWith('source/') ? sources : key.startsWith(SOURCE_INFO_KEY_PREFIX) ? sourceInfo : overlay,
      baseline: { hash: (key) => hashValue(baselineValue(this.dataset, key)), value: (key) => baselineValue(this.dataset, key) },
      now: () => this.#now(),
      author: () => this.prefs().author,
    });
    const facts = new MatrixFacts(db, this.dataset);
    return {
      db,
      log,
      views: new MatrixViews(db, this.dataset, this.#index),
      editor: new MatrixEditor(db, this.dataset, facts, this.#byId),
      annotations: new AnnotationService(db, facts),
    };
  }

  get dbPath(): string {
    return this.options.dbPath;
  }

  close(): void {
    if (this.#s.db.open) this.#s.db.close();
    this.#lock?.release();
    this.#lock = null;
  }

  /** Swap in a freshly opened database (after a project file replaced ours). Announced as a reset. */
  reopen(): void {
    // The writer lock stays held: the file is replaced, not released to other processes.
    if (this.#s.db.open) this.#s.db.close();
    const db = Workspace.#openDb(this.options, this.#shipped);
    this.#readCorpus(db);
    this.#s = this.#wire(db);
    const undo = this.#s.log.state();
    const m = this.#s.views.view(undo);
    this.#emit({
      cause: 'project-open',
      step: null,
      undo,
      changed: resetChanges(m.stats),
      change: this.#nextChange(),
    });
  }

  /** Write a consistent, self-contained copy (WAL content included) to `file`, synchronously. */
  snapshotTo(file: string): void {
    this.#s.db.prepare('VACUUM INTO ?').run(file);
  }

  // --- project files (core/project does the work; these are its only ways in) -------------------

  saveProject(target: string): Promise<ProjectFileResult> {
    return saveProject(this, target);
  }

  /** Replace the working database by one built from a project file (imported sources rebuilt by our importers). */
  openProject(source: string, backupDir: string, options?: OpenOptions): Promise<OpenReport> {
    return openProject(this, source, backupDir, options);
  }

  /** Merge a colleague's project into this one: one step, one undo (see project/merge.ts). */
  mergeProject(source: string, options?: MergeOptions): Promise<MergeResult> {
    return mergeProject(this, source, options);
  }

  /** The shipped papers as ingested from data/ (what a new working database is built with). */
  get shippedCorpus(): { documents: DocumentMeta[]; paragraphs: Paragraph[] } {
    return this.#shipped;
  }

  /** Merge conflicts not settled yet (or all, with their decisions). */
  mergeConflicts(which: 'open' | 'all' = 'open'): MergeConflict[] {
    return listMergeConflicts(this, which);
  }

  resolveMergeConflict(key: string, choice: 'mine' | 'theirs'): EditResult {
    return resolveMergeConflict(this, key, choice);
  }

  /** Run `fn` on the connection inside one read transaction: a consistent snapshot while others write. */
  readConsistent<T>(fn: (db: Db) => T): T {
    return this.#s.db.transaction(() => fn(this.#s.db))();
  }

  /** Close the connection before the file is replaced; this process stays registered. Then `reopen`. */
  closeConnection(): void {
    if (this.#s.db.open) this.#s.db.close();
  }

  /** One step of the edit log built by a project operation (a merge, resolving a merge conflict). */
  commitStep<S extends Step>(build: (db: Db) => S): EditResult & { built: S } {
    return this.#commitWith(() => build(this.#s.db));
  }

  /** Hear about every change this workspace makes (edits, undo, redo, project open); returns the unsubscribe. */
  onChange(listener: (event: MatrixChangedEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: MatrixChangedEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  /** The next announced change's number: a write's result and its matrix:changed carry the same one. */
  #nextChange(): number {
    return ++this.#changeCount;
  }

  #now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  // --- preferences ---------------------------------------------------------------------------

  prefs(): Preferences {
    return this.#prefs.get();
  }

  setPrefs(change: { author?: string | undefined; lang?: Lang | null | undefined; welcomeDismissed?: boolean | undefined }): Preferences {
    return this.#prefs.set(change);
  }

  // --- corpus ----------------------------------------------------------------------------------

  listDocuments() {
    return listDocuments(this.#s.db);
  }

  listParagraphs(docId: string) {
    return listParagraphs(this.#s.db, docId);
  }

  getParagraph(paragraphId: string) {
    return getParagraph(this.#s.db, paragraphId);
  }

  search(query: string, options: SearchOptions = {}) {
    if (options.docId && !this.documents.some((d) => d.id === options.docId)) throw notFound(`Unknown document: ${options.docId}`);
    return search(this.#s.db, query, options);
  }

  /** Built on first use: the shipped glossary, the instrument tags' names and the papers' titled terms. */
  termIndex(): TermIndex {
    this.#termIndex ??= buildTermIndex(this.termSources, this.paragraphs);
    return this.#termIndex;
  }

  /** Search in both languages: known terms are also searched under their other names (see terms/expanded-search.ts). */
  searchExpanded(query: string, options: SearchOptions = {}) {
    if (options.docId && !this.documents.some((d) => d.id === options.docId)) throw notFound(`Unknown document: ${options.docId}`);
    return expandedSearch({ db: this.#s.db, index: this.termIndex(), chineseShare: this.#chineseShare() }, query, options);
  }

  /** Share of body paragraphs in Chinese; kept with the term index (two passes over 84,000 paragraphs took 12–17 ms a search). */
  #chineseShare(): number {
    if (this.#bodyChineseShare === null) {
      const body = this.paragraphs.filter((p) => p.kind === 'body');
      this.#bodyChineseShare = body.length === 0 ? 0 : body.filter((p) => p.lang === 'zh').length / body.length;
    }
    return this.#bodyChineseShare;
  }

  /** Chinese names of the instrument tags, keyed by the tag as the dataset spells it (English). */
  instrumentNames(): Record<string, string> {
    return Object.fromEntries(this.termSources.instruments.map((i) => [i.en, i.zh]));
  }

  // --- matrix: reading -------------------------------------------------------------------------

  /** The whole composed matrix with every quote (export, command line). */
  matrix(): Matrix {
    return this.#s.views.matrix();
  }

  #nameIndex: NameIndex | null = null;

  /** The claim check over the composed matrix, the analyst's edits included. */
  // Results per composed domain of the workspace's own matrix (see ClaimCache); a new paragraph map
  // (sources imported or removed) starts a new one.
  #claimCache: { byId: Map<string, Paragraph>; domains: ClaimCache } | null = null;

  /**
   * The check of the matrix, or only of the given domains (unknown IDs are simply absent). The
   * workspace's own matrix is checked through the cache; a matrix handed in is checked afresh.
   */
  claimCheck(given?: Matrix, domainIds?: readonly string[]): ClaimCheck {
    this.#nameIndex ??= buildNameIndex(this.termSources.glossary);
    if (this.#claimCache?.byId !== this.#byId) this.#claimCache = { byId: this.#byId, domains: new WeakMap() };
    const matrix = given ?? this.matrix();
    const only = domainIds ? new Set(domainIds) : null;
    const part = only ? { ...matrix, domains: matrix.domains.filter((d) => only.has(d.id)) } : matrix;
    return checkMatrix(part, (id) => this.#byId.get(id)?.text, this.#nameIndex, this.dataset.claimExceptions ?? [], given ? undefined : this.#claimCache.domains);
  }

  /** The claim check of a draft summary or reason against the cell's current quotes; changes nothing. */
  checkDraft(target: { domainId: string; actorId: string | null }, lang: Lang, text: string, counterpart?: string): DraftCheck {
    this.#nameIndex ??= buildNameIndex(this.termSources.glossary);
    const m = this.matrix();
    const domain = m.domains.find((d) => d.id === target.domainId);
    if (!domain) throw notFound(`Unknown domain: ${target.domainId}`);
    if (target.actorId !== null && !m.actors.some((a) => a.id === target.actorId)) throw notFound(`Unknown actor: ${target.actorId}`);
    return checkDraftText(m, target, lang, text, counterpart, (id) => this.#byId.get(id)?.text, this.#nameIndex, this.dataset.claimExceptions ?? []);
  }

  /** What the grid paints. */
  /** The grid's view; with `firstRows`, only that many rows when the matrix has more (a first page). */
  matrixView(firstRows?: number): MatrixView {
    const view = this.#s.views.view(this.#s.log.state());
    if (firstRows === undefined || view.rows.length <= firstRows) return view;
    return { ...view, rows: view.rows.slice(0, firstRows), totalRows: view.rows.length };
  }

  evidence(cells: readonly CellRef[]): CellEvidence[] {
    return this.#s.views.evidence(cells).map((found, i) => {
      if (!found) throw notFound(`Unknown cell: ${cells[i]!.domainId}/${cells[i]!.actorId ?? 'alignment'}`);
      return found;
    });
  }

  outline(): MatrixOutline {
    return this.#s.views.outline();
  }

  findDomains(query: string): string[] {
    return this.#s.views.find(query);
  }

  // --- matrix: writing (each one step, one undo) -----------------------------------------------

  setSummary(domainId: string, actorId: string, lang: Lang, text: string): EditResult {
    return this.#commit(() => this.#s.editor.setSummary(domainId, actorId, lang, text));
  }

  /** Both languages of a summary in one step (either may be left out); see matrix/translation.ts. */
  setSummaryTexts(domainId: string, actorId: string, texts: Partial<Bilingual>): EditResult {
    return this.#commit(() => this.#s.editor.setSummaryTexts(domainId, actorId, texts));
  }

  setAlignment(domainId: string, change: { value?: AlignmentValue | undefined; reason?: Partial<Bilingual> | undefined }): EditResult {
    return this.#commit(() => this.#s.editor.setAlignment(domainId, change));
  }

  /** "The out-of-date language still says the same": clears the flag, one undoable step (actorId null = the alignment reason). */
  confirmTranslation(domainId: string, actorId: string | null, lang: Lang): EditResult {
    return this.#commit(() => this.#s.editor.confirmTranslation(domainId, actorId, lang));
  }

  addEvidence(domainId: string, actorId: string | null, paragraphId: string, start: number, exact: string): EditResult & { evidenceId: string } {
    const { built, ...result } = this.#commitWith(() => this.#s.editor.addEvidence(domainId, actorId, paragraphId, start, exact));
    return { ...result, evidenceId: built.evidenceId };
  }

  removeEvidence(domainId: string, actorId: string | null, evidenceId: string): EditResult {
    return this.#commit(() => this.#s.editor.removeEvidence(domainId, actorId, evidenceId));
  }

  addDomain(id: string, name: Bilingual): EditResult {
    return this.#commit(() => this.#s.editor.addDomain(id, name));
  }

  addActor(id: string, name: Bilingual): EditResult {
    return this.#commit(() => this.#s.editor.addActor(id, name));
  }

  resolveConflict(key: string, choice: 'mine' | 'baseline'): EditResult {
    return this.#commit(() => this.#s.editor.resolveConflict(key, choice));
  }

  /** A quote of a cell and, when it is broken, the passages of its document's current text it may be now. */
  repairCandidates(domainId: string, actorId: string | null, evidenceId: string): RepairView {
    const quote = this.#quoteOf(domainId, actorId, evidenceId);
    if (!quote) throw notFound(`No quote ${evidenceId} in ${domainId}/${actorId ?? 'alignment'}`);
    const paragraphs = this.#index.get(quote.docId) ?? [];
    return repairView({ db: this.#s.db, cell: { domainId, actorId }, quote, documents: this.documents, paragraphs, fallbackParagraphId: this.paragraphs[0]?.id ?? null });
  }

  /** Point a broken quote at a passage of the current text (a candidate or a new selection): one step. */
  repairQuote(domainId: string, actorId: string | null, evidenceId: string, to: RepairTarget): EditResult {
    return this.#commit(() => repairStep(this.#s.db, this.#byId, { domainId, actorId }, this.#quoteOf(domainId, actorId, evidenceId), to));
  }

  #quoteOf(domainId: string, actorId: string | null, evidenceId: string) {
    const [cell] = this.evidence([{ domainId, actorId }]);
    return cell!.evidence.find((e) => e.id === evidenceId);
  }

  /** What Undo and Redo would do now (the native Edit menu names them). */
  undoState(): UndoState {
    return this.#s.log.state();
  }

  undo(): UndoResult {
    return this.#step('undo');
  }

  redo(): UndoResult {
    return this.#step('redo');
  }

  /** Steps newest first: all, a domain's (actorId undefined), or one cell's (actorId null = alignment). */
  history(domainId?: string, actorId?: string | null): HistoryStep[] {
    if (domainId === undefined) return this.#s.log.history(null);
    return this.#s.log.history(actorId === undefined ? keyPrefixes.domain(domainId) : keyPrefixes.cell(domainId, actorId));
  }

  // --- annotations -----------------------------------------------------------------------------

  listAnnotations(filter: AnnotationFilter = {}): Annotation[] {
    return listAnnotations(this.#s.db, filter);
  }

  /** `author` overrides the preference for this annotation only (the command line's --author). */
  addAnnotation(target: Target, category: string, text: string, author?: string): AnnotationResult {
    const by = author?.trim() || this.prefs().author;
    const { built, ...result } = this.#commitWith(() => this.#s.annotations.add(target, category, text, by, this.#now()));
    return { ...result, annotation: built.annotation };
  }

  updateAnnotation(id: string, change: { category?: string | undefined; text?: string | undefined }): AnnotationResult {
    const { built, ...result } = this.#commitWith(() => this.#s.annotations.update(id, change, this.#now()));
    return { ...result, annotation: built.annotation };
  }

  deleteAnnotation(id: string): EditResult & { id: string } {
    return { ...this.#commit(() => this.#s.annotations.delete(id)), id };
  }

  /** The shipped categories and the ones defined in this project (annotations/categories.ts). */
  listCategories(): AnnotationCategory[] {
    return listCategories(this.#s.db);
  }

  /** Define an annotation category, named in both languages: one step, one undo. */
  addCategory(name: Bilingual): EditResult & { category: CategoryValue } {
    const { built, ...result } = this.#commitWith(() => addCategoryStep(this.#s.db, name));
    return { ...result, category: built.category };
  }

  renameCategory(id: string, name: Bilingual): EditResult & { category: CategoryValue } {
    const { built, ...result } = this.#commitWith(() => renameCategoryStep(this.#s.db, id, name));
    return { ...result, category: built.category };
  }

  /** Refused while an annotation uses it. */
  removeCategory(id: string): EditResult & { id: string } {
    return { ...this.#commit(() => removeCategoryStep(this.#s.db, id)), id };
  }

  // --- the one path every write takes ------------------------------------------------------------

  #commit(build: () => Step): EditResult {
    const { built: _, ...result } = this.#commitWith(build);
    return result;
  }

  /** Commit a step and also hand back what the build returned (the new annotation, the quote's ID). */
  #commitWith<S extends Step>(build: () => S): EditResult & { built: S } {
    let built: S | undefined;
    const { label, touched, seq } = this.#s.log.commit(() => {
      built = build();
      // Text arriving by any way other than the IPC schemas (the command line, a future transport).
      for (const change of built.changes) if (change.json !== null) assertSafeText(JSON.parse(change.json), FIELD_NAMES[change.key.split('/')[0]!] ?? 'text');
      return built;
    });
    return { ...this.#announce('edit', touched.length ? label : null, touched, seq), built: built! };
  }

  /** Removing an imported source: one step (key `source/<docId>`), undone like any other. */
  #removeSourceStep(docId: string, title: string): EditResult {
    return this.#commit(() => ({
      label: { kind: 'remove-source', target: { domainId: null, actorId: null, evidenceId: null }, field: null, lang: null, choice: null, importedSource: { id: docId, title } },
      changes: [setValue(`source/${docId}`, { removed: true })],
    }));
  }

  /** Correcting an imported source's metadata: one step (key `source-info/<docId>`). */
  #editSourceStep(docId: string, title: string, fields: SourceMetaFields): EditResult {
    return this.#commit(() => ({
      label: { kind: 'edit-source', target: { domainId: null, actorId: null, evidenceId: null }, field: null, lang: null, choice: null, importedSource: { id: docId, title } },
      changes: [setValue(`${SOURCE_INFO_KEY_PREFIX}${docId}`, fields)],
    }));
  }

  #step(direction: 'undo' | 'redo'): UndoResult {
    const done = direction === 'undo' ? this.#s.log.undo() : this.#s.log.redo();
    const result = this.#announce(direction, done?.label ?? null, done?.touched ?? [], done?.seq ?? null);
    return { ...result, step: done?.label ?? null };
  }

  #announce(cause: 'edit' | 'undo' | 'redo', step: MatrixChangedEvent['step'], touched: Touched[], seq: number | null): EditResult {
    if (touched.some((t) => t.key.startsWith('source/') || t.key.startsWith(SOURCE_INFO_KEY_PREFIX))) {
      // A source came or went (or its metadata changed): the corpus changed under every quote. Re-read it and announce a reset
      // (the window refetches the matrix and the document list).
      this.refreshCorpus();
      const undo = this.#s.log.state();
      const changed = resetChanges(this.#s.views.view(undo).stats);
      const result: EditResult = { changed, undo, change: this.#nextChange() };
      this.#emit({ cause, step, ...result });
      return result;
    }
    const views = this.#s.views.changes(touched);
    const changed: MatrixChanges = {
      ...views,
      mergeConflicts: this.#touchesMergeConflicts(touched),
      // A merge's step can hold thousands of values: then the open histories are refetched instead.
      historyStep: seq !== null && touched.length <= HISTORY_STEP_MAX ? this.#s.log.historyStep(seq) : null,
      claims: this.#claimsOf(views.rows),
    };
    const result: EditResult = { changed, undo: this.#s.log.state() };
    if (touched.length) {
      result.change = this.#nextChange();
      this.#emit({ cause, step, ...result });
    }
    return result;
  }

  /** The claim check of a few changed rows (about a millisecond each), sent with the step; null for many. */
  #claimsOf(rows: readonly DomainRow[]): ClaimCheck | null {
    if (rows.length === 0 || rows.length > CLAIMS_ROWS_MAX) return null;
    try {
      return this.claimCheck(undefined, rows.map((r) => r.id));
    } catch {
      // The step is committed whatever the check says: the window asks for the check itself then.
      return null;
    }
  }

  /** Whether the merge conflicts list may read differently: a conflict recorded or settled, or a value one shows edited. */
  #touchesMergeConflicts(touched: readonly Touched[]): boolean {
    if (touched.some((t) => t.key.startsWith(MERGE_CONFLICT_PREFIX))) return true;
    if (touched.length === 0) return false;
    const has = this.#s.db.prepare('SELECT 1 FROM merge_conflicts WHERE key = ?').pluck();
    return touched.some((t) => has.get(t.key) !== undefined);
  }
}

/** What a reset announces: everything may have changed, so everything is refetched. */
function resetChanges(stats: MatrixStats): MatrixChanges {
  return { reset: true, rows: [], removedRows: [], actors: null, cells: [], quotes: [], annotations: [], categories: true, conflicts: null, mergeConflicts: true, historyStep: null, claims: null, stats };
}

/** Above this many values in a step, the step is not sent with the result (the histories are refetched). */
const HISTORY_STEP_MAX = 50;
/** Above this many changed rows, their claim check is not sent with the result (the window asks in parts). */
const CLAIMS_ROWS_MAX = 20;

const FIELD_NAMES: Record<string, string> = {
  position: 'summary',
  alignment: 'alignment reason',
  evidence: 'quote',
  domain: 'domain name',
  actor: 'actor name',
  annotation: 'annotation',
  category: 'category name',
};
