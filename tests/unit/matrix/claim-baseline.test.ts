import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDataDir, openWorkspace, tempDir } from '../helpers.ts';

describe('the claim check on the shipped baseline and on the analyst’s edits', () => {
  it('finds no unsupported item and no modality hint in the shipped baseline', () => {
    const ws = openWorkspace();
    const check = ws.claimCheck();
    const cells = ws.matrix().domains.reduce((n, d) => n + 1 + Object.keys(d.positions).length, 0);
    console.log(`claim check on the baseline: ${cells} cells × 2 languages, ${check.unsupported.length} unsupported, ${check.hints.length} modality hints`);
    expect(check.unsupported).toEqual([]);
    expect(check.hints).toEqual([]);
    expect(ws.dataset.claimExceptions ?? []).toEqual([]);
  });

  it('bites on every real cell: a year, an amount and a title no quote has are flagged wherever they are added', () => {
    const ws = openWorkspace();
    const matrix = ws.matrix();
    const added = { zh: '据称 1987 年另有 3.3 万亿日元用于《虚构协定》。', en: 'In 1987 a further JPY 33 trillion went to the Imaginary Treaty.' };
    for (const d of matrix.domains) {
      d.alignment.reason = { zh: d.alignment.reason.zh + added.zh, en: `${d.alignment.reason.en} ${added.en}` };
      for (const p of Object.values(d.positions)) p.summary = { zh: p.summary.zh + added.zh, en: `${p.summary.en} ${added.en}` };
    }
    const flags = ws.claimCheck(matrix).unsupported;
    const cells = matrix.domains.reduce((n, d) => n + 1 + Object.keys(d.positions).length, 0);
    expect(flags.filter((f) => f.lang === 'zh').map((f) => f.item)).toEqual(Array.from({ length: cells }, () => ['1987 年', '3.3 万亿日元', '《虚构协定》']).flat());
    expect(flags.filter((f) => f.lang === 'en').map((f) => f.item)).toEqual(Array.from({ length: cells }, () => ['1987', 'JPY 33 trillion', 'Imaginary Treaty']).flat());
    expect(flags.every((f) => f.sentence === added[f.lang])).toBe(true);
  });

  it('checks the composed matrix, user edits included, and a draft before it is saved', () => {
    const ws = openWorkspace();
    const base = ws.matrix().domains.find((d) => d.id === 'semiconductors')!.positions.US!.summary.en;
    const draft = `${base} The plant opened in 2031.`;
    const before = ws.history('semiconductors', 'US').length;
    const checked = ws.checkDraft({ domainId: 'semiconductors', actorId: 'US' }, 'en', draft);
    expect(checked.unsupported).toEqual([{ item: '2031', kind: 'date', sentence: 'The plant opened in 2031.', start: draft.length - 5, end: draft.length - 1 }]);
    expect(ws.history('semiconductors', 'US')).toHaveLength(before);
    expect(ws.claimCheck().unsupported).toEqual([]);

    ws.setSummary('semiconductors', 'US', 'en', draft);
    expect(ws.claimCheck().unsupported).toEqual([
      { domainId: 'semiconductors', actorId: 'US', lang: 'en', field: 'summary', item: '2031', kind: 'date', sentence: 'The plant opened in 2031.', start: draft.length - 5, end: draft.length - 1 },
    ]);
    ws.setSummary('semiconductors', 'US', 'en', base);
    expect(ws.claimCheck().unsupported).toEqual([]);

    // An alignment reason is checked against the alignment's quotes.
    ws.setAlignment('semiconductors', { reason: { zh: '双方于 2030 年达成协议。' } });
    expect(ws.claimCheck().unsupported).toMatchObject([{ domainId: 'semiconductors', actorId: null, lang: 'zh', field: 'reason', item: '2030 年' }]);
    expect(ws.checkDraft({ domainId: 'semiconductors', actorId: null }, 'zh', '双方可能陷入补贴竞赛。').unsupported).toEqual([]);
  });

  it('shows an item recorded as an exception in the dataset with its reason', () => {
    const dataDir = copyDataDir();
    const file = path.join(dataDir, 'matrix', 'matrix.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data.claimExceptions = [{ domainId: 'export-control', actorId: 'US', lang: 'en', field: 'summary', item: '1999', reason: 'Known from the statute, not the papers' }];
    data.domains[0].positions.US.summary.en += ' The act dates from 1999.';
    fs.writeFileSync(file, JSON.stringify(data));
    const ws = openWorkspace(tempDir(), { dataDir });
    expect(ws.claimCheck().unsupported).toMatchObject([{ domainId: 'export-control', actorId: 'US', item: '1999', exception: 'Known from the statute, not the papers' }]);
  });
});
