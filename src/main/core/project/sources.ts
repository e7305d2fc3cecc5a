// Imported sources in project files. A project carries each imported source as its ORIGINAL FILE,
// content-addressed, never as paragraphs: the receiving app rebuilds the paragraphs with its own
// importers, so nothing a sender wrote can show in the reader as if it were the source.
//
// Two tables, written by Save Project As inside the one project file (so the exchange stays a
// single file, written atomically with everything else, and read by the same untrusted reader):
//   project_originals(sha256 PRIMARY KEY, format, bytes BLOB)  — each file once, by its SHA-256
//   project_sources(doc_id PRIMARY KEY, sha256, state, info)    — which document each file is,
//     whether it is removed (so the sender's "remove source" step can still be undone), and the
//     metadata the analyst set (title, authors, date, publisher, language, URL).
// On reading, every original is checked: its size (before the blob is fetched), a SHA-256
// recomputed from the bytes that must match its name, a known format that the bytes themselves
// show. Anything that fails is left out with the reason; quotes citing it are then reported broken.
import type { Paragraph, SourceFormat, SourceInfo, UnanchoredQuote } from '../../../shared/types.ts';
import { z } from 'zod';
import type { Db } from '../db/open.ts';
import type { ExtractedSource } from '../corpus/import/blocks.ts';
import { encodingName } from '../corpus/import/charset.ts';
import { extractSource } from '../corpus/import/extract.ts';
import { sha256Hex } from '../corpus/import/originals.ts';
import type { OriginalsStore } from '../corpus/import/originals.ts';
import { extractInWorker } from '../corpus/import/run-worker.ts';
import { documentMetaFor, prepareFromExtraction } from '../corpus/import/service.ts';
import type { PreparedImport } from '../corpus/import/service.ts';
import { MAX_IMPORT_BYTES, sniffFormat } from '../corpus/import/sniff.ts';
import { insertSource, trashSource } from '../corpus/import/sources-repo.ts';
import { anchorQuote, indexParagraphs } from '../matrix/anchor.ts';
import type { ParagraphIndex } from '../matrix/anchor.ts';
import { parseBoundedJson } from './bounded-json.ts';
import type { Ignored, OverlayRecord } from './rows.ts';
import { stripUnsafeDeep } from '../text/guard.ts';

export const PROJECT_SOURCE_TABLES_SQL = `
  CREATE TABLE project_originals (sha256 TEXT PRIMARY KEY, format TEXT NOT NULL, bytes BLOB NOT NULL);
  CREATE TABLE project_sources (
    doc_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES project_originals(sha256),
    state TEXT NOT NULL CHECK (state IN ('active','removed')),
    info TEXT NOT NULL
  );
`;
export const PROJECT_SOURCE_COLUMNS = {
  project_originals: ['sha256', 'format'],
  project_sources: ['doc_id', 'sha256', 'state', 'info'],
} as const;

const FORMATS: readonly SourceFormat[] = ['pdf', 'docx', 'html', 'txt', 'md'];
const SHA256 = /^[0-9a-f]{64}$/;
/** The IDs the importer gives (`src-` and the first 12 hex of the first version's hash). */
const SOURCE_DOC_ID = /^src-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** What a project says about a source beyond its bytes: only what the analyst could set. */
const infoSchema = z
  .object({
    fileName: z
      .string()
      .min(1)
      .max(255)
      .refine((s) => !s.includes('/') && !s.includes('\\') && !s.includes('\u0000') && s !== '.' && s !== '..', 'not a plain file name'),
    title: z.string().trim().min(1).max(1000),
    authors: z.array(z.string().max(500)).max(200),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
    publisher: z.string().max(1000).nullable(),
    language: z.enum(['zh', 'ja', 'en']).nullable(),
    sourceUrl: z.string().max(2000).nullable(),
    importedAt: z.string().regex(ISO).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
    // The encoding the sender chose at import: without it the rebuild would read other text, and
    // every quote from the source would break.
    encoding: z
      .string()
      .max(40)
      .refine((s) => encodingName(s) === s, 'not a text encoding')
      .optional(),
  })
  .strip();
