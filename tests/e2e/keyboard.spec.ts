// Keyboard and focus: Enter on a cell goes into its evidence panel, Escape comes back to the same cell,
// F6 / Shift+F6 cycle search ↔ grid ↔ panel, focus never falls to <body> after Edit, Save, Cancel,
// Add or Delete, and every control the keyboard reaches shows a ring.
import { test, expect } from './harness.ts';
import { focusState } from './pages/focus.ts';
import { MatrixPage } from './pages/matrix-page.ts';

test('Enter opens the panel with focus in it, Escape returns to the same cell, F6 cycles the regions', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  const kb = app.page.keyboard;

  await m.cell('investment-review', 'US').click();
  await kb.press('ArrowRight');
  await expect.poll(async () => (await focusState(app.page)).cell).toEqual({ domainId: 'investment-review', actorId: 'JP' });
  await kb.press('Enter');
  await m.expectPanelFor('investment-review', 'JP');
  await expect.poll(async () => (await focusState(app.page)).region).toBe('panel');
  expect((await focusState(app.page)).testId).toBe('panel-title');
  await expect(m.panel.getByTestId('panel-title')).toBeFocused();
  await app.screenshot('keyboard-panel-focus');

  // Tab goes on inside the panel; Escape from there comes back to the cell it belongs to.
  await kb.press('Tab');
  expect((await focusState(app.page)).region).toBe('panel');
  await kb.press('Escape');
  await expect.poll(async () => (await focusState(app.page)).cell).toEqual({ domainId: 'investment-review', actorId: 'JP' });
  await expect(m.panel).toBeVisible();

  // F6: grid → panel → search → grid; Shift+F6 the other way.
  await kb.press('F6');
  await expect.poll(async () => (await focusState(app.page)).region).toBe('panel');
  await kb.press('F6');
  await expect.poll(async () => (await focusState(app.page)).region).toBe('search');
  await expect(m.quickFilter).toBeFocused();
  await kb.press('F6');
  await expect.poll(async () => (await focusState(app.page)).cell).toEqual({ domainId: 'investment-review', actorId: 'JP' });
  await kb.press('Shift+F6');
  await expect.poll(async () => (await focusState(app.page)).region).toBe('search');
  await kb.press('Shift+F6');
  await expect.poll(async () => (await focusState(app.page)).region).toBe('panel');
});

test('focus never falls to <body> after Edit, Save, Cancel, Add or Delete in the panel', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  const kb = app.page.keyboard;
  const expectInPanel = async (what: string) => {
    await expect.poll(async () => (await focusState(app.page)).onBody, { message: `focus on <body> after ${what}` }).toBe(false);
    const state = await focusState(app.page);
    expect(state.region, `focus after ${what}: ${JSON.stringify(state)}`).toBe('panel');
    return state;
  };

  await m.cell('export-control', 'JP').click();
  await kb.press('Enter');
  await m.expectPanelFor('export-control', 'JP');

  // Edit (by keyboard) → the editor's text field; Cancel → the Edit button again.
  await m.panel.getByTestId('edit-summary').focus();
  await kb.press('Enter');
  await expect(m.panel.getByTestId('summary-editor')).toBeFocused();
  await m.panel.getByRole('button', { name: '取消' }).focus();
  await kb.press('Enter');
  await expect(m.panel.getByTestId('summary-editor')).toHaveCount(0);
  expect((await expectInPanel('Cancel')).testId).toBe('edit-summary');

  // Save: the text field goes away with its buttons; focus lands on Edit, in the same section.
  await kb.press('Enter');
  const editor = m.panel.getByTestId('summary-editor');
  await expect(editor).toBeFocused();
  await editor.press('End');
  await kb.type('（键盘补充）');
  await m.panel.getByRole('button', { name: '保存' }).focus();
  await kb.press('Enter');
  await expect(m.panel.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  expect((await expectInPanel('Save')).testId).toBe('edit-summary');

  // Add an annotation from the keyboard: the form empties and its button disables; focus goes to the text field.
  const form = m.panel.getByTestId('cell-annotations').getByTestId('annotation-form');
  await form.locator('textarea').focus();
  await kb.type('日本在 2019 年把韩国移出白名单，属事前许可。');
  await form.locator('button[type="submit"]').focus();
  await kb.press('Enter');
  const note = m.panel.locator('[data-testid="annotation"]', { hasText: '移出白名单' });
  await expect(note).toBeVisible();
  const afterAdd = await expectInPanel('Add');
  expect(afterAdd.tag).toBe('textarea');

  // Delete, confirm: the note goes; focus stays in the annotations section.
  await note.getByRole('button', { name: /删除批注|Delete annotation/ }).focus();
  await kb.press('Enter');
  const confirm = note.getByRole('button', { name: /确认删除|Confirm/ });
  await expect(confirm).toBeFocused();
  await kb.press('Enter');
  await expect(note).toHaveCount(0);
  await expectInPanel('Delete');

  // Remove a quote, confirm: focus stays on the list.
  const before = await m.quotes().count();
  await m.quotes().first().getByRole('button', { name: '移除此引文' }).focus();
  await kb.press('Enter');
  await expect(m.quotes().first().getByRole('button', { name: '确认移除' })).toBeFocused();
  await kb.press('Enter');
  await expect(m.quotes()).toHaveCount(before - 1);
  await expectInPanel('Remove quote');
});

test('every control reached by Tab shows a focus ring (language switch and quick filter included)', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await app.page.locator('#tab-matrix').focus();
  const missing: string[] = [];
  for (let i = 0; i < 30; i++) {
    await app.page.keyboard.press('Tab');
    const state = await focusState(app.page);
    if (state.onBody) throw new Error(`Tab ${i + 1} left focus on <body>`);
    if (!state.ring) missing.push(`${state.tag}[${state.testId ?? ''}] ${state.text}`);
    if (state.region === 'grid') break;
  }
  expect(missing).toEqual([]);
  await app.page.getByRole('button', { name: 'English', exact: true }).focus();
  await app.page.keyboard.press('Shift+Tab');
  await app.page.keyboard.press('Tab');
  await app.screenshot('focus-ring-lang');
});

test('"Annotate this quote" brings the note form into view, aimed at the quote, with focus in its text field; the count includes it', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('export-control', 'US');
  const quote = m.quotes().nth(1);
  const evidenceId = await quote.getAttribute('data-evidence-id');
  await quote.getByRole('button', { name: /批注此引文/ }).click();
  const form = m.panel.getByTestId('cell-annotations').getByTestId('annotation-form');
  await expect(form.locator('textarea')).toBeFocused();
  await expect(form.locator('textarea')).toBeInViewport();
  await expect(form.locator('select').first()).toHaveValue(`q:${evidenceId}`);
  // The note shows with its quote, and the section's count includes it.
  const count = m.panel.getByTestId('cell-annotations').locator('h3 .pm-count');
  await expect(count).toHaveText('0');
  await app.page.keyboard.type('此处只谈美国的单边措施。');
  await form.locator('button[type="submit"]').click();
  await expect(quote.getByTestId('annotation')).toHaveCount(1);
  await expect(count).toHaveText('1');
});
