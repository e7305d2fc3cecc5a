// Sources on the command line, in-process (cli-smoke.test.ts spawns `sources import` once).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.ts';
import { cliInProcess as cli } from './cli-runner.ts';

const fixture = (name: string) => path.join(ROOT, 'tests/fixtures/import', name);

describe('sources on the command line', () => {
  it('imports, lists, shows pages and boxes, refuses with a reason and removes', async () => {
    const db = path.join(tempDir(), 'cli.db');
    const imported = await cli(['sources', 'import', fixture('ja-paper.pdf'), '--lang', 'ja', '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('page 2/2');
    const summary = JSON.parse(imported.stdout) as { id: string; title: string; format: string; pages: number; counts: Record<string, number>; warnings: string[] };
    expect(summary).toMatchObject({ title: '経済安全保障と供給網の強靱化', format: 'pdf', pages: 2, counts: { heading: 5, footnote: 3 }, warnings: [] });

    const docs = JSON.parse((await cli(['corpus', 'list', '--db', db])).stdout) as Array<{ id: string; origin: string; source: { pageSizes: unknown[] } | null }>;
    expect(docs.map((d) => d.origin)).toEqual(['shipped', 'shipped', 'imported']);
    expect(docs[2]!.source!.pageSizes).toHaveLength(2);
    const paragraphs = JSON.parse((await cli(['corpus', 'paragraphs', summary.id, '--db', db])).stdout) as Array<{ page: number; boxes: unknown[]; lang: string }>;
    expect(paragraphs.every((p) => p.page >= 1 && p.boxes.length > 0 && p.lang === 'ja')).toBe(true);
    const shipped = JSON.parse((await cli(['corpus', 'paragraphs', 'wu-cong', '--db', db])).stdout) as Array<{ page: unknown }>;
    expect(shipped.every((p) => p.page === null)).toBe(true);

    const again = await cli(['sources', 'import', fixture('ja-paper.pdf'), '--db', db]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Already imported');
    const locked = await cli(['sources', 'import', fixture('encrypted.pdf'), '--db', db]);
    expect(locked.code).not.toBe(0);
    expect(locked.stderr).toContain('protected by a password');
    expect(locked.stdout).toBe('');
    const bad = await cli(['sources', 'import', fixture('ja-paper.pdf'), '--lang', 'fr', '--db', db]);
    expect(bad.code).toBe(2);

    const list = JSON.parse((await cli(['sources', 'list', '--db', db])).stdout) as Array<{ id: string; info: { sha256: string } }>;
    expect(list.map((s) => s.id)).toEqual([summary.id]);
    const removed = await cli(['sources', 'remove', summary.id, '--db', db]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(JSON.parse((await cli(['sources', 'list', '--db', db])).stdout)).toEqual([]);
  });
});
