// The exported workbook read back with exceljs: structure, formatting, links and text in all three
// languages, on a fixture with Chinese text, a broken quote and an added actor (EU).
import fs from 'node:fs';
import { ALIGNMENT_MEANINGS } from '../../../src/shared/labels.ts';
import path from 'node:path';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { writeWorkbook } from '../../../src/main/core/export/index.ts';
import type { ExportLang } from '../../../src/main/core/export/index.ts';
import { ALIGNMENT_COLOURS, HEADER_FILL, BROKEN_TEXT } from '../../../src/main/core/export/styles.ts';
import { tempDir } from '../tmp.ts';
import { BROKEN_QUOTE, DOMAINS, PARAGRAPHS, expectedEvidenceOrder, fixtureInput } from './fixture.ts';
import { fillOf, loadExcelJs, rawHyperlinks, rowOf, sheet, text } from './read-back.ts';

const SHEETS = ['矩阵', '证据', '批注', '来源', '说明'];
// Matrix columns with three actors: A domain, then position + quotes per actor (B–G), H alignment,
// I its quotes, J reason, K source note, L the notes (annotation text).
const QUOTES_COLUMN = { US: 'C', JP: 'E', EU: 'G', alignment: 'I' } as const;

async function exportTo(lang: ExportLang, dir = tempDir('pm-export-')): Promise<{ file: string; wb: ExcelJS.Workbook; result: Awaited<ReturnType<typeof writeWorkbook>> }> {
  const file = path.join(dir, `briefing-${lang}.xlsx`);
  const result = await writeWorkbook(fixtureInput(lang), file);
  return { file, wb: await loadExcelJs(file), result };
}

