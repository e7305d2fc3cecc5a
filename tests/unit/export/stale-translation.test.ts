// An export never shows a translation that is out of date unmarked: the workbook's Matrix sheet
// (read back with exceljs) and the Word briefing (read back from its XML), in zh, en and both, from a
// real workspace where one summary was revised in Chinese only and one reason in English only.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../src/main/core/export-job.ts';
import { BRIEF } from '../../../src/main/core/export/briefing/labels.ts';
import { WORD } from '../../../src/main/core/export/labels.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import type { ExportLang } from '../../../src/shared/contract.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { readDocx } from './briefing/read-docx.ts';
import { fillOf, loadExcelJs, text } from './read-back.ts';

const ZH_ONLY = '日本在美日荷协调下收紧半导体设备出口管制。';
const EN_ONLY = 'Both sides now restrict data flows, for different reasons.';

function staleWorkspace(): Workspace {
  const ws = openWorkspace();
  ws.setSummaryTexts('export-control', 'JP', { zh: ZH_ONLY }); // the English is out of date
  ws.setAlignment('digital-trade', { reason: { en: EN_ONLY } }); // the Chinese is out of date
  return ws;
}

async function workbook(ws: Workspace, lang: ExportLang) {
  const out = path.join(tempDir('pm-stale-'), `${lang}.xlsx`);
  await runExport(ws, { out, lang, scope: { kind: 'all' }, appVersion: 'test' });
  const wb = await loadExcelJs(out);
  return wb.worksheets[0]!;
}

describe('translation out of date in the workbook', () => {
  it('marks every stale text where it is printed, in its own language, and nothing else', async () => {
    const ws = staleWorkspace();
    const m = ws.matrix();
    // Columns: A domain, then text + quotes per actor (US B/C, JP D/E), F alignment, G quotes, H reason.
    const jp = 'D';
    const reason = 'H';
    const ec = m.domains.findIndex((d) => d.id === 'export-control');
    const dt = m.domains.findIndex((d) => d.id === 'digital-trade');
    const english = m.domains[ec]!.positions['JP']!.summary.en;

    const en = await workbook(ws, 'en');
    expect(text(en, `${jp}${2 + ec}`).startsWith(`${WORD.staleTranslation.en}\n${english}`)).toBe(true);
    expect(fillOf(en, `${jp}${2 + ec}`)).toBe('FFFFF2CC');
    expect(text(en, `${reason}${2 + dt}`)).toBe(EN_ONLY);

    const zh = await workbook(ws, 'zh');
    expect(text(zh, `${jp}${2 + ec}`).startsWith(ZH_ONLY)).toBe(true);
    expect(text(zh, `${reason}${2 + dt}`).startsWith(`${WORD.staleTranslation.zh}\n`)).toBe(true);

    // Bilingual: a Chinese and an English row per domain; each language's own row carries its mark.
    const both = await workbook(ws, 'both');
    expect(text(both, `${jp}${2 + ec * 2}`).startsWith(ZH_ONLY)).toBe(true);
    expect(text(both, `${jp}${3 + ec * 2}`).startsWith(WORD.staleTranslation.en)).toBe(true);
    expect(text(both, `${reason}${2 + dt * 2}`).startsWith(WORD.staleTranslation.zh)).toBe(true);
    expect(text(both, `${reason}${3 + dt * 2}`)).toBe(EN_ONLY);

    // Nowhere else: exactly the two stale texts are marked in each export (the legend says what it means).
    for (const sheet of [en, zh, both]) {
      const marked: string[] = [];
      sheet.eachRow((row) => row.eachCell((c) => void (String(c.text).includes('⚠ ') && marked.push(c.address))));
      const legend = marked.filter((a) => a.startsWith('A'));
      expect(legend).toHaveLength(1);
      expect(marked.length - legend.length).toBe(sheet === both ? 2 : 1);
    }
  });

  it('after Confirm (or undo of the edit) the same export is unmarked', async () => {
    const ws = staleWorkspace();
    ws.confirmTranslation('export-control', 'JP', 'en');
    ws.undo(); // the confirmation: marked again
    let en = await workbook(ws, 'en');
    expect(text(en, `D${2 + ws.matrix().domains.findIndex((d) => d.id === 'export-control')}`).startsWith(WORD.staleTranslation.en)).toBe(true);
    ws.redo();
    en = await workbook(ws, 'en');
    const cells: string[] = [];
    en.eachRow((row) => row.eachCell((c) => void cells.push(String(c.text))));
    expect(cells.filter((t) => t.startsWith(WORD.staleTranslation.en))).toEqual([]);
  });
});

describe('translation out of date in the Word briefing', () => {
  it('puts the notice before the stale text it concerns, in that text’s language, and marks the overview', async () => {
    const ws = staleWorkspace();
    const english = ws.matrix().domains.find((d) => d.id === 'export-control')!.positions['JP']!.summary.en;
    const read = async (lang: ExportLang) => {
      const out = path.join(tempDir('pm-stale-'), `${lang}.docx`);
      await runExport(ws, { out, lang, scope: { kind: 'all' }, appVersion: 'test', format: 'docx' });
      return readDocx(out).body;
    };
    const en = await read('en');
    const notice = en.findIndex((p) => p.text === BRIEF.staleTranslation.en);
    expect(notice).toBeGreaterThan(0);
    expect(en[notice + 1]!.text.startsWith(english.slice(0, 30))).toBe(true);
    expect(en.filter((p) => p.text === BRIEF.staleTranslation.en)).toHaveLength(1);
    expect(en.some((p) => p.text === BRIEF.staleLegend.en)).toBe(true);
    expect(en.some((p) => p.text.startsWith('⚠ ') && p.style === 'TableText')).toBe(true);

    const zh = await read('zh');
    // In Chinese the revised summary is current; the reason (revised in English) is the stale one.
    const zhNotice = zh.findIndex((p) => p.text === BRIEF.staleTranslation.zh);
    expect(zhNotice).toBeGreaterThan(0);
    expect(zh.filter((p) => p.text === BRIEF.staleTranslation.zh)).toHaveLength(1);
    expect(zh.some((p) => p.text === BRIEF.staleTranslation.en)).toBe(false);

    const both = await read('both');
    expect(both.filter((p) => p.text === BRIEF.staleTranslation.en)).toHaveLength(1);
    expect(both.filter((p) => p.text === BRIEF.staleTranslation.zh)).toHaveLength(1);
  });
});
