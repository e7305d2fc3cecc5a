// Two analysts' projects merged in the app: the report, a merge conflict resolved (take theirs), and
// undone — first the resolution, then the whole merge, each one step.
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { test, expect, DATA_DIR, openWorkspace } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { MergePage } from './pages/merge-page.ts';

const KEY = 'position/export-control/US/summary/en';

test('merges a colleague project: report, conflict resolved, undone', async ({ app }) => {
  const summary = (domainId: string, actorId: string) => app.workspace.matrix().domains.find((d) => d.id === domainId)!.positions[actorId]!.summary.en;
  // Me: one edit of my own. Alice (another profile): the same field differently, one more, a note.
  app.workspace.setSummary('export-control', 'US', 'en', 'Controls tightened in October 2022.');
  const baselineJp = summary('semiconductors', 'JP');
  const aliceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-alice-'));
  const alice = openWorkspace(aliceDir, DATA_DIR);
  alice.setPrefs({ author: 'Alice' });
  alice.setSummary('export-control', 'US', 'en', 'Controls tightened in October 2022 and October 2023.');
  alice.setSummary('semiconductors', 'JP', 'en', 'Alice: Rapidus subsidies');
  alice.addAnnotation({ domainId: 'investment-review', actorId: 'JP', evidenceId: null }, 'timing', 'Alice: ex-ante vs ex-post');
  const file = path.join(aliceDir, 'alice.pmproj');
  await alice.saveProject(file);
  alice.close();

  await app.load();
  await new MatrixPage(app.page).open();
  const merge = new MergePage(app.page);
  app.dialogAnswers.push(file);
  await merge.button.click();
  await expect(merge.notice).toContainText('已合并 alice.pmproj（Alice 保存）：新增批注 1 条，采用修改 1 处，相同 0 处，冲突 1 处');
  await expect(merge.conflict(KEY)).toBeVisible();
  await expect(merge.conflict(KEY).getByTestId('merge-mine')).toHaveText('Controls tightened in October 2022.');
  await expect(merge.conflict(KEY).getByTestId('merge-theirs')).toHaveText('Controls tightened in October 2022 and October 2023.');
  await expect(merge.conflict(KEY).locator('mark')).not.toHaveCount(0);
  expect(summary('semiconductors', 'JP')).toBe('Alice: Rapidus subsidies');
  await app.screenshot('merge-conflict');

  await merge.conflict(KEY).getByTestId('merge-take-theirs').click();
  await expect(merge.conflicts).toBeHidden();
  expect(summary('export-control', 'US')).toBe('Controls tightened in October 2022 and October 2023.');

  // Undo the resolution: the conflict is back, my text in place.
  await merge.undo.click();
  await expect(merge.conflict(KEY)).toBeVisible();
  expect(summary('export-control', 'US')).toBe('Controls tightened in October 2022.');
  // Undo the merge: one step takes all of it back.
  await merge.undo.click();
  await expect(merge.conflicts).toBeHidden();
  await expect.poll(() => summary('semiconductors', 'JP')).toBe(baselineJp);
  expect(app.workspace.listAnnotations().map((a) => a.text)).toEqual([]);
  fs.rmSync(aliceDir, { recursive: true, force: true });
});

test('merges a colleague project with an imported source: the source comes along, their quote anchors; an annotation conflict names its cell', async ({ app }) => {
  const CELL = { domainId: 'investment-review', actorId: 'JP', evidenceId: null };
  // Me: a note, which Alice gets by opening my project, and then we both edit it.
  const note = app.workspace.addAnnotation(CELL, 'timing', 'Shared note').annotation;
  const aliceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-alice-'));
  const mine = path.join(aliceDir, 'mine.pmproj');
  await app.workspace.saveProject(mine);
  const alice = openWorkspace(aliceDir, DATA_DIR);
  alice.setPrefs({ author: 'Alice' });
  await alice.openProject(mine, path.join(aliceDir, 'backups'));
  alice.updateAnnotation(note.id, { text: 'Shared note, as Alice reads it' });
  app.workspace.updateAnnotation(note.id, { text: 'Shared note, as I read it' });
  // Alice imports a paper of her own and quotes it.
  const source = await alice.sources.import(path.resolve(import.meta.dirname, '../fixtures/import/zh-paper.pdf'));
  const host = alice.listParagraphs(source.id).find((p) => p.kind === 'body' && p.text.includes('美国主要依靠事后审查'))!;
  const exact = '美国主要依靠事后审查';
  const { evidenceId } = alice.addEvidence('investment-review', 'US', host.id, host.text.indexOf(exact), exact);
  const file = path.join(aliceDir, 'alice.pmproj');
  await alice.saveProject(file);
  alice.close();

  await app.load();
  await new MatrixPage(app.page).open();
  const merge = new MergePage(app.page);
  app.dialogAnswers.push(file);
  await merge.button.click();
  await expect(merge.notice).toContainText('新增导入资料 1 份');
  const quote = () => app.workspace.matrix().domains.find((d) => d.id === 'investment-review')!.positions['US']!.evidence.find((e) => e.id === evidenceId);
  expect(quote()).toMatchObject({ status: 'anchored', docId: source.id, paragraphId: host.id });
  expect(app.workspace.sources.list().map((s) => s.id)).toEqual([source.id]);

  // The annotation conflict says where it is: domain › actor, in the interface's language.
  const m = app.workspace.matrix();
  const where = `${m.domains.find((d) => d.id === CELL.domainId)!.name.zh} › ${m.actors.find((a) => a.id === CELL.actorId)!.name.zh}`;
  const conflict = merge.conflict(`annotation/${note.id}`);
  await expect(conflict).toContainText(`批注 · ${where}`);
  await expect(conflict.getByTestId('merge-theirs')).toHaveText('Shared note, as Alice reads it');
  await app.screenshot('merge-source-conflict');

  // One step: Undo takes the source out with the rest.
  await merge.undo.click();
  await expect(merge.conflicts).toBeHidden();
  await expect.poll(() => app.workspace.sources.list().length).toBe(0);
  expect(quote()).toBeUndefined();
  fs.rmSync(aliceDir, { recursive: true, force: true });
});
