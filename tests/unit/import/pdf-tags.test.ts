import { describe, expect, it } from 'vitest';
import { extractSource, paragraphsOf } from '../../../src/main/core/corpus/import/extract.ts';
import type { Line } from '../../../src/main/core/corpus/import/pdf-lines.ts';
import { structure } from '../../../src/main/core/corpus/import/pdf-structure.ts';
import { contentTags, itemTags, judgeTags } from '../../../src/main/core/corpus/import/pdf-tags.ts';
import type { GlyphTag, TreeNode } from '../../../src/main/core/corpus/import/pdf-tags.ts';
import { exactMatches, fixtureBytes, truths } from './truth.ts';

// Tagged PDFs: the structure tree's roles (H1–H6, P, Note, L/LI, Caption) and Artifact marks are
// used where they are present and sensible; the geometry decides everything else.

describe('ja-tagged.pdf (LibreOffice, UseTaggedPDF): what only the tags can tell', () => {
  const truth = truths().find((t) => t.file === 'ja-tagged.pdf')!;

  it('reads headings and footnotes set at the body size, and a list without bullets, by their tags', async () => {
    const paragraphs = paragraphsOf('fx', await extractSource(fixtureBytes(truth.file), truth.file), null);
    const byStart = (start: string) => paragraphs.find((p) => p.text.startsWith(start));
    // Bold at the body size: a heading only because the tree says H2.
    expect(byStart('輸出管理の動向')).toMatchObject({ kind: 'heading', text: '輸出管理の動向', section: '1', page: 1 });
    expect(byStart('Outlook')).toMatchObject({ kind: 'heading', text: 'Outlook', section: '3', page: 2 });
    // Footnotes at the body size, kept apart and linked to their markers.
    const notes = paragraphs.filter((p) => p.kind === 'footnote');
    expect(notes.map((n) => [n.marker, n.text.split(/[、\s]/)[0], n.noteOf !== null])).toEqual([
      ['1', '資料は二〇二六年十月末時点のものである。', true],
      ['2', 'Export', true],
    ]);
    // Three list items, the English one too; the paragraph before them ends where its element ends.
    expect(paragraphs.filter((p) => p.kind === 'list').map((p) => p.text)).toEqual(['対象品目の範囲', '許可申請の手続', 'Deemed exports to foreign staff']);
    expect(byStart('両国の規則は')!.text.endsWith('注意する必要がある。')).toBe(true);
    // A paragraph running onto page 2 is one paragraph (joined by geometry: pdf.js gives no identity across pages).
    const across = byStart('日本は事前届出制度')!;
    expect(across.text.endsWith('審査の時期と方法は大きく異なる。')).toBe(true);
    expect(new Set(across.boxes!.map((b) => b.page))).toEqual(new Set([1, 2]));
    // The running head (an Artifact) and the page numbers are nowhere in the text.
    for (const p of paragraphs) expect(p.text).not.toContain('Economic Security Notes');
    expect(paragraphs).toHaveLength(truth.paragraphs.length);
  });

  it('is read worse by its geometry alone: the tags are what gets it right', async () => {
    const tagged = paragraphsOf('fx', await extractSource(fixtureBytes(truth.file), truth.file), null);
    const geometric = paragraphsOf('fx', await extractSource(fixtureBytes(truth.file), truth.file, { ignoreTags: true }), null);
    expect(exactMatches(truth.paragraphs, tagged.map((p) => p.text))).toBe(truth.paragraphs.length);
    expect(exactMatches(truth.paragraphs, geometric.map((p) => p.text))).toBeLessThan(truth.paragraphs.length - 5);
    expect(geometric.filter((p) => p.kind === 'footnote')).toHaveLength(0);
  });
});

describe('structure tree → role hints', () => {
  it('maps headings with levels, paragraphs, notes, list items and captions to elements; tables and figures are left to the geometry', () => {
    const content = (id: string): TreeNode => ({ type: 'content', id });
    const tree: TreeNode = {
      role: 'Root',
      children: [{
        role: 'Document',
        children: [
          { role: 'H1', children: [{ role: 'Span', children: [content('h')] }] },
          { role: 'P', children: [{ role: 'Span', children: [content('p1')] }, { role: 'Link', children: [content('ref')] }] },
          { role: 'L', children: [{ role: 'LI', children: [{ role: 'Lbl', children: [content('lbl')] }, { role: 'LBody', children: [{ role: 'P', children: [content('li')] }] }] }] },
          { role: 'Div', children: [{ role: 'Note', children: [{ role: 'P', children: [content('n1'), content('n2')] }] }] },
          { role: 'Caption', children: [content('cap')] },
          { role: 'Table', children: [{ role: 'TR', children: [{ role: 'TD', children: [{ role: 'P', children: [content('td')] }] }] }] },
          { role: 'H', children: [content('h0')] },
        ],
      }],
    };
    let n = 0;
    const tags = contentTags(tree, () => ++n);
    const kind = (id: string) => tags.get(id)?.kind;
    expect(tags.get('h')).toMatchObject({ kind: 'heading', level: 1 });
    expect(tags.get('h0')).toMatchObject({ kind: 'heading' });
    expect(tags.get('h0')!.level).toBeUndefined();
    expect([kind('p1'), kind('ref'), kind('lbl'), kind('li'), kind('n1'), kind('cap'), kind('td')]).toEqual(['body', 'body', 'list', 'list', 'footnote', 'caption', undefined]);
    // One element per paragraph, item and note: the reference belongs to its paragraph, both note parts to one note.
    expect(tags.get('ref')!.element).toBe(tags.get('p1')!.element);
    expect(tags.get('lbl')!.element).toBe(tags.get('li')!.element);
    expect(tags.get('n1')!.element).toBe(tags.get('n2')!.element);
    expect(new Set(['h', 'p1', 'li', 'n1', 'cap'].map((id) => tags.get(id)!.element)).size).toBe(5);
  });

  it('gives each text item its marked content’s role; Artifact marks furniture; unmarked text has none', () => {
    const tags = contentTags({ role: 'Document', children: [{ role: 'P', children: [{ type: 'content', id: 'mc0' }] }] }, () => 7);
    const items = [
      { type: 'beginMarkedContent', tag: 'Artifact' }, { str: '- 3 -' }, { type: 'endMarkedContent' },
      { type: 'beginMarkedContentProps', id: 'mc0', tag: 'Span' }, { str: 'Body text' }, { str: ' more' }, { type: 'endMarkedContent' },
      { str: 'unmarked' },
      { type: 'beginMarkedContentProps', id: 'mc9', tag: 'Span' }, { str: 'not in the tree' }, { type: 'endMarkedContent' },
    ];
    expect(itemTags(items, tags)).toEqual([{ artifact: true }, tags.get('mc0'), tags.get('mc0'), null, null]);
  });
});

