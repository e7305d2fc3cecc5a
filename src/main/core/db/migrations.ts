import type Database from 'better-sqlite3';
import { GRAM_INDEX_SQL, rebuildGramIndex } from '../corpus/gram-index.ts';
import { rebuildShortTermIndex, SHORT_TERM_TABLES_SQL } from '../corpus/short-terms.ts';
import { legacyStepLabel } from '../history/legacy-labels.ts';
import type { BatchHook } from './migration-progress.ts';

/**
 * Numbered schema migrations. Never edit a released one: add the next. Each runs inside one
 * transaction together with the `user_version` bump, so a failure leaves the previous schema intact.
 */
export interface Migration {
  version: number;
  name: string;
  /** `batch` is called after each batch of a long rebuild (progress, and where a cancel is honoured). */
  up(db: Database.Database, batch?: BatchHook): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corpus',
    up(db) {
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
          id TEXT PRIMARY KEY,
          position INTEGER NOT NULL,
          meta TEXT NOT NULL
        );
        CREATE TABLE paragraphs (
          id TEXT PRIMARY KEY,
          doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          ordinal INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('heading','body','abstract','footnote','caption')),
          section TEXT NOT NULL,
          section_title TEXT NOT NULL,
          level INTEGER,
          lang TEXT NOT NULL,
          text TEXT NOT NULL,
          marker TEXT,
          note_of TEXT,
          UNIQUE (doc_id, ordinal)
        );
        -- External-content FTS over paragraphs.text; the trigram tokenizer makes substring search
        -- work for Chinese, which has no spaces between words.
        CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
          text, content='paragraphs', content_rowid='rowid', tokenize='trigram'
        );
      `);
    },
  },
  {
    version: 2,
    name: 'user-layer',
    up(db) {
      db.exec(`
        -- The analyst's edits, kept apart from the shipped baseline: one JSON value per key
        -- (e.g. position/export-control/JP/summary/en). A JSON null is a tombstone (removed).
        CREATE TABLE overlay (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL,
          baseline_hash TEXT,
          updated_at TEXT NOT NULL,
          author TEXT NOT NULL
        );
        -- Every edit, for undo/redo and per-cell history. before/after hold the overlay row's
        -- value as JSON text; SQL NULL means "no overlay row" (the baseline shows through).
        -- state: 0 applied, 1 undone (redoable), 2 undone and superseded by a newer edit.
        CREATE TABLE history (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at TEXT NOT NULL,
          author TEXT NOT NULL,
          key TEXT NOT NULL,
          label TEXT NOT NULL,
          before TEXT,
          after TEXT,
          state INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX history_key ON history(key);
        CREATE INDEX history_state ON history(state, seq);
        CREATE TABLE annotations (
          id TEXT PRIMARY KEY,
          domain_id TEXT NOT NULL,
          actor_id TEXT,
          evidence_id TEXT,
          category TEXT NOT NULL,
          text TEXT NOT NULL,
          author TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX annotations_target ON annotations(domain_id, actor_id, evidence_id);
      `);
    },
  },
  {
    version: 3,
    name: 'history-baseline-hashes',
    up(db) {
      // The baseline hash an overlay row carried before and after each edit, so undo and redo
      // restore it exactly: undoing "keep my edit over the new baseline" brings the conflict back.
      // NULL (all rows written before this migration) means "hash the current baseline".
      db.exec(`
        ALTER TABLE history ADD COLUMN before_hash TEXT;
        ALTER TABLE history ADD COLUMN after_hash TEXT;
      `);
    },
  },
  {
    version: 4,
    name: 'history-steps-and-short-terms',
    up(db, batch) {
      // One analyst action = one step = one undo. A step groups the history rows (one per key) it
      // wrote; undo/redo state moves from the row to the step. The label is typed data (JSON
      // StepLabel) the interface words in either language, no longer English text.
      db.exec(`
        CREATE TABLE steps (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at TEXT NOT NULL,
          author TEXT NOT NULL,
          label TEXT NOT NULL,
          -- 0 applied, 1 undone (redoable), 2 undone and superseded by a newer step.
          state INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX steps_state ON steps(state, seq);
        ALTER TABLE history ADD COLUMN step INTEGER REFERENCES steps(seq);
        -- Who wrote the value and when ({author, at} as JSON), before and after, so undo and redo
        -- put a row back exactly as it was (the order of added quotes follows it).
        ALTER TABLE history ADD COLUMN before_meta TEXT;
        ALTER TABLE history ADD COLUMN after_meta TEXT;
        CREATE INDEX history_step ON history(step);
      `);
      // Every row written before this migration was its own step: keep it so, with the same order,
      // state, author and time, so old history stays readable and undoable.
      const rows = db.prepare('SELECT seq, at, author, key, label, before, after, state FROM history ORDER BY seq').all() as Array<{
        seq: number;
        at: string;
        author: string;
        key: string;
        label: string;
        before: string | null;
        after: string | null;
        state: number;
      }>;
      const insertStep = db.prepare('INSERT INTO steps(seq, at, author, label, state) VALUES (?, ?, ?, ?, ?)');
      const link = db.prepare('UPDATE history SET step = ? WHERE seq = ?');
      for (const r of rows) {
        insertStep.run(r.seq, r.at, r.author, JSON.stringify(legacyStepLabel(r.key, r.label, r.before, r.after)), r.state);
        link.run(r.seq, r.seq);
      }
      // An index for one- and two-character terms (see corpus/short-terms.ts), filled from the
      // paragraphs already stored.
      db.exec(SHORT_TERM_TABLES_SQL);
      rebuildShortTermIndex(db, batch);
    },
  },
  {
    version: 5,
    name: 'merge-conflicts',
    up(db) {
      // Places where a merged colleague's project changed a value differently from the analyst: the
      // key of the value, and as JSON their value, who wrote it and when, the file it came from, and
      // what was decided (open, mine, theirs). Kept after a decision, so merging the same file again
      // does not ask again. Written only through the edit log (key `mergeconflict/<key>`): undoable.
      db.exec(`
        CREATE TABLE merge_conflicts (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          author TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 6,
    name: 'imported-sources',
    up(db) {
      // Sources the analyst imports live beside the shipped papers: documents gain an origin, and
      // paragraphs the page and printed-line boxes a PDF gives (and a `list` kind). SQLite cannot
      // change a CHECK constraint, so paragraphs is rebuilt with its rowids (the FTS index refers to
      // them) and the index rebuilt after.
      db.exec(`
        CREATE TABLE paragraphs_v6 (
          id TEXT PRIMARY KEY,
          doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          ordinal INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('heading','body','abstract','footnote','caption','list')),
          section TEXT NOT NULL,
          section_title TEXT NOT NULL,
          level INTEGER,
          lang TEXT NOT NULL,
          text TEXT NOT NULL,
          marker TEXT,
          note_of TEXT,
          page INTEGER,
          boxes TEXT,
          UNIQUE (doc_id, ordinal)
        );
        INSERT INTO paragraphs_v6(rowid, id, doc_id, ordinal, kind, section, section_title, level, lang, text, marker, note_of)
          SELECT rowid, id, doc_id, ordinal, kind, section, section_title, level, lang, text, marker, note_of FROM paragraphs;
        DROP TABLE paragraphs;
        ALTER TABLE paragraphs_v6 RENAME TO paragraphs;
        INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('rebuild');
        ALTER TABLE documents ADD COLUMN origin TEXT NOT NULL DEFAULT 'shipped' CHECK (origin IN ('shipped','imported'));
        -- One row per imported source. info: the SourceInfo JSON (format, SHA-256 of the original,
        -- pages, page sizes, editable metadata). A removed source keeps its row with state
        -- 'removed' and its document and paragraphs in trash, so the removal can be undone.
        CREATE TABLE sources (
          doc_id TEXT PRIMARY KEY,
          sha256 TEXT NOT NULL,
          info TEXT NOT NULL,
          state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active','removed')),
          trash TEXT
        );
        CREATE INDEX sources_sha256 ON sources(sha256);
      `);
    },
  },
  {
    version: 7,
    name: 'gram-index',
    up(db, batch) {
      // An index for terms of four or more characters (see corpus/gram-index.ts), filled from the
      // paragraphs already stored, imported sources included.
      db.exec(GRAM_INDEX_SQL);
      rebuildGramIndex(db, batch);
    },
  },
  {
    version: 8,
    name: 'page-labels',
    up(db) {
      // PDFs imported from now on keep the page numbers their author printed (SourceInfo.pageLabels,
      // beside the page sizes). Those imported before are listed here, to be read from their stored
      // originals after the database is open (page-label-backfill.ts): reading a PDF is asynchronous
      // and may find an original missing, and neither may hold up or fail this migration.
      db.exec(`
        CREATE TABLE page_label_reads (doc_id TEXT PRIMARY KEY REFERENCES sources(doc_id) ON DELETE CASCADE);
        INSERT INTO page_label_reads(doc_id)
          SELECT doc_id FROM sources WHERE json_extract(info, '$.format') = 'pdf' AND json_type(info, '$.pageLabels') IS NULL;
      `);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
