import path from 'node:path';
import { expect, test } from './harness.ts';
import fs from 'node:fs';
import { ReaderPage } from './pages/reader-page.ts';
import { SourceImportPage } from './pages/source-import-page.ts';
import type { AppHarness } from './harness.ts';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/import', name);
const FIXTURE = fixture('zh-paper.pdf');

/** What an import could leave behind: imported documents, their paragraphs, copied originals. */
function leftovers(app: AppHarness) {
  const originals = app.workspace.sources.originals.list().length;
  const docs = app.workspace.listDocuments().filter((d) => d.origin === 'imported').length;
  const paragraphs = app.workspace.paragraphs.length;
  const dir = path.join(app.dir, 'originals');
  return { originals, docs, paragraphs, files: fs.existsSync(dir) ? fs.readdirSync(dir).length : 0 };
}

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

test('Add source… reads the file into a preview with its metadata, stores it as edited and shows a summary', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  const sources = new SourceImportPage(app.page);
  await app.load();
  await reader.open();
  app.dialogAnswers.push(fixture('en-report.pdf'));
  await sources.addButton.click();
  await sources.waitForPreview();
  // Prefilled from the file; nothing stored yet.
  await expect(sources.field(/标题|Title/)).toHaveValue('Economic Security and Supply Chains');
  await expect(sources.field(/正文语言|Language/)).toHaveValue('en');
  await expect(sources.previewParagraphs.first()).toContainText('Economic Security and Supply Chains');
  await expect(sources.previewParagraphs.nth(1)).toContainText('第 1 页');
  await expect(sources.preview).toContainText('4 条脚注中 4 条已关联到正文注号');
  expect(app.workspace.sources.list()).toHaveLength(0);
  await app.screenshot('import-preview-dialog');

  // A wrong date is said at the field, and nothing is stored.
  await sources.field(/日期|Date/).fill('2025年3月');
  await sources.storeButton.click();
  await expect(sources.preview.getByRole('alert')).toContainText('2025-03');
  expect(app.workspace.sources.list()).toHaveLength(0);

  await sources.field(/日期|Date/).fill('2025-03');
  await sources.field(/作者|Authors/).fill('A. Tanaka\nR. Miller');
  await sources.field(/发布机构|Publisher/).fill('Economic Security Review');
  await sources.field(/来源网址|Source URL/).fill('https://example.org/esr/vol3.pdf');
  await sources.storeButton.click();
  await expect(sources.preview).toBeHidden();
  await expect(sources.summary).toContainText('Economic Security and Supply Chains');
  await expect(sources.summary).toContainText('PDF · 2 页');
  await expect(sources.summary).toContainText('4 条脚注中 4 条已关联到正文注号');
  await expect(reader.document('Economic Security and Supply Chains')).toContainText('PDF · 2 页');
  await app.screenshot('imported-source-summary');
  const [stored] = app.workspace.sources.list();
  expect(stored!.info).toMatchObject({ fileName: 'en-report.pdf', date: '2025-03', authors: ['A. Tanaka', 'R. Miller'], publisher: 'Economic Security Review', sourceUrl: 'https://example.org/esr/vol3.pdf' });

  // The same bytes again, dropped on the document list this time: offered as the source they are.
  await sources.dropOnDocumentList(fixture('en-report.pdf'));
  await expect(sources.alreadyImported).toContainText('Economic Security and Supply Chains', { timeout: 30_000 });
  await sources.alreadyImported.getByRole('button', { name: '打开这份资料' }).click();
  await expect(sources.alreadyImported).toBeHidden();
  expect(app.workspace.sources.list()).toHaveLength(1);

  // A refusal is said in the status line and nothing is stored.
  app.dialogAnswers.push(fixture('encrypted.pdf'));
  await sources.addButton.click();
  await expect(app.page.getByRole('status').filter({ hasText: '无法导入' })).toContainText('protected by a password');
  expect(app.workspace.sources.list()).toHaveLength(1);
});

