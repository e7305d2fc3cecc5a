import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.ts';

/** Run the CLI exactly as the README documents it: `npm run --silent cli -- …`. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env['PATH']}`, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line', () => {
  const db = () => path.join(tempDir(), 'cli.db');

  it('lists documents and paragraphs, searches, prints the matrix', () => {
    const file = db();
    const list = cli(['corpus', 'list', '--db', file]);
    expect(list.code, list.stderr).toBe(0);
    const docs = JSON.parse(list.stdout) as Array<{ id: string; title: string }>;
    expect(docs.map((d) => d.id)).toEqual(['gui-yongtao', 'wu-cong']);
    expect(docs.every((d) => typeof d.title === 'string' && d.title.length > 0)).toBe(true);

    const paragraphs = JSON.parse(cli(['corpus', 'paragraphs', 'wu-cong', '--db', file]).stdout) as Array<Record<string, unknown>>;
    expect(paragraphs.length).toBeGreaterThan(50);
    for (const p of paragraphs.slice(0, 20)) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'docId', 'section', 'ordinal', 'kind', 'text']));
      expect(['heading', 'body', 'abstract', 'footnote', 'caption']).toContain(p['kind']);
    }

    const hits = JSON.parse(cli(['search', '出口管制', '--limit', '5', '--db', file]).stdout) as Array<{ paragraphId: string; docId: string; snippet: string }>;
    expect(hits).toHaveLength(5);
    expect(hits[0]!.snippet).toContain('[出口管制]');
    const short = JSON.parse(cli(['search', '芯片', '--db', file]).stdout) as unknown[];
    expect(short.length).toBeGreaterThan(0);

    const matrix = JSON.parse(cli(['matrix', '--lang', 'en', '--db', file]).stdout);
    expect(matrix.actors.map((a: { id: string }) => a.id)).toEqual(['US', 'JP']);
    const exportControl = matrix.domains.find((d: { id: string }) => d.id === 'export-control');
    expect(exportControl.name.zh).toBeTruthy();
    expect(exportControl.name.en).toBeTruthy();
    expect(exportControl.positions.JP.evidence[0]).toMatchObject({ paragraphId: expect.any(String), quote: expect.any(String) });
    expect(['aligned', 'partly', 'divergent', 'not-covered']).toContain(exportControl.alignment.value);
  });

  it('searches a known term under its other names, says so on stderr, and --exact turns it off', () => {
    const file = db();
    const expanded = cli(['search', 'Entity', 'List', '--db', file]);
    expect(expanded.code, expanded.stderr).toBe(0);
    const hits = JSON.parse(expanded.stdout) as Array<{ snippet: string }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.includes('[实体清单]'))).toBe(true);
    expect(expanded.stderr).toContain('searched 实体清单');
    const exact = cli(['search', 'Entity', 'List', '--exact', '--db', file]);
    expect(exact.code, exact.stderr).toBe(0);
    expect(JSON.parse(exact.stdout)).toEqual([]);
    expect(exact.stderr).toBe('');
    const miss = cli(['search', '芯片法案', '--db', file]);
    expect(JSON.parse(miss.stdout)).toEqual([]);
    expect(miss.stderr).toMatch(/the papers use: 芯片与科学法案 \(\d+\)/);
  });

  it('adds annotations only once committed, and lists them', () => {
    const file = db();
    const added = cli(['annotations', 'add', '--target', 'investment-review/JP', '--category', 'timing', '--text', '事前 vs 事后', '--db', file]);
    expect(added.code, added.stderr).toBe(0);
    const annotation = JSON.parse(added.stdout);
    expect(annotation).toMatchObject({ category: 'timing', text: '事前 vs 事后', target: { domainId: 'investment-review', actorId: 'JP', evidenceId: null } });
    const listed = JSON.parse(cli(['annotations', 'list', '--db', file]).stdout);
    expect(listed.map((a: { id: string }) => a.id)).toEqual([annotation.id]);
  });

  it('rejects bad arguments with a message on stderr and a non-zero exit, changing nothing', () => {
    const file = db();
    const cases = [
      ['frobnicate'],
      ['corpus'],
      ['corpus', 'paragraphs'],
      ['corpus', 'paragraphs', 'no-such-doc'],
      ['search'],
      ['search', 'x', '--limit', 'ten'],
      ['matrix', '--lang', 'fr'],
      ['annotations', 'add', '--target', 'export-control', '--category', 'vibes', '--text', 'x'],
      ['annotations', 'add', '--target', 'no-such-domain', '--category', 'other', '--text', 'x'],
      ['annotations', 'add', '--target', 'export-control', '--category', 'other'],
      ['export', '--out', 'x.txt'],
      ['export', '--out', path.join(tempDir(), 'x.xlsx'), '--domains', 'export-control,nope,zilch'],
      ['--bogus-flag'],
    ];
    for (const args of cases) {
      const r = cli([...args, '--db', file]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    expect(cli(['export', '--out', path.join(tempDir(), 'x.xlsx'), '--domains', 'export-control,nope,zilch', '--db', file]).stderr).toMatch(/nope, zilch/);
    expect(JSON.parse(cli(['annotations', 'list', '--db', file]).stdout)).toEqual([]);
  });

  it('refuses a corrupt database file and leaves it as it was', () => {
    const file = path.join(tempDir(), 'broken.db');
    fs.writeFileSync(file, 'not a database at all');
    const r = cli(['corpus', 'list', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not a Policy Matrix database/);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database at all');
  });

  it('exports a workbook', () => {
    const out = path.join(tempDir(), 'briefing.xlsx');
    const r = cli(['export', '--out', out, '--lang', 'both', '--domains', 'export-control,investment-review', '--db', db()]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: out, rows: { matrix: 2 } });
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });
});
