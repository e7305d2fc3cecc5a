// The IPC contract: ONE table, one entry per channel — the renderer method name, the runtime schema
// of its request and the type of its response. Main validates every payload against the schema
// before any handler runs; `METHODS`, `Responses`, `Handlers` and the renderer API are all derived
// from this table, so a channel cannot exist in one place and not another. A change here is a change
// to what the renderer may call: review it as such. The renderer imports this file for types only.
import { z } from 'zod';
import type { ClaimCheck, DraftCheck } from './claims.ts';
import type { ApiError } from './errors.ts';
import { findUnsafeChar, unsafeTextMessage } from './text-rules.ts';
import { CATEGORY_ID, CATEGORY_ID_MAX } from './categories.ts';
import { ALIGNMENT_VALUES, TEXT_ENCODINGS } from './types.ts';
import { METHODS } from './methods.ts';
import type {
  AlignmentValue,
  Annotation,
  AnnotationCategory,
  AnnotationResult,
  CategoryValue,
  AppInfo,
  CellEvidence,
  DocumentSummary,
  EditResult,
  ExportResult,
  HistoryStep,
  MatrixOutline,
  MatrixView,
  MergeConflict,
  MergeResult,
  Paragraph,
  Preferences,
  ProjectFileResult,
  QuoteFate,
  ImportSummary,
  PrepareResult,
  OriginalFile,
  RepairView,
  SourceListing,
  SearchResult,
  UndoResult,
} from './types.ts';

export type { ApiError, ErrorCode } from './errors.ts';

/** A response type carried through the table at the type level only. */
declare const responseType: unique symbol;
export interface Returns<T> {
  readonly [responseType]?: T;
}
export const returns = <T>(): Returns<T> => ({});

export interface ChannelDef<M extends string, Q extends z.ZodType, R> {
  method: M;
  request: Q;
  response: Returns<R>;
}
export function defineChannel<M extends string, Q extends z.ZodType, R>(def: ChannelDef<M, Q, R>): ChannelDef<M, Q, R> {
  return def;
}

/** Names that are properties of every JavaScript object: refused as IDs so no lookup can hit the prototype. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

const id = z.string().min(1).max(200);
// Domain and actor IDs end up in keys, file names and URLs: keep them to a safe alphabet.
export const slugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, - and _ only')
  .refine((s) => !RESERVED_IDS.has(s), 'this ID is reserved; choose another');
const slug = slugSchema;
/** The most steps `edit:history` sends, newest first; a history the renderer holds never grows past it. */
export const HISTORY_LIMIT = 500;
/** The most bytes one ranged `sources:original` call returns (pdf.js asks for 64 KB chunks, a large image at once). */
export const ORIGINAL_RANGE_MAX = 64 * 1024 * 1024;
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
const cell = z.object({ domainId: slug, actorId: slug.nullable() }).strict();
/** A shipped category or one defined in this project: main checks which (an unknown one is refused there). */
const category = z.string().min(1).max(CATEGORY_ID_MAX).regex(CATEGORY_ID, 'not a category ID');
/** Main checks the names (both given, one line, at most CATEGORY_NAME_MAX) and says what is wrong. */
const categoryName = z.object({ zh: text(200), en: text(200) }).strict();

/** An imported source's metadata as the analyst edits it (the Add source dialog, Edit details). */
export const sourceMetaSchema = z
  .object({
    title: safe(z.string().max(500)).refine((t) => t.trim() !== '', 'a title is needed'),
    authors: z.array(text(300)).max(100),
    date: text(40)
      .refine((d) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(d.trim()), 'use YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable(),
    publisher: text(500).nullable(),
    language: z.enum(['zh', 'ja', 'en']).nullable(),
    sourceUrl: text(2000)
      .refine((u) => /^https?:\/\/[^\s]+$/i.test(u.trim()), 'use an address starting with http:// or https://')
      .nullable(),
  })
  .strict();

export const targetSchema = z.object({ domainId: slug, actorId: slug.nullable(), evidenceId: id.nullable() }).strict();

export const exportLangSchema = z.enum(['zh', 'en', 'both']);
/** `both` puts Chinese and English in the same cell, Chinese first. */
export type ExportLang = z.output<typeof exportLangSchema>;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }).strict(),
  z.object({ kind: z.literal('filtered'), domainIds: z.array(slug).max(10_000), description: text(500) }).strict(),
  z.object({ kind: z.literal('domains'), domainIds: z.array(slug).min(1).max(10_000) }).strict(),
]);
export type ExportScope = z.output<typeof exportScopeSchema>;

