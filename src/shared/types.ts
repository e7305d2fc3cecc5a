// Domain types shared by main, preload and renderer. Plain TypeScript: no electron, node or react.
import type { KeyKind, KeyPlace, ParsedKey } from './keys.ts';
import type { ClaimCheck } from './claims.ts';

export type Lang = 'zh' | 'en';
/** Text given in both interface languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// Corpus

// List items are read apart by the importers (block kind `list`) but stored as body paragraphs, bullet
// kept, until the reader can label a `list` kind (the database already accepts it, migration 4).
export type ParagraphKind = 'heading' | 'body' | 'abstract' | 'footnote' | 'caption' | 'list';

/** The language a source text is written in (the interface itself speaks only zh and en). */
export type TextLang = 'zh' | 'ja' | 'en';

/**
 * Where a paragraph's text lies on a PDF page, in PDF points (1/72 in) from the top-left corner of
 * the page as displayed (its crop box), y growing downward. One box per printed line.
 */
export interface PageBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageSize {
  width: number;
  height: number;
}

export type SourceFormat = 'pdf' | 'docx' | 'html' | 'txt' | 'md';

/** What the app knows about an imported source beyond its paragraphs: the file and the metadata the analyst can set. */
export interface SourceInfo extends SourceMetaFields {
  format: SourceFormat;
  /** SHA-256 of the original file, which is kept in the user-data folder under this name. */
  sha256: string;
  fileName: string;
  bytes: number;
  /** PDF pages; null for formats without pages. */
  pages: number | null;
  pageSizes: PageSize[] | null;
  /**
   * PDFs: the page number the author printed on each page (`xii`, `47`; `''` where the page has
   * none), from the document's page labels. null: it declares none (cite "page N of the file").
   * Absent: imported before they were read, and not read yet.
   */
  pageLabels?: string[] | null;
  importedAt: string;
  warnings: string[];
  /** The text encoding the analyst chose at import (absent when detected): a rebuild from the original uses it again. */
  encoding?: string;
}

export interface DocumentMeta {
  /** Stable, human-readable ID, e.g. `gui-yongtao`. */
  id: string;
  /** Name of the raw text file under data/corpus. */
  file: string;
  title: { zh: string | null; en: string | null };
  authors: Array<{ zh: string | null; en: string | null }>;
  venue: string | null;
  year: number | null;
  issue: string | null;
  pages: string | null;
  doi: string | null;
  /** Free-text remarks on what the source text does and does not give (e.g. "journal not named"). */
  note: string | null;
}

export interface Paragraph {
  /** `<docId>.<10 hex>`: derived from the document, kind and normalised text, so it survives re-ingest. */
  id: string;
  docId: string;
  /** 1-based position in reading order across the whole document (all kinds). */
  ordinal: number;
  kind: ParagraphKind;
  /** Section path as the paper numbers it, e.g. `四（二）` or `三.2`; `` for front matter. */
  section: string;
  /** Title of the innermost section this paragraph belongs to (for headings: their own title). */
  sectionTitle: string;
  /** 1 = 一/二…, 2 = （一）/1., … ; only for headings. */
  level: number | null;
  lang: TextLang;
  text: string;
  /** For footnotes: their marker (`①`). For body text: null. */
  marker: string | null;
  /** For footnotes: the paragraph whose text carries the marker; null if it could not be linked. */
  noteOf: string | null;
  /** 1-based page the paragraph starts on; null where the source has no pages (the shipped texts, DOCX, HTML, TXT). */
  page?: number | null;
  /** For PDFs: the printed lines of the paragraph on their pages. */
  boxes?: PageBox[] | null;
}

export interface DocumentSummary extends DocumentMeta {
  paragraphCount: number;
  counts: Record<ParagraphKind, number>;
  /** `shipped`: one of the papers in data/corpus; `imported`: a source the analyst added. */
  origin?: 'shipped' | 'imported';
  /** For imported sources: format, original file, pages and the metadata the analyst can edit. */
  source?: SourceInfo | null;
}

export interface SearchHit {
  paragraphId: string;
  docId: string;
  ordinal: number;
  section: string;
  kind: ParagraphKind;
  /** Plain text with hits wrapped in U+E000 … U+E001 (private-use marks; the renderer turns them into <mark>). */
  snippet: string;
  rank: number;
}

export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
  /** `fts`: the trigram index (3+ characters); `short`: the one- and two-character index; `scan`: neither could answer. */
  method: 'fts' | 'short' | 'scan';
  /** What the bilingual term list added to the query, and why nothing was found; absent for an exact search. */
  expansion?: SearchExpansion;
}

