// Repairing a broken quote in place (issue 12.4): a source is replaced so a quote breaks; the quote is
// repaired from the best candidate, the repair is undone (broken again), then repaired by selecting
// new text in the reader; finally it is removed from the repair view.
import type { Workspace } from '../../src/main/core/workspace.ts';
import { expect, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ReaderPage } from './pages/reader-page.ts';
import { breakAQuote, NEW_QUOTE, OLD_QUOTE, RepairDialog } from './pages/repair-dialog.ts';

const quoteIn = (app: { workspace: Workspace }, evidenceId: string) =>
  app.workspace.evidence([{ domainId: 'investment-review', actorId: 'US' }])[0]!.evidence.find((e) => e.id === evidenceId);

test('replace a source so a quote breaks, repair it from a candidate, undo, repair it by a new selection, remove it', async ({ app }) => {
  const { evidenceId } = await breakAQuote(app.workspace);
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await expect(m.cell('investment-review', 'US').locator('[data-marker="broken"]')).toBeVisible();
  await m.selectCell('investment-review', 'US');
  const quote = m.quote(evidenceId);
  await expect(quote).toHaveAttribute('data-status', 'broken');

  // The repair view: the old quote with its context, the best candidate first with the changed character marked.
  await quote.getByTestId('repair-quote').click();
  const repair = new RepairDialog(app.page);
  await expect(repair.dialog).toBeVisible();
  await expect(repair.oldQuote).toContainText(OLD_QUOTE);
  await expect(repair.candidates.first()).toContainText('第 2 页');
  await expect(repair.diff(0).locator('del')).toHaveText('已删除：时');
  await expect(repair.diff(0).locator('ins')).toHaveText('新增：后');
  await expect(repair.candidates.first()).toHaveAttribute('data-quality', 'close');
  // Focus is inside the dialog, on the first Accept.
  await expect(repair.candidates.first().getByTestId('repair-accept')).toBeFocused();
  await app.screenshot('repair-dialog');

  await repair.accept(0);
  await expect(repair.dialog).toBeHidden();
  await expect(quote).toHaveAttribute('data-status', 'anchored');
  await expect(quote.getByTestId('quote-exact')).toHaveText(NEW_QUOTE);
  await expect(quote.getByTestId('open-source')).toBeFocused();
  await expect(m.cell('investment-review', 'US').locator('[data-marker="broken"]')).toHaveCount(0);
  expect(quoteIn(app, evidenceId)).toMatchObject({ status: 'anchored', exact: NEW_QUOTE });
  const history = app.page.getByTestId('cell-history');
  await expect(history.locator('[data-step-kind="repair-evidence"]').first()).toContainText(OLD_QUOTE);
  await expect(history.locator('[data-step-kind="repair-evidence"]').first()).toContainText(NEW_QUOTE);
  await app.screenshot('repair-accepted');

  // One step: one Undo brings the broken quote back.
  await app.page.getByTestId('undo').click();
  await expect(quote).toHaveAttribute('data-status', 'broken');
  expect(quoteIn(app, evidenceId)).toMatchObject({ status: 'broken', exact: OLD_QUOTE });

  // Repair by a new selection in the reader: the selection repairs this quote instead of adding one.
  await quote.getByTestId('repair-quote').click();
  await expect(repair.candidates.first()).toBeVisible();
  await repair.selectInReader();
  const reader = new ReaderPage(app.page);
  const bar = app.page.getByTestId('repair-bar');
  await expect(bar).toContainText(OLD_QUOTE);
  const host = app.workspace.paragraphs.find((p) => p.text.includes(NEW_QUOTE))!;
  await expect(reader.paragraph(host.id)).toBeVisible();
  const longer = `美国主要依靠事后审查，${NEW_QUOTE}`;
  await reader.selectInParagraph(host.id, longer);
  const use = app.page.getByRole('button', { name: '用此段修复' });
  await expect(use).toBeVisible();
  await app.screenshot('repair-reader-selection');
  const quotesBefore = app.workspace.evidence([{ domainId: 'investment-review', actorId: 'US' }])[0]!.evidence.length;
  await use.click();
  await m.expectPanelFor('investment-review', 'US');
  await expect(quote).toHaveAttribute('data-status', 'anchored');
  await expect(quote.getByTestId('quote-exact')).toHaveText(longer);
  expect(quoteIn(app, evidenceId)).toMatchObject({ status: 'anchored', exact: longer, paragraphId: host.id });
  expect(app.workspace.evidence([{ domainId: 'investment-review', actorId: 'US' }])[0]!.evidence).toHaveLength(quotesBefore);

  // Removing it from the repair view: undo the repair, then Remove quote (the panel's remove write).
  await app.page.getByTestId('undo').click();
  await expect(quote).toHaveAttribute('data-status', 'broken');
  await quote.getByTestId('repair-quote').click();
  await repair.removeQuote();
  await expect(repair.dialog).toBeHidden();
  await expect(quote).toHaveCount(0);
  expect(quoteIn(app, evidenceId)).toBeUndefined();
});

test('a quote whose passage was deleted: the repair view says no passage resembles it', async ({ app }) => {
  const ws = app.workspace;
  const { id } = await ws.sources.import(new URL('../fixtures/import/zh-paper.pdf', import.meta.url).pathname, { worker: false });
  const gone = '科研安全项目要求学者披露境外资助并审查访问学者';
  const p = ws.listParagraphs(id).find((x) => x.text.includes(gone))!;
  const { evidenceId } = ws.addEvidence('investment-review', 'US', p.id, p.text.indexOf(gone), gone);
  await ws.sources.replace(id, new URL('../fixtures/import/zh-paper-v2.pdf', import.meta.url).pathname, { worker: false });
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('investment-review', 'US');
  await m.quote(evidenceId).getByTestId('repair-quote').click();
  const repair = new RepairDialog(app.page);
  await expect(repair.none).toContainText('当前版本中没有与此引文相近的段落');
  await expect(repair.candidates).toHaveCount(0);
  // Keyboard: Escape closes the view and focus goes back to the Repair button.
  await app.page.keyboard.press('Escape');
  await expect(repair.dialog).toBeHidden();
  await expect(m.quote(evidenceId).getByTestId('repair-quote')).toBeFocused();
});
