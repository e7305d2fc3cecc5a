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
import { getParagraph, listDocuments, listParagraphs, syncCorpus } from './corpus/store.ts';
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
import { readAgreements, recordAgreement, textKeyOf } from './matrix/translation-agreement.ts';
import { markStaleTranslations, staleOf } from './matrix/translation-marks.ts';
import { isTranslation, textHash } from './matrix/translation-state.ts';
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
  readonly documents: DocumentMeta[];
  readonly paragraphs: Paragraph[];
  readonly dataset: Dataset;
  private readonly index: ParagraphIndex;
  private readonly byId: Map<string, Paragraph>;
  private prefsFile: string;
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
    this.documents = corpus.documents;
    this.paragraphs = corpus.paragraphs;
    this.dataset = dataset;
    this.index = indexParagraphs(corpus.paragraphs);
    this.byId = new Map(corpus.paragraphs.map((p) => [p.id, p]));
    this.prefsFile = options.prefsPath ?? prefsPathFor(options.dbPath);
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
    syncCorpus(this.db, this.documents, this.paragraphs);
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

  setPrefs(change: { author?: string | undefined; lang?: Lang | null | undefined; welcomeDismissed?: boolean | undefined }): Preferences {
    const next = { ...this.prefs() };
    if (change.author !== undefined) {
      const author = change.author.trim();
      assertSafeText(author, 'author name');
      if (!author) throw new AppError('invalid-request', 'The author name cannot be empty.');
      next.author = author;
      next.authorConfirmed = true;
    }
    if (change.lang !== undefined) next.lang = change.lang;
    if (change.welcomeDismissed !== undefined) next.welcomeDismissed = change.welcomeDismissed;
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
    if (!this.documents.some((d) => d.id === docId)) throw notFound(`Unknown document: ${docId}`);
  }

  // --- matrix ----------------------------------------------------------------------------------

  matrix(): Matrix {
    const overlay = readOverlay(this.db);
    return markStaleTranslations(composeMatrix(this.dataset, overlay, this.index), this.dataset, overlay, readAgreements(this.db));
  }

  matrixState(label = ''): MatrixState {
    const overlay = readOverlay(this.db);
    return {
      matrix: markStaleTranslations(composeMatrix(this.dataset, overlay, this.index), this.dataset, overlay, readAgreements(this.db)),
      conflicts: findConflicts(this.dataset, overlay),
      annotationCounts: annotationCounts(this.db),
      editedCells: editedCells(overlay),
      ...undoRedoAvailability(this.db),
      label,
    };
  }

  setSummary(domainId: string, actorId: string, lang: Lang, text: string): MatrixState {
    return this.setSummaryTexts(domainId, actorId, { [lang]: text });
  }

  /**
   * Both languages of a summary from one editor, in one save. Changing both records them as
   * agreeing; changing one revises it and flags the other "translation out of date", unless the one
   * changed was empty or itself out of date (then it is the translation). See translation-state.ts.
   */
  setSummaryTexts(domainId: string, actorId: string, texts: Partial<Bilingual>): MatrixState {
    this.requireDomainId(domainId);
    this.requireActorId(actorId);
    const labels = this.writeBilingual((l) => keys.summary(domainId, actorId, l), texts, (l) => `summary ${domainId}/${actorId} (${l})`);
    if (texts.zh === undefined && texts.en === undefined) throw new AppError('invalid-request', 'Nothing to change: give the Chinese or the English text.');
    return this.matrixState(labels.join('; '));
  }

  /**
   * The analyst says the text in `lang` still says what the other language says: the pair is
   * recorded as agreeing and the flag goes. It changes no text, so it is not an undo step; editing
   * either language again raises the flag again.
   */
  confirmTranslation(domainId: string, actorId: string | null, lang: Lang): MatrixState {
    this.requireDomainId(domainId);
    if (actorId !== null) this.requireActorId(actorId);
    const keyOf = (l: Lang) => (actorId === null ? keys.alignmentReason(domainId, l) : keys.summary(domainId, actorId, l));
    const now = { zh: this.currentText(keyOf('zh')), en: this.currentText(keyOf('en')) };
    if (!now[lang].trim()) throw new AppError('invalid-request', 'There is no text in that language to confirm.');
    recordAgreement(this.db, textKeyOf(keyOf('zh')), textHash(now.zh), textHash(now.en));
    return this.matrixState(`confirm translation ${domainId}/${actorId ?? 'alignment'} (${lang})`);
  }

  /** The text a summary or reason key shows now: the analyst's value, else the baseline, else ''. */
  private currentText(key: string): string {
    const row = readOverlayRow(this.db, key).value;
    if (row !== null) {
      const v: unknown = JSON.parse(row);
      if (typeof v === 'string') return v;
    }
    const base = baselineValue(this.dataset, key);
    return typeof base === 'string' ? base : '';
  }

  /** Writes the changed languages of one bilingual text in one transaction, recording agreement (see above). */
  private writeBilingual(keyOf: (l: Lang) => string, texts: Partial<Bilingual>, labelOf: (l: Lang) => string): string[] {
    const labels: string[] = [];
    this.db.transaction(() => {
      const before = { zh: this.currentText(keyOf('zh')), en: this.currentText(keyOf('en')) };
      const changed = (['zh', 'en'] as const).filter((l) => texts[l] !== undefined && texts[l] !== before[l]);
      if (changed.length === 0) return;
      const baseZh = baselineValue(this.dataset, keyOf('zh'));
      const baseEn = baselineValue(this.dataset, keyOf('en'));
      const baseline = typeof baseZh === 'string' && typeof baseEn === 'string' ? { zh: baseZh, en: baseEn } : null;
      const staleBefore = staleOf(before, baseline, keyOf, readOverlay(this.db), readAgreements(this.db));
      for (const lang of changed) {
        this.commit(keyOf(lang), texts[lang], labelOf(lang));
        labels.push(labelOf(lang));
      }
      const after = { zh: texts.zh ?? before.zh, en: texts.en ?? before.en };
      if (changed.length === 2 || isTranslation(changed[0]!, before, staleBefore)) {
        recordAgreement(this.db, textKeyOf(keyOf('zh')), textHash(after.zh), textHash(after.en));
      }
    })();
    return labels;
  }

  setAlignment(domainId: string, change: { value?: string | undefined; reason?: Partial<Bilingual> | undefined }): MatrixState {
    this.requireDomainId(domainId);
    const writes: Array<[string, unknown, string]> = [];
    if (change.value !== undefined) writes.push([keys.alignmentValue(domainId), change.value, `alignment ${domainId}`]);
    if (writes.length === 0 && change.reason?.zh === undefined && change.reason?.en === undefined) {
      throw new AppError('invalid-request', 'Nothing to change: give a value or a reason.');
    }
    const labels: string[] = [];
    this.db.transaction(() => {
      for (const [key, value, label] of writes) this.commit(key, value, label);
      labels.push(...writes.map(([, , label]) => label));
      if (change.reason) {
        const reason = change.reason;
        labels.push(...this.writeBilingual((l) => keys.alignmentReason(domainId, l), reason, (l) => `alignment reason ${domainId} (${l})`));
      }
    })();
    return this.matrixState(labels.join('; '));
  }

  /** Add a quote chosen in the reader; it is verified against the paragraph before it is stored. */
  addEvidence(domainId: string, actorId: string | null, paragraphId: string, start: number, exact: string): MatrixState {
    this.requireDomainId(domainId);
    if (actorId !== null) this.requireActorId(actorId);
    const paragraph = this.byId.get(paragraphId);
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
      entry.before === null ? { ...entry, before: baselineValue(this.dataset, entry.key) ?? null } : entry,
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
      const afterHash = valueJson === null ? null : hashValue(baselineValue(this.dataset, key));
      this.applyValue(key, valueJson, author, afterHash);
      appendHistory(this.db, { key, label, before: before.value, after: valueJson, beforeHash: before.baselineHash, afterHash, author, at: this.now() });
    })();
  }

  private currentValue(key: string): { value: string | null; baselineHash: string | null } {
    if (key.startsWith('annotation/')) {
      const a = getAnnotation(this.db, parseKey(key).id!);
      return { value: a ? JSON.stringify(a) : null, baselineHash: null };
    }
    return readOverlayRow(this.db, key);
  }

  /** Write one value; `baselineHash` undefined means "against the baseline as it is now". */
  private applyValue(key: string, valueJson: string | null, author: string, baselineHash?: string | null): void {
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

