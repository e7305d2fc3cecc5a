// Domain types shared by main, preload and renderer. Plain TypeScript: no electron, node or react.

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
export type ParagraphKind = 'heading' | 'body' | 'abstract' | 'footnote' | 'caption';

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

/** What the app knows about an imported source beyond its paragraphs. */
export interface SourceInfo {
  format: SourceFormat;
  /** SHA-256 of the original file, which is kept in the user-data folder under this name. */
  sha256: string;
  fileName: string;
  bytes: number;
  /** PDF pages; null for formats without pages. */
  pages: number | null;
  pageSizes: PageSize[] | null;
  title: string;
  authors: string[];
  /** As the file gives it: `2025`, `2025-03`, `2025-03-14`. */
  date: string | null;
  publisher: string | null;
  language: TextLang | null;
  sourceUrl: string | null;
  importedAt: string;
  warnings: string[];
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
  /** `fts` for trigram MATCH, `scan` for 1–2 character queries. */
  method: 'fts' | 'scan';
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
}

export interface Alignment {
  value: AlignmentValue;
  reason: Bilingual;
  evidence: Evidence[];
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

/** What an annotation or edit is about: a domain, a cell (domain × actor) or one evidence quote. */
export interface Target {
  domainId: string;
  actorId: string | null;
  evidenceId: string | null;
}

export interface Annotation {
  id: string;
  target: Target;
  category: DivergenceCategory;
  text: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  author: string;
  /** Overlay key, e.g. `position/export-control/JP/summary`. */
  key: string;
  label: string;
  before: unknown;
  after: unknown;
  undone: boolean;
}

/** A place where a newer baseline changed something the analyst had edited. */
export interface BaselineConflict {
  key: string;
  target: Target;
  baselineNow: unknown;
  userValue: unknown;
}

export interface Preferences {
  author: string;
  lang: Lang | null;
}
