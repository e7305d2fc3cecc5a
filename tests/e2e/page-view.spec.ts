// The original page beside the rebuilt text: from a matrix quote to the PDF page with the quote lit
// on its words (Chinese and English PDFs), zoom and page up/down, and a missing or changed original
// said and left alone.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { PageView } from './pages/page-view.ts';
import { ReaderPage } from './pages/reader-page.ts';
import { ShellPage } from './pages/shell-page.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

test('a quote cited from a Chinese PDF opens on its page, lit on the words; zoom and page up/down; back to the matrix', async ({ app }) => {
  const summary = await app.workspace.sources.import(path.join(FIXTURES, 'zh-paper.pdf'));
  const host = app.workspace.listParagraphs(summary.id).find((p) => p.kind === 'body' && p.text.includes('美国主要依靠事后审查'))!;
  const exact = '美国主要依靠事后审查';
  const reader = new ReaderPage(app.page);
  const pages = new PageView(app.page);
  const matrix = new MatrixPage(app.page);

  // Cite a selection, as the analyst does.
  await app.load(`#/reader/${host.id}`);
  await expect(reader.paragraph(host.id)).toBeInViewport();
  await reader.selectInParagraph(host.id, exact);
  await app.page.getByRole('button', { name: '用作证据…' }).click();
  const picker = app.page.getByRole('dialog', { name: '用作证据' });
  await picker.getByRole('combobox', { name: '查找领域或立场' }).fill('外资审查 美国');
  await picker.getByRole('combobox', { name: '查找领域或立场' }).press('Enter');
  await expect(picker).toBeHidden();

  // From the matrix cell's evidence panel: "Open on page" next to "Open in source".
  await matrix.open();
  await matrix.selectCell('investment-review', 'US');
  const quote = matrix.quotes().filter({ hasText: exact });
  await expect(quote.getByTestId('open-source')).toBeVisible();
  await quote.getByRole('button', { name: /^在原页查看/ }).click();

  await pages.expectTargetShown(true);
  await expect(reader.paragraph(host.id)).toBeInViewport();
  await expect(pages.status).toContainText(`引文已在第 ${host.page} 页标出`);
  await expect(pages.pdfPage(host.page!)).toHaveAttribute('data-state', 'painted');
  await app.screenshot('page-view-zh-quote');
  expect((await pages.boxOf(pages.quoteMarks.first())).page).toBe(host.page);

  // Zoomed in, the lit box covers printed glyphs; the same box moved into the page margin covers only paper.
  const fitWidth = await pages.scale();
  for (let i = 0; i < 7; i++) await pages.button(/放大/).click();
  await expect.poll(() => pages.scale()).toBeGreaterThan(fitWidth * 1.8);
  await expect(pages.pdfPage(host.page!)).toHaveAttribute('data-state', 'painted');
  const mark = await pages.boxOf(pages.quoteMarks.first());
  expect(await pages.inkUnder(mark.page, mark)).toBeGreaterThan(0.08);
  expect(await pages.inkUnder(mark.page, { ...mark, x: 2, width: Math.min(mark.width, 20) })).toBeLessThan(0.01);
  // Ten characters of the quote at the page's text size: one line, about ten em wide.
  expect(mark.width / mark.height).toBeGreaterThan(7);
  expect(mark.width / mark.height).toBeLessThan(13);
  await pages.closeUp(pages.quoteMarks.first(), 'page-view-zh-quote-closeup');

  // Zoom: − makes the pages smaller and draws them again; fit page shows a whole page; fit width again.
  await expect(pages.view.locator('.page-zoom')).toContainText('%');
  for (let i = 0; i < 9; i++) await pages.button(/缩小/).click();
  await expect.poll(() => pages.scale()).toBeLessThan(fitWidth);
  await expect(pages.pdfPage(host.page!)).toHaveAttribute('data-state', 'painted');
  await pages.button(/^整页/).click();
  const fitPage = await pages.scale();
  const paneBox = (await pages.pane.boundingBox())!;
  const pageBox = (await pages.pdfPage(1).boundingBox())!;
  expect(pageBox.height).toBeLessThanOrEqual(paneBox.height);
  await pages.button(/^适合宽度/).click();
  await expect.poll(() => pages.scale()).toBeGreaterThan(fitPage);

  // Keyboard: page up/down in the pages, + and − for zoom.
  await pages.pane.focus();
  await app.page.keyboard.press('Home');
  await expect.poll(() => pages.currentPage()).toBe(1);
  await app.page.keyboard.press('PageDown');
  await expect.poll(() => pages.currentPage()).toBe(2);
  await expect(pages.pdfPage(2)).toHaveAttribute('data-state', 'painted');
  await app.page.keyboard.press('PageUp');
  await expect.poll(() => pages.currentPage()).toBe(1);
  await pages.button(/下一页/).click();
  await expect.poll(() => pages.currentPage()).toBe(2);
  await expect(pages.pageNumber).toHaveValue('2');
  // The page number field: type a page and Enter.
  await pages.pageNumber.fill('1');
  await pages.pageNumber.press('Enter');
  await expect.poll(() => pages.currentPage()).toBe(1);
  await pages.pane.focus();
  const before = await pages.scale();
  await app.page.keyboard.press('+');
  await expect.poll(() => pages.scale()).toBeGreaterThan(before);
  await app.page.keyboard.press('w');
  await expect.poll(() => pages.scale()).toBeCloseTo(fitWidth, 3);

  // "Back to matrix" returns to the cell the quote came from.
  await app.page.getByRole('button', { name: '← 返回矩阵' }).click();
  await matrix.expectPanelFor('investment-review', 'US');
});

