// The two decisions `npm run serve` makes before serving: whether the interface must be built first,
// and how (and whether) to open a browser.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOpener } from '../../../src/main/server/open-browser.ts';
import { rendererBuildReason } from '../../../src/main/server/renderer-build.ts';
import { tempDir } from '../helpers.ts';

describe('the interface build', () => {
  it('is needed when missing or older than any of its sources, not otherwise', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'src/renderer/src/app'), { recursive: true });
    fs.mkdirSync(path.join(root, 'src/shared'), { recursive: true });
    const source = path.join(root, 'src/renderer/src/app/App.tsx');
    fs.writeFileSync(source, 'x');
    fs.writeFileSync(path.join(root, 'src/shared/contract.ts'), 'x');
    expect(rendererBuildReason(root)).toMatch(/no built interface yet/);

    fs.mkdirSync(path.join(root, 'out/renderer'), { recursive: true });
    const index = path.join(root, 'out/renderer/index.html');
    fs.writeFileSync(index, '<!doctype html>');
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(source, past, past);
    fs.utimesSync(path.join(root, 'src/shared/contract.ts'), past, past);
    expect(rendererBuildReason(root)).toBeNull();

    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'src/shared/contract.ts'), later, later);
    expect(rendererBuildReason(root)).toBe(`${path.join('src', 'shared', 'contract.ts')} changed since the interface was built`);
  });
});

describe('opening the browser', () => {
  const url = 'http://127.0.0.1:1234/#pm-token=abc';
  it('uses the platform opener', () => {
    expect(browserOpener(url, 'darwin', {})).toEqual({ command: 'open', args: [url] });
    expect(browserOpener(url, 'win32', {})).toEqual({ command: 'cmd', args: ['/c', 'start', '""', url] });
  });

  it('on Linux only in a desktop session with xdg-open installed, never a terminal browser', () => {
    const bin = tempDir();
    expect(browserOpener(url, 'linux', { PATH: bin })).toBeNull();
    expect(browserOpener(url, 'linux', { PATH: bin, DISPLAY: ':0' })).toBeNull();
    fs.writeFileSync(path.join(bin, 'xdg-open'), '#!/bin/sh\n', { mode: 0o755 });
    expect(browserOpener(url, 'linux', { PATH: bin })).toBeNull();
    expect(browserOpener(url, 'linux', { PATH: bin, WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [url] });
  });
});
