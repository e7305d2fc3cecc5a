// Page numbers in the workbook for quotes from paged sources (imported PDFs): the Evidence sheet's
// page column and the citations on Evidence and Sources, read back with openpyxl. Quotes from the
// shipped papers (no pages) and broken quotes (no place now) carry none.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../src/main/core/export-job.ts';
import type { ExportLang } from '../../../src/main/core/export/index.ts';
import { sheetName } from '../../../src/main/core/export/sheet-names.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { labelPdf } from './label-pdf.ts';
import { FIXTURES } from './truth.ts';

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
if (!hasOpenpyxl) console.warn('page-number export test skipped: /usr/bin/python3 cannot import openpyxl (install python3-openpyxl)');

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({n: [[c.value for c in r] for r in wb[n].iter_rows()] for n in sys.argv[2:]}, ensure_ascii=False))
`;

function readSheets(file: string, names: string[]): Record<string, unknown[][]> {
  const run = spawnSync(PYTHON, ['-c', READ, file, ...names], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown[][]>;
}

describe('page numbers in the workbook', () => {
  it.skipIf(!hasOpenpyxl)('gives the PDF page of every quote from an imported PDF, in its column and in the citation, in zh and en', async () => {
    const ws = openWorkspace();
    const en = await ws.sources.import(path.join(FIXTURES, 'en-report.pdf'), { worker: false });
    const zh = await ws.sources.import(path.join(FIXTURES, 'zh-paper.pdf'), { worker: false });
    const cite = (docId: string, page: number) => {
      const p = ws.listParagraphs(docId).find((x) => x.kind === 'body' && x.page === page && x.text.length > 30)!;
      const exact = p.text.slice(0, 20);
      ws.addEvidence('export-control', 'US', p.id, 0, exact);
      return { exact, page };
    };
    const cited = [cite(en.id, 1), cite(en.id, 2), cite(zh.id, 1), cite(zh.id, 2)];
    // A quote that breaks when its source is replaced has no page: it is nowhere now.
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'v1.md'), 'Licences are reviewed within thirty days.');
    fs.writeFileSync(path.join(dir, 'v2.md'), 'Licences are now reviewed within a month.');
    const md = await ws.sources.import(path.join(dir, 'v1.md'), { worker: false });
    ws.addEvidence('export-control', 'US', ws.listParagraphs(md.id)[0]!.id, 0, 'Licences are reviewed');
    await ws.sources.replace(md.id, path.join(dir, 'v2.md'), { worker: false });

    for (const lang of ['zh', 'en', 'both'] as ExportLang[]) {
      const out = path.join(tempDir(), `pages-${lang}.xlsx`);
      await runExport(ws, { out, lang, scope: { kind: 'all' }, appVersion: 'test' });
      const evidenceName = sheetName('evidence', lang);
      const sourcesName = sheetName('sources', lang);
      const sheets = readSheets(out, [evidenceName, sourcesName]);
      const [header, ...rows] = sheets[evidenceName]!;
      expect(header![6]).toBe({ zh: 'PDF 页码', en: 'PDF page', both: 'PDF 页码\nPDF page' }[lang]);
      expect(header![7]).toBe({ zh: '印刷页码', en: 'Printed page', both: '印刷页码\nPrinted page' }[lang]);
      for (const { exact, page } of cited) {
        const row = rows.find((r) => r[2] === exact)!;
        expect(row[6], exact).toBe(page);
        // These fixtures declare no page labels: no printed page, and the citation gives the page of the file.
        expect(row[7], exact).toBeNull();
        const words = { zh: `，第 ${page} 页`, en: `, p. ${page}`, both: `，第 ${page} 页` }[lang];
        expect(String(row[3])).toContain(words);
        if (lang === 'both') expect(String(row[3])).toMatch(new RegExp(`, p\\. ${page}$`));
      }
      const broken = rows.find((r) => r[2] === 'Licences are reviewed')!;
      expect(broken[6]).toBeNull();
      expect(String(broken[3])).not.toMatch(/页|p\. /);
      // Shipped papers have no pages: their rows have none, and no page in the citation.
      const shipped = rows.filter((r) => typeof r[9] === 'string' && /^(gui-yongtao|wu-cong|li-wei)/.test(r[9]));
      expect(shipped.length).toBeGreaterThan(10);
      for (const r of shipped) {
        expect(r[6]).toBeNull();
        expect(r[7]).toBeNull();
        expect(String(r[3])).not.toMatch(/第 \d+ 页|p\. \d/);
      }
      // The cited paragraphs on Sources are cited with their page too.
      const sourceRows = sheets[sourcesName]!;
      for (const { exact, page } of cited) {
        const row = sourceRows.find((r) => typeof r[3] === 'string' && (r[3]).startsWith(exact))!;
        expect(String(row[0])).toContain(lang === 'en' ? `p. ${page}` : `第 ${page} 页`);
      }
    }
  });

  it.skipIf(!hasOpenpyxl)('gives the page number the author printed beside the page of the file, and cites by it, where the PDF has page labels', async () => {
    const ws = openWorkspace();
    const dir = tempDir();
    const file = path.join(dir, 'journal.pdf');
    fs.writeFileSync(file, labelPdf(3, '<< /Nums [0 << /S /r >> 1 << /S /D /St 46 >>] >>'));
    const src = await ws.sources.import(file, { worker: false });
    const cited = [1, 3].map((page) => {
      const p = ws.listParagraphs(src.id).find((x) => x.page === page)!;
      const exact = p.text.slice(0, 24);
      ws.addEvidence('export-control', 'JP', p.id, 0, exact);
      return { exact, page };
    });
    for (const lang of ['zh', 'en'] as ExportLang[]) {
      const out = path.join(tempDir(), `labels-${lang}.xlsx`);
      await runExport(ws, { out, lang, scope: { kind: 'all' }, appVersion: 'test' });
      const evidenceName = sheetName('evidence', lang);
      const [, ...rows] = readSheets(out, [evidenceName])[evidenceName]!;
      const byExact = (exact: string) => rows.find((r) => r[2] === exact)!;
      expect(byExact(cited[0]!.exact).slice(6, 8)).toEqual([1, 'i']);
      expect(byExact(cited[1]!.exact).slice(6, 8)).toEqual([3, 47]);
      expect(String(byExact(cited[1]!.exact)[3])).toContain(lang === 'zh' ? '，第 47 页' : ', p. 47');
      expect(String(byExact(cited[0]!.exact)[3])).toContain(lang === 'zh' ? '，第 i 页' : ', p. i');
    }
  }, 60_000);
});
