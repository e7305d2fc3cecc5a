// The export read by openpyxl (check_xlsx.py), which is what many analysts' Python scripts use.
// Needs /usr/bin/python3 with python3-openpyxl (installed in CI); skipped with a message otherwise.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../src/main/core/export/index.ts';
import type { ExportLang } from '../../../src/main/core/export/index.ts';
import { ALIGNMENT_COLOURS, HEADER_FILL } from '../../../src/main/core/export/styles.ts';
import { tempDir } from '../tmp.ts';
import { BROKEN_QUOTE, DOMAINS, expectedEvidenceOrder, fixtureInput } from './fixture.ts';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, 'check_xlsx.py');
const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' });
const hasOpenpyxl = probe.status === 0;
if (!hasOpenpyxl) {
  console.warn(`openpyxl export test skipped: \`${PYTHON} -c "import openpyxl"\` failed (${probe.error?.message ?? probe.stderr.trim()}); install python3-openpyxl to run it`);
}

interface SheetFacts {
  freeze_panes: string | null;
  auto_filter: string | null;
  header: Array<{ value: string; bold: boolean; fill: string | null }>;
  hyperlinks: Record<string, { location: string; target: string | null; tooltip: string | null }>;
  fills: Record<string, string>;
  orientation: string;
  fit_to_width: number;
  fit_to_height: number;
  fit_to_page: boolean;
  print_title_rows: string | null;
  show_grid_lines: boolean;
  read_only_dimensions: string;
  paper_size: number;
  print_scale: number;
  font_sizes: number[];
  min_printed_pt: number;
}
interface Facts {
  sheets: string[];
  sheet: Record<string, SheetFacts>;
  cells: Record<string, string | number | null>;
  problems: string[];
}

describe('export read back with openpyxl', () => {
  it.skipIf(!hasOpenpyxl)('has frozen panes, autofilters, bold headers, fills and working links', async () => {
    const file = path.join(tempDir('pm-openpyxl-'), 'briefing.xlsx');
    await writeWorkbook(fixtureInput('zh'), file);
    const order = expectedEvidenceOrder();
    const broken = order.findIndex((e) => e.evidence.exact === BROKEN_QUOTE) + 2;
    const run = spawnSync(PYTHON, [SCRIPT, file, '矩阵!A2', `证据!C${broken}`, `证据!I${broken}`], { encoding: 'utf8' });
    const facts = JSON.parse(run.stdout) as Facts;
    expect(facts.problems).toEqual([]);
    expect(run.status, run.stderr).toBe(0);

    expect(facts.sheets).toEqual(['矩阵', '证据', '批注', '来源', '说明']);
    const { 矩阵: matrix, 证据: evidence, 批注: annotations, 来源: sources, 说明: about } = facts.sheet;
    expect([matrix!.freeze_panes, evidence!.freeze_panes, annotations!.freeze_panes, sources!.freeze_panes]).toEqual(['B2', 'A2', 'A2', 'A8']);
    expect([matrix!.auto_filter, evidence!.auto_filter, annotations!.auto_filter, sources!.auto_filter]).toEqual(['A1:L5', 'A1:J12', 'A1:I4', 'A7:E13']);
    for (const h of matrix!.header) expect(h).toMatchObject({ bold: true, fill: HEADER_FILL });
    expect(matrix!.header.map((h) => h.value).slice(0, 4)).toEqual(['领域', '美国立场', '引文', '日本立场']);

    // Alignment fills, by value.
    DOMAINS.forEach((d, i) => expect(matrix!.fills[`H${i + 2}`]).toBe(ALIGNMENT_COLOURS[d.alignment.value].fill));

    // Links: in-document locations, no external targets, to the right rows.
    expect(matrix!.hyperlinks.C2).toEqual({
      location: `'证据'!A${order.findIndex((e) => e.domainId === 'export-control' && e.actorId === 'US') + 2}`,
      target: null,
      tooltip: '转到证据',
    });
    expect(Object.keys(matrix!.hyperlinks).sort()).toEqual(['C2', 'C3', 'E2', 'E3', 'E4', 'I2', 'I3', 'I4']);
    expect(Object.keys(evidence!.hyperlinks)).toHaveLength(10);
    expect(Object.values(evidence!.hyperlinks).every((l) => /^'来源'!A\d+$/.test(l.location))).toBe(true);

    for (const s of [matrix!, evidence!, annotations!, sources!]) {
      expect(s).toMatchObject({ orientation: 'landscape', fit_to_width: 1, fit_to_height: 0, fit_to_page: true, show_grid_lines: false, paper_size: 9 });
    }
    // Nothing prints below 9 pt once fit-to-width has shrunk the sheet (check_xlsx.py also fails on it).
    for (const s of [matrix!, evidence!, annotations!, sources!, about!]) expect(s.min_printed_pt).toBeGreaterThanOrEqual(9);
    // The wide Matrix sheet is shrunk the most, so its text is set larger to make up for it.
    expect(matrix!.print_scale).toBeLessThan(1);
    expect(Math.min(...matrix!.font_sizes)).toBeGreaterThan(10);
    // Matrix: 4 domains, the legend title, 4 alignment values, the broken-quote and the out-of-date-translation lines.
    expect([matrix, evidence, annotations, sources].map((s) => s!.read_only_dimensions)).toEqual(['A1:L13', 'A1:J12', 'A1:I4', 'A1:E13']);
    expect(matrix!.print_title_rows).toBe('$1:$1');
    expect(sources!.print_title_rows).toBe('$7:$7');

    expect(facts.cells).toEqual({
      '矩阵!A2': '出口管制',
      [`证据!C${broken}`]: BROKEN_QUOTE,
      [`证据!I${broken}`]: '原文中未找到\n引文与原文文字不符',
    });
  });

  it.skipIf(!hasOpenpyxl)('prints every language on A4 by default, Letter only for English in a Letter country, never below 9 pt', async () => {
    const dir = tempDir('pm-openpyxl-');
    const cases: Array<[ExportLang, string | undefined, number, string]> = [
      ['zh', 'en-US', 9, '矩阵'],
      ['en', 'en-US', 1, 'Matrix'],
      ['en', 'en-GB', 9, 'Matrix'],
      ['en', 'zh-CN', 9, 'Matrix'],
      ['en', undefined, 9, 'Matrix'],
      ['both', 'en-US', 9, '矩阵 Matrix'],
    ];
    for (const [lang, locale, paper, first] of cases) {
      const file = path.join(dir, `briefing-${lang}-${locale ?? 'none'}.xlsx`);
      await writeWorkbook({ ...fixtureInput(lang), ...(locale ? { locale } : {}) }, file);
      const run = spawnSync(PYTHON, [SCRIPT, file], { encoding: 'utf8' });
      const facts = JSON.parse(run.stdout) as Facts;
      const label = `${lang} ${locale}`;
      expect(facts.problems, label).toEqual([]);
      expect(facts.sheets[0], label).toBe(first);
      for (const s of Object.values(facts.sheet)) {
        expect(s.paper_size, label).toBe(paper);
        expect(s.min_printed_pt, label).toBeGreaterThanOrEqual(9);
      }
    }
  });
});
