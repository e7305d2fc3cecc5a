// A long document in the reader (3,000 paragraphs): the text is virtualised, so only the paragraphs in
// and near view are in the DOM — and still a deep link to a late paragraph lights its quote, a reload
// keeps it, a footnote at the far end and back work, a search hit opens, the contents jump, and a
// keyboard selection survives scrolling its paragraph out of view and becomes evidence.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness.ts';
import type { AppHarness } from './harness.ts';
import { ReaderPage } from './pages/reader-page.ts';

const COUNT = 3_000;
/** However far the text is scrolled, at most this many paragraphs are rendered (a 900 px pane holds ~15). */
const BOUNDED = 150;

/** A Markdown report of COUNT paragraphs in sections of 50, one footnote cited late and defined at the end. */
async function importLongReport(app: AppHarness) {
  const lines = ['# A long report on economic security', ''];
  for (let i = 1; i <= COUNT; i++) {
    if (i % 50 === 1) lines.push(`## Part ${Math.ceil(i / 50)}`, '');
    const special = i === 2_900 ? ' It names the zephyr-lantern clause once.' : '';
    const note = i === 2_600 ? ' Screening followed the treaty.[^late]' : '';
    lines.push(`Paragraph ${i} of the report weighs export controls against investment screening in measure ${i}, with a note on allied coordination and its limits.${special}${note}`, '');
  }
  lines.push('[^late]: The late footnote explains where measure 2600 came from.', '');
  const file = path.join(app.dir, 'long-report.md');
  fs.writeFileSync(file, lines.join('\n'));
  const summary = await app.workspace.sources.import(file, { worker: false });
  return app.workspace.listParagraphs(summary.id);
}

const rendered = (reader: ReaderPage) => reader.text.locator('[data-paragraph-id]').count();

test('a 3,000-paragraph document: deep link lights a late quote with a bounded DOM; reload, footnote, search, contents, keyboard evidence', async ({ app }) => {
  const paragraphs = await importLongReport(app);
  expect(paragraphs.length).toBeGreaterThan(COUNT);
  const reader = new ReaderPage(app.page);
  const late = paragraphs.find((p) => p.text.startsWith('Paragraph 2750 '))!;
  const exact = 'investment screening in measure 2750';
  const start = late.text.indexOf(exact);
  app.workspace.addEvidence('investment-review', 'US', late.id, start, exact);

  // Deep link to a late paragraph with its quote: lit and in view; the DOM holds a few dozen paragraphs.
  await app.load(`#/reader/${late.id}?q=${start}-${exact.length}&from=investment-review/US`);
  const paragraph = reader.paragraph(late.id);
  await expect(paragraph).toHaveAttribute('data-highlighted', 'true');
  await expect(paragraph.locator('mark.quote-highlight')).toHaveText(exact);
  await expect(paragraph.locator('mark.quote-highlight')).toBeInViewport();
  await expect(paragraph).toBeFocused();
  expect(await rendered(reader)).toBeLessThanOrEqual(BOUNDED);
  expect(await rendered(reader)).toBeGreaterThan(5);
  await expect(paragraph).toHaveAttribute('aria-posinset', String(paragraphs.indexOf(late) + 1));
  await app.screenshot('reader-long-deep-link');

  // A reload keeps the marked quote.
  await app.page.reload();
  await expect(app.page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await expect(paragraph.locator('mark.quote-highlight')).toHaveText(exact);
  await expect(paragraph.locator('mark.quote-highlight')).toBeInViewport();

  // Scrolling back to the top renders the top, and only about that much.
  await reader.text.evaluate((el) => (el.scrollTop = 0));
  await expect(reader.paragraph(paragraphs[0]!.id)).toBeInViewport();
  expect(await rendered(reader)).toBeLessThanOrEqual(BOUNDED);
  // …and scrolling page by page through the text keeps it bounded, with no gap in view.
  for (let i = 0; i < 6; i++) {
    await reader.text.evaluate((el) => el.scrollBy(0, el.clientHeight * 7));
    await expect.poll(() => reader.text.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return at?.closest('[data-paragraph-id]') !== null;
    })).toBe(true);
    expect(await rendered(reader)).toBeLessThanOrEqual(BOUNDED);
  }

  // A footnote marker late in the text goes to the footnote at the very end, and ↩ comes back.
  const host = paragraphs.find((p) => p.text.startsWith('Paragraph 2600 '))!;
  const note = paragraphs.find((p) => p.kind === 'footnote' && p.noteOf === host.id)!;
  await app.load(`#/reader/${host.id}`);
  await reader.paragraph(host.id).locator('a.fn-ref').click();
  await expect(reader.paragraph(note.id)).toHaveAttribute('data-highlighted', 'true');
  await expect(reader.paragraph(note.id)).toBeInViewport();
  await expect(reader.paragraph(note.id)).toBeFocused();
  await reader.paragraph(note.id).locator('a.fn-back').click();
  await expect(reader.paragraph(host.id)).toHaveAttribute('data-highlighted', 'true');
  await expect(reader.paragraph(host.id).locator('a.fn-ref')).toBeFocused();
  expect(await rendered(reader)).toBeLessThanOrEqual(BOUNDED);

  // A search hit far from the rendered part opens in the reader.
  await reader.searchBox.fill('zephyr-lantern');
  await reader.results.first().click();
  const hit = paragraphs.find((p) => p.text.includes('zephyr-lantern'))!;
  await expect(reader.paragraph(hit.id)).toHaveAttribute('data-highlighted', 'true');
  await expect(reader.paragraph(hit.id)).toBeInViewport();

  // The contents jump to a section far up.
  const part3 = paragraphs.find((p) => p.kind === 'heading' && p.text === 'Part 3')!;
  await reader.contents.getByRole('button', { name: 'Part 3', exact: true }).click();
  await expect(reader.paragraph(part3.id)).toBeInViewport();
  await expect(reader.contents.getByRole('button', { name: 'Part 3', exact: true })).toHaveAttribute('aria-current', 'location');

  // Keyboard: ↓ / ↑ step through paragraphs; a selection in the focused paragraph survives scrolling
  // it far out of view, and Enter still turns it into evidence.
  await app.load(`#/reader/${late.id}`);
  await expect(paragraph).toBeFocused();
  const next = paragraphs[paragraphs.indexOf(late) + 1]!;
  await app.page.keyboard.press('ArrowDown');
  await expect(reader.paragraph(next.id)).toBeFocused();
  await expect(reader.paragraph(next.id)).toBeInViewport();
  await app.page.keyboard.press('ArrowUp');
  await expect(paragraph).toBeFocused();
  for (let i = 0; i < 9; i++) await app.page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => reader.selectedText()).toBe(late.text.slice(0, 9));
  await reader.text.evaluate((el) => (el.scrollTop = 0));
  await expect(reader.paragraph(paragraphs[0]!.id)).toBeInViewport();
  await expect(paragraph).toBeFocused();
  expect(await reader.selectedText()).toBe(late.text.slice(0, 9));
  await app.page.keyboard.press('Enter');
  const picker = app.page.getByRole('dialog', { name: '用作证据' });
  await expect(picker.locator('blockquote')).toHaveText(late.text.slice(0, 9));
  await app.screenshot('reader-long-keyboard');
  await app.page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  // The dialog gives focus back to the paragraph: it is still rendered, out of view.
  await expect(paragraph).toBeFocused();
});
