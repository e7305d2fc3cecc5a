// One spawned run per command, exactly as the README documents it (`npm run --silent cli -- …`):
// the entry point, argument passing and exit codes. The logic is tested in-process in cli.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.ts';
import { cliSpawned as cli } from './cli-runner.ts';


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

  it('matrix check', () => {
    const r = cli(['matrix', 'check', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('sources: import with progress on stderr and the summary on stdout, then a refusal', () => {
    const own = path.join(tempDir(), 'sources.db');
    const r = cli(['sources', 'import', path.join(ROOT, 'tests/fixtures/import/ja-paper.pdf'), '--lang', 'ja', '--db', own]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('page 2/2');
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'pdf', pages: 2 });
    const again = cli(['sources', 'import', path.join(ROOT, 'tests/fixtures/import/ja-paper.pdf'), '--db', own]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Already imported');
    expect(again.stdout).toBe('');
  });
});