export type ProjectSourceInfo = z.infer<typeof infoSchema>;

/** A source as read from a project file: validated, its bytes checked against their hash. */
export interface ProjectSource {
  docId: string;
  sha256: string;
  format: SourceFormat;
  state: 'active' | 'removed';
  info: ProjectSourceInfo;
  bytes: Uint8Array;
}

/** A source rebuilt by this app's importers from its original. */
export interface RebuiltSource {
  source: ProjectSource;
  prepared: PreparedImport;
}

export function describeSource(docId: unknown, title?: string): string {
  const id = typeof docId === 'string' && SOURCE_DOC_ID.test(docId) ? docId : '?';
  return title ? `imported source “${title.length > 60 ? `${title.slice(0, 59)}…` : title}” (${id})` : `imported source ${id}`;
}

// --- save -----------------------------------------------------------------------------------------

/** Writes every imported source (active and removed) with its original into a project being built. */
export function writeProjectSources(db: Db, sources: ReadonlyArray<{ docId: string; state: 'active' | 'removed'; info: SourceInfo; bytes: Uint8Array }>): void {
  db.exec(PROJECT_SOURCE_TABLES_SQL);
  const original = db.prepare('INSERT OR IGNORE INTO project_originals(sha256, format, bytes) VALUES (?, ?, ?)');
  const source = db.prepare('INSERT INTO project_sources(doc_id, sha256, state, info) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const s of sources) {
      original.run(s.info.sha256, s.info.format, Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength));
      source.run(s.docId, s.info.sha256, s.state, JSON.stringify(s.info));
    }
  })();
}

// --- read -----------------------------------------------------------------------------------------

export interface SourceReadContext {
  db: Db;
  /** Checks that the table is a real table with these columns; returns the columns to read. */
  columnsOf(table: string, required: readonly string[]): string[];
  rows(table: string, columns: string[]): Iterable<Record<string, unknown>>;
  ignored: Ignored[];
  /** Largest original accepted (the import limit unless a test says otherwise). */
  maxBytes?: number;
}

