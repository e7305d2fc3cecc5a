import type { Paragraph } from '../../src/shared/types.ts';
import { expect, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ReaderPage } from './pages/reader-page.ts';
import { ShellPage } from './pages/shell-page.ts';

/** A body paragraph carrying a footnote marker, and that footnote. */
function footnotePair(paragraphs: Paragraph[]): { host: Paragraph; note: Paragraph } {
  for (const note of paragraphs) {
    if (note.kind !== 'footnote' || !note.marker || !note.noteOf) continue;
    const host = paragraphs.find((p) => p.id === note.noteOf);
    if (host && host.kind === 'body' && host.text.includes(note.marker)) return { host, note };
  }
  throw new Error('no linked footnote in the corpus');
}

test('search the sources, open a hit, follow a deep link', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  await app.load();
  await reader.open();
  await expect(reader.documents).toHaveCount(2);
  await expect(reader.document(/同盟视域下的美日技术安全合作/)).toContainText('国际安全研究');
  await expect(reader.document(/同盟视域下的美日技术安全合作/)).toContainText(/\d+ 段/);
  await expect(reader.contents.getByRole('button').first()).toBeVisible();

  // Ctrl+F goes to the search box from anywhere.
  await reader.tab('矩阵').click();
  await app.page.keyboard.press('Control+F');
  await expect(reader.searchBox).toBeFocused();
  await reader.searchBox.fill('出口管制');
  await expect(reader.hitCount).toContainText('个段落命中');
  expect(await reader.hitTotal()).toBeGreaterThan(0);
  await expect(reader.results.first().locator('mark').first()).toHaveText('出口管制');
  await app.screenshot('reader-search');

  // Open the second hit with the keyboard: ↓ opens the first, ↓ again the second.
  await reader.searchBox.press('ArrowDown');
  await reader.searchBox.press('ArrowDown');
  const second = reader.results.nth(1);
  await expect(second).toHaveAttribute('aria-current', 'true');
  await expect(reader.highlighted).toHaveCount(1);
  await expect(reader.highlighted).toBeInViewport();
  await expect(reader.highlighted.locator('mark.search-hit').first()).toHaveText('出口管制');
  await expect(reader.searchBox).toBeFocused();

  // Clicking a hit opens it as well, and the URL follows so a reload keeps the place.
  await reader.results.first().click();
  const opened = await reader.highlighted.getAttribute('data-paragraph-id');
  expect(opened).toBeTruthy();
  await expect(reader.highlighted).toBeInViewport();
  // The location is written once the navigation has rested a moment.
  await expect.poll(() => decodeURIComponent(new URL(app.page.url()).hash)).toBe(`#/reader/${opened}`);
  await app.screenshot('reader-hit');

  // Short queries fall back to a scan and still find things; the scope narrows to the open source.
  const docId = app.workspace.getParagraph(opened!).docId;
  const inAll = app.workspace.search('美日').total;
  const inDoc = app.workspace.search('美日', { docId }).total;
  expect(inDoc).toBeGreaterThan(0);
  expect(inDoc).toBeLessThan(inAll);
  await reader.searchBox.fill('美日');
  await expect(reader.hitCount).toHaveText(`${inAll} 个段落命中`);
  await reader.scope('本文献').click();
  await expect(reader.hitCount).toHaveText(`${inDoc} 个段落命中`);
  await expect(reader.results.first().locator('mark').first()).toHaveText('美日');

  // A deep link opens the paragraph centred and highlighted.
  const paragraphs = app.workspace.listParagraphs('wu-cong');
  const target = paragraphs.filter((p) => p.kind === 'body')[20]!;
  await app.load(`#/reader/${target.id}`);
  await expect(reader.paragraph(target.id)).toHaveAttribute('data-highlighted', 'true');
  await expect(reader.paragraph(target.id)).toBeInViewport();
  await expect(reader.tab('阅读')).toHaveAttribute('aria-selected', 'true');
  await app.screenshot('reader-deep-link');
});

