// The analyst's matrix commands. Each validates its request against the baseline and the overlay and
// returns one step for the edit log: the typed label and every value it writes. It runs inside the
// log's write transaction, so what it checked still holds when the values are written.
import { randomUUID } from 'node:crypto';
import { parseKey, placeOf } from '../../../shared/keys.ts';
import { stepLabel as label } from '../../../shared/step-words.ts';
import type { AlignmentValue, Bilingual, Lang, Paragraph } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';
import { AppError, notFound } from '../errors.ts';
import { clearValue, setValue } from '../history/edit-log.ts';
import type { Change, Step } from '../history/edit-log.ts';
import { selectorFor } from './anchor.ts';
import type { StoredEvidence, UserDomain } from './compose.ts';
import type { Dataset } from './dataset.ts';
import type { MatrixFacts } from './facts.ts';
import { baselineValue, hashValue, keys } from './keys.ts';
import { readOverlayRow } from './overlay.ts';
import { agreementAfterSave, agreementKey, LANGS, pairOf, readTextState, staleLanguage, textKey } from './translation.ts';
import type { TextCell } from './translation.ts';

export class MatrixEditor {
  private readonly db: Db;
  private readonly dataset: Dataset;
  private readonly facts: MatrixFacts;
  private readonly paragraphs: ReadonlyMap<string, Paragraph>;

  constructor(db: Db, dataset: Dataset, facts: MatrixFacts, paragraphs: ReadonlyMap<string, Paragraph>) {
    this.db = db;
    this.dataset = dataset;
    this.facts = facts;
    this.paragraphs = paragraphs;
  }

  setSummary(domainId: string, actorId: string, lang: Lang, text: string): Step {
    return this.setSummaryTexts(domainId, actorId, { [lang]: text });
  }

  /**
   * Both languages of a summary from the side-by-side editor (either may be left out), one step with
   * its translation agreement (translation.ts): a one-language revision leaves the other out of date.
   */
  setSummaryTexts(domainId: string, actorId: string, texts: Partial<Bilingual>): Step {
    this.facts.requireCell(domainId, actorId);
    const langs = LANGS.filter((l) => texts[l] !== undefined);
    if (langs.length === 0) throw new AppError('invalid-request', 'Nothing to change: give the Chinese or the English summary.');
    const { changes, changed } = this.bilingualChanges({ domainId, actorId }, texts);
    const lang = changed.length === 1 ? changed[0]! : langs.length === 1 ? langs[0]! : null;
    return { label: label('set-summary', { domainId, actorId }, { field: 'summary', lang }), changes };
  }

  /** Value and reasons in one step: one Undo reverses them together. */
  setAlignment(domainId: string, change: { value?: AlignmentValue | undefined; reason?: Partial<Bilingual> | undefined }): Step {
    this.facts.requireDomain(domainId);
    const changes: Change[] = [];
    if (change.value !== undefined) changes.push(setValue(keys.alignmentValue(domainId), change.value));
    const langs = LANGS.filter((l) => change.reason?.[l] !== undefined);
    if (langs.length > 0) changes.push(...this.bilingualChanges({ domainId, actorId: null }, change.reason!).changes);
    if (change.value === undefined && langs.length === 0) throw new AppError('invalid-request', 'Nothing to change: give a value or a reason.');
    const field = change.value !== undefined ? (langs.length ? 'alignment' : 'alignment-value') : 'alignment-reason';
    return { label: label('set-alignment', { domainId }, { field, lang: langs.length === 1 ? langs[0]! : null }), changes };
  }

  /**
   * The analyst says the out-of-date language of a summary (actorId set) or reason still says what
   * the other says: the current pair is recorded as agreeing and the flag goes. Undoable: Undo
   * raises the flag again.
   */
  confirmTranslation(domainId: string, actorId: string | null, lang: Lang): Step {
    this.facts.requireCell(domainId, actorId);
    const cell = { domainId, actorId };
    const state = readTextState(this.db, this.dataset, cell);
    if (staleLanguage(state) !== lang) {
      const what = `the ${lang === 'zh' ? 'Chinese' : 'English'} ${actorId === null ? 'alignment reason' : 'summary'} of ${domainId}/${actorId ?? 'alignment'}`;
      throw new AppError('invalid-request', `${what} is not marked out of date; there is nothing to confirm.`);
    }
    return {
      label: label('confirm-translation', cell, { field: actorId === null ? 'alignment-reason' : 'summary', lang }),
      changes: [setValue(agreementKey(cell), pairOf(state.current))],
    };
  }

