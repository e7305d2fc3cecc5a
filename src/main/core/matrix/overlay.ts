import type { HistoryEntry } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';

export interface OverlayRow {
  key: string;
  value: unknown;
  baselineHash: string | null;
  updatedAt: string;
  author: string;
}

export interface HistoryRow {
  seq: number;
  at: string;
  author: string;
  key: string;
  label: string;
  before: string | null;
  after: string | null;
  before_hash: string | null;
  after_hash: string | null;
  state: number;
}

export function readOverlay(db: Db): Map<string, OverlayRow> {
  const rows = db.prepare('SELECT key, value, baseline_hash, updated_at, author FROM overlay').all() as Array<{
    key: string;
    value: string;
    baseline_hash: string | null;
    updated_at: string;
    author: string;
  }>;
  return new Map(
    rows.map((r) => [r.key, { key: r.key, value: JSON.parse(r.value), baselineHash: r.baseline_hash, updatedAt: r.updated_at, author: r.author }]),
  );
}

/** One overlay row's value (JSON text) and the baseline hash it was written against; nulls when absent. */
export function readOverlayRow(db: Db, key: string): { value: string | null; baselineHash: string | null } {
  const row = db.prepare('SELECT value, baseline_hash FROM overlay WHERE key = ?').get(key) as
    | { value: string; baseline_hash: string | null }
    | undefined;
  return { value: row?.value ?? null, baselineHash: row?.baseline_hash ?? null };
}

/** Set (JSON text) or clear (null) one overlay row. */
export function writeOverlay(db: Db, key: string, valueJson: string | null, baselineHash: string | null, author: string, at: string): void {
  if (valueJson === null) {
    db.prepare('DELETE FROM overlay WHERE key = ?').run(key);
    return;
  }
  db.prepare(
    `INSERT INTO overlay(key, value, baseline_hash, updated_at, author) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, baseline_hash = excluded.baseline_hash,
       updated_at = excluded.updated_at, author = excluded.author`,
  ).run(key, valueJson, baselineHash, at, author);
}

export function appendHistory(
  db: Db,
  entry: {
    key: string;
    label: string;
    before: string | null;
    after: string | null;
    beforeHash: string | null;
    afterHash: string | null;
    author: string;
    at: string;
  },
): void {
  // A new edit ends the redo branch; the undone entries stay visible in the history.
  db.prepare('UPDATE history SET state = 2 WHERE state = 1').run();
  db.prepare(
    'INSERT INTO history(at, author, key, label, before, after, before_hash, after_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(entry.at, entry.author, entry.key, entry.label, entry.before, entry.after, entry.beforeHash, entry.afterHash);
}

export function lastApplied(db: Db): HistoryRow | undefined {
  return db.prepare('SELECT * FROM history WHERE state = 0 ORDER BY seq DESC LIMIT 1').get() as HistoryRow | undefined;
}

export function firstUndone(db: Db): HistoryRow | undefined {
  return db.prepare('SELECT * FROM history WHERE state = 1 ORDER BY seq ASC LIMIT 1').get() as HistoryRow | undefined;
}

export function setHistoryState(db: Db, seq: number, state: 0 | 1): void {
  db.prepare('UPDATE history SET state = ? WHERE seq = ?').run(state, seq);
}

export function undoRedoAvailability(db: Db): { canUndo: boolean; canRedo: boolean } {
  const row = db
    .prepare('SELECT EXISTS(SELECT 1 FROM history WHERE state = 0) AS u, EXISTS(SELECT 1 FROM history WHERE state = 1) AS r')
    .get() as { u: number; r: number };
  return { canUndo: row.u === 1, canRedo: row.r === 1 };
}

/** History of the keys under the given prefixes, newest first. */
export function historyFor(db: Db, prefixes: string[] | null, limit = 500): HistoryEntry[] {
  const where = prefixes ? `WHERE ${prefixes.map(() => "key LIKE ? ESCAPE '\\'").join(' OR ')}` : '';
  const params = prefixes ? prefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : [];
  const rows = db.prepare(`SELECT * FROM history ${where} ORDER BY seq DESC LIMIT ${limit}`).all(...params) as HistoryRow[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    author: r.author,
    key: r.key,
    label: r.label,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    undone: r.state !== 0,
  }));
}