test('footnote marker to footnote and back, by mouse and keyboard', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  const { host, note } = footnotePair(app.workspace.listParagraphs('wu-cong'));
  await app.load(`#/reader/${host.id}`);
  await expect(reader.paragraph(host.id)).toHaveAttribute('data-highlighted', 'true');

  const marker = reader.paragraph(host.id).getByRole('link', { name: `脚注 ${note.marker}` });
  await marker.click();
  await expect(reader.paragraph(note.id)).toHaveAttribute('data-highlighted', 'true');
  await expect(reader.paragraph(note.id)).toBeInViewport();
  await expect(reader.paragraph(note.id)).toBeFocused();
  await app.screenshot('reader-footnote');

  // From the footnote, Tab reaches its ↩ link; Enter returns to the marker, which takes the focus.
  await app.page.keyboard.press('Tab');
  const back = reader.paragraph(note.id).getByRole('link', { name: /返回脚注/ });
  await expect(back).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(reader.paragraph(host.id)).toHaveAttribute('data-highlighted', 'true');
  await expect(marker).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(reader.paragraph(note.id)).toHaveAttribute('data-highlighted', 'true');
});

test('a selection becomes evidence in the matrix', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  const { host, note } = footnotePair(app.workspace.listParagraphs('wu-cong'));
  // A quote across the footnote marker: the link element splits the text, the offsets must not care.
  const at = host.text.indexOf(note.marker!);
  const exact = host.text.slice(at - 6, at + 6);
  await app.load(`#/reader/${host.id}`);
  await expect(reader.paragraph(host.id)).toBeInViewport();
  await reader.selectInParagraph(host.id, exact);

  const use = app.page.getByRole('button', { name: '用作证据…' });
  await expect(use).toBeVisible();
  await app.screenshot('reader-selection');
  await use.click();
  const picker = app.page.getByRole('dialog', { name: '用作证据' });
  await expect(picker).toBeVisible();
  await expect(picker.locator('blockquote')).toHaveText(exact);
  const filter = picker.getByRole('combobox', { name: '查找领域或立场' });
  await expect(filter).toBeFocused();
  await filter.fill('出口管制 日本');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await app.screenshot('reader-evidence-picker');
  await filter.press('Enter');

  await expect(picker).toBeHidden();
  await expect(app.page.getByRole('status').filter({ hasText: '已添加证据' })).toContainText('出口管制 · 日本');
  const evidence = app.workspace.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.evidence;
  const added = evidence.find((e) => e.origin === 'user');
  expect(added).toMatchObject({ exact, paragraphId: host.id, start: at - 6, status: 'anchored' });
});

test('from a matrix quote to its source and back; new evidence defaults to that cell', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  const matrix = new MatrixPage(app.page);
  await app.load();
  await matrix.open();
  const quote = app.workspace.matrix().domains.find((d) => d.id === 'investment-review')!.positions['US']!.evidence[0]!;
  await matrix.selectCell('investment-review', 'US');
  await matrix.quote(quote.id).getByTestId('open-source').click();

  const paragraph = reader.paragraph(quote.paragraphId!);
  await expect(paragraph).toHaveAttribute('data-highlighted', 'true');
  await expect(paragraph.locator('mark.quote-highlight')).toHaveText(quote.exact);
  await expect(paragraph.locator('mark.quote-highlight')).toBeInViewport();
  await expect(paragraph).toBeFocused();
  const back = app.page.getByRole('button', { name: '← 返回矩阵' });
  await expect(back).toBeVisible();
  await expect(back).toHaveText('← 返回矩阵：外资审查 · 美国');
  await app.screenshot('reader-from-matrix');

  // Reading on (a search hit) keeps the way back; new evidence is offered for the cell we came from.
  await reader.searchBox.fill('外资审查');
  await reader.results.first().click();
  await expect(back).toBeVisible();
  const opened = (await reader.highlighted.getAttribute('data-paragraph-id'))!;
  const text = app.workspace.getParagraph(opened).text;
  await reader.selectInParagraph(opened, text.slice(0, 8));
  await app.page.getByRole('button', { name: '用作证据…' }).click();
  const picker = app.page.getByRole('dialog', { name: '用作证据' });
  await expect(picker.getByRole('option', { selected: true })).toContainText('美国');
  await picker.getByRole('button', { name: /添加证据 → 外资审查 · 美国/ }).click();
  await expect(picker).toBeHidden();

  await back.click();
  await matrix.expectPanelFor('investment-review', 'US');
  const evidence = app.workspace.matrix().domains.find((d) => d.id === 'investment-review')!.positions['US']!.evidence;
  expect(evidence.some((e) => e.origin === 'user' && e.paragraphId === opened && e.start === 0)).toBe(true);
});

