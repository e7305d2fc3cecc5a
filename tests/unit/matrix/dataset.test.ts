import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetJsonSchema, loadDataset, parseDataset } from '../../../src/main/core/matrix/dataset.ts';
import type { Dataset } from '../../../src/main/core/matrix/dataset.ts';
import { anchorQuote, indexParagraphs } from '../../../src/main/core/matrix/anchor.ts';
import { loadCorpus } from '../../../src/main/core/corpus/ingest.ts';
import type { Paragraph } from '../../../src/shared/types.ts';
import { DATA_DIR } from '../helpers.ts';

const NAMED_DOMAINS = [
  'export-control',
  'investment-review',
  'semiconductors',
  'clean-network-5g',
  'digital-trade',
  'supply-chain',
  'china-tech-perception',
  'rule-making',
  'multilateral-frameworks',
  'domestic-politics',
  'bilateral-mechanisms',
];

describe('the curated matrix dataset', () => {
  let dataset: Dataset;
  let paragraphs: Paragraph[];
  beforeAll(() => {
    dataset = loadDataset(DATA_DIR);
    paragraphs = loadCorpus(DATA_DIR).paragraphs;
  });

  it('matches its schema, and data/matrix/schema.json is generated from it', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'matrix', 'schema.json'), 'utf8'));
    expect(committed).toEqual(datasetJsonSchema());
  });

  it('has every named domain, in order, and both actors', () => {
    const ids = dataset.domains.map((d) => d.id);
    expect(ids.slice(0, NAMED_DOMAINS.length)).toEqual(NAMED_DOMAINS);
    expect(dataset.actors.map((a) => a.id)).toEqual(['US', 'JP']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every domain both positions in both languages, an alignment with a reason, and evidence everywhere', () => {
    for (const d of dataset.domains) {
      expect(d.name.zh && d.name.en, d.id).toBeTruthy();
      expect(d.alignment.reason.zh.length, `${d.id} reason zh`).toBeGreaterThan(5);
      expect(d.alignment.reason.en.length, `${d.id} reason en`).toBeGreaterThan(10);
      expect(d.alignment.evidence.length, `${d.id} alignment evidence`).toBeGreaterThan(0);
      for (const actor of ['US', 'JP']) {
        const p = d.positions[actor];
        expect(p, `${d.id}/${actor}`).toBeDefined();
        expect(p!.summary.zh.length, `${d.id}/${actor} zh`).toBeGreaterThan(10);
        expect(p!.summary.en.length, `${d.id}/${actor} en`).toBeGreaterThan(20);
        expect(/[\u4e00-\u9fff]/.test(p!.summary.zh), `${d.id}/${actor} zh is Chinese`).toBe(true);
        expect(/[\u4e00-\u9fff]/.test(p!.summary.en), `${d.id}/${actor} en has no Chinese characters`).toBe(false);
        expect(p!.evidence.length, `${d.id}/${actor} evidence`).toBeGreaterThan(0);
      }
    }
  });

  it('notes where the papers disagree on the founding of Rapidus', () => {
    const semis = dataset.domains.find((d) => d.id === 'semiconductors')!;
    expect(semis.sourceNote?.en).toMatch(/Rapidus/);
  });

  it('uses both papers', () => {
    const docs = new Set(dataset.domains.flatMap((d) => [...d.alignment.evidence, ...Object.values(d.positions).flatMap((p) => p.evidence)]).map((q) => q.docId));
    expect([...docs].sort()).toEqual(['gui-yongtao', 'wu-cong']);
  });

  it('every quote is found verbatim, with its context, in exactly one ingested paragraph', () => {
    const index = indexParagraphs(paragraphs);
    const perDoc: Record<string, number> = {};
    let total = 0;
    const failures: string[] = [];
    for (const d of dataset.domains) {
      const cells: Array<[string, Dataset['domains'][number]['alignment']['evidence']]> = [
        [`${d.id}/alignment`, d.alignment.evidence],
        ...Object.entries(d.positions).map(([a, p]) => [`${d.id}/${a}`, p.evidence] as [string, typeof p.evidence]),
      ];
      for (const [where, quotes] of cells) {
        for (const q of quotes) {
          total++;
          perDoc[q.docId] = (perDoc[q.docId] ?? 0) + 1;
          const evidence = anchorQuote(q, index, { id: 'test', origin: 'baseline' });
          if (evidence.status !== 'anchored') {
            failures.push(`${where}: «${q.exact}» ${evidence.problem}`);
            continue;
          }
          const paragraph = paragraphs.find((p) => p.id === evidence.paragraphId)!;
          const withContext = q.prefix + q.exact + q.suffix;
          const holders = paragraphs.filter((p) => p.docId === q.docId && p.text.includes(withContext));
          if (holders.length !== 1) failures.push(`${where}: «${q.exact}» with context found in ${holders.length} paragraphs`);
          expect(paragraph.text.slice(evidence.start!, evidence.start! + q.exact.length)).toBe(q.exact);
        }
      }
    }
    console.log(`anchored ${total - failures.length}/${total} quotes; per paper: ${JSON.stringify(perDoc)}`);
    expect(failures).toEqual([]);
  });

  it('rejects a dataset that breaks the schema, naming the problem', () => {
    const broken = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'matrix', 'matrix.json'), 'utf8'));
    broken.domains[0].positions.JP.evidence = [];
    broken.domains[1].alignment.value = 'sort-of';
    expect(() => parseDataset(JSON.stringify(broken), 'test.json')).toThrow(/does not match the matrix schema/);
    expect(() => parseDataset('{', 'test.json')).toThrow(/not valid JSON/);
  });
});

describe('anchorQuote', () => {
  const p = (id: string, text: string): Paragraph => ({
    id, docId: 'd', ordinal: 1, kind: 'body', section: '一', sectionTitle: 't', level: null, lang: 'zh', text, marker: null, noteOf: null,
  });
  const index = indexParagraphs([p('d.1', '美国强化出口管制。日本也强化出口管制。'), p('d.2', '其他段落。')]);

  it('uses prefix and suffix to choose between occurrences', () => {
    const second = anchorQuote({ docId: 'd', exact: '强化出口管制', prefix: '日本也', suffix: '。' }, index, { id: 'x', origin: 'baseline' });
    expect(second).toMatchObject({ status: 'anchored', paragraphId: 'd.1', start: 12 });
    const first = anchorQuote({ docId: 'd', exact: '强化出口管制', prefix: '美国', suffix: '。日本' }, index, { id: 'x', origin: 'baseline' });
    expect(first.start).toBe(2);
  });

  it('reports a quote that no longer matches as broken, with the reason', () => {
    const gone = anchorQuote({ docId: 'd', exact: '不存在的引文', prefix: '', suffix: '' }, index, { id: 'x', origin: 'baseline' });
    expect(gone).toMatchObject({ status: 'broken', paragraphId: null });
    expect(gone.problem).toMatch(/no longer occurs verbatim/);
    const noDoc = anchorQuote({ docId: 'zz', exact: '出口管制', prefix: '', suffix: '' }, index, { id: 'x', origin: 'baseline' });
    expect(noDoc.problem).toMatch(/not in the corpus/);
  });
});
