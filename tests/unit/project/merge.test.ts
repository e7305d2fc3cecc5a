// Merging a colleague's project: one-sided, same-on-both, conflicting, twice, one undo.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveProject } from '../../../src/main/core/project/file.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { CELL, tamper } from './crafted.ts';

const summary = (ws: Workspace, domainId: string, actorId: string) => ws.matrix().domains.find((d) => d.id === domainId)!.positions[actorId]!.summary.en;

async function save(ws: Workspace, name: string): Promise<string> {
  const file = path.join(tempDir('pm-send-'), name);
  await saveProject(ws, file);
  return file;
}

/** Two analysts who started from the same shipped baseline. */
function analysts() {
  const me = openWorkspace(tempDir(), { writerKind: 'test' });
  me.setPrefs({ author: 'Me' });
  const them = openWorkspace(tempDir(), { writerKind: 'test' });
  them.setPrefs({ author: 'Alice' });
  return { me, them };
}

describe('merging a project', () => {
  it('takes one-sided changes, counts the same change once, records different changes as conflicts; all one undo', async () => {
    const { me, them } = analysts();
    me.setSummary('export-control', 'JP', 'en', 'Both wrote this');
    them.setSummary('export-control', 'JP', 'en', 'Both wrote this');
    me.setSummary('export-control', 'US', 'en', 'Mine differs');
    them.setSummary('export-control', 'US', 'en', 'Theirs differs');
    them.setSummary('semiconductors', 'JP', 'en', 'Only theirs');
    me.setSummary('semiconductors', 'US', 'en', 'Only mine');
    them.addDomain('space', { zh: '太空', en: 'Space' });
    them.addActor('KR', { zh: '韩国', en: 'South Korea' });
    const note = them.addAnnotation(CELL, 'timing', 'their note').annotation;
    them.addAnnotation({ domainId: 'space', actorId: null, evidenceId: null }, 'scope', 'about their new domain');
    const mine = me.addAnnotation(CELL, 'other', 'my note').annotation;
    const file = await save(them, 'alice.pmproj');
    const stepsBefore = me.history().length;

    const { report, undo } = await me.mergeProject(file);
    expect(report).toMatchObject({ file: 'alice.pmproj', sender: 'Alice', annotationsAdded: 2, editsTaken: 3, identical: 1, sourcesAdded: 0 });
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ key: 'position/export-control/US/summary/en', mine: 'Mine differs', theirs: 'Theirs differs', author: 'Alice', state: 'open' });
    expect(summary(me, 'semiconductors', 'JP')).toBe('Only theirs');
    expect(summary(me, 'semiconductors', 'US')).toBe('Only mine');
    expect(summary(me, 'export-control', 'US')).toBe('Mine differs');
    expect(me.matrix().domains.map((d) => d.id)).toContain('space');
    expect(me.matrix().actors.map((a) => a.id)).toContain('KR');
    expect(me.listAnnotations().map((a) => a.text).sort()).toEqual(['about their new domain', 'my note', 'their note']);
    // Who wrote it is kept: their annotation is still theirs, the step says where it came from.
    expect(me.listAnnotations().find((a) => a.id === note.id)!.author).toBe('Alice');
    const step = me.history()[0]!;
    expect(step.label).toMatchObject({ kind: 'merge-project', source: { file: 'alice.pmproj', author: 'Alice' } });
    expect(step.author).toBe('Me');
    expect(me.history().length).toBe(stepsBefore + 1);
    expect(undo.undoLabel?.kind).toBe('merge-project');

    // One undo takes the whole merge back.
    me.undo();
    expect(me.listAnnotations().map((a) => a.id)).toEqual([mine.id]);
    expect(summary(me, 'semiconductors', 'JP')).not.toBe('Only theirs');
    expect(me.matrix().domains.map((d) => d.id)).not.toContain('space');
    expect(me.mergeConflicts()).toEqual([]);
    me.redo();
    expect(me.mergeConflicts()).toHaveLength(1);
  });

  it('merging the same file again changes nothing, before and after the conflict is settled', async () => {
    const { me, them } = analysts();
    me.setSummary('export-control', 'US', 'en', 'Mine');
    them.setSummary('export-control', 'US', 'en', 'Theirs');
    them.addAnnotation(CELL, 'timing', 'their note');
    const file = await save(them, 'alice.pmproj');
    await me.mergeProject(file);
    const steps = me.history().length;
    const again = (await me.mergeProject(file)).report;
    expect(again).toMatchObject({ annotationsAdded: 0, editsTaken: 0, identical: 2, conflicts: [] });
    expect(me.history().length).toBe(steps);

    // Keep mine: settled, and a later merge of the same file does not ask again.
    me.resolveMergeConflict('position/export-control/US/summary/en', 'mine');
    expect(summary(me, 'export-control', 'US')).toBe('Mine');
    expect(me.mergeConflicts()).toEqual([]);
    expect((await me.mergeProject(file)).report.conflicts).toEqual([]);
    // Undo brings the conflict back.
    me.undo();
    expect(me.mergeConflicts().map((c) => c.key)).toEqual(['position/export-control/US/summary/en']);
    // Take theirs: their text, written by them.
    me.resolveMergeConflict('position/export-control/US/summary/en', 'theirs');
    expect(summary(me, 'export-control', 'US')).toBe('Theirs');
    expect(me.history()[0]!.label).toMatchObject({ kind: 'resolve-merge-conflict', choice: 'theirs', source: { file: 'alice.pmproj' } });
    expect(() => me.resolveMergeConflict('position/export-control/US/summary/en', 'mine')).toThrow(/No open merge conflict/);
  });

  it('uses both histories: a value one side had and moved on from is not a conflict', async () => {
    const { me, them } = analysts();
    // I shared my project; Alice opened it and changed my summary further.
    me.setSummary('export-control', 'JP', 'en', 'v1');
    await them.openProject(await save(me, 'mine.pmproj'), path.join(tempDir(), 'backups'));
    them.setSummary('export-control', 'JP', 'en', 'v2 by Alice');
    // Meanwhile I changed another value of mine.
    me.setSummary('semiconductors', 'US', 'en', 'mine later');
    const back = await save(them, 'alice.pmproj');
    const { report } = await me.mergeProject(back);
    expect(report.conflicts).toEqual([]);
    expect(summary(me, 'export-control', 'JP')).toBe('v2 by Alice');
    expect(summary(me, 'semiconductors', 'US')).toBe('mine later');

    // And the other way round: their stale copy of a value I changed since is not taken.
    me.setSummary('export-control', 'JP', 'en', 'v3 mine');
    expect((await me.mergeProject(back)).report.conflicts).toEqual([]);
    expect(summary(me, 'export-control', 'JP')).toBe('v3 mine');
  });

  it('an annotation I deleted, that they edited, is a conflict; text no file can carry is stripped with a warning', async () => {
    const { me, them } = analysts();
    const shared = me.addAnnotation(CELL, 'timing', 'shared note').annotation;
    await them.openProject(await save(me, 'mine.pmproj'), path.join(tempDir(), 'backups'));
    them.updateAnnotation(shared.id, { text: 'edited by Alice' });
    me.deleteAnnotation(shared.id);
    const file = await save(them, 'alice.pmproj');
    // A control character, escaped in the JSON (a raw one would make the JSON invalid).
    tamper(file, `INSERT INTO overlay VALUES ('position/export-control/JP/summary/en', '"ok\\u0007 fine"', NULL, '2026-01-01T00:00:00.000Z', 'Alice');`);
    const { report } = await me.mergeProject(file);
    expect(report.conflicts.map((c) => c.key)).toEqual([`annotation/${shared.id}`]);
    // The conflict names the annotation's cell (its key is only its ID), in the report and in the list.
    expect(report.conflicts[0]).toMatchObject({ mine: null, theirs: { text: 'edited by Alice' }, target: { domainId: CELL.domainId, actorId: CELL.actorId } });
    expect(me.mergeConflicts()[0]!.target).toEqual({ domainId: CELL.domainId, actorId: CELL.actorId, evidenceId: null });
    expect(report.warnings.join(' ')).toMatch(/1 character that no file can carry .* removed/);
    expect(summary(me, 'export-control', 'JP')).toBe('ok fine');
    me.resolveMergeConflict(`annotation/${shared.id}`, 'theirs');
    expect(me.listAnnotations().map((a) => a.text)).toEqual(['edited by Alice']);
  });

  it('refuses a bad file and changes nothing', async () => {
    const { me } = analysts();
    me.addAnnotation(CELL, 'other', 'keep');
    const steps = me.history().length;
    await expect(me.mergeProject(path.join(tempDir(), 'missing.pmproj'))).rejects.toThrow(/Could not read .*missing\.pmproj: it does not exist/);
    await expect(me.mergeProject(me.options.dbPath)).rejects.toThrow(/the open project itself/);
    expect(me.history().length).toBe(steps);
  });
});
