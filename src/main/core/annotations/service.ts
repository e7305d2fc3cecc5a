// Annotation commands: each returns one step for the edit log (so an annotation is undone like any
// other edit), built inside the log's write transaction.
import { randomUUID } from 'node:crypto';
import { keys } from '../../../shared/keys.ts';
import type { Annotation, StepLabel, Target } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';
import { AppError, notFound } from '../errors.ts';
import { clearValue, setValue } from '../history/edit-log.ts';
import type { Step } from '../history/edit-log.ts';
import type { MatrixFacts } from '../matrix/facts.ts';
import { requireCategory } from './categories.ts';
import { getAnnotation } from './repo.ts';

const label = (kind: StepLabel['kind'], target: Target): StepLabel => ({ kind, target: { ...target }, field: null, lang: null, choice: null });

export class AnnotationService {
  private readonly db: Db;
  private readonly facts: MatrixFacts;

  constructor(db: Db, facts: MatrixFacts) {
    this.db = db;
    this.facts = facts;
  }

  add(target: Target, category: string, text: string, author: string, at: string): Step & { annotation: Annotation } {
    this.requireTarget(target);
    requireCategory(this.db, category);
    if (!text.trim()) throw new AppError('invalid-request', 'An annotation needs some text.');
    // Field order as the repository reads it back, so the stored JSON compares equal.
    const annotation: Annotation = {
      id: randomUUID(),
      target: { domainId: target.domainId, actorId: target.actorId, evidenceId: target.evidenceId },
      category,
      text,
      author,
      createdAt: at,
      updatedAt: at,
    };
    return { label: label('add-annotation', annotation.target), changes: [setValue(keys.annotation(annotation.id), annotation)], annotation };
  }

  update(id: string, change: { category?: string | undefined; text?: string | undefined }, at: string): Step & { annotation: Annotation } {
    const current = this.require(id);
    if (change.category !== undefined && change.category !== current.category) requireCategory(this.db, change.category);
    if (change.text !== undefined && !change.text.trim()) throw new AppError('invalid-request', 'An annotation needs some text.');
    const annotation: Annotation = { ...current, category: change.category ?? current.category, text: change.text ?? current.text, updatedAt: at };
    return { label: label('update-annotation', current.target), changes: [setValue(keys.annotation(id), annotation)], annotation };
  }

  delete(id: string): Step {
    const current = this.require(id);
    return { label: label('delete-annotation', current.target), changes: [clearValue(keys.annotation(id))] };
  }

  private require(id: string): Annotation {
    const current = getAnnotation(this.db, id);
    if (!current) throw notFound(`Unknown annotation: ${id}`);
    return current;
  }

  private requireTarget(target: Target): void {
    this.facts.requireCell(target.domainId, target.actorId);
    if (target.evidenceId !== null && !this.facts.hasEvidence(target.domainId, target.actorId, target.evidenceId)) {
      throw notFound(`Unknown evidence ${target.evidenceId} in ${describeTarget(target)}`);
    }
  }
}

export function describeTarget(t: Target): string {
  return [t.domainId, t.actorId ?? (t.evidenceId ? 'alignment' : null), t.evidenceId].filter(Boolean).join('/');
}
