// `npm run serve` in-process: same database location as the desktop app (POLICY_MATRIX_HOME), the
// lock, the printed address, and a clean stop. The renderer is a stand-in build in a temporary root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve } from '../../../src/main/server/serve.ts';
import { DATA_DIR, ROOT, tempDir } from '../helpers.ts';
import { pageHeaders, request } from './client.ts';

let home: string;
let root: string;
const saved = process.env['POLICY_MATRIX_HOME'];
beforeEach(() => {
  home = tempDir('pm-home-');
  process.env['POLICY_MATRIX_HOME'] = home;
  root = tempDir('pm-root-');
  fs.cpSync(DATA_DIR, path.join(root, 'data'), { recursive: true });
  fs.mkdirSync(path.join(root, 'out/renderer'), { recursive: true });
  fs.writeFileSync(path.join(root, 'out/renderer/index.html'), '<!doctype html><title>Policy Matrix</title>');
});
afterEach(() => {
  if (saved === undefined) delete process.env['POLICY_MATRIX_HOME'];
  else process.env['POLICY_MATRIX_HOME'] = saved;
});

/** `npm run serve` in its own process; it is stopped as soon as it has printed its address. */
function runServer(extra: string[] = []) {
  const script = `
    const { spawn } = require('node:child_process');
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', ${JSON.stringify(path.join(ROOT, 'src/main/server/index.ts'))}, ...process.argv.slice(1)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d) => { process.stdout.write(d); if (String(d).includes('Press Ctrl+C')) child.kill('SIGINT'); });
    child.on('exit', (code) => process.exit(code ?? 1));`;
  return spawnSync(process.execPath, ['-e', script, '--', '--data', path.join(root, 'data'), '--no-open', ...extra], {
    env: { ...process.env, POLICY_MATRIX_HOME: home },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) } };
}

describe('npm run serve', () => {
  it('serves the desktop app\'s database on a printed loopback address, holds the writer lock, and stops cleanly', async () => {
    const first = io();
    const started = await serve(['--data', path.join(root, 'data'), '--no-open'], first.io);
    if (typeof started === 'number') throw new Error(first.err.join(''));
    const printed = first.out.join('');
    const url = /(http:\/\/127\.0\.0\.1:(\d+)\/#pm-token=([\w-]+))/.exec(printed);
    expect(url, printed).not.toBeNull();
    const [, , port, token] = url!;
    const db = path.join(home, 'policy-matrix.db');
    expect(printed).toContain(`Database: ${db}`);
    const info = await request(Number(port), { method: 'POST', path: '/api/call/app:info', headers: pageHeaders(Number(port), token!), body: '' });
    expect(info.json()).toMatchObject({ ok: true, value: { dbPath: db } });
    // The token is printed once, in the address, and nowhere else.
    expect(printed.split(token!).length - 1).toBe(1);

    // A second server (its own process, the real entry point) on the same database is refused.
    const second = runServer();
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/Policy Matrix cannot start: .*(in use|already open).*browser server/s);

    await started.stop();
    await expect(request(Number(port), { path: '/' })).rejects.toThrow();
    // Stopped, it no longer holds the database: another server starts on it.
    const third = runServer(['--port', '0']);
    expect(third.stdout).toMatch(/Policy Matrix is running/);
  });

  it('refuses bad arguments and bad input with a message, changing nothing', async () => {
    const bad = io();
    expect(await serve(['--port', 'eighty'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/--port must be a whole number/);
    expect(await serve(['--bogus'], io().io)).toBe(2);

    fs.writeFileSync(path.join(root, 'data/corpus/documents.json'), '{ not json');
    const broken = io();
    expect(await serve(['--data', path.join(root, 'data'), '--no-open'], broken.io)).toBe(1);
    expect(broken.err.join('')).toMatch(/Policy Matrix cannot start: .*\nNothing was changed\./s);
    expect(fs.readdirSync(home)).toEqual([]);
  });
});