test('a text file says which encoding it was read in; another is chosen and the preview is read again before storing', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  const sources = new SourceImportPage(app.page);
  await app.load();
  await reader.open();
  app.dialogAnswers.push(fixture('zh-notice.gb18030.txt'));
  await sources.addButton.click();
  await sources.waitForPreview();
  const encoding = sources.field(/文本编码|Text encoding/);
  await expect(encoding).toHaveValue('gb18030');
  await expect(sources.preview).toContainText('自动识别为 GB18030');
  await expect(sources.previewParagraphs.first()).toContainText('关于加强供应链安全的若干意见');

  // Read as Big5, the same bytes are other characters: seen in the preview, nothing stored; the
  // keyboard focus stays on the choice while the file is read again.
  await encoding.focus();
  await encoding.selectOption('big5');
  await expect(sources.preview).toContainText('按您选择的 Big5');
  await expect(sources.previewParagraphs.first()).not.toContainText('关于加强供应链安全的若干意见');
  await expect(encoding).toBeFocused();
  expect(app.workspace.sources.list()).toHaveLength(0);
  await app.screenshot('import-preview-encoding');

  await encoding.selectOption('gb18030');
  await expect(sources.previewParagraphs.first()).toContainText('关于加强供应链安全的若干意见');
  await sources.storeButton.click();
  await expect(sources.preview).toBeHidden();
  const [stored] = app.workspace.sources.list();
  expect(stored!.info).toMatchObject({ fileName: 'zh-notice.gb18030.txt', encoding: 'gb18030' });
});

test('a file dropped on the document list goes through the same preview; Cancel leaves nothing behind', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  const sources = new SourceImportPage(app.page);
  await app.load();
  await reader.open();
  const before = leftovers(app);
  await sources.dropOnDocumentList(fixture('zh-paper.pdf'));
  await sources.waitForPreview();
  await expect(sources.field(/标题|Title/)).toHaveValue('美日经济安全合作的制度逻辑');
  await sources.cancelButton.click();
  await expect(sources.preview).toBeHidden();
  await expect(app.page.getByRole('status').filter({ hasText: '已取消导入' })).toBeVisible();
  expect(leftovers(app)).toEqual(before);
  await expect(reader.document('美日经济安全合作的制度逻辑')).toHaveCount(0);

  // Escape closes the dialog the same way.
  app.dialogAnswers.push(fixture('zh-paper.pdf'));
  await sources.addButton.click();
  await sources.waitForPreview();
  await app.page.keyboard.press('Escape');
  await expect(sources.preview).toBeHidden();
  expect(leftovers(app)).toEqual(before);
});

