// One spawned run per command, exactly as the README documents it (`npm run --silent cli -- …`):
// the entry point, argument passing and exit codes. The logic is tested in-process in cli.test.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.ts';

function cli(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env['PATH']}` },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line, spawned', () => {
  const db = path.join(tempDir(), 'smoke.db');

  it('corpus', () => {
    const r = cli(['corpus', 'list', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((d) => d.id)).toEqual(['gui-yongtao', 'wu-cong']);
  });

  it('search', () => {
    const r = cli(['search', '芯片', '--limit', '3', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
  });

  it('matrix', () => {
    const r = cli(['matrix', '--lang', 'zh', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ lang: 'zh', actors: [{ id: 'US' }, { id: 'JP' }] });
  });

  it('annotations', () => {
    const added = cli(['annotations', 'add', '--target', 'investment-review/JP', '--category', 'timing', '--text', '事前 vs 事后', '--db', db]);
    expect(added.code, added.stderr).toBe(0);
    const listed = cli(['annotations', 'list', '--db', db]);
    expect((JSON.parse(listed.stdout) as Array<{ id: string }>).map((a) => a.id)).toEqual([JSON.parse(added.stdout).id]);
  });

  it('export, and a bad argument', () => {
    const out = path.join(tempDir(), 'briefing.xlsx');
    const r = cli(['export', '--out', out, '--domains', 'export-control', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
    const bad = cli(['export', '--out', 'x.txt', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--out must name an \.xlsx file/);
    expect(bad.stdout).toBe('');
  });
});
