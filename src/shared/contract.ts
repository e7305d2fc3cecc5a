// The IPC contract: one entry per channel with a runtime schema for its request. Main validates every
// payload against it before any handler runs; the response types are declared alongside so that
// preload and renderer are typed from the same table. The renderer imports this file for types only.
import { z } from 'zod';
import { findUnsafeChar, unsafeTextMessage } from './text-rules.ts';
import { ALIGNMENT_VALUES, DIVERGENCE_CATEGORIES } from './types.ts';
import type {
  Annotation,
  BaselineConflict,
  DocumentSummary,
  HistoryEntry,
  Lang,
  Matrix,
  Paragraph,
  ParagraphKind,
  Preferences,
  SourceInfo,
  SearchResult,
} from './types.ts';

const id = z.string().min(1).max(200);
// Domain and actor IDs end up in keys, file names and URLs: keep them to a safe alphabet.
const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, - and _ only');
const lang = z.enum(['zh', 'en']);
/** Every free-text field: bounded, and free of characters no saved or exported file can carry. */
const safe = (s: z.ZodString) =>
  s.superRefine((value, ctx) => {
    const found = findUnsafeChar(value);
    if (found) ctx.addIssue({ code: 'custom', message: unsafeTextMessage(found) });
  });
const text = (max: number) => safe(z.string().max(max));
const bilingual = z.object({ zh: text(4000), en: text(4000) }).strict();
const none = z.undefined().or(z.null()).or(z.object({}).strict());

export const targetSchema = z
  .object({ domainId: slug, actorId: slug.nullable(), evidenceId: id.nullable() })
  .strict();

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('filtered'), domainIds: z.array(slug).max(10_000), description: text(500) }).strict(),
  z.object({ kind: z.literal('domains'), domainIds: z.array(slug).min(1).max(10_000) }).strict(),
]);

export const schemas = {
  'app:info': none,
  'prefs:get': none,
  'prefs:set': z.object({ author: text(120).optional(), lang: lang.nullable().optional() }).strict(),

  'corpus:documents': none,
  'corpus:paragraphs': z.object({ docId: slug }).strict(),
  'corpus:paragraph': z.object({ paragraphId: id }).strict(),
  'corpus:search': z
    .object({
      query: safe(z.string().min(1).max(200)),
      docId: slug.optional(),
      limit: z.number().int().min(1).max(500).optional(),
      /** Search exactly what was typed, without the bilingual term list. */
      exact: z.boolean().optional(),
    })
    .strict(),

  'matrix:get': none,
  'matrix:setSummary': z.object({ domainId: slug, actorId: slug, lang, text: text(8000) }).strict(),
  'matrix:setAlignment': z
    .object({
      domainId: slug,
      value: z.enum(ALIGNMENT_VALUES as [string, ...string[]]).optional(),
      reason: z.object({ zh: text(4000).optional(), en: text(4000).optional() }).strict().optional(),
    })
    .strict(),
  'matrix:addEvidence': z
    .object({
      domainId: slug,
      actorId: slug.nullable(),
      paragraphId: id,
      start: z.number().int().min(0),
      exact: safe(z.string().min(1).max(2000)),
    })
    .strict(),
  'matrix:removeEvidence': z.object({ domainId: slug, actorId: slug.nullable(), evidenceId: id }).strict(),
  'matrix:addDomain': z.object({ id: slug, name: bilingual }).strict(),
  'matrix:addActor': z.object({ id: slug, name: bilingual }).strict(),
  'matrix:resolveConflict': z.object({ key: z.string().min(1).max(300), choice: z.enum(['mine', 'baseline']) }).strict(),
  'edit:undo': none,
  'edit:redo': none,
  'edit:history': z.object({ domainId: slug.optional(), actorId: slug.nullable().optional() }).strict(),

  'annotations:list': z
    .object({
      query: text(200).optional(),
      category: z.enum(DIVERGENCE_CATEGORIES).optional(),
      domainId: slug.optional(),
    })
    .strict(),
  'annotations:add': z
    .object({ target: targetSchema, category: z.enum(DIVERGENCE_CATEGORIES), text: safe(z.string().min(1).max(20_000)) })
    .strict(),
  'annotations:update': z
    .object({ id, category: z.enum(DIVERGENCE_CATEGORIES).optional(), text: safe(z.string().min(1).max(20_000)).optional() })
    .strict(),
  'annotations:delete': z.object({ id }).strict(),

  'project:save': none,
  'project:open': none,
  'export:xlsx': z
    .object({ lang: z.enum(['zh', 'en', 'both']), scope: exportScopeSchema, uiLang: lang.optional() })
    .strict(),
  'export:reveal': z.object({ path: z.string().min(1).max(4096) }).strict(),

  'sources:list': none,
  // The file is chosen in main's open dialog (the renderer never names a path); the metadata given
  // here replaces what the file says.
  'sources:import': z.object({ title: text(500).optional(), language: z.enum(['zh', 'ja', 'en']).optional() }).strict(),
  'sources:cancel': none,
  'sources:removalImpact': z.object({ docId: slug }).strict(),
  'sources:remove': z.object({ docId: slug }).strict(),
} as const;