test('Replace with new version… shows each quote exact, moved or broken; Remove… lists the quotes that break and is undone in one step', async ({ app }) => {
  const v1 = await app.workspace.sources.import(fixture('en-report.pdf'));
  const paragraphs = app.workspace.listParagraphs(v1.id);
  const cite = (text: string, actorId: string) => {
    const p = paragraphs.find((x) => x.text.includes(text))!;
    app.workspace.addEvidence('export-control', actorId, p.id, p.text.indexOf(text), text);
  };
  cite('Their lists converge', 'US');
  cite('relies on ex-post review', 'US');
  cite('Firms respond by mapping their suppliers', 'JP');

  const reader = new ReaderPage(app.page);
  const sources = new SourceImportPage(app.page);
  await app.load();
  await reader.open();
  await reader.document('Economic Security and Supply Chains').click();
  app.dialogAnswers.push(fixture('en-report-v2.pdf'));
  await sources.action(/替换为新版本…/).click();
  await sources.waitForPreview();
  await expect(sources.quotes(sources.preview)).toHaveCount(3);
  // en-report-v2.pdf (texts.EN_V2): one paragraph untouched, one reworded around the quote, one rewritten.
  await expect(sources.quotes(sources.preview, 'exact')).toContainText('Their lists converge');
  await expect(sources.quotes(sources.preview, 'moved')).toContainText('relies on ex-post review');
  await expect(sources.quotes(sources.preview, 'broken')).toContainText('Firms respond by mapping their suppliers');
  await expect(sources.quotes(sources.preview, 'broken')).toContainText('出口管制 · 日本');
  await sources.quotes(sources.preview).first().scrollIntoViewIfNeeded();
  await app.screenshot('replace-quote-report');
  await sources.storeButton.click();
  await expect(sources.summary).toContainText('原文不变 1 · 已移位 1 · 出处失效 1', { timeout: 30_000 });
  expect(app.workspace.sources.list()[0]!.info.fileName).toBe('en-report-v2.pdf');
  const fresh = app.workspace.listParagraphs(v1.id);
  // The new version's text is what the reader has: its rewritten paragraph is found and opens (the
  // text renders only what is near view, so it is reached the way an analyst reaches it).
  await reader.searchBox.fill('companies now map');
  await reader.results.first().click();
  await expect(reader.paragraph(fresh.find((p) => p.text.startsWith('In response, companies now map'))!.id)).toBeInViewport();
  const cited = app.workspace.matrix().domains.find((d) => d.id === 'export-control')!;
  expect(cited.positions['JP']!.evidence.find((e) => e.exact === 'Firms respond by mapping their suppliers')!.status).toBe('broken');

  // Remove…: asks first, listing the quotes that will break (not the one broken already); declining changes nothing.
  await sources.action(/移除…/).click();
  await expect(sources.quotes(sources.removeDialog)).toHaveCount(2);
  await expect(sources.removeDialog).not.toContainText('Firms respond by mapping');
  await app.screenshot('remove-source-dialog');
  await sources.removeDialog.getByRole('button', { name: '取消' }).click();
  expect(app.workspace.sources.list()).toHaveLength(1);
  await sources.action(/移除…/).click();
  await sources.removeDialog.getByRole('button', { name: '移除资料' }).click();
  await expect(sources.removeDialog).toBeHidden();
  await expect(reader.document('Economic Security and Supply Chains')).toHaveCount(0);
  expect(app.workspace.sources.list()).toHaveLength(0);
  const history = app.workspace.history();
  expect(history[0]!.label.kind).toBe('remove-source');

  // One Undo (the Edit menu's) brings it back with the same paragraphs.
  await app.menu('undo');
  await expect(reader.document('Economic Security and Supply Chains')).toBeVisible();
  expect(app.workspace.listParagraphs(v1.id).map((p) => p.id)).toEqual(fresh.map((p) => p.id));
});

test('Edit details… corrects an imported source’s metadata as one undoable step', async ({ app }) => {
  const summary = await app.workspace.sources.import(fixture('zh-paper.pdf'));
  const reader = new ReaderPage(app.page);
  const sources = new SourceImportPage(app.page);
  await app.load();
  await reader.open();
  await reader.document('美日经济安全合作的制度逻辑').click();
  await sources.action(/修改信息…/).click();
  await expect(sources.editDialog).toBeVisible();
  await sources.editDialog.getByLabel(/标题/).fill('美日经济安全合作（修订）');
  await sources.editDialog.getByLabel(/发布机构/).fill('国际安全研究');
  await app.screenshot('edit-source-dialog');
  await sources.editDialog.getByRole('button', { name: '保存' }).click();
  await expect(sources.editDialog).toBeHidden();
  await expect(reader.document('美日经济安全合作（修订）')).toBeVisible();
  expect(app.workspace.sources.list()[0]!.info).toMatchObject({ title: '美日经济安全合作（修订）', publisher: '国际安全研究' });
  await app.menu('undo');
  await expect(reader.document('美日经济安全合作的制度逻辑')).toBeVisible();
  expect(app.workspace.sources.list()[0]!.info.title).toBe('美日经济安全合作的制度逻辑');
  expect(summary.id).toBe(app.workspace.sources.list()[0]!.id);
});
