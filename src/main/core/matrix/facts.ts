// Existence checks that need no composed matrix: the baseline (in Maps) and single overlay rows.
import type { Db } from '../db/open.ts';
import { notFound } from '../errors.ts';
import { baselineIndex } from './baseline.ts';
import type { Dataset } from './dataset.ts';
import { baselineEvidenceId, keys } from './keys.ts';
import { readOverlayRow } from './overlay.ts';

export class MatrixFacts {
  private readonly db: Db;
  private readonly dataset: Dataset;

  constructor(db: Db, dataset: Dataset) {
    this.db = db;
    this.dataset = dataset;
  }

  private hasRow(key: string): boolean {
    const value = readOverlayRow(this.db, key).value;
    return value !== null && value !== 'null';
  }

  hasDomain(domainId: string): boolean {
    return baselineIndex(this.dataset).domains.has(domainId) || this.hasRow(keys.domain(domainId));
  }

  hasActor(actorId: string): boolean {
    return baselineIndex(this.dataset).actors.has(actorId) || this.hasRow(keys.actor(actorId));
  }

  requireDomain(domainId: string): void {
    if (!this.hasDomain(domainId)) throw notFound(`Unknown domain: ${domainId}`);
  }

  requireActor(actorId: string): void {
    if (!this.hasActor(actorId)) throw notFound(`Unknown actor: ${actorId}`);
  }

  requireCell(domainId: string, actorId: string | null): void {
    this.requireDomain(domainId);
    if (actorId !== null) this.requireActor(actorId);
  }

  /** A quote shown in the cell now: a baseline quote not removed, or an added one not removed. */
  hasEvidence(domainId: string, actorId: string | null, evidenceId: string): boolean {
    const key = keys.evidence(domainId, actorId, evidenceId);
    if (evidenceId.startsWith('u:')) return this.hasRow(key);
    const base = baselineIndex(this.dataset);
    const list = actorId === null ? base.domains.get(domainId)?.alignment.evidence : base.position(domainId, actorId)?.evidence;
    if (!list?.some((q) => baselineEvidenceId(q) === evidenceId)) return false;
    return readOverlayRow(this.db, key).value !== 'null';
  }

  /** How many domains the analyst added (the next one's order). */
  userDomainCount(): number {
    const row = this.db.prepare("SELECT count(*) AS n FROM overlay WHERE key >= 'domain/' AND key < 'domain0' AND value != 'null'").get() as { n: number };
    return row.n;
  }
}
