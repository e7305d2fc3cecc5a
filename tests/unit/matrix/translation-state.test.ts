import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTranslation, staleLanguages, textHash } from '../../../src/main/core/matrix/translation-state.ts';
import { writeWorkbook } from '../../../src/main/core/export/index.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { loadExcelJs, sheet, text } from '../export/read-back.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';

const base = { zh: '美国以实体清单限制出口。', en: 'The US restricts exports via the Entity List.' };

describe('translation out of date: the rule', () => {
  const none = () => false;
  const state = (over: Partial<Parameters<typeof staleLanguages>[0]>) =>
    staleLanguages({ current: base, baseline: base, writtenAt: { zh: null, en: null }, agrees: none, ...over });
  const t1 = '2026-01-01T00:00:01.000Z';
  const t2 = '2026-01-01T00:00:02.000Z';

  it('flags nothing at the baseline', () => {
    expect(state({})).toEqual([]);
  });

  it('flags the other language when one is revised alone', () => {
    expect(state({ current: { ...base, zh: '美国以实体清单和外国直接产品规则限制出口。' }, writtenAt: { zh: t1, en: null } })).toEqual(['en']);
    expect(state({ current: { ...base, en: 'Revised English.' }, writtenAt: { zh: null, en: t1 } })).toEqual(['zh']);
  });

  it('flags nothing for a pair recorded as agreeing', () => {
    const current = { zh: '新中文', en: 'New English' };
    const agrees = (zh: string, en: string) => zh === textHash('新中文') && en === textHash('New English');
    expect(state({ current, writtenAt: { zh: t1, en: t1 }, agrees })).toEqual([]);
  });

  it('flags the language changed less recently when the pair does not agree', () => {
    const current = { zh: '第二次修改', en: 'First revision' };
    expect(state({ current, writtenAt: { zh: t2, en: t1 } })).toEqual(['en']);
    expect(state({ current, writtenAt: { zh: t1, en: t2 } })).toEqual(['zh']);
  });

  it('ignores whitespace at the ends and never flags an empty text', () => {
    expect(state({ current: { ...base, zh: `  ${base.zh}\n` }, writtenAt: { zh: t1, en: null } })).toEqual([]);
    expect(state({ current: { zh: '新的', en: '' }, writtenAt: { zh: t1, en: null } })).toEqual([]);
  });

  it('treats filling an empty language or rewriting a flagged one as translating', () => {
    expect(isTranslation('en', { zh: '甲', en: '' }, [])).toBe(true);
    expect(isTranslation('en', { zh: '甲', en: 'A' }, ['en'])).toBe(true);
    expect(isTranslation('en', { zh: '甲', en: 'A' }, [])).toBe(false);
  });
});