test('a reload in the reader keeps the marked quote and the way back to the matrix', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  const matrix = new MatrixPage(app.page);
  await app.load();
  await matrix.open();
  const quote = app.workspace.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.evidence[0]!;
  await matrix.selectCell('export-control', 'JP');
  await matrix.quote(quote.id).getByTestId('open-source').click();
  const paragraph = reader.paragraph(quote.paragraphId!);
  await expect(paragraph.locator('mark.quote-highlight')).toHaveText(quote.exact);

  // The location carries the quote and the cell, so a reload (or a copied link) brings both back.
  await expect
    .poll(() => decodeURIComponent(new URL(app.page.url()).hash))
    .toBe(`#/reader/${quote.paragraphId}?q=${quote.start}-${quote.exact.length}&from=export-control/JP`);
  await app.page.reload();
  await expect(app.page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
  await expect(reader.tab('阅读')).toHaveAttribute('aria-selected', 'true');
  await expect(paragraph).toHaveAttribute('data-highlighted', 'true');
  await expect(paragraph.locator('mark.quote-highlight')).toHaveText(quote.exact);
  await expect(paragraph.locator('mark.quote-highlight')).toBeInViewport();
  await expect(app.page.getByTestId('back-to-matrix')).toHaveText('← 返回矩阵：出口管制 · 日本');
  await app.page.getByRole('button', { name: '← 返回矩阵' }).click();
  await matrix.expectPanelFor('export-control', 'JP');
  await expect(matrix.quote(quote.id).getByTestId('quote-exact')).toHaveText(quote.exact);

  // A mangled link still opens the paragraph; the parts that make no sense are ignored.
  await app.load(`#/reader/${encodeURIComponent(quote.paragraphId!)}?q=12-abc&from=export-control`);
  await expect(paragraph).toHaveAttribute('data-highlighted', 'true');
  await expect(paragraph.locator('mark.quote-highlight')).toHaveCount(0);
  await expect(app.page.getByRole('button', { name: '← 返回矩阵' })).toHaveCount(0);
});

test('interface language, menu commands and the author name', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  const shell = new ShellPage(app.page);
  await app.load('#/reader');
  await expect(reader.tab('阅读')).toHaveAttribute('aria-selected', 'true');

  await shell.setLanguage('en');
  await expect(reader.tab('Reader')).toHaveAttribute('aria-selected', 'true');
  await expect(reader.tab('Matrix')).toBeVisible();
  await expect(reader.tab('Annotations')).toBeVisible();
  await expect(reader.searchBox).toHaveAttribute('placeholder', 'Search sources (Ctrl+F)');
  await reader.searchBox.fill('export control');
  await expect(reader.hitCount).toContainText(/matching paragraph|No paragraph/);
  await app.screenshot('reader-english');
  expect(app.workspace.prefs().lang).toBe('en');

  // The menu's language items and Find reach the renderer as events.
  await app.menu('lang-zh');
  await expect(reader.tab('阅读')).toBeVisible();
  await shell.showView('matrix');
  await app.menu('find');
  await expect(reader.searchBox).toBeFocused();

  // Ctrl+1/2/3 switch views.
  await app.page.keyboard.press('Control+3');
  await expect(shell.tab('annotations')).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('Control+2');
  await expect(shell.tab('reader')).toHaveAttribute('aria-selected', 'true');

  // The author name (the system user name until set) is set once and remembered.
  await shell.setAuthor('  Analyst Li ');
  await expect(shell.authorButton).toHaveAccessibleName(/作者: Analyst Li/);
  expect(app.workspace.prefs().author).toBe('Analyst Li');
});
