import { createHash } from 'node:crypto';
import type { DocumentMeta, DocumentSummary, PageBox, Paragraph, ParagraphKind, SourceInfo, TextLang } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';
import { getMeta, setMeta } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { rebuildGramIndex } from './gram-index.ts';
import { rebuildShortTermIndex } from './short-terms.ts';
import { notFound } from '../errors.ts';

interface ParagraphRow {
  id: string;
  doc_id: string;
  ordinal: number;
  kind: ParagraphKind;
  section: string;
  section_title: string;
  level: number | null;
  lang: TextLang;
  text: string;
  marker: string | null;
  note_of: string | null;
  page: number | null;
  boxes: string | null;
}

export const PARAGRAPH_COLUMNS = 'id, doc_id, ordinal, kind, section, section_title, level, lang, text, marker, note_of, page, boxes';
const PARAGRAPH_VALUES = '@id, @docId, @ordinal, @kind, @section, @sectionTitle, @level, @lang, @text, @marker, @noteOf, @page, @boxes';

/** The statement parameters for one paragraph row. */
export function paragraphParams(p: Paragraph): Record<string, unknown> {
  return {
    id: p.id,
    docId: p.docId,
    ordinal: p.ordinal,
    kind: p.kind,
    section: p.section,
    sectionTitle: p.sectionTitle,
    level: p.level,
    lang: p.lang,
    text: p.text,
    marker: p.marker,
    noteOf: p.noteOf,
    page: p.page ?? null,
    boxes: p.boxes && p.boxes.length > 0 ? JSON.stringify(p.boxes) : null,
  };
}

export function insertParagraphStatement(db: Db): ReturnType<Db['prepare']> {
  return db.prepare(`INSERT INTO paragraphs(${PARAGRAPH_COLUMNS}) VALUES (${PARAGRAPH_VALUES})`);
}

export function rowToParagraph(row: ParagraphRow): Paragraph {
  return {
    id: row.id,
    docId: row.doc_id,
    ordinal: row.ordinal,
    kind: row.kind,
    section: row.section,
    sectionTitle: row.section_title,
    level: row.level,
    lang: row.lang,
    text: row.text,
    marker: row.marker,
    noteOf: row.note_of,
    page: row.page,
    boxes: row.boxes === null ? null : (JSON.parse(row.boxes) as PageBox[]),
  };
}

/** A fingerprint of the ingested corpus: when it changes, the stored paragraphs are rebuilt. */
export function corpusFingerprint(documents: DocumentMeta[], paragraphs: Paragraph[]): string {
  const hash = createHash('sha1');
  hash.update(JSON.stringify(documents));
  for (const p of paragraphs) hash.update(`${p.id}\u0000${p.ordinal}\u0000${p.section}\u0000${p.noteOf ?? ''}\n`);
  return hash.digest('hex');
}

/**
 * Make the stored corpus equal to the ingested one. Runs in one transaction, so a reader never sees
 * half a corpus; skipped when the fingerprint matches. User data refers to paragraphs by quote and
 * ID, never by foreign key, so replacing paragraphs cannot lose anything the analyst wrote.
 */
export function syncCorpus(db: Db, documents: DocumentMeta[], paragraphs: Paragraph[]): boolean {
  const fingerprint = corpusFingerprint(documents, paragraphs);
  if (getMeta(db, 'corpus_fingerprint') === fingerprint) return false;
  const insertDoc = db.prepare("INSERT INTO documents(id, position, meta, origin) VALUES (?, ?, ?, 'shipped')");
  const insertParagraph = insertParagraphStatement(db);
  writeTransaction(db, () => {
    // Only the shipped papers are replaced; imported sources stay as the analyst left them.
    db.exec(`
      DELETE FROM paragraphs WHERE doc_id IN (SELECT id FROM documents WHERE origin = 'shipped');
      DELETE FROM documents WHERE origin = 'shipped';
      INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('delete-all');
    `);
    documents.forEach((doc, index) => insertDoc.run(doc.id, index, JSON.stringify(doc)));
    for (const p of paragraphs) insertParagraph.run(paragraphParams(p));
    db.exec("INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild')");
    rebuildShortTermIndex(db);
    rebuildGramIndex(db);
    setMeta(db, 'corpus_fingerprint', fingerprint);
  });
  return true;
}

/** Shipped papers first, in documents.json order, then imported sources in the order they came. */
export const DOCUMENT_ORDER = "(origin = 'imported'), position";

export function listDocuments(db: Db): DocumentSummary[] {
  const docs = db
    .prepare(
      `SELECT d.meta, d.origin, s.info FROM documents d LEFT JOIN sources s ON s.doc_id = d.id AND s.state = 'active' ORDER BY ${DOCUMENT_ORDER}`,
    )
    .all() as Array<{ meta: string; origin: 'shipped' | 'imported'; info: string | null }>;
  const counts = db
    .prepare('SELECT doc_id, kind, count(*) AS n FROM paragraphs GROUP BY doc_id, kind')
    .all() as Array<{ doc_id: string; kind: ParagraphKind; n: number }>;
  return docs.map(({ meta, origin, info }) => {
    const doc = JSON.parse(meta) as DocumentMeta;
    const byKind: Record<ParagraphKind, number> = { heading: 0, body: 0, abstract: 0, footnote: 0, caption: 0, list: 0 };
    for (const c of counts) if (c.doc_id === doc.id) byKind[c.kind] = c.n;
    const paragraphCount = Object.values(byKind).reduce((a, b) => a + b, 0);
    return { ...doc, paragraphCount, counts: byKind, origin, source: info === null ? null : (JSON.parse(info) as SourceInfo) };
  });
}

/** Every document's metadata, shipped and imported, in display order. */
export function allDocuments(db: Db): DocumentMeta[] {
  const rows = db.prepare(`SELECT meta FROM documents ORDER BY ${DOCUMENT_ORDER}`).all() as Array<{ meta: string }>;
  return rows.map((r) => JSON.parse(r.meta) as DocumentMeta);
}

export function getDocument(db: Db, docId: string): DocumentMeta {
  const row = db.prepare('SELECT meta FROM documents WHERE id = ?').get(docId) as { meta: string } | undefined;
  if (!row) throw notFound(`Unknown document: ${docId}`);
  return JSON.parse(row.meta) as DocumentMeta;
}

export function listParagraphs(db: Db, docId: string): Paragraph[] {
  getDocument(db, docId);
  const rows = db
    .prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs WHERE doc_id = ? ORDER BY ordinal`)
    .all(docId) as ParagraphRow[];
  return rows.map(rowToParagraph);
}

export function getParagraph(db: Db, paragraphId: string): Paragraph {
  const row = db.prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs WHERE id = ?`).get(paragraphId) as
    | ParagraphRow
    | undefined;
  if (!row) throw notFound(`Unknown paragraph: ${paragraphId}`);
  return rowToParagraph(row);
}

export function allParagraphs(db: Db): Paragraph[] {
  const rows = db
    .prepare(
      `SELECT ${PARAGRAPH_COLUMNS.split(', ').map((c) => `p.${c}`).join(', ')} FROM paragraphs p JOIN documents d ON d.id = p.doc_id ORDER BY (d.origin = 'imported'), d.position, p.ordinal`,
    )
    .all() as ParagraphRow[];
  return rows.map(rowToParagraph);
}
