// "Merge project…": bring a colleague's work into the open project, as ONE step of the edit log (one
// undo). Their file is read as untrusted input (read.ts). Then, value by value:
// - annotations are added by ID (an annotation already here, identical, is counted once);
// - analyst edits are merged three-way against the shipped baseline and what each side's history
//   shows: a change on one side only is taken; the same change on both sides is one; different
//   changes to the same value become merge conflicts (Keep mine / Take theirs);
// - added quotes, domains and actors are overlay values with their own keys, so they unite.
// Who wrote each value and when is kept (the edit log writes their author and time), and the step
// says which file it came from and who saved it. Merging the same file again changes nothing.
import path from 'node:path';
import { isShippedCategory } from '../../../shared/categories.ts';
import { keys, parseKey } from '../../../shared/keys.ts';
import type { EditResult, MergeConflict, MergeReport, MergeResult, ProjectIssue, StepLabel } from '../../../shared/types.ts';
import { getAnnotation } from '../annotations/repo.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { clearValue } from '../history/edit-log.ts';
import type { Change } from '../history/edit-log.ts';
import type { Dataset } from '../matrix/dataset.ts';
import { baselineValue } from '../matrix/keys.ts';
import { asAgreedPair, pairOf, parseAgreementKey, textKey } from '../matrix/translation.ts';
import type { TextCell } from '../matrix/translation.ts';
import type { Workspace } from '../workspace.ts';
import { conflictPlace, describeMergeConflicts, mergeConflictKey, readMergeConflicts } from './merge-conflicts.ts';
import type { MergeConflictValue } from './merge-conflicts.ts';
import { ownTableNames, readProjectFile } from './read.ts';
import type { ProjectContent } from './read.ts';
import { canonicalJson } from './rows.ts';
import { brokenQuotes, brokenQuoteWarnings, describeSource, rebuildSources, storeOriginals } from './sources.ts';
import type { ProjectSource, RebuildOptions } from './sources.ts';
import { SOURCE_KEY_PREFIX } from '../corpus/import/source-store.ts';
import { documentMetaFor } from '../corpus/import/service.ts';
import { findSourceBySha, getSource, insertSource, trashSource } from '../corpus/import/sources-repo.ts';
import { indexParagraphs } from '../matrix/anchor.ts';

const NOWHERE = { domainId: null, actorId: null, evidenceId: null };

export interface MergeOptions extends RebuildOptions {
  /** Largest imported original accepted (tests). */
  maxOriginalBytes?: number;
}

export async function mergeProject(ws: Workspace, source: string, options: MergeOptions = {}): Promise<MergeResult> {
  const from = path.resolve(source);
  if (from === path.resolve(ws.options.dbPath)) throw new AppError('invalid-request', 'That file is the open project itself; there is nothing to merge.');
  const content = readProjectFile(from, {
    dbPath: ws.options.dbPath,
    dataset: ws.dataset,
    ownTables: ws.readConsistent(ownTableNames),
    ...(options.maxOriginalBytes !== undefined ? { maxOriginalBytes: options.maxOriginalBytes } : {}),
  });
  const origin = { file: path.basename(from), author: content.manifest.savedBy };
  // Sources are united by content hash: only the ones not here yet are rebuilt (in a worker).
  const { fresh, notes } = ws.readConsistent((db) => sourcesToAdd(db, content.sources));
  content.ignored.push(...notes);
  const rebuilt = await rebuildSources(fresh, content.ignored, options);
  const unstore = storeOriginals(ws.sources.originals, rebuilt);
  let report: MergeReport | undefined;
  let result: ReturnType<Workspace['commitStep']>;
  try {
    result = ws.commitStep((db) => {
      const plan = planMerge(db, ws.dataset, content, origin);
      // Each new source goes in as removed (its paragraphs in the trash) and the step brings it in:
      // the whole merge, sources included, is then one step that Undo takes back.
      const added = rebuilt.filter(({ source: s }) => getSource(db, s.docId) === null);
      for (const { prepared } of added) {
        insertSource(db, documentMetaFor(prepared.docId, prepared.info), prepared.info, prepared.paragraphs);
        trashSource(db, prepared.docId);
      }
      const restored = fresh.filter((s) => getSource(db, s.docId)?.state === 'removed').map((s) => s.docId);
      const sourceChanges = restored.map((docId) => clearValue(`${SOURCE_KEY_PREFIX}${docId}`));
      const shipped = new Set(ws.shippedCorpus.documents.map((d) => d.id));
      const index = indexParagraphs([...ws.paragraphs, ...added.flatMap((r) => r.prepared.paragraphs)]);
      const taken = new Set(plan.changes.map((c) => c.key));
      const broken = brokenQuotes(
        content.overlay.filter((r) => taken.has(r.key)),
        shipped,
        index,
      );
      plan.report.sourcesAdded = restored.length;
      plan.report.warnings.push(...brokenQuoteWarnings(broken));
      if (broken.length) plan.report.brokenQuotes = broken;
      report = plan.report;
      const label: StepLabel = { kind: 'merge-project', target: NOWHERE, field: null, lang: null, choice: null, source: origin };
      return { label, changes: [...sourceChanges, ...plan.changes] };
    });
  } catch (error) {
    unstore();
    throw error;
  }
  const { built: _built, ...edit } = result;
  return { ...edit, report: report! };
}

