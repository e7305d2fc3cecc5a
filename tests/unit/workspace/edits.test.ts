import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { copyDataDir, openWorkspace, tempDir } from '../helpers.ts';

const domainOf = (ws: Workspace, id: string) => ws.matrix().domains.find((d) => d.id === id)!;
const summaryOf = (ws: Workspace, domainId: string, actorId: string) => domainOf(ws, domainId).positions[actorId]!.summary.en;
const rowOf = (ws: Workspace, id: string) => ws.matrixView().rows.find((r) => r.id === id)!;

describe('editing the matrix', () => {
  it("numbers each announced change: a write's result and its matrix:changed carry the same number", () => {
    const ws = openWorkspace();
    const heard: Array<number | undefined> = [];
    ws.onChange((event) => heard.push(event.change));
    const first = ws.setSummary('export-control', 'JP', 'en', 'First reading.');
    const second = ws.setSummary('export-control', 'JP', 'en', 'Second reading.');
    const undone = ws.undo();
    expect([first.change, second.change, undone.change]).toEqual(heard);
    expect(new Set(heard).size).toBe(3);
    expect(heard[1]! > heard[0]! && heard[2]! > heard[1]!).toBe(true);
    // The first save undone too; then nothing is left to undo: nothing announced, no number.
    expect(ws.undo().change).toBe(heard[3]);
    const nothing = ws.undo();
    expect(nothing.step).toBeNull();
    expect(nothing.change).toBeUndefined();
    expect(heard).toHaveLength(4);
  });

  it('changes a summary, undoes and redoes it, and keeps a per-cell history', () => {
    const ws = openWorkspace();
    ws.setPrefs({ author: 'Analyst A' });
    const original = summaryOf(ws, 'export-control', 'JP');
    const edited = ws.setSummary('export-control', 'JP', 'en', 'Japan follows the US, reluctantly.');
    // The result carries the changed row only, with its fresh painted content.
    expect(edited.changed.rows.map((r) => r.id)).toEqual(['export-control']);
    expect(edited.changed.rows[0]!.positions.find((p) => p.actorId === 'JP')).toMatchObject({ summary: { en: 'Japan follows the US, reluctantly.' }, edited: true });
    expect(edited.changed.cells).toEqual([{ domainId: 'export-control', actorId: 'JP' }]);
    const label = { kind: 'set-summary', target: { domainId: 'export-control', actorId: 'JP', evidenceId: null }, field: 'summary', lang: 'en', choice: null };
    expect(edited.undo).toEqual({ canUndo: true, canRedo: false, undoLabel: label, redoLabel: null });

    const undone = ws.undo();
    expect(undone.step).toEqual(label);
    expect(summaryOf(ws, 'export-control', 'JP')).toBe(original);
    expect(undone.changed.rows[0]!.positions.find((p) => p.actorId === 'JP')!.summary.en).toBe(original);
    expect(undone.undo).toMatchObject({ canRedo: true, redoLabel: label });
    ws.redo();
    expect(summaryOf(ws, 'export-control', 'JP')).toBe('Japan follows the US, reluctantly.');

    const history = ws.history('export-control', 'JP');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ author: 'Analyst A', label, undone: false });
    expect(history[0]!.changes).toEqual([
      {
        key: 'position/export-control/JP/summary/en',
        field: { kind: 'summary', domainId: 'export-control', actorId: 'JP', lang: 'en' },
        before: original,
        after: 'Japan follows the US, reluctantly.',
      },
    ]);
    expect(ws.history('export-control', 'US')).toHaveLength(0);
  });

  it('a new edit after an undo ends the redo branch', () => {
    const ws = openWorkspace();
    ws.setSummary('semiconductors', 'US', 'en', 'first');
    ws.undo();
    const state = ws.setSummary('semiconductors', 'US', 'en', 'second');
    expect(state.undo.canRedo).toBe(false);
    expect(ws.redo().step).toBeNull();
  });

  it('changes an alignment value and reason in one step: one undo reverses both', () => {
    const ws = openWorkspace();
    const before = domainOf(ws, 'digital-trade').alignment;
    const state = ws.setAlignment('digital-trade', { value: 'divergent', reason: { en: 'They differ on data localisation.' } });
    const row = state.changed.rows[0]!;
    expect(row.alignment).toMatchObject({ value: 'divergent', reason: { en: 'They differ on data localisation.', zh: before.reason.zh }, edited: true });
    expect(state.undo.undoLabel).toMatchObject({ kind: 'set-alignment', field: 'alignment', lang: 'en' });
    expect(ws.history('digital-trade', null)).toHaveLength(1);
    ws.undo();
    expect(domainOf(ws, 'digital-trade').alignment).toEqual(before);
    expect(ws.undo().step).toBeNull();
  });

  it('adds evidence from a reader selection only when the text is really there', () => {
    const ws = openWorkspace();
    const paragraph = ws.paragraphs.find((p) => p.kind === 'body' && p.text.includes('出口管制'))!;
    const start = paragraph.text.indexOf('出口管制');
    const state = ws.addEvidence('export-control', 'JP', paragraph.id, start, '出口管制');
    const [cell] = ws.evidence([{ domainId: 'export-control', actorId: 'JP' }]);
    const added = cell!.evidence.find((e) => e.origin === 'user')!;
    expect(added.id).toBe(state.evidenceId);
    expect(added).toMatchObject({ status: 'anchored', paragraphId: paragraph.id, start, exact: '出口管制' });
    expect(added.prefix).toBe(paragraph.text.slice(Math.max(0, start - 20), start));

    expect(() => ws.addEvidence('export-control', 'JP', paragraph.id, start + 1, '出口管制')).toThrow(/does not occur/);
    expect(() => ws.addEvidence('export-control', 'JP', 'wu-cong.ffffffffff', 0, 'x')).toThrow(/Unknown paragraph/);
    expect(() => ws.addEvidence('no-domain', 'JP', paragraph.id, start, '出口管制')).toThrow(/Unknown domain/);

    const removed = ws.removeEvidence('export-control', 'JP', added.id);
    expect(removed.changed.cells).toEqual([{ domainId: 'export-control', actorId: 'JP' }]);
    expect(domainOf(ws, 'export-control').positions['JP']!.evidence.some((e) => e.id === added.id)).toBe(false);
    expect(() => ws.removeEvidence('export-control', 'JP', added.id)).toThrow(/No evidence/);
  });

  it('removes a baseline quote and brings it back with undo', () => {
    const ws = openWorkspace();
    const before = domainOf(ws, 'semiconductors').positions['US']!.evidence;
    const target = before[0]!;
    const removed = ws.removeEvidence('semiconductors', 'US', target.id);
    expect(removed.changed.rows[0]!.positions.find((p) => p.actorId === 'US')!.quotes).toBe(before.length - 1);
    expect(domainOf(ws, 'semiconductors').positions['US']!.evidence.map((e) => e.id)).not.toContain(target.id);
    ws.undo();
    expect(domainOf(ws, 'semiconductors').positions['US']!.evidence.map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  it('adds a domain and an actor column', () => {
    const ws = openWorkspace();
    const actor = ws.addActor('EU', { zh: '欧盟', en: 'European Union' });
    expect(actor.changed.actors!.map((a) => a.id)).toEqual(['US', 'JP', 'EU']);
    const state = ws.addDomain('ai-governance', { zh: '人工智能治理', en: 'AI governance' });
    expect(state.changed.rows).toHaveLength(1);
    expect(state.changed.rows[0]).toMatchObject({ id: 'ai-governance', origin: 'user', alignment: { value: 'not-covered' } });
    expect(ws.matrixView().rows.at(-1)!.id).toBe('ai-governance');
    const withSummary = ws.setSummary('ai-governance', 'EU', 'en', 'The EU regulates by risk tier.');
    expect(withSummary.changed.rows[0]!.positions.find((p) => p.actorId === 'EU')!.summary.en).toBe('The EU regulates by risk tier.');
    ws.undo();
    const undoneDomain = ws.undo();
    expect(undoneDomain.changed.removedRows).toEqual(['ai-governance']);
    expect(ws.matrixView().rows.some((r) => r.id === 'ai-governance')).toBe(false);
    ws.redo();
    expect(() => ws.addDomain('ai-governance', { zh: 'x', en: 'x' })).toThrow(/already exists/);
    expect(() => ws.addActor('US', { zh: 'x', en: 'x' })).toThrow(/already exists/);
  });

  it('keeps user edits apart from the baseline and reports where a revised baseline meets one', () => {
    const dataDir = copyDataDir();
    const dir = tempDir();
    const ws = openWorkspace(dir, { dataDir });
    ws.setSummary('export-control', 'US', 'en', 'My own wording.');
    ws.setSummary('investment-review', 'US', 'en', 'Untouched by the new baseline.');
    ws.close();

    // A newer app version ships a revised baseline that changes one of the edited values.
    const file = path.join(dataDir, 'matrix', 'matrix.json');
    const revised = JSON.parse(fs.readFileSync(file, 'utf8'));
    revised.domains[0].positions.US.summary.en = 'A revised baseline summary.';
    revised.domains[2].positions.JP.summary.en = 'Another baseline change nobody edited.';
    fs.writeFileSync(file, JSON.stringify(revised, null, 2));

    const reopened = openWorkspace(dir, { dataDir });
    const m = reopened.matrix();
    expect(m.domains[0]!.positions['US']!.summary.en).toBe('My own wording.');
    expect(m.domains.find((d) => d.id === 'investment-review')!.positions['US']!.summary.en).toBe('Untouched by the new baseline.');
    expect(m.domains[2]!.positions['JP']!.summary.en).toBe('Another baseline change nobody edited.');
    const view = reopened.matrixView();
    expect(view.conflicts).toEqual([
      {
        key: 'position/export-control/US/summary/en',
        target: { domainId: 'export-control', actorId: 'US', evidenceId: null },
        kind: 'summary',
        lang: 'en',
        baselineNow: 'A revised baseline summary.',
        userValue: 'My own wording.',
      },
    ]);
    expect(view.rows[0]!.positions.find((p) => p.actorId === 'US')!.conflict).toBe(true);
  });
});

describe('resolving a baseline conflict', () => {
  function conflicted() {
    const dataDir = copyDataDir();
    const dir = tempDir();
    const ws = openWorkspace(dir, { dataDir });
    ws.setSummary('export-control', 'US', 'en', 'My own wording.');
    ws.close();
    const file = path.join(dataDir, 'matrix', 'matrix.json');
    const revised = JSON.parse(fs.readFileSync(file, 'utf8'));
    revised.domains[0].positions.US.summary.en = 'A revised baseline summary.';
    fs.writeFileSync(file, JSON.stringify(revised, null, 2));
    return openWorkspace(dir, { dataDir });
  }
  const key = 'position/export-control/US/summary/en';
  const usSummary = (ws: Workspace) => summaryOf(ws, 'export-control', 'US');

  it('keeps the analyst’s value and clears the conflict; undo brings the conflict back exactly', () => {
    const ws = conflicted();
    expect(ws.matrixView().conflicts.map((c) => c.key)).toEqual([key]);
    const kept = ws.resolveConflict(key, 'mine');
    expect(usSummary(ws)).toBe('My own wording.');
    expect(kept.changed.conflicts).toEqual([]);
    expect(kept.undo.undoLabel).toMatchObject({ kind: 'resolve-conflict', field: 'summary', lang: 'en', choice: 'mine' });
    const undone = ws.undo();
    expect(undone.changed.conflicts!.map((c) => c.key)).toEqual([key]);
    expect(usSummary(ws)).toBe('My own wording.');
    expect(ws.redo().changed.conflicts).toEqual([]);
  });

  it('takes the new baseline, dropping the edit; undo restores the edit and the conflict', () => {
    const ws = conflicted();
    const taken = ws.resolveConflict(key, 'baseline');
    expect(usSummary(ws)).toBe('A revised baseline summary.');
    expect(taken.changed.conflicts).toEqual([]);
    expect(taken.changed.rows[0]!.positions.find((p) => p.actorId === 'US')).toMatchObject({ edited: false, conflict: false });
    const undone = ws.undo();
    expect(usSummary(ws)).toBe('My own wording.');
    expect(undone.changed.conflicts!.map((c) => c.key)).toEqual([key]);
  });

  it('refuses a key without a conflict', () => {
    const ws = openWorkspace();
    expect(() => ws.resolveConflict(key, 'mine')).toThrow(/No baseline conflict/);
  });
});

describe('annotations', () => {
  it('adds, lists, filters, updates, deletes, and undoes', () => {
    const ws = openWorkspace();
    ws.setPrefs({ author: '李分析' });
    const added = ws.addAnnotation({ domainId: 'investment-review', actorId: 'JP', evidenceId: null }, 'timing', '日本是事前审查，美国是事后审查。');
    const a = added.annotation;
    expect(added.changed).toMatchObject({ annotations: [a.id], cells: [{ domainId: 'investment-review', actorId: 'JP' }] });
    expect(added.changed.rows[0]!.positions.find((p) => p.actorId === 'JP')!.annotations).toBe(1);
    expect(a).toMatchObject({ author: '李分析', category: 'timing', target: { domainId: 'investment-review', actorId: 'JP', evidenceId: null } });
    const quote = ws.matrix().domains[0]!.positions['US']!.evidence[0]!;
    ws.addAnnotation({ domainId: 'export-control', actorId: 'US', evidenceId: quote.id }, 'purpose', 'Aimed at China by name.');
    ws.addAnnotation({ domainId: 'export-control', actorId: null, evidenceId: null }, 'scope', 'Scope differs.');

    expect(ws.listAnnotations()).toHaveLength(3);
    expect(ws.listAnnotations({ category: 'timing' }).map((x) => x.id)).toEqual([a.id]);
    expect(ws.listAnnotations({ query: '事前' }).map((x) => x.id)).toEqual([a.id]);
    expect(ws.listAnnotations({ domainId: 'export-control' })).toHaveLength(2);
    expect(ws.listAnnotations({ domainId: 'export-control', actorId: 'US' })).toHaveLength(1);
    expect(ws.listAnnotations({ domainId: 'export-control', actorId: null })).toHaveLength(1);
    expect(rowOf(ws, 'investment-review')).toMatchObject({ annotations: 1 });
    expect(rowOf(ws, 'investment-review').positions.find((p) => p.actorId === 'JP')!.annotations).toBe(1);
    expect(rowOf(ws, 'export-control')).toMatchObject({ annotations: 2, alignment: { annotations: 1 } });
    expect(rowOf(ws, 'export-control').positions.find((p) => p.actorId === 'US')!.annotations).toBe(1);
    const [usCell] = ws.evidence([{ domainId: 'export-control', actorId: 'US' }]);
    expect(usCell!.evidence.find((e) => e.id === quote.id)!.annotations).toBe(1);

    const updated = ws.updateAnnotation(a.id, { text: '事前 vs 事后' }).annotation;
    expect(updated.text).toBe('事前 vs 事后');
    expect(updated.createdAt).toBe(a.createdAt);
    expect(updated.updatedAt > a.updatedAt).toBe(true);
    ws.deleteAnnotation(a.id);
    expect(ws.listAnnotations()).toHaveLength(2);
    ws.undo();
    expect(ws.listAnnotations().find((x) => x.id === a.id)?.text).toBe('事前 vs 事后');

    expect(() => ws.addAnnotation({ domainId: 'nope', actorId: null, evidenceId: null }, 'other', 'x')).toThrow(/Unknown domain/);
    expect(() => ws.addAnnotation({ domainId: 'export-control', actorId: 'US', evidenceId: 'b:nope' }, 'other', 'x')).toThrow(/Unknown evidence/);
    expect(() => ws.addAnnotation({ domainId: 'export-control', actorId: null, evidenceId: null }, 'other', '   ')).toThrow(/needs some text/);
  });
});

describe('edited cells', () => {
  it('reports the cells the overlay changes, and forgets them on undo', () => {
    const ws = openWorkspace();
    ws.setSummary('export-control', 'JP', 'zh', '改写');
    ws.setAlignment('semiconductors', { value: 'divergent' });
    const edited = () =>
      ws.matrixView().rows.flatMap((r) => [
        ...(r.alignment.edited ? [`${r.id}/_`] : []),
        ...r.positions.filter((p) => p.edited).map((p) => `${r.id}/${p.actorId}`),
      ]);
    expect(edited()).toEqual(['export-control/JP', 'semiconductors/_']);
    ws.undo();
    expect(edited()).toEqual(['export-control/JP']);
  });
});

describe('what a write says it changed (the renderer updates from it, with no refetch)', () => {
  it('a saved summary: its history step and claim check come with it; no quotes, annotations or merge conflicts changed', () => {
    const ws = openWorkspace();
    const edited = ws.setSummaryTexts('export-control', 'JP', { en: 'Japan follows the US, reluctantly.' });
    expect(edited.changed.quotes).toEqual([]);
    expect(edited.changed.annotations).toEqual([]);
    expect(edited.changed.mergeConflicts).toBe(false);
    // The very step edit:history now lists first, so a history held takes it in as it is.
    expect(edited.changed.historyStep).toEqual(ws.history('export-control', 'JP')[0]);
    expect(edited.changed.claims).toEqual(ws.claimCheck(undefined, ['export-control']));

    const undone = ws.undo();
    expect(undone.changed.historyStep).toMatchObject({ seq: edited.changed.historyStep!.seq, undone: true });
    expect(undone.changed.historyStep).toEqual(ws.history('export-control', 'JP')[0]);
  });

  it('a removed quote and an annotation on a quote change the cell’s quotes', () => {
    const ws = openWorkspace();
    const quote = domainOf(ws, 'export-control').positions['US']!.evidence[0]!;
    const noted = ws.addAnnotation({ domainId: 'export-control', actorId: 'US', evidenceId: quote.id }, 'purpose', 'Aimed at China by name.');
    expect(noted.changed.quotes).toEqual([{ domainId: 'export-control', actorId: 'US' }]);
    expect(noted.changed.annotations).toEqual([noted.annotation.id]);
    const onCell = ws.addAnnotation({ domainId: 'export-control', actorId: 'US', evidenceId: null }, 'purpose', 'The cell as a whole.');
    expect(onCell.changed.quotes).toEqual([]);
    const removed = ws.removeEvidence('export-control', 'US', quote.id);
    expect(removed.changed.quotes).toEqual([{ domainId: 'export-control', actorId: 'US' }]);
  });
});
