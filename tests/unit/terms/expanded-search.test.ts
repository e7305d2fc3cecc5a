import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTermSources } from '../../../src/main/core/terms/load.ts';
import { similarity, termKey } from '../../../src/main/core/terms/normalize.ts';
import { buildTermIndex } from '../../../src/main/core/terms/term-index.ts';
import { copyDataDir, DATA_DIR, openWorkspace, tempDir } from '../helpers.ts';

const textOf = (ws: ReturnType<typeof openWorkspace>, id: string) => ws.getParagraph(id).text;

describe('search in both languages', () => {
  it('finds the Chinese paragraphs for an English term and says what it searched', () => {
    const ws = openWorkspace();
    expect(ws.search('Entity List').total).toBe(0);
    const result = ws.searchExpanded('Entity List');
    const expected = ws.paragraphs.filter((p) => p.text.includes('实体清单')).length;
    expect(expected).toBeGreaterThan(0);
    expect(result.total).toBe(expected);
    expect(result.hits.every((h) => textOf(ws, h.paragraphId).includes('实体清单'))).toBe(true);
    expect(result.expansion?.terms).toEqual([{ typed: 'Entity List', alsoSearched: [{ text: '实体清单', total: expected }] }]);
    expect(result.expansion?.noHits).toBeNull();
  });

  it('finds the Foreign Direct Product Rule under its Chinese name', () => {
    const ws = openWorkspace();
    const result = ws.searchExpanded('foreign direct product rule');
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.every((h) => textOf(ws, h.paragraphId).includes('外国直接产品规则'))).toBe(true);
  });

  it('searches a Chinese term under its English names too, keeping the typed hits first', () => {
    const ws = openWorkspace();
    const exact = ws.search('出口管制', { limit: 500 });
    const result = ws.searchExpanded('出口管制', { limit: 500 });
    const english = result.expansion!.terms[0]!.alsoSearched.find((a) => a.text.toLowerCase().startsWith('export control'))!;
    expect(english.total).toBeGreaterThan(0);
    // The English abstracts mention export control; they are added after the Chinese hits.
    expect(result.total).toBe(exact.total + english.total);
    expect(result.hits.slice(0, exact.total).map((h) => h.paragraphId).sort()).toEqual(exact.hits.map((h) => h.paragraphId).sort());
    const added = result.hits.slice(exact.total);
    expect(added.length).toBe(english.total);
    expect(added.every((h) => /export control/i.test(textOf(ws, h.paragraphId)))).toBe(true);
  });

  it('when the typed query fills the page, shows its hits and still counts every other name', () => {
    const ws = openWorkspace();
    const exact = ws.search('出口管制', { limit: 3 });
    expect(exact.total).toBeGreaterThan(3);
    const result = ws.searchExpanded('出口管制', { limit: 3 });
    expect(result.hits).toEqual(exact.hits);
    const names = result.expansion!.terms[0]!.alsoSearched;
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.total, name.text).toBe(ws.search(name.text).total);
    expect(result.total).toBe(ws.searchExpanded('出口管制', { limit: 500 }).total);
  });

  it('finds a titled law whatever brackets or case the query uses', () => {
    const ws = openWorkspace();
    for (const q of ['CHIPS and Science Act', 'chips act', '《芯片与科学法案》']) {
      const result = ws.searchExpanded(q);
      expect(result.total, q).toBeGreaterThanOrEqual(3);
      expect(result.hits.every((h) => textOf(ws, h.paragraphId).includes('芯片与科学法案')), q).toBe(true);
    }
  });

  it('suggests the term the papers use for a near miss, and why nothing was found', () => {
    const ws = openWorkspace();
    const result = ws.searchExpanded('芯片法案');
    expect(result.total).toBe(0);
    expect(result.expansion?.noHits).toEqual({ code: 'not-in-papers' });
    const first = result.expansion!.suggestions[0]!;
    expect(first.text).toBe('芯片与科学法案');
    expect(first.total).toBe(ws.search('芯片与科学法案').total);
    // Every suggestion finds something.
    expect(result.expansion!.suggestions.every((s) => s.total > 0)).toBe(true);
  });

  it('suggests an English term for a misspelling, and says the papers are Chinese', () => {
    const ws = openWorkspace();
    const result = ws.searchExpanded('Entity Lsit');
    expect(result.total).toBe(0);
    expect(result.expansion?.noHits).toEqual({ code: 'no-chinese-name' });
    expect(result.expansion?.suggestions[0]).toMatchObject({ text: 'Entity List', lang: 'en' });
    expect(result.expansion!.suggestions[0]!.total).toBeGreaterThan(0);
  });

  it('says when each term occurs but never in the same paragraph', () => {
    const ws = openWorkspace();
    const result = ws.searchExpanded('Rapidus 关税');
    expect(result.total).toBe(0);
    const why = result.expansion?.noHits;
    expect(why?.code).toBe('never-together');
    if (why?.code !== 'never-together') return;
    expect(why.terms.map((t) => t.text)).toEqual(['Rapidus', '关税']);
    expect(why.terms.every((t) => t.total > 0)).toBe(true);
  });

  it('offers nothing for a query with no close term, and explains', () => {
    const ws = openWorkspace();
    const result = ws.searchExpanded('香蕉量子');
    expect(result.total).toBe(0);
    expect(result.expansion).toMatchObject({ suggestions: [], noHits: { code: 'not-in-papers' } });
  });

  it('counts a union exactly when a page holds every hit, and marks it an estimate otherwise', () => {
    const ws = openWorkspace();
    const all = ws.searchExpanded('National Security Strategy', { limit: 500 });
    expect(all.expansion?.totalExact).toBe(true);
    const union = new Set(all.hits.map((h) => h.paragraphId));
    expect(all.total).toBe(union.size);
    const page = ws.searchExpanded('National Security Strategy', { limit: 1 });
    expect(page.hits).toHaveLength(1);
    expect(page.expansion?.totalExact).toBe(false);
    expect(page.total).toBeGreaterThanOrEqual(all.total);
  });
});

