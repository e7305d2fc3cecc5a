// The merge_conflicts table: where a merged project changed a value differently from the analyst.
// Written only through the edit log, under keys `mergeconflict/<key>`, so recording and settling a
// conflict are undoable like any other step.
import { parseKey, placeOf } from '../../../shared/keys.ts';
import type { KeyPlace, ParsedKey } from '../../../shared/keys.ts';
import type { MergeConflict } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';
import type { ValueStore } from '../history/edit-log.ts';

export const MERGE_CONFLICT_PREFIX = 'mergeconflict/';

export const mergeConflictKey = (key: string): string => `${MERGE_CONFLICT_PREFIX}${key}`;

/** What a conflict row holds (JSON in `value`). */
export interface MergeConflictValue {
  /** Their value as JSON text; null = they have none. */
  theirs: string | null;
  author: string;
  at: string;
  source: { file: string; author: string | null };
  state: 'open' | 'mine' | 'theirs';
}

export function mergeConflictStore(db: Db): ValueStore {
  const read = db.prepare('SELECT value FROM merge_conflicts WHERE key = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO merge_conflicts(key, value, updated_at, author) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, author = excluded.author`,
  );
  const remove = db.prepare('DELETE FROM merge_conflicts WHERE key = ?');
  const keyOf = (k: string) => k.slice(MERGE_CONFLICT_PREFIX.length);
  return {
    read(key) {
      return { json: (read.get(keyOf(key)) as string | undefined) ?? null, hash: null };
    },
    write(key, json, _hash, author, at) {
      if (json === null) remove.run(keyOf(key));
      else upsert.run(keyOf(key), json, at, author);
    },
  };
}

export function readMergeConflicts(db: Db): Map<string, MergeConflictValue> {
  const rows = db.prepare('SELECT key, value FROM merge_conflicts').all() as Array<{ key: string; value: string }>;
  return new Map(rows.map((r) => [r.key, JSON.parse(r.value) as MergeConflictValue]));
}

/** Conflicts as the interface shows them: with the analyst's current value beside theirs. */
export function describeMergeConflicts(
  db: Db,
  which: 'open' | 'all',
  mineOf: (key: string) => string | null,
): MergeConflict[] {
  const out: MergeConflict[] = [];
  for (const [key, c] of readMergeConflicts(db)) {
    if (which === 'open' && c.state !== 'open') continue;
    const field = parseKey(key);
    if (!field) continue;
    const mine = mineOf(key);
    out.push({
      key,
      field,
      target: conflictPlace(field, c.theirs, mine),
      mine: mine === null ? null : JSON.parse(mine),
      theirs: c.theirs === null ? null : JSON.parse(c.theirs),
      author: c.author,
      at: c.at,
      source: c.source,
      state: c.state,
    });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Where a conflicting value is: its key says so, except for an annotation, whose key is only its ID:
 * its cell is the one the annotation is about (theirs, or ours when they have none).
 */
export function conflictPlace(field: ParsedKey, theirs: string | null, mine: string | null): KeyPlace {
  if (field.kind !== 'annotation') return placeOf(field);
  for (const json of [theirs, mine]) {
    if (json === null) continue;
    const target = (JSON.parse(json) as { target?: KeyPlace }).target;
    if (target && typeof target.domainId === 'string') return { domainId: target.domainId, actorId: target.actorId ?? null, evidenceId: target.evidenceId ?? null };
  }
  return placeOf(field);
}