describe('translation out of date in the workspace', () => {
  const position = (ws: Workspace, domainId = 'export-control', actorId = 'JP') => ws.matrix().domains.find((d) => d.id === domainId)!.positions[actorId]!;

  it('marks the English summary when only the Chinese is edited, until the English is edited', () => {
    const ws = openWorkspace();
    expect(position(ws).summaryStale ?? []).toEqual([]);
    const zh = `${position(ws).summary.zh}另据吴、从文，日本强化了出口管制协调。`;
    ws.setSummary('export-control', 'JP', 'zh', zh);
    expect(position(ws).summaryStale).toEqual(['en']);
    // The payload the interface gets carries the same flag.
    expect(ws.matrixState().matrix.domains.find((d) => d.id === 'export-control')!.positions['JP']!.summaryStale).toEqual(['en']);
    ws.setSummary('export-control', 'JP', 'en', `${position(ws).summary.en} Japan also tightened coordination.`);
    expect(position(ws).summaryStale ?? []).toEqual([]);
  });

  it('edits both languages in one save without flagging either', () => {
    const ws = openWorkspace();
    ws.setSummaryTexts('export-control', 'US', { zh: '新的中文概述。', en: 'A new English summary.' });
    const p = position(ws, 'export-control', 'US');
    expect(p.summary).toEqual({ zh: '新的中文概述。', en: 'A new English summary.' });
    expect(p.summaryStale ?? []).toEqual([]);
  });

  it('saving the side-by-side editor with the English untouched still flags the English', () => {
    const ws = openWorkspace();
    const before = position(ws);
    ws.setSummaryTexts('export-control', 'JP', { zh: '只改了中文。', en: before.summary.en });
    expect(position(ws).summaryStale).toEqual(['en']);
  });

  it('clears the flag when the English is then edited alone (that is the translation)', () => {
    const ws = openWorkspace();
    ws.setSummary('export-control', 'JP', 'zh', '只改了中文。');
    ws.setSummary('export-control', 'JP', 'en', 'Only the Chinese changed; this is its translation.');
    expect(position(ws).summaryStale ?? []).toEqual([]);
    // A further revision of the English alone now leaves the Chinese behind.
    ws.setSummary('export-control', 'JP', 'en', 'A second English revision.');
    expect(position(ws).summaryStale).toEqual(['zh']);
  });

  it('clears the flag when the analyst confirms the other language, and the confirmation survives reopening', () => {
    const dir = tempDir();
    const ws = openWorkspace(dir);
    ws.setSummary('export-control', 'JP', 'zh', '只改了中文。');
    ws.confirmTranslation('export-control', 'JP', 'en');
    expect(position(ws).summaryStale ?? []).toEqual([]);
    ws.close();
    const again = openWorkspace(dir);
    expect(position(again).summaryStale ?? []).toEqual([]);
    // Revising the Chinese again raises it again.
    again.setSummary('export-control', 'JP', 'zh', '又改了中文。');
    expect(position(again).summaryStale).toEqual(['en']);
  });

  it('clears the flag when the edit is undone, and raises it again on redo', () => {
    const ws = openWorkspace();
    ws.setSummary('export-control', 'JP', 'zh', '只改了中文。');
    expect(position(ws).summaryStale).toEqual(['en']);
    ws.undo();
    expect(position(ws).summaryStale ?? []).toEqual([]);
    ws.redo();
    expect(position(ws).summaryStale).toEqual(['en']);
  });

  it('clears the flag when the Chinese is put back as it was', () => {
    const ws = openWorkspace();
    const original = position(ws).summary.zh;
    ws.setSummary('export-control', 'JP', 'zh', '临时修改。');
    ws.setSummary('export-control', 'JP', 'zh', original);
    expect(position(ws).summaryStale ?? []).toEqual([]);
  });

  it('flags the Chinese when only the English is edited, and works for alignment reasons', () => {
    const ws = openWorkspace();
    ws.setSummary('export-control', 'US', 'en', 'Only the English changed.');
    expect(position(ws, 'export-control', 'US').summaryStale).toEqual(['zh']);
    ws.setAlignment('export-control', { reason: { zh: '只改了判断理由的中文。' } });
    const domain = () => ws.matrix().domains.find((d) => d.id === 'export-control')!;
    expect(domain().alignment.reasonStale).toEqual(['en']);
    ws.setAlignment('export-control', { reason: { en: 'Reason revised in English too.' } });
    expect(domain().alignment.reasonStale ?? []).toEqual([]);
    ws.setAlignment('export-control', { reason: { zh: '再改中文', en: 'and English, together' } });
    expect(domain().alignment.reasonStale ?? []).toEqual([]);
  });

  it('refuses to confirm a language with no text, changing nothing', () => {
    const ws = openWorkspace();
    ws.addDomain('subsidy-race', { zh: '补贴竞争', en: '' });
    const before = ws.history().length;
    expect(() => ws.confirmTranslation('subsidy-race', null, 'en')).toThrow(/no text/);
    expect(ws.history().length).toBe(before);
  });

  it('never lets an English export show an out-of-date English text unmarked', async () => {
    const ws = openWorkspace();
    ws.setSummary('export-control', 'JP', 'zh', '只改了中文。');
    const english = position(ws).summary.en;
    for (const lang of ['en', 'both', 'zh'] as const) {
      const file = path.join(tempDir('pm-stale-'), `${lang}.xlsx`);
      const m = ws.matrix();
      await writeWorkbook(
        {
          matrix: m,
          annotations: [],
          documents: ws.documents,
          paragraphs: new Map(ws.paragraphs.map((p) => [p.id, p])),
          lang,
          appVersion: 'test',
          exportedAt: new Date(),
          scopeDescription: 'all',
        },
        file,
      );
      const wb = await loadExcelJs(file);
      const matrixSheet = wb.worksheets[0]!;
      const row = m.domains.findIndex((d) => d.id === 'export-control');
      // JP is the second actor: column D. A bilingual export has two rows per domain, English second.
      const address = lang === 'both' ? `D${2 + row * 2 + 1}` : `D${2 + row}`;
      const cellText = text(sheet(wb, matrixSheet.name), address);
      if (lang === 'zh') {
        expect(cellText.startsWith('只改了中文。')).toBe(true);
      } else {
        expect(cellText.startsWith('⚠ Translation out of date: the Chinese was revised, this English was not\n')).toBe(true);
        expect(cellText).toContain(english);
      }
    }
  });
});