describe('writeWorkbook (zh)', () => {
  let file: string;
  let wb: ExcelJS.Workbook;
  let result: Awaited<ReturnType<typeof writeWorkbook>>;
  // One export shared by the read-only checks below (tempDir() would be cleaned after the first).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-export-'));
  beforeAll(async () => {
    ({ file, wb, result } = await exportTo('zh', dir));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports what it wrote', () => {
    expect(result.path).toBe(file);
    expect(result.bytes).toBe(fs.statSync(file).size);
    expect(result.rows).toEqual({ matrix: 4, evidence: 11, annotations: 3 });
    expect(result.ms).toBeGreaterThanOrEqual(0);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('has the five sheets, in order, named in the export language', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
  });

  it('has one Matrix row per domain with a column per actor, including the added EU', () => {
    const ws = sheet(wb, '矩阵');
    expect(['A1', 'B1', 'D1', 'F1', 'H1', 'J1', 'K1', 'L1'].map((a) => text(ws, a))).toEqual([
      '领域', '美国立场', '日本立场', '欧盟立场', '一致性', '判断理由', '来源说明', '批注',
    ]);
    expect(text(ws, 'C1')).toBe('引文');
    expect([2, 3, 4, 5].map((r) => text(ws, `A${r}`))).toEqual(DOMAINS.map((d) => d.name.zh));
    expect(text(ws, 'A6')).toBe('');
    expect(text(ws, 'B2')).toBe('以实体清单和先进计算规则全面限制对华技术出口，并推动盟友协调。\n政策工具：实体清单；出口管理条例');
    expect(text(ws, 'F3')).toBe('（资料未详述）');
    expect(text(ws, 'F2')).toBe('—');
    // The notes are on the row of the domain they are about, saying which cell, category and author.
    expect(text(ws, 'L2')).toBe(
      '▸ 整个领域 · 点名对象：日本在官方文件中回避点名中国，这是与美国最明显的差异。（王分析师）\n' +
        '▸ 日本 · 针对引文 · 其他：Broken after re-ingest: find the new wording in li-wei.（Analyst B）',
    );
    expect(text(ws, 'L3')).toBe('▸ 美国 · 法律工具：FIRRMA 与外汇法的比较值得在简报中单列。（王分析师）');
    expect([4, 5].map((r) => text(ws, `L${r}`))).toEqual(['', '']);
  });

  it('colours each alignment cell by its value and explains the colours in a legend', () => {
    const ws = sheet(wb, '矩阵');
    DOMAINS.forEach((d, i) => {
      expect(fillOf(ws, `H${i + 2}`)).toBe(ALIGNMENT_COLOURS[d.alignment.value].fill);
      expect(ws.getCell(`H${i + 2}`).font?.color?.argb).toBe(ALIGNMENT_COLOURS[d.alignment.value].text);
    });
    expect([2, 3, 4, 5].map((r) => text(ws, `H${r}`))).toEqual(['部分一致', '一致', '分歧', '未涉及']);
    expect(text(ws, 'A7')).toBe('图例：一致性');
    expect([8, 9, 10, 11].map((r) => [text(ws, `A${r}`), fillOf(ws, `A${r}`)])).toEqual([
      ['一致', ALIGNMENT_COLOURS.aligned.fill],
      ['部分一致', ALIGNMENT_COLOURS.partly.fill],
      ['分歧', ALIGNMENT_COLOURS.divergent.fill],
      ['未涉及', ALIGNMENT_COLOURS['not-covered'].fill],
    ]);
  });

  it('makes header rows bold with a fill, on every table', () => {
    const headerRows: Array<[string, number]> = [['矩阵', 1], ['证据', 1], ['批注', 1], ['来源', 2], ['来源', 7], ['说明', 1]];
    for (const [name, r] of headerRows) {
      const row = sheet(wb, name).getRow(r);
      const cells: ExcelJS.Cell[] = [];
      row.eachCell((c) => cells.push(c));
      expect(cells.length, `${name} row ${r}`).toBeGreaterThan(1);
      for (const c of cells) {
        expect(c.font?.bold, `${name}!${c.address}`).toBe(true);
        expect(fillOf(sheet(wb, name), c.address)).toBe(HEADER_FILL);
      }
    }
  });

  it('freezes header rows (and the domain column on Matrix) and hides gridlines', () => {
    const frozen = (name: string): Partial<ExcelJS.WorksheetView> => sheet(wb, name).views[0] ?? {};
    expect(frozen('矩阵')).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, showGridLines: false });
    expect(frozen('证据')).toMatchObject({ state: 'frozen', ySplit: 1, showGridLines: false });
    expect(frozen('批注')).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(frozen('来源')).toMatchObject({ state: 'frozen', ySplit: 7 });
    expect(frozen('说明').state).not.toBe('frozen');
  });

  it('puts an autofilter on every table', () => {
    expect(sheet(wb, '矩阵').autoFilter).toBe('A1:L5');
    expect(sheet(wb, '证据').autoFilter).toBe('A1:J12');
    expect(sheet(wb, '批注').autoFilter).toBe('A1:I4');
    expect(sheet(wb, '来源').autoFilter).toBe('A7:E13');
  });

  it('sets up printing: A4 landscape, one page wide, header row repeated', () => {
    for (const name of ['矩阵', '证据', '批注', '来源']) {
      const { pageSetup } = sheet(wb, name);
      expect(pageSetup.orientation, name).toBe('landscape');
      expect(pageSetup.paperSize, name).toBe(9);
      expect(pageSetup.fitToPage, name).toBe(true);
      expect(pageSetup.fitToWidth, name).toBe(1);
      expect(pageSetup.fitToHeight, name).toBe(0);
      expect(pageSetup.margins?.left, name).toBeGreaterThan(0);
    }
    expect(sheet(wb, '矩阵').pageSetup.printTitlesRow).toBe('1:1');
    expect(sheet(wb, '来源').pageSetup.printTitlesRow).toBe('7:7');
    expect(sheet(wb, '矩阵').headerFooter.oddFooter).toContain('&P');
  });

  it('wraps text at the top of the cell, with widths and heights that fit it', () => {
    const ws = sheet(wb, '证据');
    expect(ws.getCell('C2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(40);
    const matrix = sheet(wb, '矩阵');
    expect(matrix.getRow(2).height).toBeGreaterThan(matrix.getRow(5).height);
  });

  it('lists every quote on Evidence in matrix order, with its source', () => {
    const ws = sheet(wb, '证据');
    const order = expectedEvidenceOrder();
    expect(ws.actualRowCount).toBe(1 + order.length);
    order.forEach(({ domainId, actorId, evidence }, i) => {
      const r = i + 2;
      expect(text(ws, `A${r}`)).toBe(DOMAINS.find((d) => d.id === domainId)?.name.zh);
      expect(text(ws, `B${r}`)).toBe(actorId === null ? '一致性判断' : { US: '美国', JP: '日本', EU: '欧盟' }[actorId]);
      expect(text(ws, `C${r}`)).toBe(evidence.exact);
      expect(text(ws, `F${r}`)).toBe(evidence.paragraphOrdinal === null ? '' : `¶ ${evidence.paragraphOrdinal}`);
      // The internal ID is the narrow last column, out of the reading columns.
      expect(text(ws, `J${r}`)).toBe(evidence.paragraphId ?? '');
      // The shipped papers have no pages: no page column value, no page in the citation.
      expect(text(ws, `G${r}`)).toBe('');
      // No page labels in the shipped papers: no printed page either.
      expect(text(ws, `H${r}`)).toBe('');
    });
    expect(text(ws, 'D2')).toBe('桂永涛 2023');
    expect(text(ws, 'D4')).toBe('李伟等 2024');
    expect(text(ws, 'E2')).toBe('二（一） 出口管制的扩张');
  });

  it('marks the broken quote in red as 原文中未找到 (NOT FOUND IN SOURCE), in plain words', () => {
    const ws = sheet(wb, '证据');
    const r = expectedEvidenceOrder().findIndex((e) => e.evidence.exact === BROKEN_QUOTE) + 2;
    expect(text(ws, `C${r}`)).toBe(BROKEN_QUOTE);
    expect(text(ws, `I${r}`)).toBe('原文中未找到\n引文与原文文字不符');
    expect(ws.getCell(`I${r}`).font?.color?.argb).toBe(BROKEN_TEXT);
    expect(ws.getCell(`I${r}`).font?.bold).toBe(true);
    expect(ws.getCell(`C${r}`).font?.color?.argb).toBe(BROKEN_TEXT);
    expect(text(ws, 'I2')).toBe('原文已核对');
    expect(text(ws, 'I1')).toBe('原文核对');
    expect(text(ws, 'G1')).toBe('PDF 页码');
    expect(text(ws, 'H1')).toBe('印刷页码');
    // The cell holding it flags the broken quote too.
    expect(sheet(wb, '矩阵').getCell('E2').font?.color?.argb).toBe(BROKEN_TEXT);
  });

  it('links every position and alignment to its first quote on Evidence', () => {
    const links = rawHyperlinks(file).get('矩阵')!;
    const evidence = sheet(wb, '证据');
    const matrix = sheet(wb, '矩阵');
    const order = expectedEvidenceOrder();
    let checked = 0;
    DOMAINS.forEach((d, i) => {
      for (const [actorId, column] of Object.entries(QUOTES_COLUMN)) {
        const key = actorId === 'alignment' ? null : actorId;
        const list = key === null ? d.alignment.evidence : d.positions[key]?.evidence;
        const ref = `${column}${i + 2}`;
        if (!list || list.length === 0) {
          expect(links.has(ref), ref).toBe(false);
          continue;
        }
        const target = rowOf(links.get(ref)!, '证据');
        expect(target, ref).toBe(order.findIndex((e) => e.domainId === d.id && e.actorId === key) + 2);
        expect(text(evidence, `C${target}`)).toBe(list[0]!.exact);
        expect(text(matrix, ref)).toBe(`${list.length} →`);
        checked += 1;
      }
    });
    expect(checked).toBe(8);
    expect(links.size).toBe(8);
    expect(text(matrix, 'G3')).toBe('0');
    expect(text(matrix, 'G2')).toBe('');
  });

  it('links each paragraph number on Evidence to its full text on Sources', () => {
    const links = rawHyperlinks(file).get('证据')!;
    const evidence = sheet(wb, '证据');
    const sources = sheet(wb, '来源');
    expect(links.size).toBe(10);
    for (const [ref, location] of links) {
      expect(ref).toMatch(/^F\d+$/);
      const r = rowOf(location, '来源');
      const id = text(evidence, `J${ref.slice(1)}`);
      expect(text(sources, `E${r}`)).toBe(id);
      expect(text(sources, `D${r}`)).toBe(PARAGRAPHS.find((p) => p.id === id)?.text);
    }
  });

  it('lists annotations with their target, category, text, author and local times', () => {
    const ws = sheet(wb, '批注');
    expect(ws.actualRowCount).toBe(4);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => text(ws, `${String.fromCharCode(64 + c)}1`))).toEqual([
      '领域', '行为体', '引文', '类别', '内容', '作者', '创建时间', '更新时间', '跳转',
    ]);
    expect(['A2', 'B2', 'C2', 'D2', 'F2'].map((a) => text(ws, a))).toEqual(['出口管制', '', '', '点名对象', '王分析师']);
    expect(text(ws, 'E2')).toBe('日本在官方文件中回避点名中国，这是与美国最明显的差异。');
    expect(['A3', 'B3', 'C3', 'D3'].map((a) => text(ws, a))).toEqual(['出口管制', '日本', BROKEN_QUOTE, '其他']);
    expect(['A4', 'B4', 'D4'].map((a) => text(ws, a))).toEqual(['投资审查', '美国', '法律工具']);
    const created = ws.getCell('G2').value;
    expect(created).toBeInstanceOf(Date);
    const expected = new Date('2025-03-01T02:05:00.000Z');
    expect((created as Date).getTime()).toBe(expected.getTime() - expected.getTimezoneOffset() * 60_000);
    expect(ws.getCell('G2').numFmt).toBe('yyyy-mm-dd hh:mm');

    const links = rawHyperlinks(file).get('批注')!;
    const order = expectedEvidenceOrder();
    expect(links.get('I2')).toBe("'矩阵'!A2");
    expect(rowOf(links.get('I3')!, '证据')).toBe(order.findIndex((e) => e.evidence.exact === BROKEN_QUOTE) + 2);
    expect(rowOf(links.get('I4')!, '证据')).toBe(order.findIndex((e) => e.domainId === 'investment-screening' && e.actorId === 'US') + 2);
  });

  it('gives the bibliography and the full text of every cited paragraph on Sources', () => {
    const ws = sheet(wb, '来源');
    expect(text(ws, 'A1')).toBe('参考文献');
    expect(['A3', 'B3', 'C3'].map((a) => text(ws, a))).toEqual(['桂永涛 2023', '桂永涛', '2023']);
    expect(text(ws, 'D3')).toBe('桂永涛．美国经济安全战略的演进与对华科技竞争［J］．国际安全研究，2023（2023年第3期）：3–29．DOI：10.14093/j.cnki.cn10-1132/d.2023.03.001．');
    expect(text(ws, 'B4')).toBe('李伟、陈静');
    // What the source text does not give is said, in the export's language (not the curator's English note).
    expect(text(ws, 'D4')).toBe('李伟，陈静．日本经济安全保障政策：动因、路径与影响［J］．2024．\n原文未注明：期刊、期号、页码、DOI');
    expect(text(ws, 'A6')).toBe('被引段落原文');
    // Documents in the order given (gui-yongtao, li-wei), then by paragraph number.
    const docOrder = ['gui-yongtao', 'li-wei'];
    const cited = [...PARAGRAPHS].sort((a, b) => docOrder.indexOf(a.docId) - docOrder.indexOf(b.docId) || a.ordinal - b.ordinal);
    cited.forEach((p, i) => {
      const r = 8 + i;
      expect([text(ws, `C${r}`), text(ws, `D${r}`), text(ws, `E${r}`)]).toEqual([String(p.ordinal), p.text, p.id]);
    });
    expect(text(ws, 'B8')).toBe('二（一） 出口管制的扩张');
  });

  it('says on About what, when and how much was exported', () => {
    const ws = sheet(wb, '说明');
    const rows = new Map<string, string>();
    ws.eachRow((row, r) => rows.set(text(ws, `A${r}`), text(ws, `B${r}`)));
    expect(rows.get('应用')).toBe('政策矩阵');
    expect(rows.get('版本')).toBe('0.1.0-test');
    expect(rows.get('导出时间（ISO 8601）')).toBe('2025-03-05T06:07:08.000Z');
    expect(rows.get('导出时间（本地）')).toMatch(/2025年3月5日/);
    expect(rows.get('语言')).toBe('中文');
    expect(rows.get('范围 / 筛选')).toBe('All domains');
    expect(rows.get('领域数')).toBe('4');
    expect(rows.get('行为体')).toBe('美国、日本、欧盟');
    expect(rows.get('引文数')).toBe('11');
    expect(rows.get('失效引文')).toBe('1');
    expect(rows.get('批注数')).toBe('3');
    expect(rows.get('被引段落数')).toBe('6');
    expect(rows.get('一致')).toBe(ALIGNMENT_MEANINGS.aligned.zh);
    expect(rows.get('未涉及')).toBe(ALIGNMENT_MEANINGS['not-covered'].zh);
  });
});