/**
 * Which of their sources are new here. Same bytes as a source here: the same source (nothing to
 * add; their quotes anchor in ours, which has the same paragraphs). A different file under a
 * document ID we have (one side replaced it by a new version): left out with the reason.
 */
function sourcesToAdd(db: Db, theirs: readonly ProjectSource[]): { fresh: ProjectSource[]; notes: ProjectIssue[] } {
  const fresh: ProjectSource[] = [];
  const notes: ProjectIssue[] = [];
  for (const s of theirs) {
    const what = describeSource(s.docId, s.info.title);
    if (s.state !== 'active') continue; // removed in their project: nothing to bring
    const same = findSourceBySha(db, s.sha256);
    if (same?.state === 'active') {
      if (same.docId !== s.docId) notes.push({ what, reason: `the same file is here already as ${same.docId}; quotes citing ${s.docId} do not anchor in it` });
      continue;
    }
    const mine = getSource(db, s.docId);
    if (mine && mine.sha256 !== s.sha256) {
      notes.push({ what, reason: `a different version of this source is here (${mine.state === 'removed' ? 'removed' : 'active'}); theirs was not taken` });
      continue;
    }
    fresh.push(s);
  }
  return { fresh, notes };
}

interface Mine {
  overlay: Map<string, string>;
  annotations: Map<string, string>;
  /** Every value each key has had here (history before and after), canonical JSON; null = none. */
  history: Map<string, Set<string | null>>;
  conflicts: Map<string, MergeConflictValue>;
}

function readMine(db: Db): Mine {
  const overlay = new Map((db.prepare('SELECT key, value FROM overlay').all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]));
  const annotations = new Map<string, string>();
  for (const r of db.prepare('SELECT id, domain_id, actor_id, evidence_id, category, text, author, created_at, updated_at FROM annotations').all() as Array<Record<string, string | null>>) {
    annotations.set(
      r['id']!,
      JSON.stringify({
        id: r['id'],
        target: { domainId: r['domain_id'], actorId: r['actor_id'], evidenceId: r['evidence_id'] },
        category: r['category'],
        text: r['text'],
        author: r['author'],
        createdAt: r['created_at'],
        updatedAt: r['updated_at'],
      }),
    );
  }
  const history = new Map<string, Set<string | null>>();
  for (const r of db.prepare('SELECT key, before, after FROM history').all() as Array<{ key: string; before: string | null; after: string | null }>) {
    addSeen(history, r.key, r.before);
    addSeen(history, r.key, r.after);
  }
  return { overlay, annotations, history, conflicts: readMergeConflicts(db) };
}

function addSeen(map: Map<string, Set<string | null>>, key: string, json: string | null): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(safeCanonical(json));
}

function safeCanonical(json: string | null): string | null {
  try {
    return canonicalJson(json);
  } catch {
    return `invalid:${json}`;
  }
}

