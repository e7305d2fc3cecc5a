// First run: the app names the two sources and the three things to do, asks the analyst's name
// (never taking the system account name silently), and can be closed and reopened from Help.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness.ts';

test('first run asks the name, names the sources, is dismissible and comes back from Help', async ({ app }) => {
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-first-run-'));
  await app.useProfile(fresh);
  await app.load();
  const welcome = app.page.getByTestId('welcome');
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('heading', { name: '欢迎使用政策矩阵' })).toBeFocused();
  await expect(welcome.locator('.welcome-sources li')).toHaveCount(2);
  await expect(welcome).toContainText('同盟视域下的美日技术安全合作');
  await expect(welcome).toContainText('The U.S.-Japan Economic Security Alliance');
  await expect(welcome.locator('.welcome-steps li')).toHaveCount(3);
  // Not set yet, and said so: the system name is only a placeholder, not a value.
  expect(app.workspace.prefs().authorConfirmed).toBe(false);
  await expect(app.page.getByTestId('welcome-name')).toHaveValue('');
  await expect(welcome).toContainText('尚未设置');
  await app.screenshot('first-run');

  await app.page.getByTestId('welcome-name').fill('王分析师');
  await welcome.getByRole('button', { name: '保存姓名' }).click();
  await expect(welcome).toContainText('已设置为“王分析师”');
  await expect(app.page.getByRole('button', { name: /作者: 王分析师/ })).toBeVisible();
  expect(app.workspace.prefs()).toMatchObject({ author: '王分析师', authorConfirmed: true });

  await app.page.getByTestId('welcome-close').click();
  await expect(welcome).toHaveCount(0);
  // Remembered across a restart; Help brings it back.
  await app.restart();
  await expect(app.page.getByTestId('welcome')).toHaveCount(0);
  await app.page.getByTestId('help').click();
  await expect(app.page.getByTestId('welcome')).toBeVisible();
  await expect(app.page.getByTestId('welcome')).toContainText('已设置为“王分析师”');
  await expect(app.page.getByTestId('welcome').locator('.welcome-keys kbd')).toHaveCount(10);
  // F1 (or ? outside a text field) opens it too.
  await app.page.getByTestId('welcome-close').click();
  await expect(app.page.getByTestId('welcome')).toHaveCount(0);
  await app.page.locator('#tab-matrix').focus();
  await app.page.keyboard.press('F1');
  await expect(app.page.getByTestId('welcome')).toBeVisible();
  await app.screenshot('help-panel');
});
