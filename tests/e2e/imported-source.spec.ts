import path from 'node:path';
import { expect, test } from './harness.ts';
import { ReaderPage } from './pages/reader-page.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/import/zh-paper.pdf');

test('an imported PDF is listed apart, read with page numbers, searched and cited like a shipped paper', async ({ app }) => {
  const summary = await app.workspace.sources.import(FIXTURE);
  const reader = new ReaderPage(app.page);
  await app.load();
  await reader.open();
  await expect(app.page.getByRole('heading', { name: '导入的资料' })).toBeVisible();
  const card = reader.document('美日经济安全合作的制度逻辑');
  await expect(card).toContainText('PDF · 2 页');
  await card.click();

  const paragraphs = app.workspace.listParagraphs(summary.id);
  const host = paragraphs.find((p) => p.kind === 'body' && p.text.includes('美国主要依靠事后审查'))!;
  await expect(reader.paragraph(host.id)).toContainText('第 2 页');
  await expect(reader.paragraph(paragraphs[0]!.id)).toContainText('第 1 页');
  await app.screenshot('imported-source-reader');

  await reader.searchBox.fill('事后审查');
  await reader.scope(/全部文献/).click();
  expect(await reader.hitTotal()).toBeGreaterThanOrEqual(1);
  await expect(reader.results.filter({ hasText: '美日经济安全合作的制度逻辑' })).not.toHaveCount(0);

  await app.load(`#/reader/${host.id}`);
  await expect(reader.paragraph(host.id)).toBeInViewport();
  const exact = '美国主要依靠事后审查';
  await reader.selectInParagraph(host.id, exact);
  await app.page.getByRole('button', { name: '用作证据…' }).click();
  const picker = app.page.getByRole('dialog', { name: '用作证据' });
  await picker.getByRole('combobox', { name: '查找领域或立场' }).fill('外资审查 美国');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await picker.getByRole('combobox', { name: '查找领域或立场' }).press('Enter');
  await expect(picker).toBeHidden();
  const evidence = app.workspace.matrix().domains.find((d) => d.id === 'investment-review')!.positions['US']!.evidence;
  expect(evidence.find((e) => e.origin === 'user')).toMatchObject({ exact, docId: summary.id, paragraphId: host.id, status: 'anchored' });
});

test('Add source… imports through the open dialog, shows progress and a summary, and lists the new source', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  await app.load();
  await reader.open();
  app.dialogAnswers.push(path.resolve(import.meta.dirname, '../fixtures/import/en-report.pdf'));
  await app.page.getByRole('button', { name: '添加资料…' }).click();
  const summary = app.page.getByRole('note', { name: '导入摘要' });
  await expect(summary).toContainText('Economic Security and Supply Chains');
  await expect(summary).toContainText('PDF · 2 页');
  await expect(summary).toContainText('4 条脚注中 4 条已关联到正文注号');
  await expect(reader.document('Economic Security and Supply Chains')).toContainText('PDF · 2 页');
  await app.screenshot('imported-source-summary');
  expect(app.workspace.sources.list().map((s) => s.info.fileName)).toEqual(['en-report.pdf']);

  // A refusal is said in the status line and nothing is stored.
  app.dialogAnswers.push(path.resolve(import.meta.dirname, '../fixtures/import/encrypted.pdf'));
  await app.page.getByRole('button', { name: '添加资料…' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: '无法导入' })).toContainText('protected by a password');
  expect(app.workspace.sources.list()).toHaveLength(1);
});
