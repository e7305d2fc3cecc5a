// Migration 4 (history steps): history written by schema 3 stays readable and undoable, one step per
// old row, with typed labels derived from the old English text; a backup is taken first.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../../src/main/core/db/open.ts';
import { MIGRATIONS } from '../../../src/main/core/db/migrations.ts';
import { openWorkspace, tempDir } from '../helpers.ts';

describe('migration 4: history steps', () => {
  it('turns every schema-3 history row into its own step, readable and undoable', () => {
    const dir = tempDir();
    const file = path.join(dir, 'policy-matrix.db');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.transaction(() => {
      for (const m of MIGRATIONS.filter((x) => x.version <= 3)) m.up(old);
      old.pragma('user_version = 3');
      old.pragma(`application_id = ${APPLICATION_ID}`);
    })();
    const row = old.prepare('INSERT INTO overlay(key, value, baseline_hash, updated_at, author) VALUES (?, ?, ?, ?, ?)');
    const hist = old.prepare('INSERT INTO history(at, author, key, label, before, after, state) VALUES (?, ?, ?, ?, ?, ?, ?)');
    row.run('alignment/digital-trade/value', '"divergent"', null, '2025-01-01T00:00:00.000Z', 'Old Analyst');
    hist.run('2025-01-01T00:00:00.000Z', 'Old Analyst', 'alignment/digital-trade/value', 'alignment digital-trade', null, '"divergent"', 0);
    row.run('position/export-control/JP/summary/zh', '"旧的改写"', null, '2025-01-02T00:00:00.000Z', 'Old Analyst');
    hist.run('2025-01-02T00:00:00.000Z', 'Old Analyst', 'position/export-control/JP/summary/zh', 'summary export-control/JP (zh)', null, '"旧的改写"', 0);
    const note = { id: 'n1', target: { domainId: 'export-control', actorId: null, evidenceId: null }, category: 'scope', text: 'old note', author: 'Old Analyst', createdAt: 't', updatedAt: 't' };
    hist.run('2025-01-03T00:00:00.000Z', 'Old Analyst', 'annotation/n1', 'annotate export-control', null, JSON.stringify(note), 1);
    old.close();

    const ws = openWorkspace(dir);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => /^policy-matrix\.db\.v3\./.test(f))).toBe(true);
    const history = ws.history();
    expect(history.map((s) => [s.label.kind, s.label.field, s.label.lang, s.undone, s.author])).toEqual([
      ['add-annotation', null, null, true, 'Old Analyst'],
      ['set-summary', 'summary', 'zh', false, 'Old Analyst'],
      ['set-alignment', 'alignment-value', null, false, 'Old Analyst'],
    ]);
    expect(history[2]!.label.target).toEqual({ domainId: 'digital-trade', actorId: null, evidenceId: null });
    expect(history[0]!.label.target).toEqual({ domainId: 'export-control', actorId: null, evidenceId: null });
    expect(ws.matrixView().undo).toMatchObject({ canUndo: true, canRedo: true, undoLabel: { kind: 'set-summary' }, redoLabel: { kind: 'add-annotation' } });

    // The old rows behave as steps: undo the summary, redo the old annotation is gone (a new step ends the branch).
    ws.undo();
    expect(ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.zh).not.toBe('旧的改写');
    ws.setSummary('export-control', 'US', 'en', 'new');
    expect(ws.matrixView().undo).toMatchObject({ canRedo: false });
    expect(ws.history()[0]!.label.kind).toBe('set-summary');
  });
});
