// The edit log: every write the analyst makes goes through `commit`, in the spirit of Actual Budget's
// `mutator(undoable(fn))`. One analyst action = one IMMEDIATE transaction = one step in `steps` with
// one history row per key it wrote = one Undo. Undo and redo are one code path (`step`), applying a
// step's rows backwards or forwards. Values live in stores registered per key kind (the overlay for
// matrix values, the annotations table for annotations), so the log itself knows no table but its own.
import { HISTORY_LIMIT } from '../../../shared/contract.ts';
import { parseKey } from '../../../shared/keys.ts';
import type { HistoryChange, HistoryStep, StepLabel, UndoState } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { AppError } from '../errors.ts';

/** Where the values of one kind of key live. JSON text in and out; null = no value (no row). */
export interface ValueStore {
  /** `meta`: who wrote the row and when, when the store keeps that beside the value (so undo restores it exactly). */
  read(key: string): { json: string | null; hash: string | null; meta?: { author: string; at: string } | null };
  write(key: string, json: string | null, hash: string | null, author: string, at: string): void;
}

/** What the shipped baseline says about a key, for conflict hashes and for "before" in the history. */
export interface Baseline {
  hash(key: string): string | null;
  value(key: string): unknown;
}

/** One value to write: JSON text, or null to remove the row (the baseline shows through again). */
export interface Change {
  key: string;
  json: string | null;
  /** Who wrote the value and when, when it is not the analyst now (a value merged from a colleague's project). */
  by?: { author: string; at: string };
}
export const setValue = (key: string, value: unknown): Change => ({ key, json: JSON.stringify(value) });
export const clearValue = (key: string): Change => ({ key, json: null });

/** A key a step wrote, with its value before and after (JSON text; null = no row). */
export interface Touched {
  key: string;
  before: string | null;
  after: string | null;
}

export interface Step {
  label: StepLabel;
  changes: Change[];
}

interface StepRow {
  seq: number;
  at: string;
  author: string;
  label: string;
  state: number;
}

interface HistoryRow {
  seq: number;
  key: string;
  before: string | null;
  after: string | null;
  before_hash: string | null;
  after_hash: string | null;
  before_meta: string | null;
  after_meta: string | null;
  step: number;
}

const APPLIED = 0;
const UNDONE = 1;
const SUPERSEDED = 2;

export class EditLog {
  private readonly db: Db;
  private readonly storeFor: (key: string) => ValueStore;
  private readonly baseline: Baseline;
  private readonly now: () => string;
  private readonly author: () => string;

  constructor(options: { db: Db; storeFor: (key: string) => ValueStore; baseline: Baseline; now: () => string; author: () => string }) {
    this.db = options.db;
    this.storeFor = options.storeFor;
    this.baseline = options.baseline;
    this.now = options.now;
    this.author = options.author;
  }