describe('nonsensical tags fall back to the geometry', () => {
  const body = (element: number): GlyphTag => ({ artifact: false, kind: 'body', element });
  const lines = (n: number, tag: (i: number) => GlyphTag | null) => Array.from({ length: n }, (_, i) => ({ chars: 40, tag: tag(i) }));

  it('judges per-line paragraphs, one paragraph for everything, all headings and all artifacts as unusable', () => {
    expect(judgeTags(lines(40, (i) => body(Math.floor(i / 5))))).toEqual({ structure: true, artifacts: true });
    expect(judgeTags(lines(40, (i) => body(i))).structure).toBe(false);
    expect(judgeTags(lines(40, () => body(1))).structure).toBe(false);
    expect(judgeTags(lines(20, (i) => ({ artifact: false, kind: 'heading', element: i }))).structure).toBe(false);
    expect(judgeTags(lines(20, () => ({ artifact: true })))).toEqual({ structure: false, artifacts: false });
    expect(judgeTags(lines(20, () => null))).toEqual({ structure: false, artifacts: true });
  });

  const line = (text: string, y: number, tag: GlyphTag | null, size = 10.5, left = 72, right = 523): Line => ({
    page: 1, text, refs: [], size, left, right, baseline: y, vertical: false, tag, box: { page: 1, x: left, y: y - size * 0.85, width: right - left, height: size },
  });
  const page = (ls: Line[]) => [{ page: 1, width: 595, height: 842, lines: ls }];
  const texts = (ls: Line[]) => structure(page(ls)).blocks.map((b) => [b.kind, b.pieces.join('|')]);

  it('reads every-line-a-paragraph tags as if there were none, and still takes Artifact marks as furniture', () => {
    const prose = Array.from({ length: 16 }, (_, i) => `Line ${i + 1} of a paragraph that runs on${i % 8 === 7 ? '.' : ''}`);
    const ends = (i: number) => i % 8 === 7;
    const geometric = prose.map((t, i) => line(t, 100 + i * 15, null, 10.5, i % 8 === 0 ? 90 : 72, ends(i) ? 300 : 523));
    const perLine = prose.map((t, i) => ({ ...geometric[i]!, tag: body(i) }));
    expect(texts(perLine)).toEqual(texts(geometric));
    expect(texts(geometric)).toHaveLength(2);
    // A running head at the body size on a one-page document: only its Artifact mark says so.
    const head = line('Economic Security Notes', 50, null, 10.5, 72, 250);
    expect(texts([head, ...geometric]).flat().join(' ')).toContain('Economic Security Notes');
    expect(texts([{ ...head, tag: { artifact: true } }, ...geometric]).flat().join(' ')).not.toContain('Economic Security Notes');
  });
});

describe('tags and print disagreeing', () => {
  const body = (element: number): GlyphTag => ({ artifact: false, kind: 'body', element });
  const line = (text: string, y: number, tag: GlyphTag | null, size = 10.5, left = 72, right = 523): Line => ({
    page: 1, text, refs: ['1'].filter(() => text.includes('¹')), size, left, right, baseline: y, vertical: false, tag, box: { page: 1, x: left, y: y - size * 0.85, width: right - left, height: size },
  });

  it('keeps a footnote a footnote and a large heading a heading when the generator tagged both P', () => {
    const prose = Array.from({ length: 12 }, (_, i) => line(`Line ${i + 1} of the running text that goes on${i === 11 ? ' to its end.¹' : ''}`, 140 + i * 15, body(2), 10.5, i === 0 ? 90 : 72, i === 11 ? 400 : 523));
    const lines = [line('A Large Heading', 100, body(1), 16, 72, 260), ...prose, line('1 The note, printed small at the foot.', 760, body(3), 8, 72, 300)];
    const blocks = structure([{ page: 1, width: 595, height: 842, lines }]).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'body', 'footnote']);
    expect(blocks[2]).toMatchObject({ marker: '1', pieces: ['The note, printed small at the foot.'] });
  });
});
