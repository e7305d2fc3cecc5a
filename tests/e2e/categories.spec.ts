// Annotation categories the analyst defines: created from the note form by keyboard in Chinese and
// English, used for an annotation, shown in both interface languages (chip, the Annotations tab's
// filter), refused with the typed names kept when taken, and taken back by Undo.
import { test, expect } from './harness.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { EditHistory } from './pages/edit-history.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ShellPage } from './pages/shell-page.ts';

const NOTE = '日本以补贴吸引台积电熊本工厂与 Rapidus，美国以《芯片与科学法案》补贴本土产能：补贴竞争。';

test('define a category in Chinese and English, annotate with it, see it in both languages, undo it', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const h = new EditHistory(app.page);
  const shell = new ShellPage(app.page);
  await m.open();
  await m.selectCell('semiconductors', 'JP');
  const form = AnnotationsPage.form(m.panel);
  const select = AnnotationsPage.categorySelect(form);
  const dialog = AnnotationsPage.newCategoryDialog(app.page);

  // Opened from the keyboard; Escape closes it and focus comes back to the category, unchanged.
  await AnnotationsPage.newCategoryButton(form).focus();
  await app.page.keyboard.press('Enter');
  await expect(dialog.root).toBeVisible();
  await expect(dialog.zh).toBeFocused();
  await app.page.keyboard.press('Escape');
  await expect(dialog.root).toHaveCount(0);
  await expect(select).toBeFocused();
  await expect(select).toHaveValue('other');

  // A name already taken (a shipped category's) is refused: the dialog stays, with what was typed.
  await AnnotationsPage.newCategoryButton(form).click();
  await dialog.fillAndSubmit('目的', 'Aims');
  await expect(dialog.error).toContainText('“目的”');
  await expect(dialog.zh).toHaveValue('目的');
  await expect(dialog.en).toHaveValue('Aims');
  // Both names are needed before Create can be chosen.
  await dialog.en.fill('');
  await expect(dialog.create).toBeDisabled();
  await dialog.cancel.click();
  await expect(dialog.root).toHaveCount(0);

  await AnnotationsPage.newCategoryButton(form).click();
  await dialog.zh.fill('补贴竞争');
  await dialog.en.fill('Subsidy competition');
  await app.screenshot('category-dialog');
  await dialog.en.press('Enter');
  await expect(dialog.root).toHaveCount(0);
  // The new category is chosen, and focus is back on it.
  await expect(select).toBeFocused();
  await expect(select).toHaveValue('subsidy-competition');
  await expect(select.locator('option:checked')).toHaveText('补贴竞争');
  await expect.poll(() => h.described(h.undo)).toBe('撤销：新批注类别“补贴竞争”（Ctrl+Z）');

  await form.locator('textarea').fill(NOTE);
  await form.locator('button[type="submit"]').click();
  const chip = m.panel.locator('[data-testid="annotation"]', { hasText: NOTE }).locator('[data-category="subsidy-competition"]');
  await expect(chip).toHaveText('补贴竞争');
  await app.screenshot('category-zh-panel');

  // In English: the chip, the form's list and the Annotations tab's filter say its English name.
  await shell.setLanguage('en');
  await expect(chip).toHaveText('Subsidy competition');
  await expect(select.locator('option[value="subsidy-competition"]')).toHaveText('Subsidy competition');
  const notes = new AnnotationsPage(app.page);
  await notes.open();
  await expect(notes.categoryFilter.locator('option[value="subsidy-competition"]')).toHaveText('Subsidy competition');
  await notes.filterCategory('subsidy-competition');
  await expect(notes.items()).toHaveCount(1);
  await expect(notes.item(NOTE).locator('[data-category="subsidy-competition"]')).toHaveText('Subsidy competition');
  await app.screenshot('category-en-annotations');
  await notes.filterCategory('timing');
  await expect(notes.items()).toHaveCount(0);
  await notes.filterCategory('');

  // Back in Chinese, then undo the annotation and the category: each one step, named before the click.
  await shell.setLanguage('zh');
  await expect(notes.categoryFilter.locator('option[value="subsidy-competition"]')).toHaveText('补贴竞争');
  await shell.showView('matrix');
  await h.undo.click();
  await expect(m.panel.locator('[data-testid="annotation"]', { hasText: NOTE })).toHaveCount(0);
  await expect.poll(() => h.described(h.undo)).toBe('撤销：新批注类别“补贴竞争”（Ctrl+Z）');
  await h.undo.click();
  await expect(shell.status).toContainText('新批注类别“补贴竞争”');
  await expect(select.locator('option[value="subsidy-competition"]')).toHaveCount(0);
  expect(app.workspace.listCategories().map((c) => c.id)).not.toContain('subsidy-competition');
  await notes.open();
  await expect(notes.categoryFilter.locator('option[value="subsidy-competition"]')).toHaveCount(0);

  // Redo brings both back.
  await shell.showView('matrix');
  await expect.poll(() => h.described(h.redo)).toBe('重做：新批注类别“补贴竞争”（Ctrl+Shift+Z）');
  await h.redo.click();
  await expect(select.locator('option[value="subsidy-competition"]')).toHaveText('补贴竞争');
  await h.redo.click();
  await expect(chip).toHaveText('补贴竞争');
});
