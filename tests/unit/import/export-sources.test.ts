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
  });
});
