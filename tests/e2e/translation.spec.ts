// Both languages stay true: a summary is edited in Chinese and English side by side in one Save; a
// Chinese-only revision marks the English "translation out of date" in the grid cell and the panel,
// the English export says so (read back from the file), Confirm clears it and Undo brings it back.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './harness.ts';
import { ExportDialog } from './pages/export-dialog.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { TranslationModel } from './pages/translation.ts';

const D = 'export-control';
const added = '另据吴、从文，日本在美日荷框架下承诺共同强化半导体设备出口管制。';

/** The Matrix sheet's cell of a domain's position, found by the domain's name in column A. */
async function matrixCell(file: string, domainName: string, column: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0]!;
  let found = '';
  sheet.eachRow((row, n) => {
    if (String(row.getCell(1).text).trim() === domainName) found = String(sheet.getCell(`${column}${n}`).text);
  });
  return found;
}

test('edit the Chinese only: the English is flagged in cell, panel and English export; Confirm clears it, Undo brings it back', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const tr = new TranslationModel(m);
  await m.open();
  await m.selectCell(D, 'JP');
  const before = app.workspace.matrix().domains.find((d) => d.id === D)!.positions['JP']!.summary;
  await expect(tr.cellMarker(D, 'JP')).toHaveCount(0);

  // One editor, both languages; the interface language's field has the focus.
  await m.panel.getByTestId('edit-summary').click();
  await expect(tr.field('zh')).toBeFocused();
  await expect(tr.field('zh')).toHaveValue(before.zh);
  await expect(tr.field('en')).toHaveValue(before.en);
  await tr.field('zh').fill(`${before.zh}${added}`);
  await expect(tr.hint()).toContainText('英文会标为“译文待更新”');
  await app.screenshot('bilingual-editor');
  await m.panel.getByRole('button', { name: '保存' }).click();

  // Marked in the cell (from the row main sent back) and in the panel, with Confirm and Edit.
  await expect(tr.cellMarker(D, 'JP')).toHaveText('⚠ 英文待更新');
  await expect(tr.flag()).toHaveAttribute('data-stale-lang', 'en');
  await expect(tr.flag()).toContainText('译文待更新：中文已修改，英文尚未随之更新。');
  await expect(tr.confirm()).toHaveText('确认英文仍然准确');
  await app.screenshot('translation-flag');

  // The side-by-side comparison of the domain says so too.
  await m.grid.locator(`[data-col="domain"][data-domain-id="${D}"]`).getByRole('button', { name: /并排比较/ }).click();
  await expect(m.compare.locator('[data-actor-id="JP"] [data-marker="translation-stale"]')).toHaveText('⚠ 英文待更新');
  await expect(m.compare.locator('[data-actor-id="US"] [data-marker="translation-stale"]')).toHaveCount(0);
  await app.page.keyboard.press('Escape');
  await expect(m.compare).toHaveCount(0);

  // In English the cell says its own text is out of date.
  await app.page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(tr.cellMarker(D, 'JP')).toHaveText('⚠ Translation out of date');
  await expect(m.panel.getByTestId('panel-summary')).toHaveText(before.en);

  // The English workbook says so too, on the cell itself (read back from the file).
  const out = path.join(app.dir, 'english.xlsx');
  app.dialogAnswers.push(out);
  const dialog = new ExportDialog(app.page);
  await dialog.openFromMenu(app);
  await dialog.format('xlsx').check();
  await dialog.lang('en').check();
  await dialog.submit();
  await expect(dialog.result).toBeVisible();
  // Over HTTP the workbook is a download: wait until it is saved before reading it.
  await app.shownPath(out);
  const name = app.workspace.matrix().domains.find((d) => d.id === D)!.name.en;
  const exported = await matrixCell(out, name, 'D');
  expect(exported.startsWith('⚠ Translation out of date: the Chinese was revised; this English text was not updated.\n')).toBe(true);
  expect(exported).toContain(before.en);
  await app.page.keyboard.press('Escape');
  await expect(dialog.root).toHaveCount(0);

  // Confirm: the English still holds. The flag goes from the panel and the cell.
  await tr.confirm().click();
  await expect(tr.flag()).toHaveCount(0);
  await expect(tr.cellMarker(D, 'JP')).toHaveCount(0);
  expect(app.workspace.matrixView().rows.find((r) => r.id === D)!.positions.find((p) => p.actorId === 'JP')!.staleLang).toBeNull();

  // Confirm was a step of its own: Undo brings the flag back in both places, exactly.
  await app.page.getByTestId('undo').click();
  await expect(tr.cellMarker(D, 'JP')).toHaveText('⚠ Translation out of date');
  await expect(tr.flag()).toHaveAttribute('data-stale-lang', 'en');
  await app.screenshot('translation-flag-en');

  // Edit the English from the flag: its field has the focus; saving it (the translation) clears the flag.
  await tr.editStale().click();
  await expect(tr.field('en')).toBeFocused();
  await tr.field('en').fill(`${before.en} Japan also committed to tighter controls on chip-making equipment.`);
  await expect(tr.hint()).toContainText('no longer marked out of date');
  await m.panel.getByRole('button', { name: 'Save' }).click();
  await expect(tr.flag()).toHaveCount(0);
  await expect(tr.cellMarker(D, 'JP')).toHaveCount(0);
  // One Save, one step: Undo takes back the English only, and the flag returns.
  await app.page.getByTestId('undo').click();
  await expect(tr.cellMarker(D, 'JP')).toHaveCount(1);
  expect(app.workspace.matrix().domains.find((d) => d.id === D)!.positions['JP']!.summary).toEqual({ zh: `${before.zh}${added}`, en: before.en });
});

test('both languages edited in one Save raise no flag and are one Undo', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const tr = new TranslationModel(m);
  await m.open();
  await m.selectCell('semiconductors', 'US');
  const before = app.workspace.matrix().domains.find((d) => d.id === 'semiconductors')!.positions['US']!.summary;
  await m.panel.getByTestId('edit-summary').click();
  await tr.field('zh').fill('美国以《芯片与科学法案》补贴本土制造。');
  await tr.field('en').fill('The US subsidises domestic manufacturing through the CHIPS and Science Act.');
  await expect(tr.hint()).toHaveCount(0);
  await m.panel.getByRole('button', { name: '保存' }).click();
  await expect(m.panel.getByTestId('panel-summary')).toHaveText('美国以《芯片与科学法案》补贴本土制造。');
  await expect(tr.flag()).toHaveCount(0);
  await expect(tr.cellMarker('semiconductors', 'US')).toHaveCount(0);
  await app.page.getByTestId('undo').click();
  await expect(m.panel.getByTestId('panel-summary')).toHaveText(before.zh);
  expect(app.workspace.matrix().domains.find((d) => d.id === 'semiconductors')!.positions['US']!.summary).toEqual(before);
  await expect(app.page.getByTestId('undo')).toBeDisabled();
});
