// Ranking the passages a broken quote may have become, on the import fixtures: each report cited,
// then replaced by its revised version (tests/fixtures/import/texts.py, EN_V2 / ZH_V2), and on
// small paragraphs made here for what the fixtures do not show (context deciding between passages).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/main/core/matrix/repair/candidates.ts';
import { diffTexts } from '../../../src/main/core/matrix/repair/diff.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';
import type { Paragraph, RepairView } from '../../../src/shared/types.ts';
import { openWorkspace } from '../helpers.ts';
import { FIXTURES } from '../import/truth.ts';

/** Imports `v1`, cites each quote in export-control/US, replaces the source by `v2`; the repair view of each. */
async function citeAndReplace(v1: string, v2: string, quotes: string[]): Promise<{ ws: Workspace; views: Map<string, RepairView> }> {
  const ws = openWorkspace();
  const { id } = await ws.sources.import(path.join(FIXTURES, v1), { worker: false });
  const ids = quotes.map((q) => {
    const p = ws.listParagraphs(id).find((x) => x.text.includes(q))!;
    return ws.addEvidence('export-control', 'US', p.id, p.text.indexOf(q), q).evidenceId;
  });
  await ws.sources.replace(id, path.join(FIXTURES, v2), { worker: false });
  return { ws, views: new Map(quotes.map((q, i) => [q, ws.repairCandidates('export-control', 'US', ids[i]!)])) };
}

const changes = (v: RepairView, i = 0) => v.candidates[i]!.diff.filter((d) => d.op !== 'same').map((d) => `${d.op}:${d.text.trim()}`);

describe('repair candidates on the English report and its revision', () => {
  const quotes = {
    word: 'transactions are screened when notified or discovered',
    typo: 'Coordination happens mostly through informal channels',
    reworded: 'Firms respond by mapping their suppliers several tiers deep',
    deleted: 'Research security programmes now ask scholars to disclose foreign funding',
    moved: 'the line between them is drawn differently in Washington and in Tokyo',
  };

  it('ranks the edited sentence first, marks the changed word, and gives its page', async () => {
    const { ws, views } = await citeAndReplace('en-report.pdf', 'en-report-v2.pdf', Object.values(quotes));
    for (const v of views.values()) expect(v.status).toBe('broken');
    const word = views.get(quotes.word)!;
    expect(word.candidates[0]).toMatchObject({ exact: 'transactions are screened once notified or discovered', quality: 'close', sectionTitle: '3 Findings' });
    expect(changes(word)).toEqual(['removed:when', 'added:once']);
    expect(word.candidates[0]!.similarity).toMatchObject({ prefix: 1, suffix: 1 });
    const paragraph = ws.getParagraph(word.candidates[0]!.paragraphId);
    expect(word.candidates[0]!.page).toBe(paragraph.page);
    expect(paragraph.text.slice(word.candidates[0]!.start)).toMatch(/^transactions are screened once/);

    expect(views.get(quotes.typo)!.candidates[0]).toMatchObject({ exact: 'Coordination happens largely through informal channels', quality: 'close' });
    expect(changes(views.get(quotes.typo)!)).toEqual(['removed:mostly', 'added:largely']);
  });

  it('follows a passage that moved to another section and lost a word', async () => {
    const { views } = await citeAndReplace('en-report.pdf', 'en-report-v2.pdf', [quotes.moved]);
    const v = views.get(quotes.moved)!;
    expect(v.candidates[0]).toMatchObject({ exact: 'the line between them is drawn differently in Washington and Tokyo', sectionTitle: '4 Conclusion', quality: 'close' });
    expect(changes(v)).toEqual(['removed:in']);
  });

  it('offers a reworded sentence between unchanged surroundings as partial, and nothing for a deleted passage', async () => {
    const { views } = await citeAndReplace('en-report.pdf', 'en-report-v2.pdf', [quotes.reworded, quotes.deleted]);
    const reworded = views.get(quotes.reworded)!;
    expect(reworded.candidates[0]).toMatchObject({ exact: 'In response, companies now map their suppliers across several tiers', quality: 'partial' });
    expect(reworded.candidates[0]!.score).toBeLessThan(0.8);
    // The paragraph is gone: nothing in the new version resembles the quote, and the view says so by having no candidate.
    // (A replacement keeps the title the analyst knew the source by.)
    expect(views.get(quotes.deleted)!.candidates).toEqual([]);
    expect(views.get(quotes.deleted)!.document).toMatchObject({ title: 'Economic Security and Supply Chains' });
  });
});