describe('the term list', () => {
  const sources = loadTermSources(DATA_DIR);

  it('names every instrument tag of the shipped matrix in Chinese', () => {
    const matrix = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'matrix', 'matrix.json'), 'utf8')) as {
      domains: Array<{ positions: Record<string, { instruments: string[] }> }>;
    };
    const tags = new Set(matrix.domains.flatMap((d) => Object.values(d.positions).flatMap((p) => p.instruments)));
    const named = new Set(sources.instruments.map((i) => i.en));
    expect([...tags].filter((t) => !named.has(t))).toEqual([]);
  });

  it('merges the glossary and the tags into one group per concept, without joining unrelated names', () => {
    const ws = openWorkspace();
    const index = buildTermIndex(sources, ws.paragraphs);
    const chips = index.byKey.get(termKey('CHIPS and Science Act'))!;
    expect(index.byKey.get(termKey('《芯片与科学法案》'))).toBe(chips);
    expect(chips.searchForms).toContain('芯片与科学法案');
    // A tag's bracketed list of companies is not an abbreviation of Open RAN.
    expect(index.byKey.get(termKey('Open RAN'))).not.toBe(index.byKey.get(termKey('NEC')));
    // A bracketed abbreviation is: 外国投资委员会（CFIUS）.
    expect(index.byKey.get(termKey('CFIUS'))!.zh).toContain('外国投资委员会');
    // The papers' own titled names are near-miss candidates.
    expect(index.vocabulary.some((v) => v.text === '小院高墙')).toBe(true);
  });

  it('folds brackets, width, case and English plurals into one key', () => {
    expect(termKey('《芯片与科学法案》')).toBe(termKey('芯片与科学法案'));
    expect(termKey('Export Controls')).toBe(termKey('export control'));
    expect(termKey('ＣＦＩＵＳ')).toBe(termKey('cfius'));
    expect(termKey('经济版“2+2”')).toBe(termKey('经济版 2+2'));
    expect(similarity(termKey('芯片法案'), termKey('芯片与科学法案'))).toBeGreaterThanOrEqual(0.5);
    expect(similarity(termKey('芯片法案'), termKey('芯片四方联盟'))).toBeLessThan(0.5);
    expect(similarity(termKey('entity lsit'), termKey('entity list'))).toBeGreaterThan(0.7);
  });

  it('works without a terms folder: search is then exactly as typed', () => {
    const data = copyDataDir();
    fs.rmSync(path.join(data, 'terms'), { recursive: true });
    const ws = openWorkspace(tempDir(), { dataDir: data });
    const result = ws.searchExpanded('Entity List');
    expect(result.total).toBe(0);
    expect(result.expansion?.terms).toEqual([]);
  });

  it('refuses a malformed term file before touching the database', () => {
    const data = copyDataDir();
    fs.writeFileSync(path.join(data, 'terms', 'glossary.json'), '{"version":1,"terms":[{"zh":[],"en":["x"]}]}');
    const dir = tempDir();
    expect(() => openWorkspace(dir, { dataDir: data })).toThrow(/glossary\.json does not match/);
    expect(fs.existsSync(path.join(dir, 'policy-matrix.db'))).toBe(false);
  });
});
