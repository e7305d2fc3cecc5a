// Search that understands both languages: an English term finds the Chinese paragraphs and says so;
// a near miss offers the term the papers use; nothing found says why.
import { expect, test } from './harness.ts';
import { ReaderPage } from './pages/reader-page.ts';

test('an English term finds the Chinese paragraphs, a near miss suggests the papers’ term', async ({ app }) => {
  const reader = new ReaderPage(app.page);
  await app.load();
  await reader.open();
  const note = app.page.getByTestId('search-expansion');

  await reader.searchBox.fill('Entity List');
  await expect(note).toContainText('已同时检索 实体清单（3）（对应“Entity List”）');
  expect(await reader.hitTotal()).toBe(3);
  await expect(reader.results.first().locator('mark').first()).toHaveText('实体清单');
  // The opened paragraph marks the Chinese term too.
  await reader.results.first().click();
  await expect(reader.highlighted.locator('mark.search-hit').first()).toHaveText('实体清单');
  await app.screenshot('search-entity-list');

  await reader.searchBox.fill('芯片法案');
  await expect(reader.hitCount).toContainText('没有找到');
  await expect(note).toContainText('论文中没有这个词');
  const suggestion = note.getByRole('button', { name: /芯片与科学法案/ });
  await expect(suggestion).toBeVisible();
  await app.screenshot('search-near-miss');
  await suggestion.click();
  await expect(reader.searchBox).toHaveValue('芯片与科学法案');
  await expect(reader.searchBox).toBeFocused();
  expect(await reader.hitTotal()).toBe(3);

  await reader.searchBox.fill('Entity Lsit');
  await expect(note).toContainText('两篇论文均为中文');
  await expect(note.getByRole('button', { name: /Entity List/ })).toBeVisible();
});
