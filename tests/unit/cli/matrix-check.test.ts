import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/main/core/workspace.ts';
import { DATA_DIR, ROOT, tempDir } from '../helpers.ts';

function cli(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env['PATH']}` },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('matrix check on the command line', () => {
  it('prints an empty array for the shipped baseline, and the analyst’s unsupported year once edited', () => {
    const db = path.join(tempDir(), 'cli.db');
    const clean = cli(['matrix', 'check', '--db', db]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual([]);
    expect(JSON.parse(cli(['matrix', 'check', '--hints', '--db', db]).stdout)).toEqual([]);

    const ws = Workspace.open({ dbPath: db, dataDir: DATA_DIR, appVersion: '0.0.0-test' });
    const zh = ws.matrix().domains.find((d) => d.id === 'export-control')!.positions.JP!.summary.zh;
    ws.setSummary('export-control', 'JP', 'zh', `${zh}日本于 2031 年加入新的管制协定。`);
    ws.close();

    const edited = cli(['matrix', 'check', '--db', db]);
    expect(edited.code, edited.stderr).toBe(0);
    const flags = JSON.parse(edited.stdout) as Array<Record<string, unknown>>;
    expect(flags).toEqual([
      expect.objectContaining({ domainId: 'export-control', actorId: 'JP', lang: 'zh', field: 'summary', item: '2031 年', sentence: '日本于 2031 年加入新的管制协定。', kind: 'date' }),
    ]);
    expect(Object.keys(flags[0]!).slice(0, 6)).toEqual(['domainId', 'actorId', 'lang', 'field', 'item', 'sentence']);

    const bad = cli(['matrix', 'check', 'extra', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/matrix takes no arguments, or "check"/);
  });
});
