import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../src/main/core/export-job.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { sheetName } from '../../../src/main/core/export/sheet-names.ts';
import { loadExcelJs, sheet } from '../export/read-back.ts';
import { FIXTURES } from './truth.ts';

describe('the Excel export with an imported source', () => {
  it('lists the imported source in the Sources sheet and its cited paragraph', async () => {
    const ws = openWorkspace();
    const { id } = await ws.sources.import(path.join(FIXTURES, 'ja-paper.pdf'), { worker: false });
    const p = ws.listParagraphs(id).find((x) => x.text.includes('事前届出制度'))!;
    const exact = '日本は事前届出制度に依拠し';
    ws.addEvidence('investment-review', 'JP', p.id, p.text.indexOf(exact), exact);
    const out = path.join(tempDir(), 'briefing.xlsx');
    await runExport(ws, { out, lang: 'zh', scope: { kind: 'all' }, appVersion: 'test' });
    // Sheet names follow the export language.
    const sources = sheet(await loadExcelJs(out), sheetName('sources', 'zh'));
    const cells: string[] = [];
    sources.eachRow((row) => row.eachCell((c) => cells.push(String(c.text ?? ''))));
    const all = cells.join('\n');
    expect(all).toContain('経済安全保障と供給網の強靱化');
    expect(all).toContain('Imported PDF, 2 pages: ja-paper.pdf');
    expect(all).toContain(p.id);
    expect(all).toContain(p.text.slice(0, 30));

    // The imported source's metadata in columns of its own, beside the bibliography row.
    ws.sources.update(id, { publisher: '経済安全保障研究所', date: '2025-04-01', sourceUrl: 'https://example.org/ja.pdf' });
    const out2 = path.join(tempDir(), 'briefing2.xlsx');
    await runExport(ws, { out: out2, lang: 'zh', scope: { kind: 'all' }, appVersion: 'test' });
    const sheet2 = sheet(await loadExcelJs(out2), sheetName('sources', 'zh'));
    const header = sheet2.getRow(2);
    const heads = Array.from({ length: 13 }, (_, i) => String(header.getCell(i + 1).text ?? ''));
    expect(heads.slice(5)).toEqual(['格式', '页数', '发布机构', '日期', '语言', '来源网址', '原始文件', '导入时间']);
    let row = 0;
    sheet2.eachRow((r, n) => {
      if (n > 2 && String(r.getCell(11).text) === 'https://example.org/ja.pdf') row = n;
    });
    expect(row).toBeGreaterThan(2);
    const r = sheet2.getRow(row);
    expect([6, 7, 8, 9, 10, 12].map((c) => r.getCell(c).value)).toEqual(['PDF', 2, '経済安全保障研究所', '2025-04-01', '日文', 'ja-paper.pdf']);
    // A shipped paper's row leaves those columns empty.
    expect(String(sheet2.getRow(3).getCell(6).text ?? '')).toBe('');
  });
});
