// Page labels: read from /PageLabels in a bounded worker, checked, kept with the source; a hostile
// label tree leaves the labels out and the import goes on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPageLabels, MAX_LABEL_LENGTH, readPageLabels } from '../../../src/main/core/corpus/import/page-labels.ts';
import { distinctLabel, labelOf } from '../../../src/shared/page-labels.ts';
import { openWorkspace, tempDir } from '../helpers.ts';
import { labelPdf } from './label-pdf.ts';

const read = async (bytes: Uint8Array, pages: number) => cleanPageLabels(await readPageLabels(bytes), pages);

describe('cleanPageLabels', () => {
  it('keeps one trimmed printable label per page, numbers as text', () => {
    expect(cleanPageLabels(['i', ' ii ', 45, '46'], 4)).toEqual(['i', 'ii', '45', '46']);
    expect(cleanPageLabels(['A-1', '', 'A-3'], 3)).toEqual(['A-1', '', 'A-3']);
  });

  it('refuses labels that are not one string per page, too long, with control characters, or only the index again', () => {
    expect(cleanPageLabels(['i', 'ii'], 3)).toBeNull();
    expect(cleanPageLabels('i,ii', 2)).toBeNull();
    expect(cleanPageLabels(['i', { s: 'ii' }], 2)).toBeNull();
    expect(cleanPageLabels(['i', 'x'.repeat(MAX_LABEL_LENGTH + 1)], 2)).toBeNull();
    expect(cleanPageLabels(['i', 'a\u0000b'], 2)).toBeNull();
    expect(cleanPageLabels(['1', '2', '3'], 3)).toBeNull();
    expect(cleanPageLabels(['', '', ''], 3)).toBeNull();
    expect(cleanPageLabels([], 0)).toBeNull();
  });

  it('labelOf and distinctLabel name a page by its printed number only when there is one worth saying', () => {
    const labels = ['i', '', '3', '47'];
    expect([1, 2, 3, 4, 5].map((p) => labelOf(labels, p))).toEqual(['i', null, '3', '47', null]);
    expect([1, 2, 3, 4].map((p) => distinctLabel(labels, p))).toEqual(['i', null, null, '47']);
    expect(labelOf(null, 1)).toBeNull();
  });
});

describe('reading /PageLabels from a PDF', () => {
  it('front matter in roman numerals, then the article numbered from 45', async () => {
    const bytes = labelPdf(5, '<< /Nums [0 << /S /r >> 2 << /S /D /St 45 >> 4 << /S /D /P (A-) >>] >>');
    expect(await read(bytes, 5)).toEqual(['i', 'ii', '45', '46', 'A-1']);
  });

  it('a document without labels, or whose labels are the page index, has none', async () => {
    expect(await read(labelPdf(2, null), 2)).toBeNull();
    expect(await read(labelPdf(3, '<< /Nums [0 << /S /D >>] >>'), 3)).toBeNull();
  });

  it('a tree that loops back on itself, a prefix that is not a string, or an unknown style: no labels', async () => {
    expect(await read(labelPdf(3, '5 0 R', ['<< /Kids [5 0 R] >>']), 3)).toBeNull();
    expect(await read(labelPdf(3, '5 0 R', ['<< /Kids [6 0 R] >>', '<< /Kids [5 0 R] >>']), 3)).toBeNull();
    expect(await read(labelPdf(3, '<< /Nums [0 << /S /D /P 12 >>] >>'), 3)).toBeNull();
    expect(await read(labelPdf(3, '<< /Nums [0 << /S /Q >>] >>'), 3)).toBeNull();
    expect(await read(labelPdf(3, '<< /Nums [0 (not a dictionary)] >>'), 3)).toBeNull();
  });

  it('a very long prefix is not a printed page number', async () => {
    expect(await read(labelPdf(3, `<< /Nums [0 << /S /D /P (${'x'.repeat(20_000)}) >>] >>`), 3)).toBeNull();
  });

  it('an absurd start makes labels millions of characters long: the reading runs out of its budget, no labels', async () => {
    // pdf.js alone builds ~3.8 million letters per page here (1.6 GB for 200 pages).
    expect(await read(labelPdf(300, '<< /Nums [0 << /S /A /St 100000000 >>] >>'), 300)).toBeNull();
    // An absurd count of entries costs what the file costs to parse, and the labels still come out.
    const nums = Array.from({ length: 20_000 }, (_, i) => `${i} << /S /r >>`).join(' ');
    expect(await read(labelPdf(2, `<< /Nums [${nums}] >>`), 2)).toEqual(['i', 'i']);
  }, 60_000);

  it('bytes that are no PDF give no labels and no error', async () => {
    expect(await readPageLabels(new TextEncoder().encode('%PDF-1.7 not really'))).toBeNull();
  });
});

describe('page labels through an import', () => {
  it('are kept beside the page sizes, and a hostile tree still imports without them', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'journal.pdf');
    const hostile = path.join(dir, 'hostile.pdf');
    fs.writeFileSync(good, labelPdf(3, '<< /Nums [0 << /S /D /St 45 >>] >>'));
    fs.writeFileSync(hostile, labelPdf(40, '<< /Nums [0 << /S /A /St 100000000 >>] >>'));
    const ws = openWorkspace();
    const a = await ws.sources.import(good, { worker: false });
    const b = await ws.sources.import(hostile);
    const info = (id: string) => ws.listDocuments().find((d) => d.id === id)!.source!;
    expect(info(a.id)).toMatchObject({ pages: 3, pageLabels: ['45', '46', '47'] });
    expect(info(a.id).pageSizes).toHaveLength(3);
    expect(info(b.id)).toMatchObject({ pages: 40, pageLabels: null });
    expect(ws.listParagraphs(b.id).length).toBeGreaterThan(0);
  }, 60_000);
});
