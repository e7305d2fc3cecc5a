// The claim check in the workbook: a column on the Matrix sheet naming each domain's unsupported
// items, and the counts on the About sheet.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../src/main/core/export/index.ts';
import type { ClaimFlag } from '../../../src/shared/claims.ts';
import { tempDir } from '../tmp.ts';
import { fixtureInput } from './fixture.ts';
import { loadExcelJs, sheet, text } from './read-back.ts';

const FLAGS: ClaimFlag[] = [
  { domainId: 'export-control', actorId: 'US', lang: 'en', field: 'summary', item: '2031', kind: 'date', sentence: 'It opened in 2031.', start: 13, end: 17 },
  { domainId: 'export-control', actorId: null, lang: 'zh', field: 'reason', item: '《虚构法》', kind: 'instrument', sentence: '依据《虚构法》。', start: 2, end: 7, exception: '见脚注' },
];

describe('the claim check in the exported workbook', () => {
  it('adds a column listing each domain’s unsupported items, and counts them on About', async () => {
    const file = path.join(tempDir('pm-export-'), 'claims.xlsx');
    await writeWorkbook({ ...fixtureInput('en'), claims: FLAGS }, file);
    const wb = await loadExcelJs(file);
    const matrix = sheet(wb, 'Matrix');
    expect(text(matrix, 'M1')).toBe('Claim check: unsupported');
    expect(text(matrix, 'M2')).toBe('United States · EN: 2031\nalignment · 中文: 《虚构法》 (recorded exception: 见脚注)');
    expect(text(matrix, 'M3')).toBe('None');
    expect(matrix.autoFilter).toBe('A1:M5');
    const about = sheet(wb, 'About');
    const rows = about.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).map(String) : []));
    expect(rows).toContainEqual(['Figures, dates and titles no quote backs (claim check)', '2']);
    expect(rows).toContainEqual(['of which recorded exceptions', '1']);
  });

  it('leaves the column out when the check was not run', async () => {
    const file = path.join(tempDir('pm-export-'), 'no-claims.xlsx');
    await writeWorkbook(fixtureInput('en'), file);
    expect(text(sheet(await loadExcelJs(file), 'Matrix'), 'M1')).toBe('');
  });
});
