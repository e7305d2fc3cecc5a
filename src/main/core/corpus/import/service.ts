import fs from 'node:fs';
import path from 'node:path';
import type { DocumentMeta, ImportSummary, Paragraph, ParagraphKind, SourceInfo, TextLang } from '../../../../shared/types.ts';
export type { ImportSummary } from '../../../../shared/types.ts';
import type { Db } from '../../db/open.ts';
import { AppError } from '../../errors.ts';
import type { ExtractedSource } from './blocks.ts';
import { paragraphsOf } from './extract.ts';
import type { OriginalsStore } from './originals.ts';
import { sha256Hex } from './originals.ts';
import { MAX_IMPORT_BYTES } from './sniff.ts';
import { findSourceBySha, getSource, insertSource, replaceSource } from './sources-repo.ts';

/** What the analyst can set before (or after) an import; anything left out comes from the file. */
export interface SourceEdits {
  title?: string | undefined;
  authors?: string[] | undefined;
  date?: string | null | undefined;
  publisher?: string | null | undefined;
  language?: TextLang | null | undefined;
  sourceUrl?: string | null | undefined;
}

/** A file read and rebuilt into paragraphs, not stored yet: what the preview shows. */
export interface PreparedImport {
  docId: string;
  sha256: string;
  fileName: string;
  bytes: Uint8Array;
  extracted: ExtractedSource;
  paragraphs: Paragraph[];
  info: SourceInfo;
}


const MB = 1024 * 1024;

/** Reads a file to import, refusing what is too large before reading it into memory. */
export function readImportFile(file: string): Uint8Array {
  const name = path.basename(file);
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('not-found', `${file} does not exist.`);
  }
  if (stat.isDirectory()) throw new AppError('bad-file', `${name} is a folder, not a file.`);
  if (stat.size > MAX_IMPORT_BYTES) throw new AppError('bad-file', `${name} is ${(stat.size / MB).toFixed(1)} MB; the limit for an imported source is ${MAX_IMPORT_BYTES / MB} MB.`);
  return fs.readFileSync(file);
}

/** The ID of an imported document: derived from its first version's bytes, so it is stable. */
export function sourceDocId(sha256: string): string {
  return `src-${sha256.slice(0, 12)}`;
}

/** Refuses bytes that are already imported, naming the source they are. */
export function assertNotImported(db: Db, sha256: string): void {
  const existing = findSourceBySha(db, sha256);
  if (existing && existing.state === 'active') {
    throw new AppError('conflict', `Already imported: this file is “${existing.info.title}” (${existing.docId}), imported ${existing.info.importedAt.slice(0, 10)}.`, [
      `id: ${existing.docId}`,
    ]);
  }
}

export function prepareFromExtraction(docId: string, fileName: string, bytes: Uint8Array, sha256: string, extracted: ExtractedSource, edits: SourceEdits, now: string): PreparedImport {
  const language = edits.language ?? extracted.meta.language;
  const paragraphs = paragraphsOf(docId, extracted, language);
  if (paragraphs.length === 0) throw new AppError('bad-file', `${path.basename(fileName)} gave no paragraphs.`);
  const info: SourceInfo = {
    format: extracted.format,
    sha256,
    fileName: path.basename(fileName),
    bytes: bytes.length,
    pages: extracted.pages,
    pageSizes: extracted.pageSizes,
    ...(extracted.format === 'pdf' ? { pageLabels: extracted.pageLabels ?? null } : {}),
    title: (edits.title ?? extracted.meta.title ?? path.basename(fileName, path.extname(fileName))).trim() || path.basename(fileName),
    authors: edits.authors ?? extracted.meta.authors,
    date: edits.date !== undefined ? edits.date : extracted.meta.date,
    publisher: edits.publisher !== undefined ? edits.publisher : extracted.meta.publisher,
    language,
    sourceUrl: edits.sourceUrl !== undefined ? edits.sourceUrl : extracted.meta.sourceUrl,
    importedAt: now,
    warnings: [...extracted.warnings, ...unlinkedNoteWarnings(paragraphs)],
    ...(extracted.textEncoding?.how === 'chosen' ? { encoding: extracted.textEncoding.name } : {}),
  };
  return { docId, sha256, fileName, bytes, extracted, paragraphs, info };
}

function unlinkedNoteWarnings(paragraphs: readonly Paragraph[]): string[] {
  const unlinked = paragraphs.filter((p) => p.kind === 'footnote' && p.noteOf === null).length;
  return unlinked > 0 ? [`${unlinked} footnote${unlinked === 1 ? '' : 's'} could not be linked to a marker in the text.`] : [];
}

/** The document's metadata in the shape the shipped papers have, for the reader, citations and export. */
export function documentMetaFor(docId: string, info: SourceInfo): DocumentMeta {
  const english = info.language === 'en';
  const year = info.date ? Number(info.date.slice(0, 4)) : null;
  const kind = info.format === 'pdf' ? `PDF, ${info.pages} page${info.pages === 1 ? '' : 's'}` : info.format.toUpperCase();
  return {
    id: docId,
    file: info.fileName,
    title: english ? { zh: null, en: info.title } : { zh: info.title, en: null },
    authors: info.authors.map((a) => (english ? { zh: null, en: a } : { zh: a, en: null })),
    venue: info.publisher,
    year: year !== null && Number.isInteger(year) && year > 1000 && year < 3000 ? year : null,
    issue: null,
    pages: info.pages ? `1–${info.pages}` : null,
    doi: null,
    note: [`Imported ${kind}: ${info.fileName}`, info.sourceUrl].filter(Boolean).join(' · '),
  };
}

export function summaryOf(prepared: PreparedImport): ImportSummary {
  const counts: Record<ParagraphKind, number> = { heading: 0, body: 0, abstract: 0, footnote: 0, caption: 0, list: 0 };
  for (const p of prepared.paragraphs) counts[p.kind]++;
  return {
    id: prepared.docId,
    title: prepared.info.title,
    format: prepared.info.format,
    pages: prepared.info.pages,
    paragraphs: prepared.paragraphs.length,
    counts,
    footnotesLinked: prepared.paragraphs.filter((p) => p.kind === 'footnote' && p.noteOf !== null).length,
    pagesWithoutText: prepared.extracted.pagesWithoutText,
    warnings: prepared.info.warnings,
    sha256: prepared.sha256,
  };
}

/**
 * Stores a prepared import: the original into the content-addressed store, then document,
 * paragraphs, FTS entries and source row in one transaction. If the database write fails, a copy
 * this call made is removed again, so nothing is left behind.
 */
export function commitPrepared(db: Db, originals: OriginalsStore, prepared: PreparedImport, mode: 'new' | 'replace'): void {
  if (sha256Hex(prepared.bytes) !== prepared.sha256) throw new AppError('internal', 'The file changed while it was being imported.');
  const stored = originals.put(prepared.bytes);
  try {
    const meta = documentMetaFor(prepared.docId, prepared.info);
    if (mode === 'new') insertSource(db, meta, prepared.info, prepared.paragraphs);
    else {
      if (!getSource(db, prepared.docId)) throw new AppError('not-found', `No imported source ${prepared.docId}`);
      replaceSource(db, meta, prepared.info, prepared.paragraphs);
    }
  } catch (error) {
    if (stored.created) originals.remove(stored.sha256);
    throw error;
  }
}
