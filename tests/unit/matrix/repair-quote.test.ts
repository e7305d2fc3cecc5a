// Repairing a broken quote in place: one step of the edit log, recorded in the cell's history with
// the old and the new selector; the quote keeps its ID, its place in the cell and its annotations;
// the broken count drops; Undo brings back exactly the broken quote, Redo exactly the repair.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { copyDataDir, onCleanup, openWorkspace, tempDir } from '../helpers.ts';

/** A source in two versions: the quotes cite v1; v2 rewords one sentence. */
function versions(dir: string) {
  const v1 = ['# Note', '', 'The agency reviews each licence within thirty days of filing.', '', 'A paragraph that stays.'].join('\n');
  const v2 = ['# Note', '', 'The agency reviews every licence within thirty days of filing.', '', 'A paragraph that stays.'].join('\n');
  fs.writeFileSync(path.join(dir, 'v1.md'), v1);
  fs.writeFileSync(path.join(dir, 'v2.md'), v2);
  return { v1: path.join(dir, 'v1.md'), v2: path.join(dir, 'v2.md') };
}

const cellOf = (ws: Workspace) => ws.matrixView().rows.find((r) => r.id === 'export-control')!.positions.find((p) => p.actorId === 'US')!;
const quotes = (ws: Workspace) => ws.evidence([{ domainId: 'export-control', actorId: 'US' }])[0]!.evidence;

function overlayRows(ws: Workspace) {
  const db = new Database(ws.dbPath, { readonly: true });
  onCleanup(() => db.close());
  const rows = db.prepare("SELECT * FROM overlay WHERE key LIKE 'evidence/%' ORDER BY key").all();
  db.close();
  return rows;
}

async function brokenQuote() {
  const ws = openWorkspace();
  const files = versions(tempDir());
  const { id } = await ws.sources.import(files.v1, { worker: false });
  const p = ws.listParagraphs(id).find((x) => x.text.startsWith('The agency'))!;
  const first = ws.addEvidence('export-control', 'US', p.id, 0, 'The agency reviews each licence').evidenceId;
  const second = ws.addEvidence('export-control', 'US', ws.listParagraphs(id).find((x) => x.text.startsWith('A paragraph'))!.id, 0, 'A paragraph that stays').evidenceId;
  const note = ws.addAnnotation({ domainId: 'export-control', actorId: 'US', evidenceId: first }, 'timing', 'Check the deadline.').annotation;
  await ws.sources.replace(id, files.v2, { worker: false });
  return { ws, docId: id, first, second, note };
}

