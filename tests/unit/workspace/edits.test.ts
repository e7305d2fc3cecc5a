import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDataDir, openWorkspace, tempDir } from '../helpers.ts';

describe('editing the matrix', () => {
  it('changes a summary, undoes and redoes it, and keeps a per-cell history', () => {
    const ws = openWorkspace();
    ws.setPrefs({ author: 'Analyst A' });
    const original = ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en;
    const edited = ws.setSummary('export-control', 'JP', 'en', 'Japan follows the US, reluctantly.');
    expect(edited.matrix.domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en).toBe('Japan follows the US, reluctantly.');
    expect(edited.canUndo).toBe(true);

    const undone = ws.undo();
    expect(undone.matrix.domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en).toBe(original);
    expect(undone.canRedo).toBe(true);
    const redone = ws.redo();
    expect(redone.matrix.domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en).toBe('Japan follows the US, reluctantly.');

    const history = ws.history('export-control', 'JP');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ author: 'Analyst A', key: 'position/export-control/JP/summary/en', before: original, after: 'Japan follows the US, reluctantly.', undone: false });
    expect(ws.history('export-control', 'US')).toHaveLength(0);
  });

  it('a new edit after an undo ends the redo branch', () => {
    const ws = openWorkspace();
    ws.setSummary('semiconductors', 'US', 'en', 'first');
    ws.undo();
    const state = ws.setSummary('semiconductors', 'US', 'en', 'second');
    expect(state.canRedo).toBe(false);
    expect(ws.redo().label).toBe('nothing to redo');
  });

  it('changes an alignment value and reason', () => {
    const ws = openWorkspace();
    const state = ws.setAlignment('digital-trade', { value: 'divergent', reason: { en: 'They differ on data localisation.' } });
    const d = state.matrix.domains.find((x) => x.id === 'digital-trade')!;
    expect(d.alignment.value).toBe('divergent');
    expect(d.alignment.reason.en).toBe('They differ on data localisation.');
    expect(d.alignment.reason.zh.length).toBeGreaterThan(0);
  });

  it('adds evidence from a reader selection only when the text is really there', () => {
    const ws = openWorkspace();
    const paragraph = ws.paragraphs.find((p) => p.kind === 'body' && p.text.includes('出口管制'))!;
    const start = paragraph.text.indexOf('出口管制');
    const state = ws.addEvidence('export-control', 'JP', paragraph.id, start, '出口管制');
    const added = state.matrix.domains.find((d) => d.id === 'export-control')!.positions['JP']!.evidence.find((e) => e.origin === 'user')!;
    expect(added).toMatchObject({ status: 'anchored', paragraphId: paragraph.id, start, exact: '出口管制' });
    expect(added.prefix).toBe(paragraph.text.slice(Math.max(0, start - 20), start));

    expect(() => ws.addEvidence('export-control', 'JP', paragraph.id, start + 1, '出口管制')).toThrow(/does not occur/);
    expect(() => ws.addEvidence('export-control', 'JP', 'wu-cong.ffffffffff', 0, 'x')).toThrow(/Unknown paragraph/);
    expect(() => ws.addEvidence('no-domain', 'JP', paragraph.id, start, '出口管制')).toThrow(/Unknown domain/);

    const removed = ws.removeEvidence('export-control', 'JP', added.id);
    expect(removed.matrix.domains.find((d) => d.id === 'export-control')!.positions['JP']!.evidence.some((e) => e.id === added.id)).toBe(false);
  });

  it('removes a baseline quote and brings it back with undo', () => {
    const ws = openWorkspace();
    const before = ws.matrix().domains.find((d) => d.id === 'semiconductors')!.positions['US']!.evidence;
    const target = before[0]!;
    const after = ws.removeEvidence('semiconductors', 'US', target.id).matrix.domains.find((d) => d.id === 'semiconductors')!.positions['US']!.evidence;
    expect(after.map((e) => e.id)).not.toContain(target.id);
    expect(ws.undo().matrix.domains.find((d) => d.id === 'semiconductors')!.positions['US']!.evidence.map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  it('adds a domain and an actor column', () => {
    const ws = openWorkspace();
    ws.addActor('EU', { zh: '欧盟', en: 'European Union' });
    const state = ws.addDomain('ai-governance', { zh: '人工智能治理', en: 'AI governance' });
    expect(state.matrix.actors.map((a) => a.id)).toEqual(['US', 'JP', 'EU']);
    const domain = state.matrix.domains.at(-1)!;
    expect(domain).toMatchObject({ id: 'ai-governance', origin: 'user', alignment: { value: 'not-covered' } });
    const withSummary = ws.setSummary('ai-governance', 'EU', 'en', 'The EU regulates by risk tier.');
    expect(withSummary.matrix.domains.at(-1)!.positions['EU']!.summary.en).toBe('The EU regulates by risk tier.');
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
    const state = reopened.matrixState();
    expect(state.matrix.domains[0]!.positions['US']!.summary.en).toBe('My own wording.');
    expect(state.matrix.domains.find((d) => d.id === 'investment-review')!.positions['US']!.summary.en).toBe('Untouched by the new baseline.');
    expect(state.matrix.domains[2]!.positions['JP']!.summary.en).toBe('Another baseline change nobody edited.');
    expect(state.conflicts).toEqual([
      {
        key: 'position/export-control/US/summary/en',
        target: { domainId: 'export-control', actorId: 'US', evidenceId: null },
        baselineNow: 'A revised baseline summary.',
        userValue: 'My own wording.',
      },
    ]);
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
  const usSummary = (state: { matrix: { domains: Array<{ positions: Record<string, { summary: { en: string } }> }> } }) =>
    state.matrix.domains[0]!.positions['US']!.summary.en;

  it('keeps the analyst’s value and clears the conflict; undo brings the conflict back exactly', () => {
    const ws = conflicted();
    expect(ws.matrixState().conflicts.map((c) => c.key)).toEqual([key]);
    const kept = ws.resolveConflict(key, 'mine');
    expect(usSummary(kept)).toBe('My own wording.');
    expect(kept.conflicts).toEqual([]);
    const undone = ws.undo();
    expect(undone.conflicts.map((c) => c.key)).toEqual([key]);
    expect(usSummary(undone)).toBe('My own wording.');
    expect(ws.redo().conflicts).toEqual([]);
  });

  it('takes the new baseline, dropping the edit; undo restores the edit and the conflict', () => {
    const ws = conflicted();
    const taken = ws.resolveConflict(key, 'baseline');
    expect(usSummary(taken)).toBe('A revised baseline summary.');
    expect(taken.conflicts).toEqual([]);
    expect(taken.editedCells).not.toContain('export-control/US');
    const undone = ws.undo();
    expect(usSummary(undone)).toBe('My own wording.');
    expect(undone.conflicts.map((c) => c.key)).toEqual([key]);
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
    const a = ws.addAnnotation({ domainId: 'investment-review', actorId: 'JP', evidenceId: null }, 'timing', '日本是事前审查，美国是事后审查。');
    expect(a).toMatchObject({ author: '李分析', category: 'timing', target: { domainId: 'investment-review', actorId: 'JP', evidenceId: null } });
    const quote = ws.matrix().domains[0]!.positions['US']!.evidence[0]!;
    ws.addAnnotation({ domainId: 'export-control', actorId: 'US', evidenceId: quote.id }, 'purpose', 'Aimed at China by name.');
    ws.addAnnotation({ domainId: 'export-control', actorId: null, evidenceId: null }, 'scope', 'Scope differs.');

    expect(ws.listAnnotations()).toHaveLength(3);
    expect(ws.listAnnotations({ category: 'timing' }).map((x) => x.id)).toEqual([a.id]);
    expect(ws.listAnnotations({ query: '事前' }).map((x) => x.id)).toEqual([a.id]);
    expect(ws.listAnnotations({ domainId: 'export-control' })).toHaveLength(2);
    expect(ws.matrixState().annotationCounts).toMatchObject({
      'investment-review': 1,
      'investment-review/JP': 1,
      'export-control': 2,
      'export-control/US': 1,
      [`export-control/US/${quote.id}`]: 1,
      'export-control/_': 1,
    });

    const updated = ws.updateAnnotation(a.id, { text: '事前 vs 事后' });
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
    expect(ws.matrixState().editedCells).toEqual(['export-control/JP', 'semiconductors/_']);
    ws.undo();
    expect(ws.matrixState().editedCells).toEqual(['export-control/JP']);
  });
});
