// The same export read by a second, independent parser: SheetJS (our own output only; its reader is
// never pointed at untrusted files). It sees the in-document links exactly as Excel stores them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { writeWorkbook } from '../../../src/main/core/export/index.ts';
import type { ExportLang } from '../../../src/main/core/export/index.ts';
import { tempDir } from '../tmp.ts';
import { BROKEN_QUOTE, PARAGRAPHS, expectedEvidenceOrder, fixtureInput } from './fixture.ts';

async function read(lang: ExportLang): Promise<XLSX.WorkBook> {
  const file = path.join(tempDir('pm-sheetjs-'), `export-${lang}.xlsx`);
  await writeWorkbook(fixtureInput(lang), file);
  return XLSX.read(fs.readFileSync(file), { type: 'buffer', cellStyles: true });
}

function rows(wb: XLSX.WorkBook, name: string): string[][] {
  const ws = wb.Sheets[name];
  if (!ws) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, raw: false, defval: '' });
}

describe('export read back with SheetJS', () => {
  it('has the sheets, table sizes and autofilters', async () => {
    const wb = await read('zh');
    expect(wb.SheetNames).toEqual(['矩阵', '证据', '批注', '来源', '说明']);
    expect(wb.Sheets['证据']?.['!ref']).toBe('A1:J12');
    expect(wb.Sheets['批注']?.['!ref']).toBe('A1:I4');
    expect(wb.Sheets['矩阵']?.['!autofilter']?.ref).toBe('A1:L5');
    expect(wb.Sheets['证据']?.['!autofilter']?.ref).toBe('A1:J12');
    expect(rows(wb, '证据')).toHaveLength(12);
  });

  it('keeps Chinese text intact', async () => {
    const wb = await read('zh');
    const evidence = rows(wb, '证据');
    expect(evidence.slice(1).map((r) => r[2])).toEqual(expectedEvidenceOrder().map((e) => e.evidence.exact));
    expect(evidence.some((r) => r[2] === BROKEN_QUOTE && r[8]?.startsWith('原文中未找到'))).toBe(true);
    const sources = rows(wb, '来源');
    for (const p of PARAGRAPHS) expect(sources.find((r) => r[4] === p.id)?.[3]).toBe(p.text);
  });

  it('sees in-document hyperlinks that resolve to the right rows', async () => {
    const wb = await read('zh');
    const matrix = wb.Sheets['矩阵']!;
    const evidence = rows(wb, '证据');
    const order = expectedEvidenceOrder();
    const target = (ref: string): string | undefined => matrix[ref]?.l?.Target;
    expect(target('C2')).toBe(`#'证据'!A${order.findIndex((e) => e.domainId === 'export-control' && e.actorId === 'US') + 2}`);
    expect(target('E2')).toBe(`#'证据'!A${order.findIndex((e) => e.domainId === 'export-control' && e.actorId === 'JP') + 2}`);
    expect(target('I4')).toBe(`#'证据'!A${order.findIndex((e) => e.domainId === 'legal-framework' && e.actorId === null) + 2}`);
    expect(target('G3')).toBeUndefined();
    expect(matrix.C2?.l?.Tooltip).toBe('转到证据');
    for (const ref of ['C2', 'E2', 'I2', 'C3', 'E3', 'I3', 'E4', 'I4']) {
      const m = /^#'证据'!A(\d+)$/.exec(target(ref) ?? '');
      expect(m, ref).not.toBeNull();
      const row = evidence[Number(m![1]) - 1]!;
      expect(row[0]).toBe(rows(wb, '矩阵')[Number(ref.slice(1)) - 1]?.[0]);
    }
  });

  it('reads fills per alignment value', async () => {
    const wb = await read('en');
    const fill = (ref: string): string | undefined => (wb.Sheets.Matrix?.[ref]?.s as { fgColor?: { rgb?: string } } | undefined)?.fgColor?.rgb;
    expect(['H2', 'H3', 'H4', 'H5'].map(fill)).toEqual(['FFEB9C', 'C6EFCE', 'FFC7CE', 'E7E6E6']);
    expect(rows(wb, 'Matrix')[0]?.[0]).toBe('Domain');
  });

  it('both: a row per language on Matrix, stacked with a rule elsewhere', async () => {
    const wb = await read('both');
    expect(rows(wb, '矩阵 Matrix').slice(1, 3).map((r) => r[0])).toEqual(['出口管制', 'Export controls']);
    expect(rows(wb, '证据 Evidence')[1]?.[0]).toBe('出口管制\n———\nExport controls');
  });
});
