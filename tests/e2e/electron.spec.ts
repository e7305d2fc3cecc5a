// The packaged shape of the app: the real Electron main process, preload and window. Runs where an
// Electron binary exists; on machines without one (these build machines cannot download it) it is
// reported as skipped, with the reason, and never counted as a pass.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { ROOT } from './harness.ts';

/**
 * Where the electron package put its binary, found without require('electron'): that call tries to
 * download a missing binary, which cannot succeed offline.
 */
function electronBinary(): { path: string | null; why: string } {
  const pkg = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(pkg, 'path.txt');
  if (process.env['ELECTRON_OVERRIDE_DIST_PATH']) {
    const binary = path.join(process.env['ELECTRON_OVERRIDE_DIST_PATH'], fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : 'electron');
    return fs.existsSync(binary) ? { path: binary, why: '' } : { path: null, why: `no Electron binary at ${binary}` };
  }
  if (!fs.existsSync(pathFile)) return { path: null, why: 'the Electron binary is not installed (it is downloaded from the internet on first use)' };
  const binary = path.join(pkg, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? { path: binary, why: '' } : { path: null, why: `the Electron binary is not installed (${binary} is missing)` };
}

const electron = electronBinary();

test.describe('Electron app', () => {
  test('opens one secure window that shows the matrix', async () => {
    if (electron.path === null) {
      // Said in the run's output as well as in the report, so nobody mistakes it for a pass.
      console.log(`SKIPPED (Electron window test): ${electron.why}.`);
      test.skip(true, `${electron.why}. Run on a machine with Electron to exercise the real window.`);
    }
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-electron-'));
    const app = await _electron.launch({
      executablePath: electron.path!,
      args: [path.join(ROOT, 'out/main/index.js')],
      env: { ...process.env, POLICY_MATRIX_HOME: home },
    });
    const page = await app.firstWindow();
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready', { timeout: 30_000 });
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0]!;
      // Typed loosely: the method exists at run time but not in every version's typings.
      const p = (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null }).getLastWebPreferences();
      return { count: BrowserWindow.getAllWindows().length, contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration };
    });
    expect(prefs).toEqual({ count: 1, contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    // window.open is denied: no second window appears.
    await page.evaluate(() => window.open('https://example.com'));
    expect(app.windows()).toHaveLength(1);
    await page.screenshot({ path: path.join(ROOT, 'tests/e2e/screenshots/electron.png') });
    await app.close();
  });
});
