// Printed page numbers and vertical Japanese on the original page: a PDF with page labels names its
// pages by the number the author printed (toolbar, evidence panel); a quote from a PDF set vertically
// (縦書き) is lit as strips down the columns, on the words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { PageView } from './pages/page-view.ts';
import { ReaderPage } from './pages/reader-page.ts';
import { ShellPage } from './pages/shell-page.ts';
import { labelPdf } from '../unit/import/label-pdf.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');

test('a PDF with page labels: the toolbar and the quote say the printed page beside the page of the file, in English and Chinese', async ({ app }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-labels-'));
  const file = path.join(dir, 'journal.pdf');
  fs.writeFileSync(file, labelPdf(3, '<< /Nums [0 << /S /r >> 1 << /S /D /St 46 >>] >>'));
  const summary = await app.workspace.sources.import(file);
  const host = app.workspace.listParagraphs(summary.id).find((p) => p.page === 3)!;
  const exact = host.text.slice(0, 24);
  app.workspace.addEvidence('investment-review', 'JP', host.id, 0, exact);
  const pages = new PageView(app.page);
  const matrix = new MatrixPage(app.page);

  await app.load('#/matrix');
  await new ShellPage(app.page).setLanguage('en');
  await matrix.open();
  await matrix.selectCell('investment-review', 'JP');
  const quote = matrix.quotes().filter({ hasText: exact });
  await expect(quote.getByTestId('quote-page')).toHaveText('p. 47 (page 3 of the file)');
  await quote.getByRole('button', { name: /^Open on page/ }).click();
  await pages.expectTargetShown(true);
  await expect(pages.view.getByTestId('page-printed')).toHaveText('p. 47 (page 3 of 3)');
  // The paragraph's page in the text's margin is the printed one too.
  await expect(new ReaderPage(app.page).paragraph(host.id).locator('.para-page')).toHaveText('p. 47');
  await app.screenshot('page-labels-toolbar-en');

  await new ShellPage(app.page).setLanguage('zh');
  await expect(pages.view.getByTestId('page-printed')).toHaveText('印刷页码第 47 页（文件第 3 / 3 页）');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a quote from a vertical Japanese PDF is lit as strips down its columns, on the words', async ({ app }) => {
  const summary = await app.workspace.sources.import(path.join(FIXTURES, 'ja-vertical.pdf'));
  const host = app.workspace.listParagraphs(summary.id).find((p) => p.text.startsWith('三つ目の段落'))!;
  const exact = '経済安全保障推進法は供給網の強靱化、基幹インフラの安全確保、先端技術の官民協力';
  const start = host.text.indexOf(exact);
  expect(start).toBeGreaterThan(0);
  app.workspace.addEvidence('investment-review', 'JP', host.id, start, exact);
  const pages = new PageView(app.page);
  const matrix = new MatrixPage(app.page);

  await app.load('#/matrix');
  await new ShellPage(app.page).setLanguage('en');
  await matrix.open();
  await matrix.selectCell('investment-review', 'JP');
  const quote = matrix.quotes().filter({ hasText: exact });
  // No page labels in this PDF: the page of the file.
  await expect(quote.getByTestId('quote-page')).toHaveText('page 1 of the file');
  await quote.getByRole('button', { name: /^Open on page/ }).click();
  await pages.expectTargetShown(true);
  await expect(pages.status).toContainText('The quote is lit on page 1');
  await expect(pages.view.getByTestId('page-printed')).toHaveCount(0);
  const count = await pages.quoteMarks.count();
  expect(count).toBeGreaterThanOrEqual(2);
  let previousX = Infinity;
  for (let i = 0; i < count; i++) {
    const mark = await pages.boxOf(pages.quoteMarks.nth(i));
    // A strip down the column, not a band across the page…
    expect(mark.height).toBeGreaterThan(3 * mark.width);
    // …on the printed characters, and the columns in reading order, right to left.
    const on = await pages.inkUnder(mark.page, mark);
    expect(on).toBeGreaterThan(0.04);
    expect(mark.x).toBeLessThan(previousX);
    previousX = mark.x;
    // Moved into the gap between two columns, the same strip covers mostly paper.
    expect(await pages.inkUnder(mark.page, { ...mark, x: mark.x - mark.width * 0.9 })).toBeLessThan(on / 2);
  }
  await app.screenshot('page-view-ja-vertical-quote');
  await pages.closeUp(pages.quoteMarks.first(), 'page-view-ja-vertical-quote-closeup');
});
