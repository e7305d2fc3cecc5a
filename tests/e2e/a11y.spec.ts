// Accessibility: axe-core on every view and dialog, zero serious or critical violations (contrast of
// muted text included, accessible names that match visible labels). Each view's counts are logged.
import { axeViolations, blocking, summarize } from './axe.ts';
import type { AxeViolation } from './axe.ts';
import { expect, test } from './harness.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ReaderPage } from './pages/reader-page.ts';
import { SourceImportPage } from './pages/source-import-page.ts';

// The app's CSP forbids inline scripts, rightly; the test alone lifts it to inject axe.
test.use({ bypassCSP: true });

test('no serious or critical axe violations on the matrix, panel, compare view, reader, annotations and dialogs', async ({ app }) => {
  test.setTimeout(120_000);
  const found: Record<string, AxeViolation[]> = {};
  const check = async (view: string, include?: string) => {
    found[view] = await axeViolations(app.page, include);
  };

  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('export-control', 'JP');
  await m.expectPanelFor('export-control', 'JP');
  await check('matrix + evidence panel');

  await m.grid.locator('[data-col="domain"][data-domain-id="semiconductors"]').getByRole('button').click();
  await expect(m.compare).toBeVisible();
  await check('domain compare');
  await app.page.keyboard.press('Escape');
  await expect(m.compare).toHaveCount(0);

  const reader = new ReaderPage(app.page);
  await reader.open();
  await reader.document(/同盟视域下的美日技术安全合作/).click();
  await reader.searchBox.fill('实体清单');
  await expect(reader.hitCount).toContainText('命中');
  await check('reader');

  const notes = new AnnotationsPage(app.page);
  await notes.open();
  await check('annotations');

  await app.menu('export');
  const dialog = app.page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await check('export dialog');
  await app.page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  console.log(Object.entries(found).map(([view, v]) => `axe ${view}: ${summarize(v)}`).join('\n'));
  for (const [view, v] of Object.entries(found)) expect(blocking(v), `${view}: ${summarize(v)}`).toEqual([]);
});

test('no serious or critical axe violations in the source dialogs (preview, replace report, edit details, remove)', async ({ app }) => {
  test.setTimeout(120_000);
  const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;
  const summary = await app.workspace.sources.import(fixture('en-report.pdf'));
  const p = app.workspace.listParagraphs(summary.id).find((x) => x.text.includes('Their lists converge'))!;
  app.workspace.addEvidence('export-control', 'US', p.id, p.text.indexOf('Their lists converge'), 'Their lists converge');
  const found: Record<string, AxeViolation[]> = {};
  const check = async (view: string) => {
    found[view] = await axeViolations(app.page);
  };
  await app.load();
  const reader = new ReaderPage(app.page);
  const sources = new SourceImportPage(app.page);
  await reader.open();

  app.dialogAnswers.push(fixture('zh-paper.pdf'));
  await sources.addButton.click();
  await sources.waitForPreview();
  await check('add source preview');
  await sources.cancelButton.click();
  await expect(sources.preview).toBeHidden();

  await reader.document('Economic Security and Supply Chains').click();
  app.dialogAnswers.push(fixture('en-report-v2.pdf'));
  await sources.action(/替换为新版本…/).click();
  await sources.waitForPreview();
  await expect(sources.quotes(sources.preview)).toHaveCount(1);
  await check('replace preview with quote report');
  await app.page.keyboard.press('Escape');
  await expect(sources.preview).toBeHidden();

  await sources.action(/修改信息…/).click();
  await expect(sources.editDialog).toBeVisible();
  await check('edit source details');
  await app.page.keyboard.press('Escape');
  await expect(sources.editDialog).toBeHidden();

  await sources.action(/移除…/).click();
  await expect(sources.quotes(sources.removeDialog)).toHaveCount(1);
  await check('remove source');
  await app.page.keyboard.press('Escape');
  await expect(sources.removeDialog).toBeHidden();
  expect(app.workspace.sources.list()).toHaveLength(1);

  console.log(Object.entries(found).map(([view, v]) => `axe ${view}: ${summarize(v)}`).join('\n'));
  for (const [view, v] of Object.entries(found)) expect(blocking(v), `${view}: ${summarize(v)}`).toEqual([]);
});
