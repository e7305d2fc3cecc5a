import type { DocumentMeta, Paragraph, SourceInfo } from '../../../../shared/types.ts';
import type { Db } from '../../db/open.ts';
import { notFound } from '../../errors.ts';
import { writeTransaction } from '../../db/write.ts';
import { shortTermTokens } from '../short-terms.ts';
import { indexDocumentGrams, unindexDocumentGrams } from '../gram-index.ts';
import { PARAGRAPH_COLUMNS, insertParagraphStatement, paragraphParams, rowToParagraph } from '../store.ts';

// SQL for imported sources: the documents row (origin 'imported'), its paragraphs with their FTS
// entries, and the sources row. Every write is one transaction.

export interface SourceRow {
  docId: string;
  sha256: string;
  info: SourceInfo;
  state: 'active' | 'removed';
}

interface Trash {
  meta: DocumentMeta;
  position: number;
  paragraphs: Paragraph[];
}

export function findSourceBySha(db: Db, sha256: string): SourceRow | null {
  const row = db.prepare("SELECT doc_id, sha256, info, state FROM sources WHERE sha256 = ? ORDER BY state = 'removed' LIMIT 1").get(sha256) as
    | { doc_id: string; sha256: string; info: string; state: SourceRow['state'] }
    | undefined;
  return row ? toSourceRow(row) : null;
}

export function getSource(db: Db, docId: string): SourceRow | null {
  const row = db.prepare('SELECT doc_id, sha256, info, state FROM sources WHERE doc_id = ?').get(docId) as
    | { doc_id: string; sha256: string; info: string; state: SourceRow['state'] }
    | undefined;
  return row ? toSourceRow(row) : null;
}

export function listSources(db: Db): SourceRow[] {
  const rows = db
    .prepare("SELECT s.doc_id, s.sha256, s.info, s.state FROM sources s JOIN documents d ON d.id = s.doc_id WHERE s.state = 'active' ORDER BY d.position")
    .all() as Array<{ doc_id: string; sha256: string; info: string; state: SourceRow['state'] }>;
  return rows.map(toSourceRow);
}

function toSourceRow(row: { doc_id: string; sha256: string; info: string; state: SourceRow['state'] }): SourceRow {
  return { docId: row.doc_id, sha256: row.sha256, info: JSON.parse(row.info) as SourceInfo, state: row.state };
}

/** Adds an imported document with its paragraphs and FTS entries, in one transaction. */
export function insertSource(db: Db, meta: DocumentMeta, info: SourceInfo, paragraphs: readonly Paragraph[]): void {
  writeTransaction(db, () => {
    // A source removed earlier under the same ID (same bytes) is superseded by the new import.
    db.prepare("DELETE FROM sources WHERE doc_id = ? AND state = 'removed'").run(meta.id);
    const position = (db.prepare('SELECT coalesce(max(position), -1) + 1 AS n FROM documents').get() as { n: number }).n;
    db.prepare("INSERT INTO documents(id, position, meta, origin) VALUES (?, ?, ?, 'imported')").run(meta.id, position, JSON.stringify(meta));
    insertParagraphs(db, paragraphs);
    db.prepare("INSERT INTO sources(doc_id, sha256, info, state) VALUES (?, ?, ?, 'active')").run(meta.id, info.sha256, JSON.stringify(info));
  });
}

/** Puts a new version's paragraphs and metadata in place of the old, keeping the document ID. */
export function replaceSource(db: Db, meta: DocumentMeta, info: SourceInfo, paragraphs: readonly Paragraph[]): void {
  writeTransaction(db, () => {
    deleteParagraphs(db, meta.id);
    db.prepare('UPDATE documents SET meta = ? WHERE id = ?').run(JSON.stringify(meta), meta.id);
    insertParagraphs(db, paragraphs);
    db.prepare('UPDATE sources SET sha256 = ?, info = ? WHERE doc_id = ?').run(info.sha256, JSON.stringify(info), meta.id);
  });
}

