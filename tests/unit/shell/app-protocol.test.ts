import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppPath } from '../../../src/main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security.ts';
import { tempDir } from '../tmp.ts';

function bundle(): { root: string; renderer: string } {
  const root = tempDir('pm-protocol-');
  const renderer = path.join(root, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-1.js'), 'console.log(1)');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-1.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside the renderer folder');
  fs.mkdirSync(path.join(root, 'renderer-evil'));
  fs.writeFileSync(path.join(root, 'renderer-evil', 'x.js'), 'sibling folder');
  return { root, renderer };
}

describe('resolveAppPath (pure)', () => {
  const dir = '/opt/app/out/renderer';
  it('maps app://policy-matrix/… into the renderer folder, / to index.html', () => {
    expect(resolveAppPath(dir, 'app://policy-matrix/')).toBe(path.join(dir, 'index.html'));
    expect(resolveAppPath(dir, 'app://policy-matrix/index.html#/matrix?x=1')).toBe(path.join(dir, 'index.html'));
    expect(resolveAppPath(dir, 'app://policy-matrix/assets/index-1.js')).toBe(path.join(dir, 'assets/index-1.js'));
    expect(resolveAppPath(dir, 'app://policy-matrix/assets/%E4%B8%AD.woff2')).toBe(path.join(dir, 'assets/中.woff2'));
  });

  it('a literal ../ is already removed by URL parsing: it stays inside the folder', () => {
    expect(resolveAppPath(dir, 'app://policy-matrix/../secret.txt')).toBe(path.join(dir, 'secret.txt'));
    expect(resolveAppPath(dir, 'app://policy-matrix/assets/../../../etc/passwd')).toBe(path.join(dir, 'etc/passwd'));
    expect(resolveAppPath(dir, 'app://policy-matrix/%2e%2e/secret.txt')).toBe(path.join(dir, 'secret.txt'));
    expect(resolveAppPath(dir, 'app://policy-matrix/assets/%2E%2E/%2E%2E/secret.txt')).toBe(path.join(dir, 'secret.txt'));
  });

  it('refuses everything that could leave the folder or is not the app', () => {
    for (const url of [
      'app://policy-matrix/..%2fsecret.txt',
      'app://policy-matrix/assets/..%2F..%2Fsecret.txt',
      'app://policy-matrix/..%5csecret.txt',
      'app://policy-matrix/assets%5c..%5c..%5csecret.txt',
      'app://policy-matrix/%00index.html',
      'app://policy-matrix/C:/Windows/win.ini',
      'app://policy-matrix/%E0%A4%A',
      'app://other-host/index.html',
      'file:///opt/app/out/renderer/index.html',
      'https://policy-matrix/index.html',
      'not a url',
    ]) {
      expect(resolveAppPath(dir, url), url).toBeNull();
    }
  });
});

describe('the app:// protocol handler', () => {
  it('serves the bundle with its content type and the CSP as a response header', async () => {
    const { renderer } = bundle();
    const handle = createAppProtocolHandler(renderer);
    const page = await handle({ url: 'app://policy-matrix/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>app</title>');
    const script = await handle({ url: 'app://policy-matrix/assets/index-1.js', method: 'GET' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle({ url: 'app://policy-matrix/assets/index-1.css', method: 'GET' })).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for traversal, a sibling folder, a symlink out of the bundle or a missing file, and 405 for writes', async () => {
    const { root, renderer } = bundle();
    fs.symlinkSync(path.join(root, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
    const handle = createAppProtocolHandler(renderer);
    for (const url of [
      'app://policy-matrix/%2e%2e/secret.txt',
      'app://policy-matrix/../renderer-evil/x.js',
      'app://policy-matrix/assets/link.txt',
      'app://policy-matrix/missing.js',
      'app://policy-matrix/assets',
    ]) {
      const res = await handle({ url, method: 'GET' });
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('outside');
    }
    expect((await handle({ url: 'app://policy-matrix/index.html', method: 'POST' })).status).toBe(405);
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } });
  });
});
