// What a row of a project file may hold. Every row read from a colleague's file passes through here
// before anything is written: its SQL types, sizes, known keys and categories, the shape and depth of
// its JSON. Text with characters no file can carry is cleaned (and counted), not refused; anything
// else that does not fit is left out with the reason.
import { z } from 'zod';
import { sourceMetaSchema } from '../../../shared/contract.ts';
import { CATEGORY_ID, CATEGORY_ID_MAX, CATEGORY_NAME_MAX, isShippedCategory } from '../../../shared/categories.ts';
import { ALIGNMENT_VALUES } from '../../../shared/types.ts';
import type { Annotation, StepKind } from '../../../shared/types.ts';
import { legacyStepLabel } from '../history/legacy-labels.ts';
import type { Dataset } from '../matrix/dataset.ts';
import { isSafeText } from '../../../shared/text-rules.ts';
import { stripUnsafeDeep } from '../text/guard.ts';
import { parseBoundedJson } from './bounded-json.ts';

export const LIMITS = {
  key: 300,
  author: 120,
  label: 500,
  summary: 8000,
  reason: 4000,
  name: 4000,
  quote: 2000,
  annotation: 20_000,
  json: 200_000,
  depth: 8,
} as const;

/** A row left out, and why; `what` names it so the analyst can find it in the sender's project. */
export interface Ignored {
  what: string;
  reason: string;
}

export interface OverlayRecord {
  key: string;
  /** The validated value, as JSON text (`null` text for a removed quote). */
  value: string;
  baselineHash: string | null;
  updatedAt: string;
  author: string;
}

/** One value a history step changed (JSON texts; null = no row), with who wrote it before and after. */
export interface ChangeRecord {
  key: string;
  before: string | null;
  after: string | null;
  beforeHash: string | null;
  afterHash: string | null;
  beforeMeta: string | null;
  afterMeta: string | null;
}

/** One step of the edit history (one analyst action, one undo). */
export interface StepRecord {
  at: string;
  author: string;
  /** A StepLabel as JSON text. */
  label: string;
  /** 0 applied, 1 undone (redoable), 2 undone and superseded. */
  state: 0 | 1 | 2;
  changes: ChangeRecord[];
}

type Result<T> = { ok: true; value: T; stripped: number } | { ok: false; reason: string };