export function planMerge(db: Db, dataset: Dataset, theirs: ProjectContent, origin: { file: string; author: string | null }): { changes: Change[]; report: MergeReport } {
  const mine = readMine(db);
  const theirHistory = new Map<string, Set<string | null>>();
  for (const step of theirs.steps) for (const c of step.changes) {
    addSeen(theirHistory, c.key, c.before);
    addSeen(theirHistory, c.key, c.after);
  }
  const changes: Change[] = [];
  const ignored: ProjectIssue[] = [...theirs.ignored];
  const conflicts: MergeConflict[] = [];
  let annotationsAdded = 0;
  let editsTaken = 0;
  let identical = 0;

  const baselineJson = (key: string): string | null => {
    const v = baselineValue(dataset, key);
    return v === undefined ? null : canonicalJson(JSON.stringify(v));
  };

  type Verdict = 'identical' | 'take' | 'conflict';
  /** Three-way, per value. `mineJson` null = no value here (for an edit key, the baseline shows). */
  const decide = (key: string, mineJson: string | null, theirJson: string, isAnnotation: boolean): Verdict => {
    if (mineJson === theirJson) return 'identical';
    // The common case of a large merge, decided without comparing values: new here, never seen.
    if (mineJson === null && !mine.history.has(key) && !mine.conflicts.has(key) && (isAnnotation || baselineValue(dataset, key) === undefined)) return 'take';
    const m = safeCanonical(mineJson);
    const t = canonicalJson(theirJson);
    const mineEffective = m ?? (isAnnotation ? null : baselineJson(key));
    if (mineEffective === t) return 'identical';
    const recorded = mine.conflicts.get(key);
    if (recorded && safeCanonical(recorded.theirs) === t) return 'identical'; // already asked (or decided)
    if (mine.history.get(key)?.has(t)) return 'identical'; // theirs is a value we had and moved on from
    // They had our value and moved on. (Not "none": their none is the time before they created it.)
    if (mineEffective !== null && theirHistory.get(key)?.has(mineEffective)) return 'take';
    // Not changed here: the baseline shows, or the value never existed here. A value that existed
    // here and was removed (a deleted annotation, a removed quote) is the analyst's change: conflict.
    if (m === null && (mineEffective !== null || !mine.history.has(key))) return 'take';
    return 'conflict';
  };

  const recordConflict = (key: string, theirJson: string, by: { author: string; at: string }) => {
    const value: MergeConflictValue = { theirs: theirJson, author: by.author, at: by.at, source: origin, state: 'open' };
    changes.push({ key: mergeConflictKey(key), json: JSON.stringify(value) });
    const field = parseKey(key)!;
    const mineJson = isAnnotationKey(key) ? (mine.annotations.get(key.slice('annotation/'.length)) ?? null) : (mine.overlay.get(key) ?? null);
    conflicts.push({
      key,
      field,
      target: conflictPlace(field, theirJson, mineJson),
      mine: mineJson === null ? (isAnnotationKey(key) ? null : (baselineValue(dataset, key) ?? null)) : JSON.parse(mineJson),
      theirs: JSON.parse(theirJson),
      ...by,
      source: origin,
      state: 'open',
    });
  };

  // Domains and actors first: what their other values are about must exist here.
  const domains = new Set(dataset.domains.map((d) => d.id));
  const actors = new Set(dataset.actors.map((a) => a.id));
  for (const key of mine.overlay.keys()) {
    const k = parseKey(key);
    if (k?.kind === 'domain') domains.add(k.domainId);
    if (k?.kind === 'actor') actors.add(k.actorId);
  }
  const ordered = [...theirs.overlay].sort((a, b) => rank(a.key) - rank(b.key));
  for (const row of ordered) {
    const k = parseKey(row.key);
    if (!k || k.kind === 'annotation') continue;
    if ('domainId' in k && !domains.has(k.domainId) && k.kind !== 'domain') {
      ignored.push({ what: `edit ${row.key}`, reason: `its domain ${k.domainId} is not in this project` });
      continue;
    }
    if ('actorId' in k && k.actorId !== null && !actors.has(k.actorId) && k.kind !== 'actor') {
      ignored.push({ what: `edit ${row.key}`, reason: `its actor ${k.actorId} is not in this project` });
      continue;
    }
    const by = { author: row.author, at: row.updatedAt };
    const verdict = decide(row.key, mine.overlay.get(row.key) ?? null, row.value, false);
    if (verdict === 'identical') identical++;
    else if (verdict === 'take') {
      editsTaken++;
      changes.push({ key: row.key, json: row.value, by });
      if (k.kind === 'domain') domains.add(k.domainId);
      if (k.kind === 'actor') actors.add(k.actorId);
    } else recordConflict(row.key, row.value, by);
  }

  changes.push(...agreementsToTake(theirs, mine, changes, dataset, (cell) => domains.has(cell.domainId) && (cell.actorId === null || actors.has(cell.actorId))));

  // An annotation's category must be here after the merge: shipped, ours, or theirs taken just now.
  const categories = new Set([...mine.overlay.keys(), ...changes.map((c) => c.key)].filter((k) => parseKey(k)?.kind === 'category').map((k) => k.slice('category/'.length)));
  for (const c of changes) if (c.json === null && parseKey(c.key)?.kind === 'category') categories.delete(c.key.slice('category/'.length));
  for (const a of theirs.annotations) {
    const key = keys.annotation(a.id);
    if (!domains.has(a.target.domainId) || (a.target.actorId !== null && !actors.has(a.target.actorId))) {
      ignored.push({ what: `annotation ${a.id}`, reason: `what it is about (${a.target.domainId}/${a.target.actorId ?? 'alignment'}) is not in this project` });
      continue;
    }
    if (!isShippedCategory(a.category) && !categories.has(a.category)) {
      ignored.push({ what: `annotation ${a.id}`, reason: `its category ${a.category} is not defined in this project (it was removed here)` });
      continue;
    }
    const json = JSON.stringify(a);
    const by = { author: a.author, at: a.updatedAt };
    const verdict = decide(key, mine.annotations.get(a.id) ?? null, json, true);
    if (verdict === 'identical') identical++;
    else if (verdict === 'take') {
      if (mine.annotations.has(a.id)) editsTaken++;
      else annotationsAdded++;
      changes.push({ key, json, by });
    } else recordConflict(key, json, by);
  }

  return {
    changes,
    report: { file: origin.file, sender: origin.author, annotationsAdded, editsTaken, identical, conflicts, sourcesAdded: 0, ignored, warnings: [...theirs.warnings] },
  };
}