  /**
   * Run one analyst action: `build` validates against the database and says what to write; it runs
   * inside the write transaction, so what it checked is still true when the values are written. A
   * build that throws changes nothing. Values equal to what is stored are skipped; a step that would
   * change nothing is not recorded (and returns no keys).
   */
  commit(build: () => Step): { label: StepLabel; touched: Touched[]; seq: number | null } {
    return writeTransaction(this.db, () => {
      const { label, changes } = build();
      const at = this.now();
      const author = this.author();
      const latest = new Map<string, Change>();
      for (const c of changes) latest.set(c.key, c);
      const rows: Array<Omit<HistoryRow, 'seq' | 'step'> & { by: { author: string; at: string } }> = [];
      for (const [key, { json, by = { author, at } }] of latest) {
        const store = this.storeFor(key);
        const before = store.read(key);
        const afterHash = json === null ? null : this.baseline.hash(key);
        if (before.json === json && (json === null || before.hash === afterHash)) continue;
        const beforeMeta = before.meta ? JSON.stringify(before.meta) : null;
        rows.push({ key, before: before.json, after: json, before_hash: before.hash, after_hash: afterHash, before_meta: beforeMeta, after_meta: JSON.stringify(by), by });
      }
      if (rows.length === 0) return { label, touched: [], seq: null };
      // A new step ends the redo branch; the undone steps stay visible in the history.
      this.db.prepare(`UPDATE steps SET state = ${SUPERSEDED} WHERE state = ${UNDONE}`).run();
      const seq = Number(
        this.db.prepare('INSERT INTO steps(at, author, label, state) VALUES (?, ?, ?, 0)').run(at, author, JSON.stringify(label)).lastInsertRowid,
      );
      const insert = this.db.prepare(
        `INSERT INTO history(at, author, key, label, before, after, before_hash, after_hash, before_meta, after_meta, step)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const r of rows) {
        this.storeFor(r.key).write(r.key, r.after, r.after_hash, r.by.author, r.by.at);
        insert.run(at, author, r.key, label.kind, r.before, r.after, r.before_hash, r.after_hash, r.before_meta, r.after_meta, seq);
      }
      return { label, touched: rows.map((r) => ({ key: r.key, before: r.before, after: r.after })), seq };
    });
  }

  undo(): { label: StepLabel; touched: Touched[]; seq: number } | null {
    return this.step('undo');
  }

  redo(): { label: StepLabel; touched: Touched[]; seq: number } | null {
    return this.step('redo');
  }

  /** Undo the last applied step, or redo the first undone one: its rows backwards or forwards, in one transaction. */
  private step(direction: 'undo' | 'redo'): { label: StepLabel; touched: Touched[]; seq: number } | null {
    return writeTransaction(this.db, () => {
      const step = direction === 'undo' ? this.lastApplied() : this.firstUndone();
      if (!step) return null;
      const label = parseLabel(step.label);
      const rows = this.db.prepare('SELECT * FROM history WHERE step = ? ORDER BY seq').all(step.seq) as HistoryRow[];
      if (direction === 'undo') rows.reverse();
      const touched: Touched[] = [];
      for (const r of rows) {
        const [from, to, toHash, toMeta] =
          direction === 'undo' ? [r.after, r.before, r.before_hash, r.before_meta] : [r.before, r.after, r.after_hash, r.after_meta];
        assertJson(to, r.key);
        // The row comes back exactly as it was, written by whom and when it was; history from before
        // that was kept (schema 3 and older) has no such record: then it is written now, by the analyst.
        const meta = parseMeta(toMeta) ?? { author: this.author(), at: this.now() };
        // Rows written before baseline hashes were kept carry none: hash the baseline as it is now.
        this.storeFor(r.key).write(r.key, to, to === null ? null : (toHash ?? this.baseline.hash(r.key)), meta.author, meta.at);
        touched.push({ key: r.key, before: from, after: to });
      }
      this.db.prepare('UPDATE steps SET state = ? WHERE seq = ?').run(direction === 'undo' ? UNDONE : APPLIED, step.seq);
      return { label, touched, seq: step.seq };
    });
  }

  state(): UndoState {
    const undo = this.lastApplied();
    const redo = this.firstUndone();
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo ? parseLabel(undo.label) : null,
      redoLabel: redo ? parseLabel(redo.label) : null,
    };
  }

  /**
   * Steps that wrote a key under one of the prefixes (all steps when null), newest first, each with
   * every value it changed. A value that had no row before shows the baseline's value as "before".
   */
  history(prefixes: string[] | null, limit = HISTORY_LIMIT): HistoryStep[] {
    const where = prefixes ? `WHERE ${prefixes.map(() => "key LIKE ? ESCAPE '\\'").join(' OR ')}` : '';
    const params = prefixes ? prefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : [];
    const seqs = (this.db.prepare(`SELECT DISTINCT step FROM history ${where} ORDER BY step DESC LIMIT ${limit}`).all(...params) as Array<{ step: number }>).map(
      (r) => r.step,
    );
    if (seqs.length === 0) return [];
    return this.stepsOf(seqs);
  }

  /** One step as `history` lists it (after a commit, an undo or a redo: what the open histories take in). */
  historyStep(seq: number): HistoryStep | null {
    return this.stepsOf([seq])[0] ?? null;
  }

  private stepsOf(seqs: number[]): HistoryStep[] {
    const marks = seqs.map(() => '?').join(',');
    const steps = this.db.prepare(`SELECT * FROM steps WHERE seq IN (${marks}) ORDER BY seq DESC`).all(...seqs) as StepRow[];
    const rows = this.db.prepare(`SELECT * FROM history WHERE step IN (${marks}) ORDER BY seq`).all(...seqs) as HistoryRow[];
    const byStep = new Map<number, HistoryRow[]>();
    for (const r of rows) {
      const list = byStep.get(r.step);
      if (list) list.push(r);
      else byStep.set(r.step, [r]);
    }
    return steps.map((s) => ({
      seq: s.seq,
      at: s.at,
      author: s.author,
      label: parseLabel(s.label),
      undone: s.state !== APPLIED,
      changes: (byStep.get(s.seq) ?? []).flatMap((r) => {
        const field = parseKey(r.key);
        if (!field) return [];
        const before = r.before === null ? (field.kind === 'annotation' ? null : (this.baseline.value(r.key) ?? null)) : parseJson(r.before);
        return [{ key: r.key, field, before, after: r.after === null ? null : parseJson(r.after) } as HistoryChange];
      }),
    }));
  }

  private lastApplied(): StepRow | undefined {
    return this.db.prepare(`SELECT * FROM steps WHERE state = ${APPLIED} ORDER BY seq DESC LIMIT 1`).get() as StepRow | undefined;
  }

  private firstUndone(): StepRow | undefined {
    return this.db.prepare(`SELECT * FROM steps WHERE state = ${UNDONE} ORDER BY seq ASC LIMIT 1`).get() as StepRow | undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A value about to be written back by undo/redo must be JSON: history can come from a shared file. */
function assertJson(text: string | null, key: string): void {
  if (text === null) return;
  try {
    JSON.parse(text);
  } catch {
    throw new AppError('bad-file', `The history entry for ${key} is damaged; nothing was undone or redone.`);
  }
}

function parseMeta(text: string | null): { author: string; at: string } | null {
  const v = text === null ? null : (parseJson(text) as { author?: unknown; at?: unknown } | null);
  return v && typeof v.author === 'string' && typeof v.at === 'string' ? { author: v.author, at: v.at } : null;
}

function parseLabel(text: string): StepLabel {
  const fallback: StepLabel = { kind: 'set-summary', target: { domainId: null, actorId: null, evidenceId: null }, field: null, lang: null, choice: null };
  const value = parseJson(text);
  return value && typeof value === 'object' && 'kind' in value ? { ...fallback, ...(value as Partial<StepLabel>) } : fallback;
}