export type Channel = keyof typeof schemas;
export type Request<C extends Channel> = z.input<(typeof schemas)[C]>;

export interface AppInfo {
  version: string;
  dbPath: string;
  locale: string;
  platform: string;
}

export interface EditOutcome {
  matrix: Matrix;
  canUndo: boolean;
  canRedo: boolean;
  /** What the last undo/redo/edit did, for the status line. */
  label: string;
}

export interface MatrixState extends EditOutcome {
  conflicts: BaselineConflict[];
  /** Annotation counts keyed by `domainId`, `domainId/actorId` and `domainId/actorId/evidenceId`. */
  annotationCounts: Record<string, number>;
  /** Cells where an analyst's edit is in effect: `domainId/actorId`, `domainId/_` for the alignment. */
  editedCells: string[];
}

export interface ProjectFileResult {
  path: string;
  bytes: number;
  /** Where the previous database was copied before it was replaced (open only). */
  backup: string | null;
}

export interface ExportResult {
  path: string;
  bytes: number;
  ms: number;
  rows: { matrix: number; evidence: number; annotations: number };
}

export interface ExportProgress {
  phase: string;
  done: number;
  total: number;
}

export interface Responses {
  'app:info': AppInfo;
  'prefs:get': Preferences;
  'prefs:set': Preferences;
  'corpus:documents': DocumentSummary[];
  'corpus:paragraphs': Paragraph[];
  'corpus:paragraph': Paragraph;
  'corpus:search': SearchResult;
  'matrix:get': MatrixState;
  'matrix:setSummary': MatrixState;
  'matrix:setAlignment': MatrixState;
  'matrix:addEvidence': MatrixState;
  'matrix:removeEvidence': MatrixState;
  'matrix:addDomain': MatrixState;
  'matrix:addActor': MatrixState;
  'matrix:resolveConflict': MatrixState;
  'edit:undo': MatrixState;
  'edit:redo': MatrixState;
  'edit:history': HistoryEntry[];
  'annotations:list': Annotation[];
  'annotations:add': Annotation;
  'annotations:update': Annotation;
  'annotations:delete': { id: string };
  /** null when the user cancelled the dialog. */
  'project:save': ProjectFileResult | null;
  'project:open': ProjectFileResult | null;
  'export:xlsx': ExportResult | null;
  'export:reveal': { ok: true };
  'sources:list': SourceListing[];
  /** null when the user cancelled the dialog or the import. */
  'sources:import': ImportSummary | null;
  'sources:cancel': { cancelled: boolean };
  'sources:removalImpact': QuoteFate[];
  /** null when the analyst declined at the confirmation. */
  'sources:remove': { id: string; title: string; brokenQuotes: QuoteFate[] } | null;
}

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

export interface ImportProgressEvent {
  fileName: string;
  done: number;
  total: number;
}

export type ErrorCode =
  | 'unknown-channel'
  | 'invalid-request'
  | 'not-found'
  | 'conflict'
  | 'bad-file'
  | 'io'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field-level details for invalid requests. */
  details?: string[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Events main pushes to the renderer. */
export interface Events {
  'export:progress': ExportProgress;
  'sources:progress': ImportProgressEvent;
  /** Sent when a menu item asks the renderer to do something (export, open project, …). */
  'menu:command': { command: MenuCommand };
}
export type MenuCommand = 'export' | 'project-save' | 'project-open' | 'undo' | 'redo' | 'find' | 'lang-zh' | 'lang-en';

export type UiLang = Lang;