/**
 * Translation agreements (matrix/translation.ts) are facts about texts, not edits: theirs is taken
 * when it describes exactly the pair of texts this merge leaves, so it never conflicts, and a text
 * that agreed on their side still agrees here.
 */
function agreementsToTake(theirs: ProjectContent, mine: Mine, changes: readonly Change[], dataset: Dataset, known: (cell: TextCell) => boolean): Change[] {
  const taken = new Map(changes.map((c) => [c.key, c.json]));
  const textAfter = (key: string): string => {
    const json = taken.has(key) ? taken.get(key)! : (mine.overlay.get(key) ?? null);
    const value = json === null ? baselineValue(dataset, key) : parseOr(json);
    return typeof value === 'string' ? value : '';
  };
  const out: Change[] = [];
  for (const row of theirs.overlay) {
    const cell = parseAgreementKey(row.key);
    if (!cell || !known(cell) || mine.overlay.get(row.key) === row.value) continue;
    const pair = asAgreedPair(parseOr(row.value));
    const after = pairOf({ zh: textAfter(textKey(cell, 'zh')), en: textAfter(textKey(cell, 'en')) });
    if (pair && pair.zh === after.zh && pair.en === after.en) out.push({ key: row.key, json: row.value, by: { author: row.author, at: row.updatedAt } });
  }
  return out;
}

function parseOr(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Domains, then actors, then the values about them. */
function rank(key: string): number {
  return key.startsWith('domain/') ? 0 : key.startsWith('actor/') ? 1 : 2;
}

/** A category conflict's step names the category (their name for it). */
function categoryOf(json: string | null, id: string): { id: string; name: { zh: string; en: string } } | null {
  const v = json === null ? undefined : (parseOr(json) as { name?: { zh?: unknown; en?: unknown } } | undefined);
  return typeof v?.name?.zh === 'string' && typeof v.name.en === 'string' ? { id, name: { zh: v.name.zh, en: v.name.en } } : null;
}

function isAnnotationKey(key: string): boolean {
  return key.startsWith('annotation/');
}

/** The analyst's current value of a key as JSON (the baseline's when not edited; null = none). */
function currentJson(db: Db, dataset: Dataset, key: string): string | null {
  if (isAnnotationKey(key)) {
    const a = getAnnotation(db, key.slice('annotation/'.length));
    return a ? JSON.stringify(a) : null;
  }
  const row = db.prepare('SELECT value FROM overlay WHERE key = ?').pluck().get(key) as string | undefined;
  if (row !== undefined) return row;
  const base = baselineValue(dataset, key);
  return base === undefined ? null : JSON.stringify(base);
}

export function listMergeConflicts(ws: Workspace, which: 'open' | 'all' = 'open'): MergeConflict[] {
  return ws.readConsistent((db) => describeMergeConflicts(db, which, (key) => currentJson(db, ws.dataset, key)));
}

/** Keep mine (the conflict is settled, nothing else changes) or take theirs (their value written, by them). One undoable step. */
export function resolveMergeConflict(ws: Workspace, key: string, choice: 'mine' | 'theirs'): EditResult {
  const { built: _built, ...edit } = ws.commitStep((db) => {
    const conflict = readMergeConflicts(db).get(key);
    if (!conflict || conflict.state !== 'open') throw new AppError('not-found', `No open merge conflict at ${key}.`);
    const field = parseKey(key)!;
    const label: StepLabel = {
      kind: 'resolve-merge-conflict',
      target: conflictPlace(field, conflict.theirs, currentJson(db, ws.dataset, key)),
      field: field.kind,
      lang: 'lang' in field ? field.lang : null,
      choice,
      source: conflict.source,
      ...(field.kind === 'category' ? { category: categoryOf(conflict.theirs, field.id) } : {}),
    };
    const settled: Change = { key: mergeConflictKey(key), json: JSON.stringify({ ...conflict, state: choice }) };
    const changes: Change[] = choice === 'theirs' ? [{ key, json: conflict.theirs, by: { author: conflict.author, at: conflict.at } }, settled] : [settled];
    return { label, changes };
  });
  return edit;
}