/** A query term the term list knows, and the other names it was searched under. */
export interface ExpandedTerm {
  typed: string;
  /** Other names searched for the same thing (e.g. 实体清单 for "Entity List"), with their hit counts. */
  alsoSearched: Array<{ text: string; total: number }>;
}

/** A term the papers use that is close to what was typed (芯片法案 → 芯片与科学法案). */
export interface TermSuggestion {
  text: string;
  lang: Lang;
  /** Paragraphs it finds. */
  total: number;
}

export type NoHitsReason =
  /** Each term occurs, never in one paragraph. */
  | { code: 'never-together'; terms: Array<{ text: string; total: number }> }
  /** A Latin-script query, papers in Chinese, and no Chinese name known for it. */
  | { code: 'no-chinese-name' }
  | { code: 'not-in-papers' };

export interface SearchExpansion {
  terms: ExpandedTerm[];
  /** False when several queries ran and overlaps beyond the fetched hits could not be counted: `total` is then an estimate. */
  totalExact: boolean;
  suggestions: TermSuggestion[];
  noHits: NoHitsReason | null;
}

export const HIT_OPEN = '\uE000';
export const HIT_CLOSE = '\uE001';

// ---------------------------------------------------------------------------------------------
// Matrix

export type AlignmentValue = 'aligned' | 'partly' | 'divergent' | 'not-covered';
export const ALIGNMENT_VALUES: readonly AlignmentValue[] = ['aligned', 'partly', 'divergent', 'not-covered'];

export interface Actor {
  id: string;
  name: Bilingual;
}