describe('repair candidates on the Chinese paper and its revision', () => {
  it('finds the one changed character, the rewording and the moved sentence; nothing for the deleted one', async () => {
    const q = {
      char: '交易在申报或被发现时接受审查',
      reworded: '企业的应对是深入梳理多层级供应商',
      deleted: '科研安全项目要求学者披露境外资助并审查访问学者',
      moved: '而华盛顿和东京对两者界限的划定并不相同',
    };
    const { views } = await citeAndReplace('zh-paper.pdf', 'zh-paper-v2.pdf', Object.values(q));
    expect(views.get(q.char)!.candidates[0]).toMatchObject({ exact: '交易在申报或被发现后接受审查', quality: 'close' });
    expect(changes(views.get(q.char)!)).toEqual(['removed:时', 'added:后']);
    expect(views.get(q.reworded)!.candidates[0]).toMatchObject({ exact: '企业普遍开始梳理多个层级的供应商', quality: 'partial' });
    expect(views.get(q.moved)!.candidates[0]).toMatchObject({ exact: '而华盛顿与东京划定两者界限的方式并不相同', sectionTitle: '三、结论' });
    expect(views.get(q.deleted)!.candidates).toEqual([]);
  });
});

describe('ranking by context', () => {
  const para = (n: number, text: string): Paragraph => ({
    id: `doc.${n}`, docId: 'doc', ordinal: n, kind: 'body', section: '1', sectionTitle: 'One', level: null, lang: 'en', text, marker: null, noteOf: null, page: n,
  });

  it('prefers, of two equally close passages, the one whose surroundings match the old prefix and suffix', () => {
    const paragraphs = [
      para(1, 'In 2021 the ministry said that export licences will be reviewed yearly, which firms welcomed.'),
      para(2, 'After the 2023 revision the ministry said that export licences will be reviewed yearly, as the law requires.'),
    ];
    const selector = { docId: 'doc', exact: 'export licences are reviewed yearly', prefix: 'the ministry said that ', suffix: ', as the law requires' };
    const found = findCandidates(selector, paragraphs);
    expect(found.map((c) => c.paragraphId)).toEqual(['doc.2', 'doc.1']);
    expect(found[0]!.similarity.quote).toBe(found[1]!.similarity.quote);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(found[0]!.exact).toBe('export licences will be reviewed yearly');
  });

  it('takes whole words where the quote had whole words', () => {
    const [c] = findCandidates({ docId: 'doc', exact: 'subsidies for domestic production', prefix: 'Finally, ', suffix: ' have become' }, [
      para(1, 'Finally, subsidy for domestic manufacturing have become a tool.'),
    ]);
    expect(c!.exact).toBe('subsidy for domestic manufacturing');
  });

  it('gives nothing for a quote with nothing like it', () => {
    expect(findCandidates({ docId: 'doc', exact: 'semiconductor equipment', prefix: '', suffix: '' }, [para(1, 'A short note on fisheries and whaling.')])).toEqual([]);
  });
});

describe('the marked differences', () => {
  it('compares Latin text word by word and Chinese character by character, grouping a reworded phrase', () => {
    expect(diffTexts('the rules were adopted in 2022', 'the new rules were adopted in 2023')).toEqual([
      { op: 'same', text: 'the ' },
      { op: 'added', text: 'new ' },
      { op: 'same', text: 'rules were adopted in ' },
      { op: 'removed', text: '2022' },
      { op: 'added', text: '2023' },
    ]);
    expect(diffTexts('两国应加强协调', '两国应进一步加强协调')).toEqual([
      { op: 'same', text: '两国应' },
      { op: 'added', text: '进一步' },
      { op: 'same', text: '加强协调' },
    ]);
    expect(diffTexts('Firms respond by mapping suppliers', 'Companies now map suppliers')).toEqual([
      { op: 'removed', text: 'Firms respond by mapping' },
      { op: 'added', text: 'Companies now map' },
      { op: 'same', text: ' suppliers' },
    ]);
  });
});
