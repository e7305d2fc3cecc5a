// The app in a plain browser, as `npm run serve` (and scripts/start.sh without Electron) gives it:
// the real server process, the printed address, the token kept out of the address bar, downloads
// instead of save dialogs, no "Show in folder". The preload-shaped binding gets one smoke test.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, ROOT, SCREENSHOTS, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';

test('npm run serve: the printed address opens the app, a second server on the profile is refused, Ctrl+C stops it', async ({ page }) => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-serve-'));
  const args = ['--experimental-strip-types', '--no-warnings', path.join(ROOT, 'src/main/server/index.ts'), '--no-open'];
  const env = { ...process.env, POLICY_MATRIX_HOME: home };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+\/#pm-token=[\w-]+/.test(output), { timeout: 60_000, message: output }).toBe(true);
    const url = /http:\/\/127\.0\.0\.1:\d+\/#pm-token=[\w-]+/.exec(output)![0];
    expect(output).toContain(`Database: ${path.join(home, 'policy-matrix.db')}`);

    await page.goto(url);
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    // The token left the address bar (history, bookmarks, screen shares) as soon as the page took it.
    expect(page.url()).not.toContain('pm-token');
    await expect(new MatrixPage(page).cell('export-control', 'US')).toBeVisible();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'browser-serve.png') });
    // A reload in the same tab still works (the tab keeps the token), and so does a deep link.
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready');
    // One interactive shell per profile: a second server is refused, naming the first.
    const second = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 30_000 });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/Policy Matrix cannot start: .*browser server/s);
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited, output).toBe(0);
  expect(output).toContain('Stopping Policy Matrix');
});

test('without the printed address the page says what to open, and reaches no data', async ({ app, browser }) => {
  await app.load();
  const origin = new URL(app.page.url()).origin;
  // Another tab of another profile: no token in its storage, none in its address.
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  await page.goto(`${origin}/`);
  await expect(page.getByText(/open the address it printed/)).toBeVisible();
  await expect(page.locator('#root')).not.toHaveAttribute('data-app-state', 'ready');
  await stranger.close();
});

test('in the browser: export and project save are downloads, open is a file picker, and Show in folder is not offered', async ({ app }) => {
  test.skip(app.transport !== 'http', 'browser behaviour');
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();

  // Ctrl+E, the desktop menu's accelerator, opens the export dialog in the browser too.
  await app.page.keyboard.press('Control+e');
  const dialog = app.page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  const out = path.join(app.dir, 'briefing.xlsx');
  app.dialogAnswers.push(out);
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const name = await app.shownPath(out);
  expect(name).toMatch(/^policy-matrix-briefing-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(dialog.getByTestId('export-result')).toContainText(name);
  await expect(dialog.getByRole('button', { name: '在文件夹中显示' })).toHaveCount(0);
  expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  await app.screenshot('browser-export');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(app.page.getByTestId('matrix-notice')).toContainText(name);
  await expect(app.page.getByTestId('matrix-notice').getByRole('button', { name: '在文件夹中显示' })).toHaveCount(0);

  // Cancelling the file picker changes nothing and says so.
  const before = app.workspace.listAnnotations().length;
  app.dialogAnswers.push(null);
  await app.page.getByTestId('project-open').click();
  await expect(app.page.getByText('已取消')).toBeVisible();
  expect(app.workspace.listAnnotations()).toHaveLength(before);
});

test.describe('over the preload-shaped binding', () => {
  test.use({ transport: 'binding' });
  test('the same renderer loads, edits and offers Show in folder', async ({ app }) => {
    await app.load();
    // window.api is the built preload's object, as Electron's contextBridge exposes it: frozen, one
    // function per contract method, no ipcRenderer or generic invoke.
    const shape = await app.page.evaluate(() => {
      const api = (window as unknown as { api: Record<string, unknown> }).api;
      return { frozen: Object.isFrozen(api), functions: Object.values(api).every((v) => typeof v === 'function'), invoke: 'invoke' in api, getMatrix: 'getMatrix' in api };
    });
    expect(shape).toEqual({ frozen: true, functions: true, invoke: false, getMatrix: true });
    const m = new MatrixPage(app.page);
    await m.open();
    await expect.poll(() => m.shownDomainIds()).toEqual(app.workspace.matrix().domains.map((d) => d.id));
    const out = path.join(app.dir, 'briefing.xlsx');
    app.dialogAnswers.push(out);
    await app.page.getByTestId('export').click();
    const dialog = app.page.getByTestId('export-dialog');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    await expect(dialog.getByTestId('export-result')).toContainText(await app.shownPath(out));
    await expect(dialog.getByRole('button', { name: '在文件夹中显示' })).toBeVisible();
  });
});