const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
// IDs become property names in the composed matrix: these would reach Object.prototype.
const RESERVED = new Set(['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString']);
const EVIDENCE_ID = /^(b:[0-9a-f]{10}|u:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const PARAGRAPH_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
const HASH = /^[0-9a-f]{16}$/;
const SOURCE_DOC_ID = /^src-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

const slug = z.string().regex(SLUG).refine((s) => !RESERVED.has(s), 'a reserved name');
const str = (max: number) => z.string().max(max);
const bilingual = z.object({ zh: str(LIMITS.name), en: str(LIMITS.name) }).strict();
const isoDate = z.string().regex(ISO).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const author = z.string().trim().min(1).max(LIMITS.author);

const categoryId = z.string().max(CATEGORY_ID_MAX).regex(CATEGORY_ID);
const categoryName = z
  .string()
  .max(CATEGORY_NAME_MAX)
  .refine((s) => s.trim() === s && s !== '' && !/[\r\n\t]/.test(s), 'a one-line name, trimmed, not empty');

const storedEvidence = z
  .object({
    docId: slug,
    exact: z.string().min(1).max(LIMITS.quote),
    prefix: str(LIMITS.quote),
    suffix: str(LIMITS.quote),
    paragraphId: z.string().regex(PARAGRAPH_ID),
  })
  .strict();

const annotationSchema = z
  .object({
    id: z.string().regex(RECORD_ID),
    target: z.object({ domainId: slug, actorId: slug.nullable(), evidenceId: z.string().regex(EVIDENCE_ID).nullable() }).strict(),
    // A shipped category or one the file defines (read.ts checks which, once every row is read).
    category: categoryId,
    text: z.string().refine((s) => s.trim().length > 0, 'empty').pipe(z.string().max(LIMITS.annotation)),
    author,
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .strict();

export type KeyKind = 'summary' | 'alignment-value' | 'alignment-reason' | 'evidence' | 'domain' | 'actor' | 'annotation' | 'source' | 'source-info' | 'agreement' | 'category';

const KIND_NAMES: Record<KeyKind, string> = {
  summary: 'summary',
  'alignment-value': 'alignment value',
  'alignment-reason': 'alignment reason',
  evidence: 'quote',
  domain: 'domain',
  actor: 'actor',
  annotation: 'annotation',
  source: 'imported source state',
  'source-info': 'imported source details',
  agreement: 'translation agreement',
  category: 'annotation category',
};

export interface ParsedProjectKey {
  kind: KeyKind;
  domainId: string | null;
  actorId: string | null;
  /** The annotation ID, the category ID, or the actor ID for an actor row. */
  id: string | null;
}

/** Parse an overlay or history key strictly: only the shapes the app writes, only safe IDs. */
export function parseProjectKey(key: unknown): ParsedProjectKey | null {
  if (typeof key !== 'string' || key.length > LIMITS.key) return null;
  const p = key.split('/');
  const ok = (s: string | undefined): s is string => s !== undefined && SLUG.test(s) && !RESERVED.has(s);
  const lang = (s: string | undefined) => s === 'zh' || s === 'en';
  switch (p[0]) {
    case 'position':
      if (p.length === 5 && ok(p[1]) && ok(p[2]) && p[3] === 'summary' && p[4] === 'agreed') return { kind: 'agreement', domainId: p[1], actorId: p[2], id: null };
      return p.length === 5 && ok(p[1]) && ok(p[2]) && p[3] === 'summary' && lang(p[4]) ? { kind: 'summary', domainId: p[1], actorId: p[2], id: null } : null;
    case 'alignment':
      if (p.length === 3 && ok(p[1]) && p[2] === 'value') return { kind: 'alignment-value', domainId: p[1], actorId: null, id: null };
      if (p.length === 4 && ok(p[1]) && p[2] === 'reason' && p[3] === 'agreed') return { kind: 'agreement', domainId: p[1], actorId: null, id: null };
      return p.length === 4 && ok(p[1]) && p[2] === 'reason' && lang(p[3]) ? { kind: 'alignment-reason', domainId: p[1], actorId: null, id: null } : null;
    case 'evidence':
      return p.length === 4 && ok(p[1]) && (p[2] === '_' || ok(p[2])) && EVIDENCE_ID.test(p[3] ?? '')
        ? { kind: 'evidence', domainId: p[1], actorId: p[2] === '_' ? null : p[2], id: null }
        : null;
    case 'domain':
      return p.length === 2 && ok(p[1]) ? { kind: 'domain', domainId: p[1], actorId: null, id: null } : null;
    case 'actor':
      return p.length === 2 && ok(p[1]) ? { kind: 'actor', domainId: null, actorId: p[1], id: p[1] } : null;
    case 'annotation':
      return p.length === 2 && RECORD_ID.test(p[1] ?? '') ? { kind: 'annotation', domainId: null, actorId: null, id: p[1]! } : null;
    // An annotation category the analyst defined.
    case 'category':
      return p.length === 2 && (p[1] ?? '').length <= CATEGORY_ID_MAX && CATEGORY_ID.test(p[1] ?? '') ? { kind: 'category', domainId: null, actorId: null, id: p[1]! } : null;
    // Whether an imported source is removed (history only: the step that removed it, for undo).
    case 'source':
      return p.length === 2 && SOURCE_DOC_ID.test(p[1] ?? '') ? { kind: 'source', domainId: null, actorId: null, id: p[1]! } : null;
    // An imported source's metadata as the analyst corrected it (history only: the step, for undo).
    case 'source-info':
      return p.length === 2 && SOURCE_DOC_ID.test(p[1] ?? '') ? { kind: 'source-info', domainId: null, actorId: null, id: p[1]! } : null;
    default:
      return null;
  }
}

// Built once: zod schemas are costly to construct and cheap to run (a project has tens of thousands of rows).
const VALUE_SCHEMAS: Record<KeyKind, z.ZodType> = {
  summary: str(LIMITS.summary),
  'alignment-value': z.enum(ALIGNMENT_VALUES as [string, ...string[]]),
  'alignment-reason': str(LIMITS.reason),
  evidence: storedEvidence.nullable(),
  domain: z.object({ name: bilingual, order: z.number().int().min(0).max(1_000_000) }).strict(),
  actor: z.object({ id: z.string(), name: bilingual }).strict(),
  annotation: annotationSchema,
  source: z.object({ removed: z.literal(true) }).strict(),
  'source-info': sourceMetaSchema,
  // The hashes of a Chinese and an English text recorded as saying the same (matrix/translation.ts).
  agreement: z.object({ zh: z.string().regex(HASH), en: z.string().regex(HASH) }).strict(),
  category: z.object({ id: categoryId, name: z.object({ zh: categoryName, en: categoryName }).strict() }).strict(),
};

/** The ID inside an actor's or an annotation's value must be the one in its key. */
function idMismatch(key: ParsedProjectKey, value: unknown): boolean {
  return (key.kind === 'actor' || key.kind === 'annotation' || key.kind === 'category') && (value as { id?: unknown }).id !== key.id;
}

/** Plain JSON text with no escapes and no unsafe characters needs no cleaning (the common case). */
function cleanParsed(raw: string, value: unknown): { value: unknown; removed: number } {
  return !raw.includes('\\u') && isSafeText(raw) ? { value, removed: 0 } : stripUnsafeDeep(value);
}

/** Validate one JSON value stored under `key`; returns canonical JSON text. */
export function validateValueJson(key: ParsedProjectKey, raw: unknown): Result<string> {
  if (typeof raw !== 'string') return { ok: false, reason: `value is ${sqlType(raw)}, not JSON text` };
  const parsed = parseBoundedJson(raw, { maxLength: LIMITS.json, maxDepth: LIMITS.depth });
  if (!parsed.ok) return parsed;
  const cleaned = cleanParsed(raw, parsed.value);
  const checked = VALUE_SCHEMAS[key.kind].safeParse(cleaned.value);
  if (!checked.success) return { ok: false, reason: `not a valid ${KIND_NAMES[key.kind]} (${describeIssues(checked.error)})` };
  if (idMismatch(key, checked.data)) return { ok: false, reason: `the ID in the ${KIND_NAMES[key.kind]} does not match its key` };
  return { ok: true, value: JSON.stringify(checked.data), stripped: cleaned.removed };
}

export function validateOverlayRow(row: Record<string, unknown>, dataset: Dataset): Result<OverlayRecord> {
  const key = parseProjectKey(row['key']);
  if (!key || key.kind === 'annotation' || key.kind === 'source' || key.kind === 'source-info') return { ok: false, reason: 'not a key this app writes' };
  if (key.kind === 'domain' && dataset.domains.some((d) => d.id === key.domainId)) return { ok: false, reason: 'redefines a shipped domain' };
  if (key.kind === 'actor' && dataset.actors.some((a) => a.id === key.actorId)) return { ok: false, reason: 'redefines a shipped actor' };
  if (key.kind === 'category' && isShippedCategory(key.id!)) return { ok: false, reason: 'redefines a shipped annotation category' };
  const value = validateValueJson(key, row['value']);
  if (!value.ok) return value;
  const hash = row['baseline_hash'];
  if (hash !== null && !(typeof hash === 'string' && HASH.test(hash))) return { ok: false, reason: 'baseline_hash is not a hash' };
  const meta = validateWho(row['author'], row['updated_at']);
  if (!meta.ok) return meta;
  return {
    ok: true,
    value: { key: row['key'] as string, value: value.value, baselineHash: hash, updatedAt: meta.value.at, author: meta.value.author },
    stripped: value.stripped + meta.stripped,
  };
}

export interface MergeConflictRecord {
  key: string;
  /** MergeConflictValue as JSON text. */
  value: string;
  updatedAt: string;
  author: string;
}

/** A recorded merge conflict (schema 5): the key it is about, their value valid for that key. */
export function validateMergeConflictRow(row: Record<string, unknown>): Result<MergeConflictRecord> {
  const key = parseProjectKey(row['key']);
  if (!key || key.kind === 'source' || key.kind === 'source-info') return { ok: false, reason: 'not a key this app writes' };
  const raw = row['value'];
  const parsed = typeof raw === 'string' ? parseBoundedJson(raw, { maxLength: LIMITS.json + 2000, maxDepth: 3 }) : ({ ok: false, reason: 'value is not text' } as const);
  if (!parsed.ok) return parsed;
  const cleaned = stripUnsafeDeep(parsed.value);
  const shape = z
    .object({
      theirs: z.string().nullable(),
      author,
      at: isoDate,
      source: z.object({ file: z.string().min(1).max(300), author: author.nullable() }).strict(),
      state: z.enum(['open', 'mine', 'theirs']),
    })
    .strict()
    .safeParse(cleaned.value);
  if (!shape.success) return { ok: false, reason: `not a merge conflict (${describeIssues(shape.error)})` };
  let theirs: string | null = null;
  if (shape.data.theirs !== null) {
    const v = validateValueJson(key, shape.data.theirs);
    if (!v.ok) return { ok: false, reason: `their value: ${v.reason}` };
    theirs = v.value;
  }
  const who = validateWho(row['author'], row['updated_at']);
  if (!who.ok) return who;
  return {
    ok: true,
    value: { key: row['key'] as string, value: JSON.stringify({ ...shape.data, theirs }), updatedAt: who.value.at, author: who.value.author },
    stripped: cleaned.removed + who.stripped,
  };
}

/** A history row (one changed value); `who` is checked on the step, or here for pre-step files. */
export function validateChangeRow(row: Record<string, unknown>): Result<ChangeRecord> {
  const key = parseProjectKey(row['key']);
  if (!key) return { ok: false, reason: 'not a key this app writes' };
  const sides: Array<string | null> = [];
  let stripped = 0;
  for (const side of ['before', 'after'] as const) {
    const raw = row[side];
    if (raw === null) {
      sides.push(null);
      continue;
    }
    const v = validateValueJson(key, raw);
    if (!v.ok) return { ok: false, reason: `${side}: ${v.reason}` };
    sides.push(v.value);
    stripped += v.stripped;
  }
  const extra: Array<string | null> = [];
  for (const col of ['before_hash', 'after_hash'] as const) {
    const h = row[col] ?? null;
    if (h !== null && !(typeof h === 'string' && HASH.test(h))) return { ok: false, reason: `${col} is not a hash` };
    extra.push(h);
  }
  for (const col of ['before_meta', 'after_meta'] as const) {
    const m = row[col] ?? null;
    if (m === null) {
      extra.push(null);
      continue;
    }
    const parsed = typeof m === 'string' ? parseBoundedJson(m, { maxLength: 1000, maxDepth: 2 }) : null;
    const who = parsed?.ok ? META_SCHEMA.safeParse(cleanParsed(m as string, parsed.value).value) : null;
    if (!who?.success) return { ok: false, reason: `${col} is not {author, at}` };
    extra.push(JSON.stringify(who.data));
  }
  return {
    ok: true,
    value: { key: row['key'] as string, before: sides[0]!, after: sides[1]!, beforeHash: extra[0]!, afterHash: extra[1]!, beforeMeta: extra[2]!, afterMeta: extra[3]! },
    stripped,
  };
}

const META_SCHEMA = z.object({ author, at: isoDate }).strip();

const STEP_KINDS = [
  'set-summary',
  'set-alignment',
  'add-evidence',
  'remove-evidence',
  'add-domain',
  'add-actor',
  'resolve-conflict',
  'add-annotation',
  'update-annotation',
  'delete-annotation',
  'merge-project',
  'resolve-merge-conflict',
  'remove-source',
  'repair-evidence',
  'confirm-translation',
  'edit-source',
  'add-category',
  'rename-category',
  'remove-category',
] as const satisfies readonly StepKind[];
// Every kind of step the app writes must be readable from a project, or its history would be dropped.
const EVERY_STEP_KIND: [Exclude<StepKind, (typeof STEP_KINDS)[number]>] extends [never] ? true : never = true;
void EVERY_STEP_KIND;
const KEY_KINDS = ['summary', 'alignment-value', 'alignment-reason', 'evidence', 'domain', 'actor', 'annotation', 'alignment', 'category'] as const;

const stepLabel = z
  .object({
    kind: z.enum(STEP_KINDS),
    target: z.object({ domainId: slug.nullable(), actorId: slug.nullable(), evidenceId: z.string().regex(EVIDENCE_ID).nullable() }).strip(),
    field: z.enum(KEY_KINDS).nullable(),
    lang: z.enum(['zh', 'en']).nullable(),
    choice: z.enum(['mine', 'baseline', 'theirs']).nullable(),
    source: z.object({ file: z.string().max(300), author: author.nullable() }).strip().nullable().optional(),
    importedSource: z.object({ id: z.string().regex(SOURCE_DOC_ID), title: z.string().max(1000) }).strip().nullable().optional(),
    category: z.object({ id: categoryId, name: z.object({ zh: z.string().max(CATEGORY_NAME_MAX), en: z.string().max(CATEGORY_NAME_MAX) }).strip() }).strip().nullable().optional(),
  })
  .strip();

/** A step row: who, when, its typed label, its undo state. */
export function validateStepRow(row: Record<string, unknown>): Result<Omit<StepRecord, 'changes'>> {
  const state = row['state'];
  if (state !== 0 && state !== 1 && state !== 2) return { ok: false, reason: `state ${String(state)} is not 0, 1 or 2` };
  const raw = row['label'];
  const parsed = typeof raw === 'string' ? parseBoundedJson(raw, { maxLength: 2000, maxDepth: 3 }) : ({ ok: false, reason: 'label is not text' } as const);
  if (!parsed.ok) return { ok: false, reason: `label: ${parsed.reason}` };
  const cleaned = cleanParsed(raw as string, parsed.value);
  const label = stepLabel.safeParse(cleaned.value);
  if (!label.success) return { ok: false, reason: `label: ${describeIssues(label.error)}` };
  const who = validateWho(row['author'], row['at']);
  if (!who.ok) return who;
  return { ok: true, value: { at: who.value.at, author: who.value.author, label: JSON.stringify(label.data), state }, stripped: cleaned.removed + who.stripped };
}

/** A history row of a file from before steps (schema 2–3): its own step, its label English text. */
export function validateLegacyHistoryRow(row: Record<string, unknown>): Result<StepRecord> {
  const state = row['state'];
  if (state !== 0 && state !== 1 && state !== 2) return { ok: false, reason: `state ${String(state)} is not 0, 1 or 2` };
  const text = row['label'];
  if (typeof text !== 'string' || text.length > LIMITS.label) return { ok: false, reason: 'label is not a short text' };
  const change = validateChangeRow(row);
  if (!change.ok) return change;
  const who = validateWho(row['author'], row['at']);
  if (!who.ok) return who;
  const label = JSON.stringify(legacyStepLabel(change.value.key, text, change.value.before, change.value.after));
  return { ok: true, value: { at: who.value.at, author: who.value.author, label, state, changes: [change.value] }, stripped: change.stripped + who.stripped };
}

export function validateAnnotationRow(row: Record<string, unknown>): Result<Annotation> {
  for (const col of ['id', 'domain_id', 'category', 'text', 'author', 'created_at', 'updated_at']) {
    if (typeof row[col] !== 'string') return { ok: false, reason: `${col} is ${sqlType(row[col])}, not text` };
  }
  for (const col of ['actor_id', 'evidence_id']) {
    if (row[col] !== null && typeof row[col] !== 'string') return { ok: false, reason: `${col} is ${sqlType(row[col])}, not text` };
  }
  const fields = {
    id: row['id'],
    target: { domainId: row['domain_id'], actorId: row['actor_id'], evidenceId: row['evidence_id'] },
    category: row['category'],
    text: row['text'],
    author: row['author'],
    createdAt: row['created_at'],
    updatedAt: row['updated_at'],
  };
  const safe = ['id', 'domain_id', 'actor_id', 'evidence_id', 'category', 'text', 'author', 'created_at', 'updated_at'].every((c) => row[c] === null || isSafeText(row[c] as string));
  const cleaned = safe ? { value: fields, removed: 0 } : stripUnsafeDeep(fields);
  // The same rules as annotationSchema, checked by hand for the common, valid row (a project has tens
  // of thousands); anything it does not accept goes through the schema, which says why.
  if (isPlainValidAnnotation(cleaned.value)) return { ok: true, value: cleaned.value, stripped: cleaned.removed };
  const checked = annotationSchema.safeParse(cleaned.value);
  if (!checked.success) return { ok: false, reason: describeIssues(checked.error) };
  return { ok: true, value: checked.data, stripped: cleaned.removed };
}

const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG.test(v) && !RESERVED.has(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));

/** annotationSchema's rules (strict shape included), without building a copy; false = ask the schema. */
function isPlainValidAnnotation(v: unknown): v is Annotation {
  const a = v as Record<string, unknown>;
  const t = a['target'] as Record<string, unknown> | undefined;
  return (
    Object.keys(a).length === 7 &&
    typeof a['id'] === 'string' &&
    RECORD_ID.test(a['id']) &&
    t !== undefined &&
    Object.keys(t).length === 3 &&
    isSlug(t['domainId']) &&
    (t['actorId'] === null || isSlug(t['actorId'])) &&
    (t['evidenceId'] === null || (typeof t['evidenceId'] === 'string' && EVIDENCE_ID.test(t['evidenceId']))) &&
    typeof a['category'] === 'string' &&
    a['category'].length <= CATEGORY_ID_MAX &&
    CATEGORY_ID.test(a['category']) &&
    typeof a['text'] === 'string' &&
    a['text'].length <= LIMITS.annotation &&
    a['text'].trim().length > 0 &&
    typeof a['author'] === 'string' &&
    a['author'].length > 0 &&
    a['author'].length <= LIMITS.author &&
    a['author'] === a['author'].trim() &&
    isIso(a['createdAt']) &&
    isIso(a['updatedAt'])
  );
}

function validateWho(rawAuthor: unknown, rawAt: unknown): Result<{ author: string; at: string }> {
  if (typeof rawAuthor !== 'string') return { ok: false, reason: `author is ${sqlType(rawAuthor)}, not text` };
  const cleaned = isSafeText(rawAuthor) ? { value: rawAuthor, removed: 0 } : stripUnsafeDeep(rawAuthor);
  const a = author.safeParse(cleaned.value);
  if (!a.success) return { ok: false, reason: `author is empty or longer than ${LIMITS.author} characters` };
  const d = isoDate.safeParse(rawAt);
  if (!d.success) return { ok: false, reason: 'the time is not an ISO date' };
  return { ok: true, value: { author: a.data, at: d.data }, stripped: cleaned.removed };
}

function sqlType(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (Buffer.isBuffer(v)) return 'a BLOB';
  if (typeof v === 'number' || typeof v === 'bigint') return 'a number';
  return typeof v;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'value'}: ${i.message}`)
    .join('; ');
}

/** JSON text with object keys sorted, so equal values compare equal whatever their key order. */
export function canonicalJson(json: string | null): string | null {
  if (json === null) return null;
  // A string or a scalar is canonical already when it was written by JSON.stringify (both sides were).
  if (json[0] !== '{' && json[0] !== '[') return json;
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(sort(JSON.parse(json)));
}
