import type { Annotation, DivergenceCategory } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';

interface AnnotationRow {
  id: string;
  domain_id: string;
  actor_id: string | null;
  evidence_id: string | null;
  category: DivergenceCategory;
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
  query?: string;
  category?: DivergenceCategory;
  domainId?: string;
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
  }
  if (filter.query && filter.query.trim()) {
    where.push("(instr(lower(text), @q) > 0 OR instr(lower(author), @q) > 0)");
    params['q'] = filter.query.trim().toLowerCase();
  }
  const sql = `SELECT * FROM annotations ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, id`;
  return (db.prepare(sql).all(params) as AnnotationRow[]).map(toAnnotation);
}

export function getAnnotation(db: Db, id: string): Annotation | null {
  const row = db.prepare('SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
  return row ? toAnnotation(row) : null;
}

/** Write (or with null, delete) one annotation exactly as given. */
export function putAnnotation(db: Db, id: string, annotation: Annotation | null): void {
  if (annotation === null) {
    db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
    return;
  }
  db.prepare(
    `INSERT INTO annotations(id, domain_id, actor_id, evidence_id, category, text, author, created_at, updated_at)
     VALUES (@id, @domainId, @actorId, @evidenceId, @category, @text, @author, @createdAt, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET domain_id = excluded.domain_id, actor_id = excluded.actor_id,
       evidence_id = excluded.evidence_id, category = excluded.category, text = excluded.text,
       author = excluded.author, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run({ id, ...annotation.target, category: annotation.category, text: annotation.text, author: annotation.author, createdAt: annotation.createdAt, updatedAt: annotation.updatedAt });
}

/** Counts keyed by `domain`, `domain/actor` (`_` for the alignment) and `domain/actor/evidence`. */
export function annotationCounts(db: Db): Record<string, number> {
  const rows = db
    .prepare('SELECT domain_id, actor_id, evidence_id, count(*) AS n FROM annotations GROUP BY domain_id, actor_id, evidence_id')
    .all() as Array<{ domain_id: string; actor_id: string | null; evidence_id: string | null; n: number }>;
  const counts: Record<string, number> = {};
  const add = (key: string, n: number) => (counts[key] = (counts[key] ?? 0) + n);
  for (const r of rows) {
    const cell = `${r.domain_id}/${r.actor_id ?? '_'}`;
    add(r.domain_id, r.n);
    add(cell, r.n);
    if (r.evidence_id) add(`${cell}/${r.evidence_id}`, r.n);
  }
  return counts;
}