export function updateSourceInfo(db: Db, meta: DocumentMeta, info: SourceInfo): void {
  writeTransaction(db, () => {
    db.prepare('UPDATE documents SET meta = ? WHERE id = ?').run(JSON.stringify(meta), meta.id);
    db.prepare('UPDATE sources SET info = ? WHERE doc_id = ?').run(JSON.stringify(info), meta.id);
    // A removed source comes back (undo) with the metadata it has now.
    const trash = db.prepare("SELECT trash FROM sources WHERE doc_id = ? AND state = 'removed'").get(meta.id) as { trash: string | null } | undefined;
    if (trash?.trash) db.prepare('UPDATE sources SET trash = ? WHERE doc_id = ?').run(JSON.stringify({ ...(JSON.parse(trash.trash) as Trash), meta }), meta.id);
  });
}

/**
 * Takes a source out of the corpus, keeping everything needed to put it back (undo). Call inside
 * the caller's transaction so the removal and its history entry commit together.
 */
export function trashSource(db: Db, docId: string): void {
  const doc = db.prepare("SELECT meta, position FROM documents WHERE id = ? AND origin = 'imported'").get(docId) as
    | { meta: string; position: number }
    | undefined;
  if (!doc) throw notFound(`No imported source ${docId}`);
  const rows = db.prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs WHERE doc_id = ? ORDER BY ordinal`).all(docId) as Parameters<typeof rowToParagraph>[0][];
  const trash: Trash = { meta: JSON.parse(doc.meta) as DocumentMeta, position: doc.position, paragraphs: rows.map(rowToParagraph) };
  deleteParagraphs(db, docId);
  db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
  db.prepare("UPDATE sources SET state = 'removed', trash = ? WHERE doc_id = ?").run(JSON.stringify(trash), docId);
}

/** Puts a removed source back exactly as it was; false if there is nothing to restore. */
export function restoreSource(db: Db, docId: string): boolean {
  const row = db.prepare("SELECT trash FROM sources WHERE doc_id = ? AND state = 'removed'").get(docId) as { trash: string | null } | undefined;
  if (!row?.trash) return false;
  const trash = JSON.parse(row.trash) as Trash;
  db.prepare("INSERT INTO documents(id, position, meta, origin) VALUES (?, ?, ?, 'imported')").run(docId, trash.position, JSON.stringify(trash.meta));
  insertParagraphs(db, trash.paragraphs);
  db.prepare("UPDATE sources SET state = 'active', trash = NULL WHERE doc_id = ?").run(docId);
  return true;
}

function insertParagraphs(db: Db, paragraphs: readonly Paragraph[]): void {
  const insert = insertParagraphStatement(db);
  for (const p of paragraphs) insert.run(paragraphParams(p));
  const docIds = [...new Set(paragraphs.map((p) => p.docId))];
  const index = db.prepare('INSERT INTO paragraphs_fts(rowid, text) SELECT rowid, text FROM paragraphs WHERE doc_id = ?');
  for (const id of docIds) {
    index.run(id);
    indexDocumentGrams(db, id);
  }
  shortTerms(db, docIds, 'insert');
}

/** The one- and two-character index (corpus/short-terms.ts) follows the paragraphs, row by row. */
function shortTerms(db: Db, docIds: readonly string[], op: 'insert' | 'delete'): void {
  const rows = db.prepare('SELECT rowid AS r, text FROM paragraphs WHERE doc_id = ?');
  const uni = db.prepare(op === 'insert' ? 'INSERT INTO paragraphs_uni(rowid, t) VALUES (?, ?)' : "INSERT INTO paragraphs_uni(paragraphs_uni, rowid, t) VALUES ('delete', ?, ?)");
  const bi = db.prepare(op === 'insert' ? 'INSERT INTO paragraphs_bi(rowid, t) VALUES (?, ?)' : "INSERT INTO paragraphs_bi(paragraphs_bi, rowid, t) VALUES ('delete', ?, ?)");
  for (const id of docIds) {
    for (const row of rows.all(id) as Array<{ r: number; text: string }>) {
      const tokens = shortTermTokens(row.text);
      uni.run(row.r, tokens.uni);
      bi.run(row.r, tokens.bi);
    }
  }
}

/** External-content FTS: each entry is deleted with the text it was indexed with, before the row goes. */
function deleteParagraphs(db: Db, docId: string): void {
  shortTerms(db, [docId], 'delete');
  unindexDocumentGrams(db, docId);
  db.prepare("INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) SELECT 'delete', rowid, text FROM paragraphs WHERE doc_id = ?").run(docId);
  db.prepare('DELETE FROM paragraphs WHERE doc_id = ?').run(docId);
}
