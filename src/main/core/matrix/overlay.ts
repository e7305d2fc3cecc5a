// The overlay table: one JSON value per edit key, the analyst's layer over the shipped baseline.
import type { Db } from '../db/open.ts';
import type { ValueStore } from '../history/edit-log.ts';

export interface OverlayRow {
  key: string;
  value: unknown;
  baselineHash: string | null;
  updatedAt: string;
  author: string;
}

interface Row {
  key: string;
  value: string;
  baseline_hash: string | null;
  updated_at: string;
  author: string;
}

const COLUMNS = 'key, value, baseline_hash, updated_at, author';

function toRows(rows: Row[]): Map<string, OverlayRow> {
  const map = new Map<string, OverlayRow>();
  for (const r of rows) {
    let value: unknown;
    try {
      value = JSON.parse(r.value);
    } catch {
      continue; // a damaged row (from a shared file) reads as absent: the baseline shows through
    }
    map.set(r.key, { key: r.key, value, baselineHash: r.baseline_hash, updatedAt: r.updated_at, author: r.author });
  }
  return map;
}

export function readOverlay(db: Db): Map<string, OverlayRow> {
  return toRows(db.prepare(`SELECT ${COLUMNS} FROM overlay`).all() as Row[]);
}

/** Rows whose key starts with `prefix`, by an index range (no full scan). */
export function readOverlayPrefix(db: Db, prefix: string): Map<string, OverlayRow> {
  return toRows(db.prepare(`SELECT ${COLUMNS} FROM overlay WHERE key >= ? AND key < ?`).all(prefix, upperBound(prefix)) as Row[]);
}

/** Every row about the given domains (their summaries, alignment, quotes and the domain row itself). */
export function readOverlayForDomains(db: Db, domainIds: Iterable<string>): Map<string, OverlayRow> {
  const rows = new Map<string, OverlayRow>();
  for (const id of domainIds) {
    for (const prefix of [`position/${id}/`, `alignment/${id}/`, `evidence/${id}/`]) {
      for (const [k, v] of readOverlayPrefix(db, prefix)) rows.set(k, v);
    }
    for (const [k, v] of toRows(db.prepare(`SELECT ${COLUMNS} FROM overlay WHERE key = ?`).all(`domain/${id}`) as Row[])) rows.set(k, v);
  }
  return rows;
}

function upperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** One overlay row's value (JSON text), the baseline hash it was written against, who wrote it and when; nulls when absent. */
export function readOverlayRow(db: Db, key: string): { value: string | null; baselineHash: string | null; author: string | null; updatedAt: string | null } {
  const row = db.prepare('SELECT value, baseline_hash, author, updated_at FROM overlay WHERE key = ?').get(key) as
    | { value: string; baseline_hash: string | null; author: string; updated_at: string }
    | undefined;
  return { value: row?.value ?? null, baselineHash: row?.baseline_hash ?? null, author: row?.author ?? null, updatedAt: row?.updated_at ?? null };
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

/** The overlay as an edit-log store. Statements are prepared once: a merge writes thousands of rows. */
export function overlayStore(db: Db): ValueStore {
  const get = db.prepare('SELECT value, baseline_hash, author, updated_at FROM overlay WHERE key = ?');
  const del = db.prepare('DELETE FROM overlay WHERE key = ?');
  const put = db.prepare(
    `INSERT INTO overlay(key, value, baseline_hash, updated_at, author) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, baseline_hash = excluded.baseline_hash,
       updated_at = excluded.updated_at, author = excluded.author`,
  );
  return {
    read(key) {
      const row = get.get(key) as { value: string; baseline_hash: string | null; author: string; updated_at: string } | undefined;
      return row ? { json: row.value, hash: row.baseline_hash, meta: { author: row.author, at: row.updated_at } } : { json: null, hash: null, meta: null };
    },
    write(key, json, hash, author, at) {
      if (json === null) del.run(key);
      else put.run(key, json, hash, at, author);
    },
  };
}