test('an English PDF: a quote deep link opens on its page lit on the words; "Show on page" outlines any paragraph', async ({ app }) => {
  const summary = await app.workspace.sources.import(path.join(FIXTURES, 'en-report.pdf'));
  const paragraphs = app.workspace.listParagraphs(summary.id);
  const host = paragraphs.find((p) => p.text.startsWith('Both countries expanded export controls'))!;
  const exact = 'export controls on advanced computing';
  const start = host.text.indexOf(exact);
  expect(start).toBeGreaterThan(0);
  const domain = app.workspace.matrix().domains.find((d) => d.id === 'investment-review')!;
  app.workspace.addEvidence(domain.id, 'JP', host.id, start, exact);
  const reader = new ReaderPage(app.page);
  const pages = new PageView(app.page);

  await app.load('#/matrix');
  await new ShellPage(app.page).setLanguage('en');
  const matrix = new MatrixPage(app.page);
  await matrix.open();
  await matrix.selectCell(domain.id, 'JP');
  await matrix.quotes().filter({ hasText: exact }).getByRole('button', { name: /^Open on page/ }).click();
  await pages.expectTargetShown(true);
  await expect(pages.status).toContainText(`The quote is lit on page ${host.page}`);
  const marks = await pages.quoteMarks.count();
  expect(marks).toBeGreaterThanOrEqual(1);
  for (let i = 0; i < marks; i++) {
    const mark = await pages.boxOf(pages.quoteMarks.nth(i));
    expect(await pages.inkUnder(mark.page, mark)).toBeGreaterThan(0.06);
  }
  await app.screenshot('page-view-en-quote');
  await pages.closeUp(pages.quoteMarks.first(), 'page-view-en-quote-closeup');

  // Any paragraph: "Show on page" beside it outlines it on its page, with no quote lit.
  const other = paragraphs.find((p) => p.kind === 'body' && p.page === 1 && p.text.startsWith('We coded every measure'))!;
  await reader.paragraph(other.id).getByRole('button', { name: /On page: paragraph \d+/ }).click();
  await expect(pages.status).toContainText(`Paragraph ${other.ordinal} is outlined on page 1`);
  await expect(pages.quoteMarks).toHaveCount(0);
  const outline = await pages.boxOf(pages.outlines.first());
  expect(outline.page).toBe(1);
  expect(await pages.inkUnder(1, outline)).toBeGreaterThan(0.03);
  // Only pages near the visible part hold a canvas.
  expect(await pages.drawnPages()).toBeLessThanOrEqual(2);
  await app.screenshot('page-view-en-outline');

  // The pages lead, the text follows: scrolled by the wheel to the top of page 2, the text's top
  // paragraph becomes one printed on page 2 (at once where it is rendered, else when the pages pause).
  const pageTwo = await pages.pdfPage(2).evaluate((el) => (el as HTMLElement).offsetTop);
  await pages.pane.hover();
  await pages.pane.evaluate((el, top) => {
    el.dispatchEvent(new WheelEvent('wheel', { deltaY: 100 }));
    el.scrollTop = top + 40;
  }, pageTwo);
  const printedOn = new Map(paragraphs.map((p) => [p.id, p.page]));
  const topOfText = () =>
    reader.text.evaluate((el) => {
      const line = el.getBoundingClientRect().top + 24;
      const at = [...el.querySelectorAll<HTMLElement>('[data-paragraph-id]')].find((p) => p.getBoundingClientRect().bottom > line);
      return at?.dataset['paragraphId'] ?? null;
    });
  await expect.poll(async () => printedOn.get((await topOfText()) ?? '')).toBe(2);

  // The toggle closes and reopens the pages.
  await pages.toggle.click();
  await expect(pages.view).toBeHidden();
  await pages.toggle.click();
  await expect(pages.view).toBeVisible();
});