export function readProjectSources(ctx: SourceReadContext, kinds: ReadonlyMap<string, string>): ProjectSource[] {
  const hasOriginals = kinds.has('project_originals');
  const hasSources = kinds.has('project_sources');
  if (!hasOriginals && !hasSources) {
    // A working database (or a project saved before sources travelled): its imported sources have
    // no originals in the file, so they cannot be rebuilt; say so rather than lose them silently.
    if (kinds.get('sources') === 'table') {
      const n = (ctx.db.prepare("SELECT count(*) AS n FROM sources NOT INDEXED WHERE state = 'active'").get() as { n: number }).n;
      if (n > 0) ctx.ignored.push({ what: `${n} imported source${n === 1 ? '' : 's'}`, reason: 'the file does not carry their original files (it is not a project saved by Save Project As); quotes citing them show as broken' });
    }
    return [];
  }
  if (!hasOriginals || !hasSources) {
    ctx.ignored.push({ what: 'imported sources', reason: `the file has ${hasOriginals ? 'project_originals' : 'project_sources'} without ${hasOriginals ? 'project_sources' : 'project_originals'}; none could be taken` });
    return [];
  }
  const maxBytes = ctx.maxBytes ?? MAX_IMPORT_BYTES;
  const originalCols = ctx.columnsOf('project_originals', [...PROJECT_SOURCE_COLUMNS.project_originals, 'bytes']);
  void originalCols;
  // The size and type of each blob are read first; a blob is fetched only when it may be used.
  const originals = new Map<string, { format: SourceFormat; rowid: number } | { reason: string }>();
  const meta = ctx.db.prepare('SELECT rowid AS r, sha256, format, typeof(bytes) AS t, length(bytes) AS n FROM project_originals NOT INDEXED');
  for (const row of meta.iterate() as IterableIterator<{ r: number; sha256: unknown; format: unknown; t: string; n: number }>) {
    if (typeof row.sha256 !== 'string' || !SHA256.test(row.sha256)) continue; // named by nothing valid: no source can cite it
    const reason =
      row.t !== 'blob'
        ? `its original is ${row.t}, not a file`
        : row.n > maxBytes
          ? `its original is ${(row.n / 2 ** 20).toFixed(1)} MB; the limit for an imported source is ${(maxBytes / 2 ** 20).toFixed(0)} MB`
          : row.n === 0
            ? 'its original is empty'
            : typeof row.format !== 'string' || !FORMATS.includes(row.format as SourceFormat)
              ? `its format ${JSON.stringify(String(row.format).slice(0, 20))} is not one this app imports`
              : null;
    originals.set(row.sha256, reason ? { reason } : { format: row.format as SourceFormat, rowid: row.r });
  }
  const blob = ctx.db.prepare('SELECT bytes FROM project_originals WHERE rowid = ?').pluck();

  const out: ProjectSource[] = [];
  const seen = new Set<string>();
  for (const row of ctx.rows('project_sources', ctx.columnsOf('project_sources', PROJECT_SOURCE_COLUMNS.project_sources))) {
    const docId = row['doc_id'];
    const info = parseInfo(row['info']);
    const what = describeSource(docId, info.ok ? info.value.title : undefined);
    const fail = (reason: string) => ctx.ignored.push({ what, reason });
    if (typeof docId !== 'string' || !SOURCE_DOC_ID.test(docId)) {
      fail('its document ID is not one this app gives');
      continue;
    }
    if (seen.has(docId)) {
      fail('the same document twice');
      continue;
    }
    if (!info.ok) {
      fail(`its description is not valid (${info.reason})`);
      continue;
    }
    const state = row['state'];
    if (state !== 'active' && state !== 'removed') {
      fail('its state is neither active nor removed');
      continue;
    }
    const sha256 = row['sha256'];
    const original = typeof sha256 === 'string' ? originals.get(sha256) : undefined;
    if (!original) {
      fail('its original file is not in the project');
      continue;
    }
    if ('reason' in original) {
      fail(original.reason);
      continue;
    }
    const bytes = blob.get(original.rowid) as Buffer;
    if (sha256Hex(bytes) !== sha256) {
      fail('its original does not match its SHA-256 (damaged or altered); it was not used');
      continue;
    }
    let sniffed: SourceFormat;
    try {
      sniffed = sniffFormat(bytes, info.value.fileName);
    } catch (error) {
      fail((error as Error).message);
      continue;
    }
    if (sniffed !== original.format) {
      fail(`it is said to be ${original.format.toUpperCase()} but its content is ${sniffed.toUpperCase()}`);
      continue;
    }
    seen.add(docId);
    out.push({ docId, sha256, format: sniffed, state, info: info.value, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }
  return out;
}

function parseInfo(raw: unknown): { ok: true; value: ProjectSourceInfo } | { ok: false; reason: string } {
  if (typeof raw !== 'string') return { ok: false, reason: 'not text' };
  const parsed = parseBoundedJson(raw, { maxLength: 200_000, maxDepth: 4 });
  if (!parsed.ok) return parsed;
  const checked = infoSchema.safeParse(stripUnsafeDeep(parsed.value).value);
  if (!checked.success) return { ok: false, reason: checked.error.issues.slice(0, 2).map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ') };
  return { ok: true, value: checked.data };
}

// --- rebuild --------------------------------------------------------------------------------------

export interface RebuildOptions {
  /** Extract in a worker thread (the default: a large PDF never blocks the window). */
  worker?: boolean;
  /** Per source: pages read of how many. */
  onProgress?: (p: { fileName: string; done: number; total: number }) => void;
}

/**
 * Rebuilds each source with this app's importers, as if the analyst imported the original now, with
 * the metadata the sender set (the language decides the paragraph IDs). A source that fails to
 * import is left out with the importer's reason; nothing is stored here.
 */
export async function rebuildSources(sources: readonly ProjectSource[], ignored: Ignored[], options: RebuildOptions = {}): Promise<RebuiltSource[]> {
  const out: RebuiltSource[] = [];
  for (const source of sources) {
    const { fileName } = source.info;
    const control = options.onProgress ? { onProgress: (p: { done: number; total: number }) => options.onProgress!({ fileName, ...p }) } : {};
    try {
      const extracted: ExtractedSource =
        options.worker === false
          ? await extractSource(source.bytes, fileName, { ...control, encoding: source.info.encoding ?? null })
          : await extractInWorker({ bytes: source.bytes, fileName, encoding: source.info.encoding ?? null }, control);
      const { fileName: _f, importedAt, encoding: _e, ...edits } = source.info;
      const prepared = prepareFromExtraction(source.docId, fileName, source.bytes, source.sha256, extracted, edits, importedAt);
      out.push({ source, prepared });
    } catch (error) {
      ignored.push({ what: describeSource(source.docId, source.info.title), reason: `it could not be imported: ${(error as Error).message}` });
    }
  }
  return out;
}

/** Adds rebuilt sources to a database being built (removed ones straight into the trash). */
export function insertRebuiltSources(db: Db, rebuilt: readonly RebuiltSource[]): void {
  for (const { source, prepared } of rebuilt) {
    insertSource(db, documentMetaFor(prepared.docId, prepared.info), prepared.info, prepared.paragraphs);
    if (source.state === 'removed') db.transaction(() => trashSource(db, prepared.docId)).immediate();
  }
}

/** Puts the originals into the app's store; returns a function that removes the ones this call added. */
export function storeOriginals(store: OriginalsStore, rebuilt: readonly RebuiltSource[]): () => void {
  const created: string[] = [];
  try {
    for (const { source } of rebuilt) if (store.put(source.bytes).created) created.push(source.sha256);
  } catch (error) {
    for (const sha of created) store.remove(sha);
    throw error;
  }
  return () => {
    for (const sha of created) store.remove(sha);
  };
}

// --- quotes ---------------------------------------------------------------------------------------

/** A quote that cites an imported source and does not anchor in its rebuilt paragraphs. */
export type BrokenQuote = UnanchoredQuote;

/**
 * The quotes among `overlay` that cite an imported source (any document not in `shipped`) and do not
 * anchor in `paragraphs`: reported, never dropped (they stay in the matrix, shown as broken, for the
 * analyst to repair).
 */
export function brokenQuotes(overlay: readonly OverlayRecord[], shipped: ReadonlySet<string>, paragraphs: readonly Paragraph[] | ParagraphIndex): BrokenQuote[] {
  const index: ParagraphIndex = isIndex(paragraphs) ? paragraphs : indexParagraphs(paragraphs);
  const out: BrokenQuote[] = [];
  for (const row of overlay) {
    if (!row.key.startsWith('evidence/')) continue;
    const value = JSON.parse(row.value) as { docId: string; exact: string; prefix: string; suffix: string; paragraphId: string } | null;
    if (value === null || shipped.has(value.docId)) continue;
    if (!index.has(value.docId)) {
      out.push({ key: row.key, docId: value.docId, exact: value.exact, reason: 'its source is not in the project file, or could not be rebuilt from it' });
      continue;
    }
    const found = anchorQuote(value, index, { id: row.key, origin: 'user' }, value.paragraphId);
    if (found.status === 'broken') out.push({ key: row.key, docId: value.docId, exact: value.exact, reason: found.problem ?? 'it no longer occurs in the source' });
  }
  return out;
}

function isIndex(p: readonly Paragraph[] | ParagraphIndex): p is ParagraphIndex {
  return p instanceof Map;
}

export function brokenQuoteWarnings(broken: readonly BrokenQuote[]): string[] {
  return broken.map((b) => `the quote “${b.exact.length > 40 ? `${b.exact.slice(0, 39)}…` : b.exact}” (${b.key}) does not anchor in ${b.docId}: ${b.reason}; it is kept and shown as broken`);
}