  /** The text values of a save and, when it is a translation rather than a one-language revision, the agreement. */
  private bilingualChanges(cell: TextCell, texts: Partial<Bilingual>): { changes: Change[]; changed: Lang[] } {
    const state = readTextState(this.db, this.dataset, cell);
    const after: Bilingual = { zh: texts.zh ?? state.current.zh, en: texts.en ?? state.current.en };
    // Only what differs: a language sent unchanged must not become an edit of the baseline.
    const changed = LANGS.filter((l) => after[l] !== state.current[l]);
    const changes = changed.map((l) => setValue(textKey(cell, l), after[l]));
    const agreed = agreementAfterSave(state.current, after, staleLanguage(state));
    if (agreed) changes.push(setValue(agreementKey(cell), agreed));
    return { changes, changed };
  }

  /** Add a quote chosen in the reader; it is verified against the paragraph before it is stored. */
  addEvidence(domainId: string, actorId: string | null, paragraphId: string, start: number, exact: string): Step & { evidenceId: string } {
    this.facts.requireCell(domainId, actorId);
    const paragraph = this.paragraphs.get(paragraphId);
    if (!paragraph) throw notFound(`Unknown paragraph: ${paragraphId}`);
    if (paragraph.text.slice(start, start + exact.length) !== exact) {
      throw new AppError('invalid-request', `The selected text does not occur at that place in paragraph ${paragraphId}.`);
    }
    if (!exact.trim()) throw new AppError('invalid-request', 'Select some text to use as evidence.');
    const stored: StoredEvidence = { ...selectorFor(paragraph, start, exact), paragraphId };
    const evidenceId = `u:${randomUUID()}`;
    return {
      label: label('add-evidence', { domainId, actorId, evidenceId }),
      changes: [setValue(keys.evidence(domainId, actorId, evidenceId), stored)],
      evidenceId,
    };
  }

  /** Removing a quote leaves a tombstone (JSON null), so a removed baseline quote stays removed. */
  removeEvidence(domainId: string, actorId: string | null, evidenceId: string): Step {
    this.facts.requireCell(domainId, actorId);
    if (!this.facts.hasEvidence(domainId, actorId, evidenceId)) throw notFound(`No evidence ${evidenceId} in ${domainId}/${actorId ?? 'alignment'}`);
    return { label: label('remove-evidence', { domainId, actorId, evidenceId }), changes: [setValue(keys.evidence(domainId, actorId, evidenceId), null)] };
  }

  addDomain(id: string, name: Bilingual): Step {
    if (this.facts.hasDomain(id)) throw new AppError('conflict', `A domain with the ID ${id} already exists.`);
    if (!name.zh.trim() && !name.en.trim()) throw new AppError('invalid-request', 'Give the domain a name.');
    const value: UserDomain = { name, order: this.dataset.domains.length + this.facts.userDomainCount() };
    return { label: label('add-domain', { domainId: id }), changes: [setValue(keys.domain(id), value)] };
  }

  addActor(id: string, name: Bilingual): Step {
    if (this.facts.hasActor(id)) throw new AppError('conflict', `An actor with the ID ${id} already exists.`);
    if (!name.zh.trim() && !name.en.trim()) throw new AppError('invalid-request', 'Give the actor a name.');
    return { label: label('add-actor', { actorId: id }), changes: [setValue(keys.actor(id), { id, name })] };
  }

  /**
   * Settle a place where a newer baseline changed a value the analyst had edited: keep the analyst's
   * value (acknowledging the new baseline: the row is rewritten against the baseline's hash now) or
   * take the new baseline (dropping the edit). Undoable like any other step.
   */
  resolveConflict(key: string, choice: 'mine' | 'baseline'): Step {
    const parsed = parseKey(key);
    const row = readOverlayRow(this.db, key);
    const conflicted = parsed && parsed.kind !== 'annotation' && row.value !== null && hashValue(baselineValue(this.dataset, key)) !== row.baselineHash;
    if (!parsed || !conflicted) throw notFound(`No baseline conflict at ${key}`);
    return {
      label: label('resolve-conflict', placeOf(parsed), { field: parsed.kind, lang: 'lang' in parsed ? parsed.lang : null, choice }),
      changes: [choice === 'mine' ? { key, json: row.value } : clearValue(key)],
    };
  }
}