test('an original that changed on disk or is missing is said, the text stays, and nothing in the database changes', async ({ app }) => {
  const summary = await app.workspace.sources.import(path.join(FIXTURES, 'en-report.pdf'));
  const stored = app.workspace.sources.originals.pathOf(summary.sha256);
  const bytes = fs.readFileSync(stored);
  bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
  fs.writeFileSync(stored, bytes);
  const state = () => JSON.stringify({ sources: app.workspace.sources.list(), paragraphs: app.workspace.listParagraphs(summary.id), docs: app.workspace.listDocuments() });
  const before = state();
  const reader = new ReaderPage(app.page);
  const pages = new PageView(app.page);
  const first = app.workspace.listParagraphs(summary.id)[0]!;

  await app.load(`#/reader/doc/${summary.id}`);
  await expect(reader.paragraph(first.id)).toBeVisible();
  await pages.toggle.click();
  await expect(pages.unavailable).toContainText('SHA-256');
  await expect(pages.unavailable).toContainText('en-report.pdf');
  await expect(pages.view).toBeHidden();
  await expect(reader.paragraph(first.id)).toBeVisible();
  await app.screenshot('page-view-changed');

  fs.rmSync(stored);
  await pages.unavailable.getByRole('button', { name: '知道了' }).click();
  await reader.paragraph(first.id).getByTestId('show-on-page').click();
  await expect(pages.unavailable).toContainText('已不在应用的数据文件夹中');
  await expect(pages.view).toBeHidden();
  await expect(reader.paragraph(first.id)).toBeVisible();
  expect(state()).toBe(before);
  expect(fs.existsSync(stored)).toBe(false);
});

test('an original shown once and kept open is checked again when the pages are shown again: changed on disk since, it is said', async ({ app }) => {
  const summary = await app.workspace.sources.import(path.join(FIXTURES, 'en-report.pdf'));
  const stored = app.workspace.sources.originals.pathOf(summary.sha256);
  const reader = new ReaderPage(app.page);
  const pages = new PageView(app.page);
  const first = app.workspace.listParagraphs(summary.id)[0]!;

  await app.load(`#/reader/doc/${summary.id}`);
  await reader.paragraph(first.id).getByTestId('show-on-page').click();
  await pages.expectTargetShown(false);
  await pages.toggle.click();
  await expect(pages.view).toBeHidden();

  const bytes = fs.readFileSync(stored);
  bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
  fs.writeFileSync(stored, bytes);
  await pages.toggle.click();
  await expect(pages.unavailable).toContainText('SHA-256');
  await expect(pages.view).toBeHidden();
  await expect(reader.paragraph(first.id)).toBeVisible();
});