describe('writeWorkbook languages', () => {
  it('en: English headers and text, falling back to Chinese where no English exists', async () => {
    const { wb } = await exportTo('en');
    const matrix = sheet(wb, 'Matrix');
    expect(['A1', 'B1', 'C1', 'F1', 'H1', 'J1'].map((a) => text(matrix, a))).toEqual([
      'Domain', 'United States position', 'Quotes', 'European Union position', 'Alignment', 'Reason',
    ]);
    expect(text(matrix, 'A2')).toBe('Export controls');
    expect([2, 3, 4, 5].map((r) => text(matrix, `H${r}`))).toEqual(['Partly aligned', 'Aligned', 'Divergent', 'Not covered']);
    expect(text(matrix, 'B2')).toBe(
      'Broad restrictions on technology exports to China via the Entity List and advanced-computing rules, with allied coordination.\nInstruments: 实体清单; 出口管理条例',
    );
    const evidence = sheet(wb, 'Evidence');
    expect(text(evidence, 'B2')).toBe('United States');
    expect(text(evidence, 'D2')).toBe('Gui Yongtao 2023');
    expect(text(evidence, 'D4')).toBe('Li Wei et al. 2024');
    const broken = expectedEvidenceOrder().findIndex((e) => e.evidence.exact === BROKEN_QUOTE) + 2;
    expect(text(evidence, `I${broken}`)).toBe('NOT FOUND IN SOURCE\nThe quote no longer matches the source text word for word');
    expect(text(evidence, 'I2')).toBe('Verified in source');
    expect(text(evidence, 'H1')).toBe('Printed page');
    expect(text(evidence, `C${broken}`)).toBe(BROKEN_QUOTE);
    const sources = sheet(wb, 'Sources');
    // li-wei has no English title: the Chinese one is printed rather than nothing.
    expect(text(sources, 'D4')).toBe('Li Wei and 陈静. “日本经济安全保障政策：动因、路径与影响.” 2024.\nNot given in the source text: journal, issue, pages, DOI');
    expect(text(sources, 'D3')).toMatch(/^Gui Yongtao\. “.*\.” 国际安全研究, 2023, no\. 2023年第3期: 3–29\. DOI: 10\.14093/);
    expect(text(sources, 'B4')).toBe('Li Wei, 陈静');
    expect(text(sheet(wb, 'Annotations'), 'D2')).toBe('Naming targets');
    expect(text(sheet(wb, 'About'), 'A2')).toBe('Application');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Evidence', 'Annotations', 'Sources', 'About']);
    // No locale given: A4, the default.
    expect(sheet(wb, 'Matrix').pageSetup.paperSize).toBe(9);
  });

  it('both: a Chinese and an English row per domain on Matrix; elsewhere both in one cell, a rule between', async () => {
    const { wb, file } = await exportTo('both');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['矩阵 Matrix', '证据 Evidence', '批注 Annotations', '来源 Sources', '说明 About']);
    const matrix = sheet(wb, '矩阵 Matrix');
    expect(text(matrix, 'A1')).toBe('领域\nDomain');
    expect(text(matrix, 'B1')).toBe('美国立场\nUnited States position');
    expect([2, 3, 4, 5].map((r) => text(matrix, `A${r}`))).toEqual(['出口管制', 'Export controls', '投资审查', 'Investment screening']);
    expect([2, 3].map((r) => text(matrix, `H${r}`))).toEqual(['部分一致', 'Partly aligned']);
    expect([4, 5].map((r) => text(matrix, `J${r}`))).toEqual(['两国均扩大了对外国投资的审查范围并降低门槛。', 'Both widened the scope of screening and lowered thresholds.']);
    expect(text(matrix, 'D2')).toBe('将23类先进半导体制造设备纳入管制，措辞上不点名国家。\n政策工具：外汇及外国贸易法');
    expect(text(matrix, 'D3')).toBe('Added 23 kinds of advanced chip-making equipment to controls without naming countries.\nInstruments: 外汇及外国贸易法');
    // Notes once, on the domain's first row.
    expect(text(matrix, 'L2')).toMatch(/^▸ 整个领域/);
    expect(text(matrix, 'L3')).toBe('');
    // Other sheets stack the two languages in one cell with a rule between them.
    expect(text(sheet(wb, '证据 Evidence'), 'A2')).toBe('出口管制\n———\nExport controls');
    expect(text(sheet(wb, '证据 Evidence'), 'I2')).toBe('原文已核对\nVerified in source');
    expect(text(sheet(wb, '说明 About'), 'B6')).toBe('中英双语\nChinese and English');
    // Links keep working whatever the language, from both rows, and follow the sheet names.
    const links = rawHyperlinks(file).get('矩阵 Matrix')!;
    expect(links.size).toBe(16);
    expect([...links.values()].every((l) => /^'证据 Evidence'!A\d+$/.test(l))).toBe(true);
    expect(rawHyperlinks(file).get('批注 Annotations')!.get('I2')).toBe("'矩阵 Matrix'!A2");
    expect(rawHyperlinks(file).get('批注 Annotations')!.get('I4')).toMatch(/^'证据 Evidence'!A\d+$/);
  });
});