/** A quote as stored: W3C Web Annotation TextQuoteSelector plus the document it comes from. */
export interface QuoteSelector {
  docId: string;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorStatus = 'anchored' | 'broken';

/** Evidence after re-anchoring against the ingested paragraphs. */
export interface Evidence extends QuoteSelector {
  /** Stable within its cell: baseline evidence `b:<n>`, user evidence `u:<uuid>`. */
  id: string;
  status: AnchorStatus;
  paragraphId: string | null;
  paragraphOrdinal: number | null;
  section: string | null;
  sectionTitle: string | null;
  /** Character offset of `exact` inside the paragraph text. */
  start: number | null;
  /** Quotes from a paged source (an imported PDF): the page of the file its paragraph starts on. */
  page?: number;
  origin: 'baseline' | 'user';
  /** Why anchoring failed, when it did (English, for logs and the CLI). */
  problem: string | null;
  /** The same, as a code the interface can put into words in either language. */
  problemCode: 'document-missing' | 'not-verbatim' | null;
}

export interface Position {
  summary: Bilingual;
  instruments: string[];
  evidence: Evidence[];
  /** Present when one language of the summary was revised alone: the language now out of date. */
  summaryStale?: Lang;
}

export interface Alignment {
  value: AlignmentValue;
  reason: Bilingual;
  evidence: Evidence[];
  /** Present when one language of the reason was revised alone: the language now out of date. */
  reasonStale?: Lang;
}

export interface Domain {
  id: string;
  order: number;
  name: Bilingual;
  /** Where the two papers disagree or something needs saying about the sources. */
  sourceNote: Bilingual | null;
  alignment: Alignment;
  /** Keyed by actor ID; an actor with nothing in this domain has no entry. */
  positions: Record<string, Position>;
  origin: 'baseline' | 'user';
}

export interface Matrix {
  actors: Actor[];
  domains: Domain[];
  stats: { quotes: number; anchored: number; broken: number };
}

// ---------------------------------------------------------------------------------------------
// Annotations and edits

export const DIVERGENCE_CATEGORIES = [
  'purpose',
  'legal-instrument',
  'timing',
  'scope',
  'naming-targets',
  'participation',
  'other',
] as const;
export type DivergenceCategory = (typeof DIVERGENCE_CATEGORIES)[number];

/** A category defined by the analyst in this project (key `category/<id>`), beside the shipped ones. */
export interface CategoryValue {
  id: string;
  name: Bilingual;
}

/** An annotation category as lists show it: a shipped one or one defined in this project. */
export interface AnnotationCategory {
  id: string;
  name: Bilingual;
  custom: boolean;
}

/** What an annotation or edit is about: a domain, a cell (domain × actor) or one evidence quote. */
export interface Target {
  domainId: string;
  actorId: string | null;
  evidenceId: string | null;
}

export interface Annotation {
  id: string;
  target: Target;
  /** A shipped DivergenceCategory, or the ID of a category defined in this project. */
  category: string;
  text: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

/** One cell of the matrix: a domain × an actor, or the domain's alignment (`actorId` null). */
export interface CellRef {
  domainId: string;
  actorId: string | null;
}

/** A place where a newer baseline changed something the analyst had edited; values typed by kind. */
export type BaselineConflict = { key: string; target: KeyPlace } & (
  | { kind: 'summary'; lang: Lang; baselineNow: string | null; userValue: string }
  | { kind: 'alignment-value'; baselineNow: AlignmentValue | null; userValue: AlignmentValue }
  | { kind: 'alignment-reason'; lang: Lang; baselineNow: string | null; userValue: string }
  /** `userValue` null: the analyst removed this baseline quote. */
  | { kind: 'evidence'; baselineNow: QuoteSelector | null; userValue: QuoteSelector | null }
  | { kind: 'domain'; baselineNow: Bilingual | null; userValue: Bilingual }
  | { kind: 'actor'; baselineNow: Bilingual | null; userValue: Bilingual }
);

// ---------------------------------------------------------------------------------------------
// What the grid paints (matrix:get) — no quotes, no context; those come per cell (matrix:evidence)

/** Markers and counts every painted cell carries. */
export interface CellMarks {
  /** Quotes in the cell, and how many of them no longer occur in their source. */
  quotes: number;
  broken: number;
  /** Annotations on the cell, including those on its quotes. */
  annotations: number;
  /** An analyst's edit is in effect in this cell (summary, alignment or its quotes). */
  edited: boolean;
  /** A newer baseline changed something the analyst edited in this cell. */
  conflict: boolean;
  /**
   * The language of the cell's summary (or alignment reason) that is out of date: the other one was
   * revised alone. Null when both say the same (or one is empty).
   */
  staleLang: Lang | null;
}

export interface PositionCellView extends CellMarks {
  actorId: string;
  summary: Bilingual;
  instruments: string[];
}

export interface AlignmentCellView extends CellMarks {
  value: AlignmentValue;
  reason: Bilingual;
}

export interface DomainRow {
  id: string;
  order: number;
  name: Bilingual;
  sourceNote: Bilingual | null;
  origin: 'baseline' | 'user';
  /** All annotations on the domain (its cells and quotes included). */
  annotations: number;
  alignment: AlignmentCellView;
  /** One per actor with a position in this domain, in actor order (an array, never an object keyed by ID). */
  positions: PositionCellView[];
}

export interface MatrixStats {
  quotes: number;
  anchored: number;
  broken: number;
}

export interface MatrixView {
  actors: Actor[];
  rows: DomainRow[];
  conflicts: BaselineConflict[];
  stats: MatrixStats;
  undo: UndoState;
  /**
   * Set only on a first page (`matrix:get` with `firstRows`) that leaves rows out: how many rows the
   * whole matrix has. The rows sent are the first ones in order; stats, conflicts and undo are the
   * whole matrix's.
   */
  totalRows?: number;
}

/** A quote as the evidence panel shows it: anchored evidence with its context and its annotation count. */
export interface EvidenceView extends Evidence {
  annotations: number;
}

/** matrix:evidence — what the evidence panel of one cell loads when it opens. */
export interface CellEvidence extends CellRef {
  evidence: EvidenceView[];
}

/** matrix:outline — names only, for the reader's cell picker and "Back to …" hint. */
export interface MatrixOutline {
  actors: Actor[];
  domains: Array<{ id: string; name: Bilingual; cells: Array<{ actorId: string | null; quotes: number }> }>;
}

// ---------------------------------------------------------------------------------------------
// Edits, undo and what changed

/** What one analyst action did, as data (the interface words it in either language). */
export type StepKind =
  | 'set-summary'
  | 'set-alignment'
  | 'add-evidence'
  | 'remove-evidence'
  | 'add-domain'
  | 'add-actor'
  | 'resolve-conflict'
  | 'add-annotation'
  | 'update-annotation'
  | 'delete-annotation'
  /** A colleague's project merged in (annotations added, edits taken, merge conflicts recorded). */
  | 'merge-project'
  | 'resolve-merge-conflict'
  /** "The other language still says the same": a translation-out-of-date flag cleared (field and lang say which text). */
  | 'confirm-translation'
  /** An imported source removed (its document, paragraphs and index rows kept for undo). */
  | 'remove-source'
  /** A broken quote pointed at a passage of the current text (a candidate, or a new selection). */
  | 'repair-evidence'
  /** An imported source's metadata (title, authors, date, …) corrected. */
  | 'edit-source'
  /** An annotation category defined, renamed or removed (while no annotation used it). */
  | 'add-category'
  | 'rename-category'
  | 'remove-category';

export interface StepLabel {
  kind: StepKind;
  /** Where: a cell, a domain (`actorId` null), an actor (`domainId` null) or a quote. */
  target: KeyPlace;
  /**
   * Which value: `summary`; for set-alignment `alignment-value`, `alignment-reason` or `alignment`
   * (both in one step); for resolve-conflict the conflicting key's kind; otherwise null.
   */
  field: KeyKind | 'alignment' | null;
  /** For a summary or one reason: its language; null when the step is not language-specific. */
  lang: Lang | null;
  /** resolve-conflict / resolve-merge-conflict only: what the analyst chose. */
  choice: 'mine' | 'baseline' | 'theirs' | null;
  /** merge-project / resolve-merge-conflict: the project file merged from and who saved it. */
  source?: { file: string; author: string | null } | null;
  /** remove-source / edit-source: the imported source (its title as it was listed). */
  importedSource?: { id: string; title: string } | null;
  /** add-, rename-, remove-category: the category (its name after a rename, before a removal). */
  category?: CategoryValue | null;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** The step Undo would reverse / Redo would reapply; null when there is none. */
  undoLabel: StepLabel | null;
  redoLabel: StepLabel | null;
}

/**
 * What a write (or an undo, a redo, a project open) changed. Rows carry their fresh painted content,
 * so the grid updates without another round trip; `cells` name the cells whose quotes, annotations or
 * history changed, so an open evidence panel refetches only when it shows one of them.
 */
export interface MatrixChanges {
  /** Everything may have changed (another project was opened): refetch. */
  reset: boolean;
  /** Rows added or changed, fresh; upsert by `id`. */
  rows: DomainRow[];
  /** Rows that no longer exist (undoing an added domain). */
  removedRows: string[];
  /** The whole actor list when it changed (an actor added or its addition undone), else null. */
  actors: Actor[] | null;
  /** Cells whose panel content (quotes, annotations, history) changed. */
  cells: CellRef[];
  /** Of those, the cells whose quotes changed (a quote, or how many annotations one has): loaded quotes are refetched. */
  quotes: CellRef[];
  /** The list of merge conflicts may have changed (one recorded or settled, or a value it shows edited). */
  mergeConflicts: boolean;
  /**
   * The step made, undone or redone, as edit:history lists it, so the histories the renderer holds
   * take it in without a round trip; null when there was none or it is large (a merge): then the
   * histories of `cells` are refetched.
   */
  historyStep: HistoryStep | null;
  /** The claim check of the changed rows, so their markers update without a round trip; null when not sent (many rows, reset). */
  claims: ClaimCheck | null;
  /** Annotations written or deleted by this step (IDs), so annotation lists refresh. */
  annotations: string[];
  /** The analyst's annotation categories changed (one added, renamed or removed): lists refresh. */
  categories: boolean;
  /** The full conflict list when it changed, else null. */
  conflicts: BaselineConflict[] | null;
  stats: MatrixStats;
}

/** What every write returns. */
export interface EditResult {
  changed: MatrixChanges;
  undo: UndoState;
  /**
   * The change's number, counted by main's workspace; its matrix:changed carries the same number, so
   * the window applies each change once. Absent when the write changed nothing (nothing announced).
   */
  change?: number;
}

export interface UndoResult extends EditResult {
  /** The step that was undone or redone; null when there was nothing to undo or redo. */
  step: StepLabel | null;
}

export interface AnnotationResult extends EditResult {
  annotation: Annotation;
}

/** The value types behind each key kind (null: no value — the baseline shows through, or removed). */
export interface KeyValueTypes {
  summary: string;
  'alignment-value': AlignmentValue;
  'alignment-reason': string;
  evidence: QuoteSelector;
  domain: { name: Bilingual };
  actor: { name: Bilingual };
  annotation: Annotation;
  category: CategoryValue;
}

export type HistoryChange = {
  [K in KeyKind]: { key: string; field: Extract<ParsedKey, { kind: K }>; before: KeyValueTypes[K] | null; after: KeyValueTypes[K] | null };
}[KeyKind];

/** One history step = one analyst action = one undo. Newest first in edit:history. */
export interface HistoryStep {
  seq: number;
  at: string;
  author: string;
  label: StepLabel;
  /** The values it changed; `before` null on an unedited value means the baseline had none. */
  changes: HistoryChange[];
  undone: boolean;
}

/** matrix:changed — pushed by main after every write, whoever asked for it (renderer, menu). */
export interface MatrixChangedEvent extends EditResult {
  cause: 'edit' | 'undo' | 'redo' | 'project-open';
  /** The step made, undone or redone (null for project-open). */
  step: StepLabel | null;
}

// ---------------------------------------------------------------------------------------------
// App, files

export interface AppInfo {
  version: string;
  dbPath: string;
  locale: string;
  platform: string;
}

export interface ProjectFileResult {
  path: string;
  bytes: number;
  /** Where the previous database was copied before it was replaced (open only). */
  backup: string | null;
  /** Open only: what in the file was left out, and why (triggers, invalid rows, …). */
  ignored?: ProjectIssue[];
  /** Open only: what was changed on the way in (characters no file can carry removed, …). */
  warnings?: string[];
  /** Open only: imported sources rebuilt from the original files the project carries. */
  sources?: number;
  /** Open only: quotes citing an imported source that do not anchor (kept, shown as broken). */
  brokenQuotes?: UnanchoredQuote[];
}

/** Something in a colleague's project file that was not taken, and why. */
export interface ProjectIssue {
  what: string;
  reason: string;
}

/** Where a merged project changed a value differently from the analyst; settled by Keep mine / Take theirs. */
export interface MergeConflict {
  /** The edit key of the value (`position/…/summary/en`, `annotation/<id>`, …). */
  key: string;
  field: ParsedKey;
  target: KeyPlace;
  /** The analyst's value now, and the colleague's (null: none / removed). */
  mine: unknown;
  theirs: unknown;
  /** Who wrote their value and when, and the file it came from. */
  author: string;
  at: string;
  source: { file: string; author: string | null };
  state: 'open' | 'mine' | 'theirs';
}

/** What `project merge` did. Merging the same file again reports everything as identical. */
export interface MergeReport {
  file: string;
  /** Who saved the file (its manifest), when known. */
  sender: string | null;
  annotationsAdded: number;
  editsTaken: number;
  identical: number;
  conflicts: MergeConflict[];
  sourcesAdded: number;
  ignored: ProjectIssue[];
  warnings: string[];
  /** Merged quotes citing an imported source that do not anchor (kept, shown as broken). */
  brokenQuotes?: UnanchoredQuote[];
}

/** A quote citing an imported source that does not anchor after a project was opened or merged. */
export interface UnanchoredQuote {
  /** Its edit key (`evidence/<domain>/<actor>/<id>`). */
  key: string;
  docId: string;
  exact: string;
  reason: string;
}

export interface MergeResult extends EditResult {
  report: MergeReport;
}

export interface ExportResult {
  path: string;
  bytes: number;
  ms: number;
  rows: { matrix: number; evidence: number; annotations: number };
  /** Word briefing only: how many footnotes it carries. */
  footnotes?: number;
}

export interface ExportProgress {
  phase: string;
  done: number;
  total: number;
}

export interface Preferences {
  /** The name on the analyst's edits and notes. Until they give it, the system user name as a suggestion. */
  author: string;
  /** False until the analyst has given (or confirmed) their name: the app asks on first run. */
  authorConfirmed: boolean;
  lang: Lang | null;
  /** The first-run panel was closed; Help opens it again. */
  welcomeDismissed: boolean;
}

/** An imported source in the list: its stored description and how many paragraphs it has. */
export interface SourceListing {
  id: string;
  info: SourceInfo;
  paragraphs: number;
}

export interface ImportSummary {
  id: string;
  title: string;
  format: SourceInfo['format'];
  pages: number | null;
  paragraphs: number;
  counts: Record<ParagraphKind, number>;
  footnotesLinked: number;
  pagesWithoutText: number[];
  warnings: string[];
  sha256: string;
}

/** A quote that cited a source, after the source was replaced or removed. */
export interface QuoteFate {
  domainId: string;
  actorId: string | null;
  evidenceId: string;
  exact: string;
  status: 'exact' | 'moved' | 'broken';
  before: { paragraphId: string | null; start: number | null };
  after: { paragraphId: string | null; start: number | null };
}

/** The metadata of an imported source the analyst can set before storing it, and correct later. */
export interface SourceMetaFields {
  title: string;
  authors: string[];
  /** As the file gives it or the analyst types it: `2025`, `2025-03`, `2025-03-14`. */
  date: string | null;
  publisher: string | null;
  language: TextLang | null;
  sourceUrl: string | null;
}

/**
 * A file read and rebuilt into paragraphs but not stored: what the "Add source" dialog shows before
 * the analyst confirms (`sources:commit`) or cancels (`sources:discard`, nothing is left behind).
 */
/** The text encodings an analyst can choose for a text file or web page (WHATWG names). */
export const TEXT_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'shift_jis', 'euc-jp', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** How a text file's encoding was found: a byte-order mark, the page's declared charset, detection, or the analyst. */
export interface TextEncodingUsed {
  name: string;
  how: 'bom' | 'declared' | 'detected' | 'chosen';
}

export interface ImportPreview {
  /** Names this prepared import in commit/discard; valid until one of them, or the next prepare. */
  token: string;
  fileName: string;
  /** The source this file would replace (Replace with new version…); null for a new source. */
  replacing: { id: string; title: string } | null;
  /** Prefilled from the file (PDF info/XMP, DOCX core properties, HTML meta) — or, when replacing, from the old version. */
  meta: SourceMetaFields;
  summary: ImportSummary;
  /** The first paragraphs as they will be stored. */
  firstParagraphs: Array<{ kind: ParagraphKind; text: string; page: number | null }>;
  /** Replacing: what becomes of every quote that cites the old version. Null for a new source. */
  quotes: QuoteFate[] | null;
  /** For text files and web pages, the encoding the text was read in (another can be chosen); null for PDF and Word. */
  encoding: TextEncodingUsed | null;
}

/** The outcome of choosing (or dropping) a file to import. */
export type PrepareResult =
  | { kind: 'preview'; preview: ImportPreview }
  /** The same bytes are in the corpus already: the analyst is offered that source instead. */
  | { kind: 'already-imported'; id: string; title: string; importedAt: string; fileName: string };

export interface ImportProgressEvent {
  fileName: string;
  done: number;
  total: number;
}

/**
 * The original file of an imported source, as the reader's page view asks for it. The bytes are sent
 * only after their SHA-256 was checked against the hash stored at import; a missing or changed file is
 * said as such (the reader then stays on the rebuilt text) and nothing in the database changes.
 */
export type OriginalFile =
  | {
      status: 'ok';
      sha256: string;
      fileName: string;
      /** The whole file's size in bytes. */
      size: number;
      /** The file's bytes, base64 (JSON-safe on every transport); with a range, only the bytes from its offset (fewer at the end of the file). */
      base64: string;
    }
  | { status: 'missing'; sha256: string; fileName: string }
  | { status: 'changed'; sha256: string; fileName: string; /** SHA-256 of what is on disk now. */ actual: string };

// ---------------------------------------------------------------------------------------------
// Repairing a broken quote

/** A piece of a word- and character-level comparison of the old quote with a candidate passage. */
export interface DiffSegment {
  /** `same`: in both; `removed`: only in the old quote; `added`: only in the candidate. */
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** A passage of the current text that may be what a broken quote cited. */
export interface RepairCandidate {
  paragraphId: string;
  docId: string;
  ordinal: number;
  section: string;
  sectionTitle: string;
  /** The page the paragraph starts on, for paged sources; null otherwise. */
  page: number | null;
  start: number;
  exact: string;
  /** Overall 0–1: quote text weighs most, then the text around it (prefix, suffix), then place. */
  score: number;
  /** 0–1 each: how close the passage, and the text before and after it, are to the old selector's. */
  similarity: { quote: number; prefix: number; suffix: number };
  /** `close`: nearly the same words (a small correction); `partial`: a reworded or shortened passage. */
  quality: 'close' | 'partial';
  /** The old quote against this passage. */
  diff: DiffSegment[];
  /** Text of the paragraph just before and after the passage, for display. */
  before: string;
  after: string;
}

/** matrix:repairCandidates — a quote of a cell and where it may be now. */
export interface RepairView {
  domainId: string;
  actorId: string | null;
  evidenceId: string;
  quote: QuoteSelector;
  status: AnchorStatus;
  problemCode: Evidence['problemCode'];
  /** The document the quote cites, as listed; null when it is no longer in the corpus. */
  document: { id: string; title: string; paragraphs: number } | null;
  /** Best first; empty when no passage resembles the quote (the view says so). */
  candidates: RepairCandidate[];
  /** Where "Select in reader" opens: the best candidate, else the cited document's start, else the corpus's. */
  startParagraphId: string | null;
}
