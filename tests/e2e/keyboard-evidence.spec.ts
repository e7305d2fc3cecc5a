// Adding evidence without a mouse: from the cell's quote into the reader, select by character and by
// word with the keyboard, Enter opens the picker, Enter adds, and the way back leads to the cell.
import { test, expect } from './harness.ts';
import { focusState } from './pages/focus.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ReaderPage } from './pages/reader-page.ts';

test('select a quote by keyboard in the reader and add it as evidence', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  const reader = new ReaderPage(app.page);
  const kb = app.page.keyboard;
  await m.open();
  const position = app.workspace.matrix().domains.find((d) => d.id === 'investment-review')!.positions['JP']!;
  const quote = position.evidence[0]!;
  const paragraph = app.workspace.paragraphs.find((p) => p.id === quote.paragraphId)!;

  await m.cell('investment-review', 'JP').click();
  await kb.press('Enter');
  await m.expectPanelFor('investment-review', 'JP');
  await m.quote(quote.id).getByTestId('open-source').focus();
  await kb.press('Enter');
  const para = reader.paragraph(quote.paragraphId!);
  await expect(para).toBeFocused();

  // ↓ goes to the next paragraph, ↑ back; the text pane itself steps into a paragraph with Enter.
  await kb.press('ArrowDown');
  await expect(para).not.toBeFocused();
  await kb.press('ArrowUp');
  await expect(para).toBeFocused();

  // Six characters, then one word more (the browser's word segmenter, Chinese included).
  for (let i = 0; i < 6; i++) await kb.press('Shift+ArrowRight');
  await expect.poll(() => reader.selectedText()).toBe(paragraph.text.slice(0, 6));
  await kb.press('Control+Shift+ArrowRight');
  const wordEnd = await app.page.evaluate((text) => {
    const bounds = [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)].map((s) => s.index + s.segment.length);
    return bounds.find((b) => b > 6) ?? text.length;
  }, paragraph.text);
  expect(wordEnd).toBeGreaterThan(6);
  const exact = paragraph.text.slice(0, wordEnd);
  await expect.poll(() => reader.selectedText()).toBe(exact);
  await expect(reader.useAsEvidence).toBeVisible();
  await app.screenshot('keyboard-selection');

  // Enter: the picker, on the cell we came from; Enter on its button adds the quote.
  await kb.press('Enter');
  const add = app.page.getByRole('button', { name: /添加证据|Add evidence/ });
  await expect(add).toBeVisible();
  await add.focus();
  await kb.press('Enter');
  await expect(add).toHaveCount(0);
  expect((await focusState(app.page)).onBody).toBe(false);

  await reader.backToMatrix.focus();
  await kb.press('Enter');
  await m.expectPanelFor('investment-review', 'JP');
  await expect(m.quotes()).toHaveCount(position.evidence.length + 1);
  const added = m.panel.locator('[data-testid="quote"][data-evidence-id^="u:"]');
  await expect(added.getByTestId('quote-exact')).toHaveText(exact.trim());
  await expect(added).toHaveAttribute('data-status', 'anchored');
});

test('Enter on the reader text steps into the first paragraph in view; Escape clears a selection', async ({ app }) => {
  await app.load();
  const reader = new ReaderPage(app.page);
  const kb = app.page.keyboard;
  await reader.open();
  await expect(reader.text.locator('[data-paragraph-id]').first()).toBeVisible();
  await reader.text.focus();
  await kb.press('Enter');
  await expect.poll(async () => (await focusState(app.page)).tag).toBe('article');
  await kb.press('Shift+End');
  await expect.poll(async () => (await reader.selectedText()).length).toBeGreaterThan(0);
  await kb.press('Escape');
  await expect.poll(() => reader.selectedText()).toBe('');
});
