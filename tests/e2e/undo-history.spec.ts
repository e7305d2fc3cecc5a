// Undo you can trust: the buttons say in words what they would undo or redo before the click, in the
// interface language; a cell's history reads as the change (kept / removed / added words).
import { test, expect } from './harness.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { EditHistory } from './pages/edit-history.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ShellPage } from './pages/shell-page.ts';

test('undo and redo name what they would do, in both languages, before the click', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const h = new EditHistory(app.page);
  await m.open();
  await expect(h.undo).toBeDisabled();
  const view = app.workspace.matrix();
  const domain = view.domains.find((d) => d.id === 'export-control')!.name;
  const japan = view.actors.find((a) => a.id === 'JP')!.name;
  expect([domain.zh, japan.zh]).toEqual(['出口管制', '日本']);

  await m.selectCell('export-control', 'JP');
  await AnnotationsPage.addInPanel(m.panel, 'timing', '日本事前许可，美国事后清单：时机不同。');
  await expect.poll(() => h.described(h.undo)).toBe('撤销：出口管制 · 日本 的批注（Ctrl+Z）');
  await expect(h.undo).toHaveAttribute('data-tip', '撤销：出口管制 · 日本 的批注（Ctrl+Z）');
  await h.undo.hover();
  await app.screenshot('undo-tooltip-zh');

  const shell = new ShellPage(app.page);
  await shell.setLanguage('en');
  await expect.poll(() => h.described(h.undo)).toBe(`Undo: annotation on ${domain.en} · ${japan.en} (Ctrl+Z)`);

  await h.undo.click();
  await expect(shell.status).toContainText(`Undone: annotation on ${domain.en} · ${japan.en}`);
  await expect.poll(() => h.described(h.redo)).toBe(`Redo: annotation on ${domain.en} · ${japan.en} (Ctrl+Shift+Z)`);
  await expect(h.undo).toBeDisabled();
  await h.redo.hover();
  await app.screenshot('redo-tooltip-en');
});

test('the history of an edited summary shows the words that changed, not the whole text', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const h = new EditHistory(app.page);
  await m.open();
  const original = app.workspace.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.zh;
  // Insert a phrase in the middle and change the ending: the rest of the text is kept.
  const cut = Math.floor(original.length / 2);
  const inserted = '（分析人员补充：2023 年 7 月起 23 类设备）';
  const edited = `${original.slice(0, cut)}${inserted}${original.slice(cut)}`;

  await m.selectCell('export-control', 'JP');
  await m.panel.getByTestId('edit-summary').click();
  await m.panel.getByTestId('summary-editor').fill(edited);
  await m.panel.getByRole('button', { name: '保存' }).click();
  await expect(m.panel.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  const entry = h.entries(m.panel).first();
  const diff = h.diff(entry);
  await expect(diff.all).toBeVisible();
  await expect(diff.removed).toHaveCount(0);
  await expect(diff.added).toHaveText([inserted]);
  // The unchanged text is shortened around the change, never shown whole twice.
  const shown = (await diff.all.innerText()).replace(/\s+/g, '');
  expect(shown.length).toBeLessThan(original.length + inserted.length);
  await entry.scrollIntoViewIfNeeded();
  await app.screenshot('history-diff');
});

test('a pending confirmation is cancelled by Undo, which undoes the latest step, never past it', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const h = new EditHistory(app.page);
  await m.open();
  await m.selectCell('export-control', 'JP');
  const before = await m.quotes().count();
  await AnnotationsPage.addInPanel(m.panel, 'scope', '日本只管制军民两用的尖端设备。');
  const note = m.panel.locator('[data-testid="annotation"]', { hasText: '军民两用' });

  // Arm "Remove" on a quote, then press Undo instead of confirming.
  const remove = m.quotes().first().getByRole('button', { name: '移除此引文' });
  await remove.click();
  await expect(m.quotes().first().getByRole('button', { name: '确认移除' })).toBeVisible();
  await h.undo.click();
  // The arming is gone, the quote is still there, and what Undo took back is the annotation.
  await expect(m.quotes().first().getByRole('button', { name: '确认移除' })).toHaveCount(0);
  await expect(m.quotes()).toHaveCount(before);
  await expect(note).toHaveCount(0);
  await expect(h.undo).toBeDisabled();

  // The same from the keyboard: armed, then Ctrl+Z elsewhere.
  await h.redo.click();
  await expect(note).toBeVisible();
  await remove.focus();
  await app.page.keyboard.press('Enter');
  await expect(m.quotes().first().getByRole('button', { name: '确认移除' })).toBeFocused();
  await m.cell('export-control', 'US').click();
  await app.page.keyboard.press('Control+z');
  await expect(note).toHaveCount(0);
  await m.selectCell('export-control', 'JP');
  await expect(m.quotes()).toHaveCount(before);
});
