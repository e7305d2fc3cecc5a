// Views never show stale context: the evidence panel follows the domain being compared, the source-note
// marker opens the note (not the comparison), and the reader's way back names the cell it returns to —
// the one selected in the matrix now, not the one the reader was first opened from.
import { test, expect } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ReaderPage } from './pages/reader-page.ts';
import { ShellPage } from './pages/shell-page.ts';

test('the evidence panel follows the compare view to its domain, keeping the actor', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('export-control', 'JP');

  // Compare another domain (its row's compare link): the panel moves to that domain's Japan cell.
  await m.grid.locator('[data-col="domain"][data-domain-id="investment-review"]').getByRole('button', { name: /并排比较/ }).click();
  await expect(m.compare).toHaveAttribute('data-domain-id', 'investment-review');
  await m.expectPanelFor('investment-review', 'JP');

  // Switching the domain inside the comparison takes the panel along, and starts at the top.
  await m.compare.locator('.pm-compare__body').evaluate((el) => el.scrollTo({ top: 400 }));
  await m.compare.getByRole('combobox').selectOption('export-control');
  await expect(m.compare).toHaveAttribute('data-domain-id', 'export-control');
  await m.expectPanelFor('export-control', 'JP');
  await expect.poll(() => m.compare.locator('.pm-compare__body').evaluate((el) => el.scrollTop)).toBe(0);
  await app.screenshot('compare-panel-follows');
});

test('the source-note marker opens the note itself, not the comparison', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  const note = app.workspace.matrix().domains.find((d) => d.id === 'export-control')!.sourceNote;
  expect(note?.zh).toBeTruthy();

  await m.grid.locator('[data-col="domain"][data-domain-id="export-control"] [data-marker="source-note"]').click();
  await expect(m.compare).toHaveCount(0);
  await m.expectPanelFor('export-control', null);
  const shown = m.panel.getByTestId('source-note');
  await expect(shown).toContainText(note!.zh);
  await expect(shown).toBeFocused();
  await expect(shown).toBeInViewport();
  await app.screenshot('source-note-opened');
});

test("the reader's way back names the cell it returns to, and follows the matrix's selection", async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const reader = new ReaderPage(app.page);
  const shell = new ShellPage(app.page);
  await m.open();
  await m.selectCell('export-control', 'JP');
  await m.quotes().first().getByTestId('open-source').click();
  await expect(reader.backToMatrix).toHaveText('← 返回矩阵：出口管制 · 日本');

  // Back in the matrix the analyst moves on to the US cell, then returns to the reader by its tab.
  await m.open();
  await m.selectCell('export-control', 'US');
  await reader.open();
  await expect(reader.backToMatrix).toHaveText('← 返回矩阵：出口管制 · 美国');
  await app.screenshot('reader-back-to-cell');
  await shell.setLanguage('en');
  const names = app.workspace.matrix();
  const domain = names.domains.find((d) => d.id === 'export-control')!.name.en;
  const us = names.actors.find((a) => a.id === 'US')!.name.en;
  await expect(reader.backToMatrix).toHaveText(`← Back to matrix: ${domain} · ${us}`);
  await reader.backToMatrix.click();
  await m.expectPanelFor('export-control', 'US');
});