export const channels = {
  'app:info': defineChannel({ method: 'appInfo', request: none, response: returns<AppInfo>() }),
  'prefs:get': defineChannel({ method: 'getPrefs', request: none, response: returns<Preferences>() }),
  'prefs:set': defineChannel({
    method: 'setPrefs',
    request: z.object({ author: text(120).optional(), lang: lang.nullable().optional(), welcomeDismissed: z.boolean().optional() }).strict(),
    response: returns<Preferences>(),
  }),

  'corpus:documents': defineChannel({ method: 'listDocuments', request: none, response: returns<DocumentSummary[]>() }),
  'corpus:paragraphs': defineChannel({ method: 'listParagraphs', request: z.object({ docId: slug }).strict(), response: returns<Paragraph[]>() }),
  'corpus:paragraph': defineChannel({ method: 'getParagraph', request: z.object({ paragraphId: id }).strict(), response: returns<Paragraph>() }),
  'corpus:search': defineChannel({
    method: 'search',
    request: z
      .object({
        query: safe(z.string().min(1).max(200)),
        docId: slug.optional(),
        limit: z.number().int().min(1).max(500).optional(),
        /** Search exactly what was typed, without the bilingual term list. */
        exact: z.boolean().optional(),
      })
      .strict(),
    response: returns<SearchResult>(),
  }),

  /**
   * What the grid paints: per cell summary, counts, markers, statuses. No quotes. `firstRows` asks
   * for the first rows only (a large matrix's first frame); the view then says how many there are.
   */
  'matrix:get': defineChannel({
    method: 'getMatrix',
    request: none.or(z.object({ firstRows: z.number().int().min(1).max(100_000) }).strict()),
    response: returns<MatrixView>(),
  }),
  /** Quotes with their context, for the evidence panel (one cell) or the domain comparison (its cells). */
  'matrix:evidence': defineChannel({
    method: 'getEvidence',
    request: z.object({ cells: z.array(cell).min(1).max(200) }).strict(),
    response: returns<CellEvidence[]>(),
  }),
  /** Names of domains, actors and cells, for the reader. */
  'matrix:outline': defineChannel({ method: 'getOutline', request: none, response: returns<MatrixOutline>() }),
  /** Chinese names of the instrument tags (the tags are stored in English). */
  'terms:instruments': defineChannel({ method: 'instrumentNames', request: none, response: returns<Array<{ en: string; zh: string }>>() }),
  /** Domains whose text (names, notes, summaries, reasons, instruments, quotes; both languages) contains the query. */
  'matrix:find': defineChannel({
    method: 'findDomains',
    request: z.object({ query: safe(z.string().min(1).max(200)) }).strict(),
    response: returns<{ domainIds: string[] }>(),
  }),
  'matrix:setSummary': defineChannel({
    method: 'setSummary',
    request: z.object({ domainId: slug, actorId: slug, lang, text: text(8000) }).strict(),
    response: returns<EditResult>(),
  }),
  /**
   * Both languages of a summary from the side-by-side editor, in one step (one Undo); either may be
   * left out. Revising one language alone marks the other "translation out of date".
   */
  'matrix:setSummaryTexts': defineChannel({
    method: 'setSummaryTexts',
    request: z
      .object({ domainId: slug, actorId: slug, zh: text(8000).optional(), en: text(8000).optional() })
      .strict()
      .refine((r) => r.zh !== undefined || r.en !== undefined, 'give the Chinese or the English summary'),
    response: returns<EditResult>(),
  }),
  /** "The other text still says the same": clears the out-of-date flag of `lang` (actorId null = the alignment reason). One step. */
  'matrix:confirmTranslation': defineChannel({
    method: 'confirmTranslation',
    request: z.object({ domainId: slug, actorId: slug.nullable(), lang }).strict(),
    response: returns<EditResult>(),
  }),
  /** Value and reason(s) in one request are one step: one Undo reverses all of them. */
  'matrix:setAlignment': defineChannel({
    method: 'setAlignment',
    request: z
      .object({
        domainId: slug,
        value: z.enum(ALIGNMENT_VALUES as unknown as readonly [AlignmentValue, ...AlignmentValue[]]).optional(),
        reason: z.object({ zh: text(4000).optional(), en: text(4000).optional() }).strict().optional(),
      })
      .strict(),
    response: returns<EditResult>(),
  }),
  'matrix:addEvidence': defineChannel({
    method: 'addEvidence',
    request: z
      .object({ domainId: slug, actorId: slug.nullable(), paragraphId: id, start: z.number().int().min(0), exact: safe(z.string().min(1).max(2000)) })
      .strict(),
    response: returns<EditResult>(),
  }),
  'matrix:removeEvidence': defineChannel({
    method: 'removeEvidence',
    request: z.object({ domainId: slug, actorId: slug.nullable(), evidenceId: id }).strict(),
    response: returns<EditResult>(),
  }),
  'matrix:addDomain': defineChannel({ method: 'addDomain', request: z.object({ id: slug, name: bilingual }).strict(), response: returns<EditResult>() }),
  'matrix:addActor': defineChannel({ method: 'addActor', request: z.object({ id: slug, name: bilingual }).strict(), response: returns<EditResult>() }),
  'matrix:resolveConflict': defineChannel({
    method: 'resolveConflict',
    request: z.object({ key: z.string().min(1).max(300), choice: z.enum(['mine', 'baseline']) }).strict(),
    response: returns<EditResult>(),
  }),
  /** A quote of a cell and, when it is broken, the ranked passages of its document's current text it may be now. */
  'matrix:repairCandidates': defineChannel({
    method: 'repairCandidates',
    request: z.object({ domainId: slug, actorId: slug.nullable(), evidenceId: id }).strict(),
    response: returns<RepairView>(),
  }),
  /** Point a broken quote at a passage (an accepted candidate or a new selection): one undoable step. */
  'matrix:repairQuote': defineChannel({
    method: 'repairQuote',
    request: z
      .object({
        domainId: slug,
        actorId: slug.nullable(),
        evidenceId: id,
        to: z.object({ paragraphId: id, start: z.number().int().min(0), exact: safe(z.string().min(1).max(2000)) }).strict(),
      })
      .strict(),
    response: returns<EditResult>(),
  }),
  /** The claim check of the composed matrix: unsupported items (with recorded exceptions) and modality hints. */
  /** The claim check of the whole matrix, or only of the listed domains (after an edit: the rows it changed). */
  'matrix:claims': defineChannel({
    method: 'getClaims',
    request: none.or(z.object({ domains: z.array(slug).max(5000) }).strict()),
    response: returns<ClaimCheck>(),
  }),
  /** A draft summary (actorId set) or alignment reason (actorId null), checked before Save; writes nothing. */
  'matrix:checkDraft': defineChannel({
    method: 'checkDraft',
    request: z.object({ domainId: slug, actorId: slug.nullable(), lang, text: text(8000), counterpart: text(8000).optional() }).strict(),
    response: returns<DraftCheck>(),
  }),
  'edit:undo': defineChannel({ method: 'undo', request: none, response: returns<UndoResult>() }),
  'edit:redo': defineChannel({ method: 'redo', request: none, response: returns<UndoResult>() }),
  /** Steps newest first: all, a domain's (actorId omitted), or one cell's (actorId null = alignment). */
  'edit:history': defineChannel({
    method: 'history',
    request: z.object({ domainId: slug.optional(), actorId: slug.nullable().optional() }).strict(),
    response: returns<HistoryStep[]>(),
  }),

  /** `actorId` given (null = the alignment): only that cell's annotations, its quotes' included. */
  'annotations:list': defineChannel({
    method: 'listAnnotations',
    request: z.object({ query: text(200).optional(), category: category.optional(), domainId: slug.optional(), actorId: slug.nullable().optional() }).strict(),
    response: returns<Annotation[]>(),
  }),
  'annotations:add': defineChannel({
    method: 'addAnnotation',
    request: z.object({ target: targetSchema, category, text: safe(z.string().min(1).max(20_000)) }).strict(),
    response: returns<AnnotationResult>(),
  }),
  'annotations:update': defineChannel({
    method: 'updateAnnotation',
    request: z.object({ id, category: category.optional(), text: safe(z.string().min(1).max(20_000)).optional() }).strict(),
    response: returns<AnnotationResult>(),
  }),
  'annotations:delete': defineChannel({
    method: 'deleteAnnotation',
    request: z.object({ id }).strict(),
    response: returns<EditResult & { id: string }>(),
  }),

  /** The shipped annotation categories and the ones defined in this project. Reads only. */
  'categories:list': defineChannel({ method: 'listCategories', request: none, response: returns<AnnotationCategory[]>() }),
  /** Define a category, named in both languages; its ID comes from the name. One undoable step. */
  'categories:add': defineChannel({
    method: 'addCategory',
    request: z.object({ name: categoryName }).strict(),
    response: returns<EditResult & { category: CategoryValue }>(),
  }),
  /** New names for a category of this project (its ID stays). One undoable step. */
  'categories:rename': defineChannel({
    method: 'renameCategory',
    request: z.object({ id: category, name: categoryName }).strict(),
    response: returns<EditResult & { category: CategoryValue }>(),
  }),
  /** Refused while an annotation uses it. One undoable step. */
  'categories:remove': defineChannel({ method: 'removeCategory', request: z.object({ id: category }).strict(), response: returns<EditResult & { id: string }>() }),

  /** null when the user cancelled the dialog. */
  'project:save': defineChannel({ method: 'saveProject', request: none, response: returns<ProjectFileResult | null>() }),
  'project:open': defineChannel({ method: 'openProject', request: none, response: returns<ProjectFileResult | null>() }),
  /** null when the analyst cancelled the dialog. One undoable step. */
  'project:merge': defineChannel({ method: 'mergeProject', request: none, response: returns<MergeResult | null>() }),
  'project:mergeConflicts': defineChannel({ method: 'mergeConflicts', request: none, response: returns<MergeConflict[]>() }),
  'project:resolveMergeConflict': defineChannel({
    method: 'resolveMergeConflict',
    request: z.object({ key: z.string().min(1).max(400), choice: z.enum(['mine', 'theirs']) }).strict(),
    response: returns<EditResult>(),
  }),
  'export:xlsx': defineChannel({
    method: 'exportXlsx',
    request: z.object({ lang: exportLangSchema, scope: exportScopeSchema }).strict(),
    response: returns<ExportResult | null>(),
  }),
  /** The Word briefing: same request as the workbook. */
  'export:docx': defineChannel({
    method: 'exportDocx',
    request: z.object({ lang: exportLangSchema, scope: exportScopeSchema }).strict(),
    response: returns<ExportResult | null>(),
  }),
  'export:reveal': defineChannel({ method: 'revealFile', request: z.object({ path: z.string().min(1).max(4096) }).strict(), response: returns<{ ok: true }>() }),

  'sources:list': defineChannel({ method: 'listSources', request: none, response: returns<SourceListing[]>() }),
  // The file is chosen in main's open dialog (the renderer never names a path); the metadata given
  // here replaces what the file says. null when the user cancelled the dialog or the import.
  'sources:import': defineChannel({
    method: 'importSource',
    request: z.object({ title: text(500).optional(), language: z.enum(['zh', 'ja', 'en']).optional() }).strict(),
    response: returns<ImportSummary | null>(),
  }),
  'sources:cancel': defineChannel({ method: 'cancelImport', request: none, response: returns<{ cancelled: boolean }>() }),
  // Add source… in two steps. `prepare` reads the file chosen in main's open dialog (or dropped on
  // the document list: `droppedPath` is set by Electron's preload from the dropped File, never by
  // the page, and refused by a host that takes no dropped paths) in the worker, and returns a
  // preview; nothing is stored until `commit`, and `discard` (or the next prepare) forgets it.
  // `replacing`: the file is a new version of that source. null when the dialog was cancelled.
  'sources:prepare': defineChannel({
    method: 'prepareSource',
    request: z.object({ replacing: slug.optional(), droppedPath: z.string().min(1).max(4096).optional() }).strict(),
    response: returns<PrepareResult | null>(),
  }),
  /** Stores the prepared file with the metadata as the analyst left it, in one transaction. */
  'sources:commit': defineChannel({
    method: 'commitSource',
    request: z.object({ token: z.string().min(1).max(100), meta: sourceMetaSchema }).strict(),
    response: returns<{ summary: ImportSummary; quotes: QuoteFate[] | null }>(),
  }),
  /** Reads the prepared text file or web page again in another encoding: a new preview (and token), nothing stored. */
  'sources:reread': defineChannel({
    method: 'rereadSource',
    request: z.object({ token: z.string().min(1).max(100), encoding: z.enum(TEXT_ENCODINGS) }).strict(),
    response: returns<PrepareResult | null>(),
  }),
  'sources:discard': defineChannel({ method: 'discardSource', request: z.object({ token: z.string().min(1).max(100) }).strict(), response: returns<{ discarded: boolean }>() }),
  /** Corrects an imported source's metadata: one undoable step. */
  'sources:update': defineChannel({
    method: 'updateSource',
    request: z.object({ docId: slug, meta: sourceMetaSchema.partial() }).strict(),
    response: returns<EditResult>(),
  }),
  'sources:removalImpact': defineChannel({ method: 'sourceRemovalImpact', request: z.object({ docId: slug }).strict(), response: returns<QuoteFate[]>() }),
  /**
   * One undoable step; null when the analyst declined at the confirmation. `confirmed`: the window
   * has already asked (its own dialog listing the quotes that break), so main does not ask again.
   */
  'sources:remove': defineChannel({
    method: 'removeSource',
    request: z.object({ docId: slug, confirmed: z.literal(true).optional() }).strict(),
    response: returns<{ id: string; title: string; brokenQuotes: QuoteFate[] } | null>(),
  }),
  /**
   * The original PDF of an imported source, checked against its stored SHA-256 (the page view). Reads
   * only. With a range, only those bytes come back (the page view's pdf.js asks for the parts it needs).
   */
  'sources:original': defineChannel({
    method: 'getOriginal',
    request: z
      .object({
        docId: slug,
        range: z.object({ offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), length: z.number().int().min(0).max(ORIGINAL_RANGE_MAX) }).strict().optional(),
      })
      .strict(),
    response: returns<OriginalFile>(),
  }),
} as const;

type Table = typeof channels;
export type Channel = keyof Table;
/** What the caller sends (before validation). */
export type Request<C extends Channel> = z.input<Table[C]['request']>;
/** What the handler receives (after validation). */
export type ParsedRequest<C extends Channel> = z.output<Table[C]['request']>;
export type Response<C extends Channel> = Table[C]['response'] extends Returns<infer R> ? R : never;
export type Responses = { [C in Channel]: Response<C> };
export type Handlers = { [C in Channel]: (request: ParsedRequest<C>) => Response<C> | Promise<Response<C>> };

export const schemas = Object.fromEntries(Object.entries(channels).map(([c, def]) => [c, def.request])) as { [C in Channel]: Table[C]['request'] };

export type MethodName = Table[Channel]['method'];
export type ChannelOf<M extends MethodName> = { [C in Channel]: Table[C]['method'] extends M ? C : never }[Channel];
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The renderer's plain table (methods.ts) is exactly the one this table derives, both ways. */
const methodsMatch: Exactly<typeof METHODS, { [M in MethodName]: ChannelOf<M> }> = true;
void methodsMatch;
export { METHODS };

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export { EVENT_NAMES } from './events.ts';
export type { EventName, Events, MenuCommand } from './events.ts';
