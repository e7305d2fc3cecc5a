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

test('rename a category of the project, and delete it once no annotation uses it; each one undo', async ({ app }) => {
  const { category } = app.workspace.addCategory({ zh: '补贴竞争', en: 'Subsidy competition' });
  app.workspace.addAnnotation({ domainId: 'semiconductors', actorId: 'JP', evidenceId: null }, category.id, NOTE);
  await app.load();
  const notes = new AnnotationsPage(app.page);
  const h = new EditHistory(app.page);
  const shell = new ShellPage(app.page);
  await notes.open();
  const chip = notes.item(NOTE).locator(`[data-category="${category.id}"]`);
  await expect(chip).toHaveText('补贴竞争');

  let manage = await notes.openCategories();
  const row = manage.row(category.id);
  await expect(row).toContainText('1 条批注');
  await expect(manage.deleteButton(row)).toBeDisabled();
  await manage.rename(row, '补贴竞赛', 'Subsidy race');
  await expect(row.locator('.pm-category')).toHaveText('补贴竞赛');
  await expect(row).toContainText('Subsidy race');
  await app.screenshot('categories-manage');
  await app.page.keyboard.press('Escape');
  await expect(manage.root).toHaveCount(0);
  // The annotation keeps its category, under the new name.
  await expect(chip).toHaveText('补贴竞赛');

  await notes.item(NOTE).getByRole('button', { name: '删除批注' }).click();
  await notes.item(NOTE).getByRole('button', { name: '确认删除' }).click();
  await expect(notes.items()).toHaveCount(0);
  manage = await notes.openCategories();
  await expect(manage.row(category.id)).toContainText('0 条批注');
  await manage.delete(manage.row(category.id));
  await expect(manage.row(category.id)).toHaveCount(0);
  await expect(manage.root).toContainText('尚无自定义类别');
  await manage.root.getByRole('button', { name: '关闭' }).click();
  await expect(notes.categoryFilter.locator(`option[value="${category.id}"]`)).toHaveCount(0);

  // Undo names the deletion and brings the category back, renamed as it was.
  await shell.showView('matrix');
  await expect.poll(() => h.described(h.undo)).toBe('撤销：删除批注类别“补贴竞赛”（Ctrl+Z）');
  await h.undo.click();
  await notes.open();
  await expect(notes.categoryFilter.locator(`option[value="${category.id}"]`)).toHaveText('补贴竞赛');
});

test('at 1024 px the note form keeps its category select readable beside or above “+ New category…”', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('semiconductors', 'JP');
  const form = AnnotationsPage.form(m.panel);
  const select = AnnotationsPage.categorySelect(form);
  const button = AnnotationsPage.newCategoryButton(form);
  await button.scrollIntoViewIfNeeded();
  const [s, b, f] = await Promise.all([select.boundingBox(), button.boundingBox(), form.boundingBox()]);
  // Nothing sticks out of the form, and the select is wide enough for a category name.
  expect(s!.width).toBeGreaterThanOrEqual(100);
  expect(b!.x + b!.width).toBeLessThanOrEqual(f!.x + f!.width + 0.5);
  expect(s!.x + s!.width).toBeLessThanOrEqual(f!.x + f!.width + 0.5);
  await app.screenshot('category-form-1024');
});
