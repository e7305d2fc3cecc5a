// `matrix check`, in-process (cli-smoke.test.ts spawns it once).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/main/core/workspace.ts';
import { DATA_DIR, tempDir } from '../helpers.ts';
import { cliInProcess as cli } from './cli-runner.ts';

describe('matrix check on the command line', () => {
  it('prints an empty array for the shipped baseline, and the analyst’s unsupported year once edited', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const clean = await cli(['matrix', 'check', '--db', db]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual([]);
    expect(JSON.parse((await cli(['matrix', 'check', '--hints', '--db', db])).stdout)).toEqual([]);

    const ws = Workspace.open({ dbPath: db, dataDir: DATA_DIR, appVersion: '0.0.0-test' });
    const zh = ws.matrix().domains.find((d) => d.id === 'export-control')!.positions.JP!.summary.zh;
    ws.setSummary('export-control', 'JP', 'zh', `${zh}日本于 2031 年加入新的管制协定。`);
    ws.close();

    const edited = await cli(['matrix', 'check', '--db', db]);
    expect(edited.code, edited.stderr).toBe(0);
    const flags = JSON.parse(edited.stdout) as Array<Record<string, unknown>>;
    expect(flags).toEqual([
      expect.objectContaining({ domainId: 'export-control', actorId: 'JP', lang: 'zh', field: 'summary', item: '2031 年', sentence: '日本于 2031 年加入新的管制协定。', kind: 'date' }),
    ]);
    expect(Object.keys(flags[0]!).slice(0, 6)).toEqual(['domainId', 'actorId', 'lang', 'field', 'item', 'sentence']);

    const bad = await cli(['matrix', 'check', 'extra', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/matrix takes no arguments, or "check"/);
  });
});
