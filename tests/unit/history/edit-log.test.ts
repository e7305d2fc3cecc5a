import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { onCleanup, openWorkspace } from '../helpers.ts';

describe('the edit log', () => {
  it('a damaged history row (from a shared file) is refused by undo, and nothing is written', () => {
    const ws = openWorkspace();
    ws.setSummary('export-control', 'JP', 'en', 'first');
    ws.setSummary('export-control', 'JP', 'en', 'second');
    const other = new Database(ws.dbPath);
    onCleanup(() => other.close());
    other.prepare("UPDATE history SET before = '{not json' WHERE seq = (SELECT max(seq) FROM history)").run();
    other.close();
    expect(() => ws.undo()).toThrow(/damaged; nothing was undone/);
    expect(ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en).toBe('second');
    expect(ws.matrixView().undo).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('an action that changes nothing records no step', () => {
    const ws = openWorkspace();
    const original = ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en;
    const same = ws.setSummary('export-control', 'JP', 'en', 'changed');
    const again = ws.setSummary('export-control', 'JP', 'en', 'changed');
    expect(same.changed.rows).toHaveLength(1);
    expect(again.changed.rows).toEqual([]);
    expect(ws.history()).toHaveLength(1);
    ws.undo();
    expect(ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en).toBe(original);
  });

  it('a refused command inside the transaction writes nothing', () => {
    const ws = openWorkspace();
    expect(() => ws.setAlignment('export-control', {})).toThrow(/Nothing to change/);
    expect(() => ws.setSummary('export-control', 'nobody', 'en', 'x')).toThrow(/Unknown actor/);
    expect(ws.history()).toEqual([]);
    expect(ws.matrixView().undo).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  });
});
