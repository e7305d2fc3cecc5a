// Repairing a broken quote by a selection on the original page (issue 12.4, "…or on the page"): a
// source is replaced so a quote breaks; the repair view opens the PDF page; the analyst drags over
// the new words on the page (real mouse drags on pdf.js's text layer); the bar shows the exact text
// that will become the quote; a selection that is not one stretch of one paragraph is refused and
// changes nothing; the repair is one step, undone and redone. A Chinese and an English PDF.
import path from 'node:path';
import type { Workspace } from '../../src/main/core/workspace.ts';
import { expect, test } from './harness.ts';
import { EditHistory } from './pages/edit-history.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { PageView } from './pages/page-view.ts';
import { breakAQuote, NEW_QUOTE, OLD_QUOTE, RepairDialog } from './pages/repair-dialog.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

const quoteIn = (ws: Workspace, evidenceId: string) => ws.evidence([{ domainId: 'investment-review', actorId: 'US' }])[0]!.evidence.find((e) => e.id === evidenceId);

test('a quote broken by a new version of a Chinese PDF is repaired by selecting the new words on the page; undo, redo', async ({ app }) => {
  const { evidenceId } = await breakAQuote(app.workspace);
  const host = app.workspace.paragraphs.find((p) => p.text.includes(NEW_QUOTE))!;
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('investment-review', 'US');
  const quote = m.quote(evidenceId);
  await expect(quote).toHaveAttribute('data-status', 'broken');

  await quote.getByTestId('repair-quote').click();
  const repair = new RepairDialog(app.page);
  await expect(repair.candidates.first()).toBeVisible();
  await repair.selectOnPage();
  await expect(app.page.getByTestId('repair-bar')).toContainText(OLD_QUOTE);
  const pages = new PageView(app.page);
  await pages.expectTargetShown(false);
  await expect(pages.pdfPage(host.page!)).toHaveAttribute('data-state', 'painted');

  // A drag from this paragraph into the next one is refused, and says so; nothing changes.
  const next = app.workspace.paragraphs.find((p) => p.docId === host.docId && p.ordinal === host.ordinal + 1)!;
  await pages.dragOver(host.page!, host.text.slice(-6), next.text.slice(0, 6));
  await expect(pages.pickBar).toHaveAttribute('data-kind', /several|outside/);
  await expect(pages.pickBar.getByRole('alert')).toContainText('未作任何更改');
  await expect(pages.pickBar.getByTestId('page-pick-use')).toHaveCount(0);
  expect(quoteIn(app.workspace, evidenceId)).toMatchObject({ status: 'broken', exact: OLD_QUOTE });

  // The new words, dragged over on the page: the bar shows the exact text, lit on the words.
  await pages.dragOver(host.page!, NEW_QUOTE);
  await expect(pages.pickBar).toHaveAttribute('data-kind', 'quote');
  await expect(pages.pickBar.getByTestId('page-pick-exact')).toHaveText(NEW_QUOTE);
  expect(await app.page.evaluate(() => document.getSelection()?.toString().replace(/\s/g, ''))).toBe(NEW_QUOTE);
  await expect(pages.pickMarks.first()).toBeVisible();
  const mark = await pages.boxOf(pages.pickMarks.first());
  expect(mark.page).toBe(host.page);
  // On printed glyphs, not on paper: the same box in the page margin has no ink.
  expect(await pages.inkUnder(mark.page, mark)).toBeGreaterThan(0.02);
  expect(await pages.inkUnder(mark.page, { ...mark, x: 2, width: Math.min(mark.width, 20) })).toBeLessThan(0.01);
  await app.screenshot('repair-page-selection');
  await pages.closeUp(pages.pickMarks.first(), 'repair-page-selection-closeup');

  await pages.pickBar.getByTestId('page-pick-use').click();
  await m.expectPanelFor('investment-review', 'US');
  await expect(quote).toHaveAttribute('data-status', 'anchored');
  await expect(quote.getByTestId('quote-exact')).toHaveText(NEW_QUOTE);
  await expect(m.cell('investment-review', 'US').locator('[data-marker="broken"]')).toHaveCount(0);
  expect(quoteIn(app.workspace, evidenceId)).toMatchObject({ status: 'anchored', exact: NEW_QUOTE, paragraphId: host.id, start: host.text.indexOf(NEW_QUOTE) });
  const history = app.page.getByTestId('cell-history');
  await expect(history.locator('[data-step-kind="repair-evidence"]').first()).toContainText(OLD_QUOTE);
  await expect(history.locator('[data-step-kind="repair-evidence"]').first()).toContainText(NEW_QUOTE);

  // One step: Undo brings the broken quote back, Redo the repair.
  const h = new EditHistory(app.page);
  await h.undo.click();
  await expect(quote).toHaveAttribute('data-status', 'broken');
  expect(quoteIn(app.workspace, evidenceId)).toMatchObject({ status: 'broken', exact: OLD_QUOTE });
  await h.redo.click();
  await expect(quote).toHaveAttribute('data-status', 'anchored');
  await expect(quote.getByTestId('quote-exact')).toHaveText(NEW_QUOTE);
  expect(quoteIn(app.workspace, evidenceId)).toMatchObject({ status: 'anchored', exact: NEW_QUOTE });
});

test('an English PDF: the new words selected on the page with the mouse, then used with the keyboard (Enter)', async ({ app }) => {
  const ws = app.workspace;
  const oldQuote = 'transactions are screened when notified or discovered';
  const newQuote = 'transactions are screened once notified or discovered';
  const { id } = await ws.sources.import(path.join(FIXTURES, 'en-report.pdf'), { worker: false });
  const p = ws.listParagraphs(id).find((x) => x.text.includes(oldQuote))!;
  const { evidenceId } = ws.addEvidence('investment-review', 'US', p.id, p.text.indexOf(oldQuote), oldQuote);
  await ws.sources.replace(id, path.join(FIXTURES, 'en-report-v2.pdf'), { worker: false });
  const host = ws.listParagraphs(id).find((x) => x.text.includes(newQuote))!;

  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('investment-review', 'US');
  const quote = m.quote(evidenceId);
  await expect(quote).toHaveAttribute('data-status', 'broken');
  await quote.getByTestId('repair-quote').click();
  const repair = new RepairDialog(app.page);
  await expect(repair.candidates.first()).toBeVisible();
  await repair.selectOnPage();
  const pages = new PageView(app.page);
  await pages.expectTargetShown(false);

  await pages.dragOver(host.page!, newQuote);
  await expect(pages.pickBar.getByTestId('page-pick-exact')).toHaveText(newQuote);
  await app.screenshot('repair-page-selection-en');
  // Shift+← takes the last character off the selection, Shift+→ puts it back: the bar follows.
  await app.page.keyboard.press('Shift+ArrowLeft');
  await expect(pages.pickBar.getByTestId('page-pick-exact')).toHaveText(newQuote.slice(0, -1));
  await app.page.keyboard.press('Shift+ArrowRight');
  await expect(pages.pickBar.getByTestId('page-pick-exact')).toHaveText(newQuote);
  // Keyboard: Enter in the pages uses the selection (Escape would clear it).
  await pages.pane.focus();
  await app.page.keyboard.press('Enter');
  await m.expectPanelFor('investment-review', 'US');
  await expect(quote).toHaveAttribute('data-status', 'anchored');
  expect(quoteIn(ws, evidenceId)).toMatchObject({ status: 'anchored', exact: newQuote, paragraphId: host.id });
});
