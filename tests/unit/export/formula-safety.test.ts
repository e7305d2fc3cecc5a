// Text that would become a formula when edited in Excel, and characters XML cannot carry, in every
// kind of exported text (annotation text and author, summaries, domain names). Read back by openpyxl.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../src/main/core/export/index.ts';
import { tempDir } from '../tmp.ts';
import { ANNOTATIONS, fixtureInput, fixtureMatrix } from './fixture.ts';

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
if (!hasOpenpyxl) console.warn('formula-safety test skipped: install python3-openpyxl to run it');

const HOSTILE = ['=HYPERLINK("http://evil.example","click")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1:A9)', '＝1+1'];

describe('exported cells cannot turn into formulas', () => {
  it.skipIf(!hasOpenpyxl)('writes formula-like text as quoted text (quotePrefix), never a formula; strips characters XML cannot carry', async () => {
    const matrix = fixtureMatrix();
    const domain = matrix.domains[0]!;
    domain.name = { zh: HOSTILE[0]!, en: HOSTILE[0]! };
    const position = Object.values(domain.positions)[0]!;
    position.summary = { zh: HOSTILE[2]!, en: HOSTILE[2]! };
    const annotations = ANNOTATIONS.map((a, i) => ({ ...a, text: HOSTILE[(i + 1) % HOSTILE.length]!, author: HOSTILE[(i + 3) % HOSTILE.length]! }));
    annotations[0] = { ...annotations[0]!, text: `${HOSTILE[1]!} with \ufffe and \u0001 inside` };
    const file = path.join(tempDir('pm-formula-'), 'briefing.xlsx');
    await writeWorkbook(fixtureInput('en', { matrix, annotations }), file);

    const run = spawnSync(PYTHON, [path.join(import.meta.dirname, 'formula-cells.py'), file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { cells, texts } = JSON.parse(run.stdout) as { cells: Array<{ ref: string; value: string; type: string; quotePrefix: boolean }>; texts: string[] };
    const seen = new Set(cells.map((c) => c.value.split(' with ')[0]));
    for (const h of HOSTILE) expect(seen.has(h), h).toBe(true);
    for (const c of cells) expect(c, c.ref).toMatchObject({ type: 's', quotePrefix: true });
    expect(texts.some((t) => t.includes("\ufffe") || t.includes(String.fromCharCode(1)))).toBe(false);
    expect(texts).toContain(`${HOSTILE[1]!} with  and  inside`);
    // Ordinary text keeps its ordinary style: the marker is only on quoted cells.
    const plain = spawnSync(PYTHON, ['-c', `import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print(sum(1 for ws in wb for r in ws.iter_rows() for c in r if c.quotePrefix))`, file], { encoding: 'utf8' });
    expect(Number(plain.stdout.trim())).toBe(cells.length);
  });
});
