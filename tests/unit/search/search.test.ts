import { describe, expect, it } from 'vitest';
import { HIT_CLOSE, HIT_OPEN } from '../../../src/shared/types.ts';
import { openWorkspace } from '../helpers.ts';

describe('search', () => {
  it('finds Chinese phrases through the trigram index, ranked, with highlighted snippets', () => {
    const ws = openWorkspace();
    const result = ws.search('出口管制');
    expect(result.method).toBe('fts');
    expect(result.total).toBeGreaterThan(10);
    expect(result.hits.length).toBeLessThanOrEqual(50);
    for (const hit of result.hits) {
      expect(hit.snippet).toContain(`${HIT_OPEN}出口管制${HIT_CLOSE}`);
      expect(ws.getParagraph(hit.paragraphId).text).toContain('出口管制');
    }
    // bm25: lower is better, and results come best first.
    const ranks = result.hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('counts every matching paragraph, not just the page of hits', () => {
    const ws = openWorkspace();
    const expected = ws.paragraphs.filter((p) => p.text.includes('半导体')).length;
    const result = ws.search('半导体', { limit: 3 });
    expect(result.hits).toHaveLength(3);
    expect(result.total).toBe(expected);
  });

  it('answers one- and two-character queries through the short-term index, exactly as a scan would', () => {
    const ws = openWorkspace();
    const two = ws.search('芯片');
    expect(two.method).toBe('short');
    expect(two.total).toBe(ws.paragraphs.filter((p) => p.text.includes('芯片')).length);
    expect(two.total).toBeGreaterThan(0);
    expect(two.hits[0]!.snippet).toContain(`${HIT_OPEN}芯片${HIT_CLOSE}`);
    const one = ws.search('美');
    expect(one.method).toBe('short');
    expect(one.total).toBe(ws.paragraphs.filter((p) => p.text.includes('美')).length);
    expect(one.total).toBeGreaterThan(100);
    // Best first: by how often the term occurs.
    const counts = one.hits.map((h) => ws.getParagraph(h.paragraphId).text.split('美').length - 1);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // Latin: case-insensitive substrings, as the scan matched them; mixed with a long term; one document.
    const lower = (s: string) => s.toLowerCase();
    expect(ws.search('AI').total).toBe(ws.paragraphs.filter((p) => lower(p.text).includes('ai')).length);
    const mixed = ws.search('美 出口管制');
    expect(mixed.method).toBe('short');
    expect(mixed.total).toBe(ws.paragraphs.filter((p) => p.text.includes('美') && p.text.includes('出口管制')).length);
    const scoped = ws.search('日本', { docId: 'wu-cong' });
    expect(scoped.total).toBe(ws.paragraphs.filter((p) => p.docId === 'wu-cong' && p.text.includes('日本')).length);
    expect(scoped.hits.every((h) => h.docId === 'wu-cong')).toBe(true);
    // What the index cannot hold still gets an answer, by the scan.
    expect(ws.search('\u200b').method).toBe('scan');
    for (const q of ['"', '*', '""', 'a"', '^']) expect(() => ws.search(q)).not.toThrow();
  });

  it('matches English case-insensitively and combines terms with AND', () => {
    const ws = openWorkspace();
    const lower = ws.search('rapidus');
    const upper = ws.search('RAPIDUS');
    expect(lower.total).toBeGreaterThan(0);
    expect(upper.total).toBe(lower.total);
    const both = ws.search('Rapidus IBM');
    for (const hit of both.hits) {
      const text = ws.getParagraph(hit.paragraphId).text.toLowerCase();
      expect(text).toContain('rapidus');
      expect(text).toContain('ibm');
    }
  });

  it('treats search syntax as text and limits to one document when asked', () => {
    const ws = openWorkspace();
    expect(() => ws.search('"AND OR NEAR(')).not.toThrow();
    expect(() => ws.search('*')).not.toThrow();
    const scoped = ws.search('出口管制', { docId: 'wu-cong' });
    expect(scoped.hits.every((h) => h.docId === 'wu-cong')).toBe(true);
    expect(() => ws.search('出口管制', { docId: 'nope' })).toThrow(/Unknown document/);
  });
});
