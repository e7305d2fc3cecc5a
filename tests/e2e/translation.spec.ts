// Both languages stay true: the summary is edited in Chinese and English side by side in one save;
// a one-language revision flags the other "translation out of date" in the cell and the panel until
// it is edited or confirmed.
import { expect, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';

test('side-by-side editor, translation-out-of-date flag in cell and panel, Confirm clears it', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('export-control', 'JP');
  await m.expectPanelFor('export-control', 'JP');

  // Both languages in one editor; the interface language's field has the focus.
  await m.panel.getByTestId('edit-summary').click();
  const zh = m.panel.getByTestId('summary-editor');
  const en = m.panel.getByTestId('summary-editor-other');
  await expect(zh).toBeFocused();
  await expect(en).toHaveAttribute('data-lang', 'en');
  const englishBefore = await en.inputValue();
  await zh.fill(`${await zh.inputValue()}另据吴、从文，日本在美日韩框架下承诺共同强化出口管制。`);
  await expect(m.panel.getByTestId('one-language-hint')).toContainText('英文会标为“译文待更新”');
  await app.screenshot('bilingual-editor');
  await m.panel.getByRole('button', { name: '保存' }).click();

  // Focus goes back to the Edit button, not to <body>.
  await expect(m.panel.getByTestId('edit-summary')).toBeFocused();
  const flag = m.panel.getByTestId('translation-flag');
  await expect(flag).toContainText('译文待更新：中文已修改，英文尚未随之更新。');
  await expect(m.cell('export-control', 'JP').locator('[data-marker="translation-stale"]')).toContainText('英文待更新');
  await app.screenshot('translation-flag');

  // In English the cell says its own text is out of date.
  await app.page.getByRole('button', { name: 'English' }).click();
  await expect(m.cell('export-control', 'JP').locator('[data-marker="translation-stale"]')).toContainText('Translation out of date');
  await expect(m.panel.getByTestId('panel-summary')).toHaveText(englishBefore);

  // Confirm: the English still holds; the flag goes from panel and cell.
  await m.panel.getByTestId('confirm-translation').click();
  await expect(flag).toHaveCount(0);
  await expect(m.cell('export-control', 'JP').locator('[data-marker="translation-stale"]')).toHaveCount(0);

  // Editing both languages in one save raises no flag.
  await m.panel.getByTestId('edit-summary').click();
  await m.panel.getByTestId('summary-editor').fill('Both languages revised together.');
  await m.panel.getByTestId('summary-editor-other').fill('两种语言一起修改。');
  await m.panel.getByRole('button', { name: 'Save' }).click();
  await expect(m.panel.getByTestId('panel-summary')).toHaveText('Both languages revised together.');
  await expect(m.panel.getByTestId('translation-flag')).toHaveCount(0);
  const state = app.workspace.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!;
  expect(state.summary).toEqual({ zh: '两种语言一起修改。', en: 'Both languages revised together.' });
  expect(state.summaryStale ?? []).toEqual([]);
});
