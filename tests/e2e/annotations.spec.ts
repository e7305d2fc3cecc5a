// Annotations end to end: annotate a cell, find it again after a reload, in the Annotations tab, in a
// project file opened in a fresh profile; and add evidence from a selection in the reader.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { MatrixPage } from './pages/matrix-page.ts';

const NOTE = '美国事后审查（CFIUS 可在交易完成后介入），日本事前申报（1% 门槛）：时机不同。';

test('annotate a divergence, keep it across a reload, and carry it in a project file', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();

  await m.selectCell('investment-review', 'JP');
  await AnnotationsPage.addInPanel(m.panel, 'timing', NOTE);
  const marker = m.cell('investment-review', 'JP').locator('[data-marker="annotations"]');
  await expect(marker).toHaveAttribute('data-count', '1');
  await expect(m.panel.locator('[data-testid="annotation"]', { hasText: NOTE }).locator('[data-category="timing"]')).toBeVisible();

  // A reload starts the renderer from scratch: everything comes back from the database.
  await app.load();
  await m.open();
  await expect(marker).toHaveAttribute('data-count', '1');

  const notes = new AnnotationsPage(app.page);
  await notes.open();
  await expect(notes.items()).toHaveCount(1);
  const item = notes.item(NOTE);
  await expect(item.locator('[data-category="timing"]')).toBeVisible();
  await expect(item.locator('.pm-target')).toHaveAttribute('data-domain-id', 'investment-review');
  await expect(item.locator('.pm-target')).toHaveAttribute('data-actor-id', 'JP');
  await notes.filterCategory('purpose');
  await expect(notes.items()).toHaveCount(0);
  await notes.filterCategory('timing');
  await expect(notes.items()).toHaveCount(1);
  await notes.view.getByTestId('annotation-search').fill('CFIUS');
  await expect(notes.items()).toHaveCount(1);
  await app.screenshot('annotations');

  // Each row leads back to its cell.
  await item.getByTestId('show-in-matrix').click();
  await m.expectPanelFor('investment-review', 'JP');
  await expect(m.panel.locator('[data-testid="annotation"]', { hasText: NOTE })).toBeVisible();

  // Save the project, then open it in a fresh profile.
  const file = path.join(app.dir, 'shared.pmproj');
  app.dialogAnswers.push(file);
  await app.page.getByTestId('project-save').click();
  await expect(app.page.getByTestId('matrix-notice')).toContainText(await app.shownPath(file));
  expect(fs.existsSync(file)).toBe(true);

  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-e2e-fresh-'));
  await app.useProfile(fresh);
  await app.load();
  await m.open();
  await expect(m.cell('investment-review', 'JP').locator('[data-marker="annotations"]')).toHaveCount(0);

  app.dialogAnswers.push(file);
  await app.page.getByTestId('project-open').click();
  await expect(app.page.getByTestId('matrix-notice')).toContainText(await app.shownPath(file));
  await expect(app.page.getByTestId('matrix-notice')).toContainText(path.join(fresh, 'backups'));
  await expect(m.cell('investment-review', 'JP').locator('[data-marker="annotations"]')).toHaveAttribute('data-count', '1');
  await notes.open();
  await expect(notes.item(NOTE).locator('[data-category="timing"]')).toBeVisible();

  // Edit it (category and text), then delete it: the marker goes away.
  const edited = `${NOTE}（已核对）`;
  await notes.item(NOTE).getByRole('button', { name: '编辑批注' }).click();
  const form = notes.view.getByTestId('annotation-form');
  await form.getByRole('combobox', { name: '分歧类型' }).selectOption('legal-instrument');
  await form.locator('textarea').fill(edited);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(notes.item(edited).locator('[data-category="legal-instrument"]')).toBeVisible();
  await notes.item(edited).getByRole('button', { name: '删除批注' }).click();
  await notes.item(edited).getByRole('button', { name: '确认删除' }).click();
  await expect(notes.items()).toHaveCount(0);
  await m.open();
  await expect(m.cell('investment-review', 'JP').locator('[data-marker="annotations"]')).toHaveCount(0);
});

/** Select characters [start, end) of a paragraph's text in the reader, as a mouse drag would. */
async function selectInParagraph(page: Page, paragraphId: string, start: number, end: number): Promise<void> {
  await page.evaluate(
    ({ paragraphId, start, end }) => {
      const root = document.querySelector(`[data-paragraph-id="${paragraphId}"] [data-paragraph-text]`);
      if (!root) throw new Error(`paragraph ${paragraphId} is not shown`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
        if (end >= seen && end <= seen + length) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { paragraphId, start, end },
  );
}

test('add evidence from a selection in the reader and see it in the cell', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  const position = app.workspace.matrix().domains.find((d) => d.id === 'investment-review')!.positions['JP']!;
  const quote = position.evidence[0]!;
  const paragraph = app.workspace.paragraphs.find((p) => p.id === quote.paragraphId)!;
  // A stretch of the same paragraph that is not the existing quote.
  const [start, end] = quote.start! >= 12 ? [0, 12] : [quote.start! + quote.exact.length, Math.min(paragraph.text.length, quote.start! + quote.exact.length + 12)];
  const exact = paragraph.text.slice(start, end).trim();
  expect(exact.length).toBeGreaterThan(3);

  await m.selectCell('investment-review', 'JP');
  await m.quote(quote.id).getByTestId('open-source').click();
  await expect(app.page.locator(`[data-paragraph-id="${quote.paragraphId}"]`)).toHaveAttribute('data-highlighted', 'true');

  await selectInParagraph(app.page, quote.paragraphId!, start, end);
  await app.page.getByRole('button', { name: /用作证据|Use as evidence/ }).click();
  // The picker starts on the cell we came from.
  await app.page.getByRole('button', { name: /添加证据|Add evidence/ }).click();

  await app.page.getByRole('button', { name: /返回矩阵|Back to matrix/ }).click();
  await m.expectPanelFor('investment-review', 'JP');
  await expect(m.quotes()).toHaveCount(position.evidence.length + 1);
  const added = m.panel.locator('[data-testid="quote"][data-evidence-id^="u:"]');
  await expect(added.getByTestId('quote-exact')).toHaveText(exact);
  await expect(added).toHaveAttribute('data-status', 'anchored');
  await expect(m.cell('investment-review', 'JP').locator('[data-marker="edited"]')).toBeVisible();
});