describe('repairing a broken quote', () => {
  it('accepts the best candidate as one step; the broken count drops; undo and redo are exact', async () => {
    const { ws, first, second, note } = await brokenQuote();
    expect(cellOf(ws).broken).toBe(1);
    const brokenCount = ws.matrixView().stats.broken;
    const order = quotes(ws).map((e) => e.id);
    const before = overlayRows(ws);
    const steps = ws.history().length;

    const view = ws.repairCandidates('export-control', 'US', first);
    const best = view.candidates[0]!;
    expect(best).toMatchObject({ exact: 'The agency reviews every licence', quality: 'close' });
    const result = ws.repairQuote('export-control', 'US', first, { paragraphId: best.paragraphId, start: best.start, exact: best.exact });

    expect(result.changed.rows.find((r) => r.id === 'export-control')!.positions.find((p) => p.actorId === 'US')!.broken).toBe(0);
    expect(result.changed.cells).toEqual([{ domainId: 'export-control', actorId: 'US' }]);
    expect(cellOf(ws).broken).toBe(0);
    expect(ws.matrixView().stats.broken).toBe(brokenCount - 1);
    // Same ID, same place in the cell, its annotation still on it.
    expect(quotes(ws).map((e) => e.id)).toEqual(order);
    const repaired = quotes(ws).find((e) => e.id === first)!;
    expect(repaired).toMatchObject({ status: 'anchored', exact: 'The agency reviews every licence', paragraphId: best.paragraphId, start: 0, annotations: 1 });
    expect(ws.listAnnotations({ domainId: 'export-control', actorId: 'US' }).map((a) => a.id)).toContain(note.id);
    expect(quotes(ws).find((e) => e.id === second)!.status).toBe('anchored');

    // One step, in the cell's history, with the old and the new selector.
    expect(ws.history()).toHaveLength(steps + 1);
    const [step] = ws.history('export-control', 'US');
    expect(step!.label).toMatchObject({ kind: 'repair-evidence', target: { domainId: 'export-control', actorId: 'US', evidenceId: first } });
    expect(step!.changes).toHaveLength(1);
    expect(step!.changes[0]!.before).toMatchObject({ exact: 'The agency reviews each licence', prefix: '', suffix: ' within thirty days ' });
    expect(step!.changes[0]!.after).toMatchObject({ exact: 'The agency reviews every licence', prefix: '', suffix: ' within thirty days ' });
    const after = overlayRows(ws);

    const undone = ws.undo();
    expect(undone.step).toMatchObject({ kind: 'repair-evidence' });
    expect(overlayRows(ws)).toEqual(before);
    expect(cellOf(ws).broken).toBe(1);
    expect(quotes(ws).map((e) => [e.id, e.status])).toEqual(order.map((id) => [id, id === first ? 'broken' : 'anchored']));

    ws.redo();
    expect(overlayRows(ws)).toEqual(after);
    expect(cellOf(ws).broken).toBe(0);
    expect(quotes(ws).map((e) => e.id)).toEqual(order);
  });

  it('takes a new selection anywhere in the corpus instead of a candidate', async () => {
    const { ws, first } = await brokenQuote();
    const p = ws.paragraphs.find((x) => x.docId === 'gui-yongtao' && x.kind === 'body' && x.text.includes('出口管制'))!;
    const start = p.text.indexOf('出口管制');
    ws.repairQuote('export-control', 'US', first, { paragraphId: p.id, start, exact: '出口管制' });
    expect(quotes(ws).find((e) => e.id === first)).toMatchObject({ status: 'anchored', docId: 'gui-yongtao', paragraphId: p.id, start });
    expect(cellOf(ws).broken).toBe(0);
  });

  it('refuses a selection that is not in its paragraph, an unknown quote, and a quote that is not broken — changing nothing', async () => {
    const { ws, first, second, docId } = await brokenQuote();
    const before = overlayRows(ws);
    const steps = ws.history().length;
    const p = ws.listParagraphs(docId).find((x) => x.text.startsWith('The agency'))!;
    expect(() => ws.repairQuote('export-control', 'US', first, { paragraphId: p.id, start: 3, exact: 'The agency' })).toThrow(/does not occur at that place/);
    expect(() => ws.repairQuote('export-control', 'US', first, { paragraphId: 'nope.123', start: 0, exact: 'x' })).toThrow(/Unknown paragraph/);
    expect(() => ws.repairQuote('export-control', 'US', 'u:missing', { paragraphId: p.id, start: 0, exact: 'The agency' })).toThrow(/No quote/);
    expect(() => ws.repairQuote('export-control', 'US', second, { paragraphId: p.id, start: 0, exact: 'The agency' })).toThrow(/nothing to repair/);
    expect(() => ws.repairCandidates('export-control', 'US', 'u:missing')).toThrow(/No quote/);
    expect(overlayRows(ws)).toEqual(before);
    expect(ws.history()).toHaveLength(steps);
  });

  it('repairs a shipped quote whose text no longer occurs (the baseline quote keeps its ID; undo shows it broken again)', () => {
    // A baseline quote with a wrong character stands for a shipped text that changed under it.
    const dataDir = copyDataDir();
    const file = path.join(dataDir, 'matrix', 'matrix.json');
    const matrix = JSON.parse(fs.readFileSync(file, 'utf8'));
    const original = matrix.domains[0].positions.US.evidence[0];
    const exact: string = original.exact;
    matrix.domains[0].positions.US.evidence[0] = { ...original, exact: `${exact.slice(0, 3)}Ⅹ${exact.slice(4)}` };
    fs.writeFileSync(file, JSON.stringify(matrix, null, 2));
    const ws = openWorkspace(tempDir(), { dataDir });
    const domainId = matrix.domains[0].id as string;
    const broken = ws.evidence([{ domainId, actorId: 'US' }])[0]!.evidence.find((e) => e.status === 'broken')!;
    const view = ws.repairCandidates(domainId, 'US', broken.id);
    expect(view.candidates[0]).toMatchObject({ exact, quality: 'close' });
    const best = view.candidates[0]!;
    ws.repairQuote(domainId, 'US', broken.id, { paragraphId: best.paragraphId, start: best.start, exact: best.exact });
    const now = ws.evidence([{ domainId, actorId: 'US' }])[0]!.evidence;
    expect(now[0]).toMatchObject({ id: broken.id, origin: 'baseline', status: 'anchored', exact });
    expect(ws.matrixView().conflicts).toEqual([]);
    ws.undo();
    expect(ws.evidence([{ domainId, actorId: 'US' }])[0]!.evidence[0]).toMatchObject({ id: broken.id, status: 'broken' });
  });
});
