import type Database from 'better-sqlite3';
import { CATEGORY_ID } from '../../../shared/categories.ts';
import type { Annotation } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import type { ValueStore } from '../history/edit-log.ts';

interface AnnotationRow {
  id: string;
  domain_id: string;
  actor_id: string | null;
  evidence_id: string | null;
  category: string;
  text: string;
  author: string;
  created_at: string;
  updated_at: string;
}

function toAnnotation(r: AnnotationRow): Annotation {
  return {
    id: r.id,
    target: { domainId: r.domain_id, actorId: r.actor_id, evidenceId: r.evidence_id },
    category: r.category,
    text: r.text,
    author: r.author,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface AnnotationFilter {
  query?: string | undefined;
  category?: string | undefined;
  domainId?: string | undefined;
  /** With `domainId`: only that cell (null = the alignment), its quotes' annotations included. */
  actorId?: string | null | undefined;
}

export function listAnnotations(db: Db, filter: AnnotationFilter = {}): Annotation[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.category) {
    where.push('category = @category');
    params['category'] = filter.category;
  }
  if (filter.domainId) {
    where.push('domain_id = @domainId');
    params['domainId'] = filter.domainId;
    if (filter.actorId !== undefined) {
      where.push(filter.actorId === null ? 'actor_id IS NULL' : 'actor_id = @actorId');
      if (filter.actorId !== null) params['actorId'] = filter.actorId;
    }
  }
  if (filter.query && filter.query.trim()) {
    where.push("(instr(lower(text), @q) > 0 OR instr(lower(author), @q) > 0)");
    params['q'] = filter.query.trim().toLowerCase();
  }
  const sql = `SELECT * FROM annotations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, id`;
  return (db.prepare(sql).all(params) as AnnotationRow[]).map(toAnnotation);
}

// Statements prepared once per connection: a merge reads and writes thousands of annotations, and
// preparing costs more than running.
const statements = new WeakMap<Db, { get: Database.Statement; del: Database.Statement; put: Database.Statement }>();
function prepared(db: Db) {
  let s = statements.get(db);
  if (!s) {
    s = {
      get: db.prepare('SELECT * FROM annotations WHERE id = ?'),
      del: db.prepare('DELETE FROM annotations WHERE id = ?'),
      put: db.prepare(
        `INSERT INTO annotations(id, domain_id, actor_id, evidence_id, category, text, author, created_at, updated_at)
         VALUES (@id, @domainId, @actorId, @evidenceId, @category, @text, @author, @createdAt, @updatedAt)
         ON CONFLICT(id) DO UPDATE SET domain_id = excluded.domain_id, actor_id = excluded.actor_id,
           evidence_id = excluded.evidence_id, category = excluded.category, text = excluded.text,
           author = excluded.author, created_at = excluded.created_at, updated_at = excluded.updated_at`,
      ),
    };
    statements.set(db, s);
  }
  return s;
}

export function getAnnotation(db: Db, id: string): Annotation | null {
  const row = prepared(db).get.get(id) as AnnotationRow | undefined;
  return row ? toAnnotation(row) : null;
}

/** Write (or with null, delete) one annotation exactly as given. */
export function putAnnotation(db: Db, id: string, annotation: Annotation | null): void {
  if (annotation === null) {
    prepared(db).del.run(id);
    return;
  }
  prepared(db).put.run({ id, ...annotation.target, category: annotation.category, text: annotation.text, author: annotation.author, createdAt: annotation.createdAt, updatedAt: annotation.updatedAt });
}

/**
 * Counts keyed by `domain`, `domain/actor` (`_` for the alignment) and `domain/actor/evidence`, in a
 * Map (IDs are data and never meet an object's prototype). `domainIds` limits it to those domains.
 */
export function annotationCounts(db: Db, domainIds?: readonly string[]): Map<string, number> {
  const sql = 'SELECT domain_id, actor_id, evidence_id, count(*) AS n FROM annotations';
  const group = ' GROUP BY domain_id, actor_id, evidence_id';
  type CountRow = { domain_id: string; actor_id: string | null; evidence_id: string | null; n: number };
  const rows: CountRow[] = domainIds
    ? domainIds.flatMap((id) => db.prepare(`${sql} WHERE domain_id = ?${group}`).all(id) as CountRow[])
    : (db.prepare(sql + group).all() as CountRow[]);
  const counts = new Map<string, number>();
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  for (const r of rows) {
    const cell = `${r.domain_id}/${r.actor_id ?? '_'}`;
    add(r.domain_id, r.n);
    add(cell, r.n);
    if (r.evidence_id) add(`${cell}/${r.evidence_id}`, r.n);
  }
  return counts;
}

/** The annotations table as an edit-log store (key `annotation/<id>`, value the whole Annotation). */
export function annotationStore(db: Db): ValueStore {
  const idOf = (key: string) => key.slice('annotation/'.length);
  return {
    read(key) {
      const a = getAnnotation(db, idOf(key));
      return { json: a ? JSON.stringify(a) : null, hash: null };
    },
    write(key, json) {
      putAnnotation(db, idOf(key), json === null ? null : toStoredAnnotation(json, key));
    },
  };
}

function toStoredAnnotation(json: string, key: string): Annotation {
  const a = JSON.parse(json) as Partial<Annotation> | null;
  const t = a?.target;
  const str = (v: unknown): v is string => typeof v === 'string';
  const ok =
    a && t && str(a.id) && str(t.domainId) && (t.actorId === null || str(t.actorId)) && (t.evidenceId === null || str(t.evidenceId)) &&
    // Shaped like a category ID; whether it is defined was checked by the command that wrote it.
    str(a.category) && CATEGORY_ID.test(a.category) && str(a.text) && str(a.author) && str(a.createdAt) && str(a.updatedAt);
  if (!ok) throw new AppError('bad-file', `The stored value for ${key} is not an annotation; nothing was changed.`);
  return a as Annotation;
}
