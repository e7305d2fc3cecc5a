// "Open on page" from the matrix gets its page ready early and shows it first: the page view starts
// from the quote's own paragraph (its page and boxes) while the document's paragraphs are still
// held back, the original is asked for as the click lands, and the idle warm-up of a shown quote
// never stands in for the check of the original when the quote is opened.
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Route } from '@playwright/test';
import { expect, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { PageView } from './pages/page-view.ts';
import { ReaderPage } from './pages/reader-page.ts';
import { ShellPage } from './pages/shell-page.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const channelOf = (url: string) => decodeURIComponent(new URL(url).pathname).replace(/^.*\/api\/call\//, '');

test('the quote is lit on its page before the document’s paragraphs are in; the text follows, and Back to matrix returns to the cell', async ({ app }) => {
  const summary = await app.workspace.sources.import(path.join(FIXTURES, 'en-report.pdf'));
  const host = app.workspace.listParagraphs(summary.id).find((p) => p.text.startsWith('Both countries expanded export controls'))!;
  const exact = 'export controls on advanced computing';
  app.workspace.addEvidence('investment-review', 'JP', host.id, host.text.indexOf(exact), exact);
  const reader = new ReaderPage(app.page);
  const pages = new PageView(app.page);
  const matrix = new MatrixPage(app.page);

  await app.load('#/matrix');
  await new ShellPage(app.page).setLanguage('en');
  await matrix.open();
  await matrix.selectCell('investment-review', 'JP');

  // The document's paragraphs are held at the transport until the test lets them through.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await app.page.route(
    (url) => channelOf(url.href) === 'corpus:paragraphs',
    async (route: Route) => {
      asked++;
      await released;
      await route.continue();
    },
  );
  const order: string[] = [];
  app.page.on('request', (r: Request) => {
    const channel = channelOf(r.url());
    if (channel === 'corpus:paragraph' || channel === 'corpus:paragraphs' || channel === 'sources:original') order.push(channel);
  });

  await matrix.quotes().filter({ hasText: exact }).getByRole('button', { name: /^Open on page/ }).click();
  await pages.expectTargetShown(true);
  await expect(pages.view).toHaveAttribute('data-quote', 'lit');
  await expect(pages.status).toContainText(`The quote is lit on page ${host.page}`);
  const mark = await pages.boxOf(pages.quoteMarks.first());
  expect(mark.page).toBe(host.page);
  expect(await pages.inkUnder(mark.page, mark)).toBeGreaterThan(0.06);
  // The text is not in yet: the page was drawn from the target paragraph alone.
  await expect(reader.paragraph(host.id)).toHaveCount(0);
  // The paragraph and the original were asked for before the document's paragraphs.
  expect(order.indexOf('corpus:paragraph')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('sources:original')).toBeGreaterThanOrEqual(0);
  const firstWhole = order.indexOf('corpus:paragraphs');
  if (firstWhole >= 0) {
    expect(firstWhole).toBeGreaterThan(order.indexOf('corpus:paragraph'));
    expect(firstWhole).toBeGreaterThan(order.indexOf('sources:original'));
  }

  release();
  await expect(reader.paragraph(host.id)).toBeInViewport();
  expect(asked).toBe(1);
  // The quote stays lit on the same page once the whole document is in.
  await expect(pages.view).toHaveAttribute('data-quote', 'lit');
  expect((await pages.boxOf(pages.quoteMarks.first())).page).toBe(host.page);
  await app.screenshot('page-first-lit');

  await app.page.getByRole('button', { name: /^← Back to/ }).click();
  await matrix.expectPanelFor('investment-review', 'JP');
});

test('a quote whose original was warmed up while the panel showed it, then changed on disk, says so when opened on its page', async ({ app }) => {
  const summary = await app.workspace.sources.import(path.join(FIXTURES, 'en-report.pdf'));
  const host = app.workspace.listParagraphs(summary.id).find((p) => p.text.startsWith('Both countries expanded export controls'))!;
  const exact = 'export controls on advanced computing';
  app.workspace.addEvidence('investment-review', 'JP', host.id, host.text.indexOf(exact), exact);
  const stored = app.workspace.sources.originals.pathOf(summary.sha256);
  const reader = new ReaderPage(app.page);
  const pages = new PageView(app.page);
  const matrix = new MatrixPage(app.page);

  await app.load('#/matrix');
  await new ShellPage(app.page).setLanguage('en');
  await matrix.open();
  // The idle warm-up opens the quoted original (its first part is asked for) once the panel shows it.
  const warmed = app.page.waitForRequest((r) => channelOf(r.url()) === 'sources:original');
  await matrix.selectCell('investment-review', 'JP');
  await warmed;

  const bytes = fs.readFileSync(stored);
  bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
  fs.writeFileSync(stored, bytes);
  await matrix.quotes().filter({ hasText: exact }).getByRole('button', { name: /^Open on page/ }).click();
  await expect(pages.unavailable).toContainText('SHA-256');
  await expect(pages.view).toBeHidden();
  // The text is shown at once, not held back for a page that will not come.
  await expect(reader.paragraph(host.id)).toBeInViewport();
});
