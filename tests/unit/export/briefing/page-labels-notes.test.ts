// The briefing's footnotes cite a PDF quote by the page number its author printed (the PDF's page
// labels), and by the page of the file where the PDF declares none.
import { describe, expect, it } from 'vitest';
import { Footnotes } from '../../../../src/main/core/export/briefing/notes.ts';
import type { DocumentMeta, Evidence, Paragraph, SourceInfo } from '../../../../src/shared/types.ts';
import { DOMAINS, DOCUMENTS, PARAGRAPHS } from '../fixture.ts';

function noteText(labels: string[] | null): { zh: string; en: string } {
  const source = { format: 'pdf', pages: 3, pageLabels: labels } as unknown as SourceInfo;
  const doc: DocumentMeta & { source: SourceInfo } = { ...DOCUMENTS[0]!, id: 'src-0123456789ab', source };
  const p: Paragraph = { ...PARAGRAPHS[0]!, id: 'src-0123456789ab.0000000001', docId: doc.id, page: 2, boxes: [{ page: 2, x: 72, y: 90, width: 400, height: 11 }, { page: 3, x: 72, y: 60, width: 300, height: 11 }] };
  const quote = DOMAINS[0]!.positions['US']!.evidence[0]!;
  const e: Evidence = { ...quote, docId: doc.id, paragraphId: p.id, status: 'anchored' };
  const out = { zh: '', en: '' };
  for (const lang of ['zh', 'en'] as const) {
    const notes = new Footnotes([doc], new Map([[p.id, p]]), { next: 1 });
    notes.cite([e], lang);
    out[lang] = Buffer.concat(notes.xml()).toString('utf8').replace(/<[^>]+>/g, '');
  }
  return out;
}

describe('briefing footnotes and page labels', () => {
  it('give the printed page numbers of a paragraph that runs over a page break', () => {
    const { zh, en } = noteText(['i', '46', '47']);
    expect(en).toContain('pp. 46–47');
    expect(zh).toContain('第 46–47 页');
    expect(en).not.toContain('pp. 2–3');
  });

  it('give the pages of the file when the PDF declares no labels', () => {
    const { zh, en } = noteText(null);
    expect(en).toContain('pp. 2–3');
    expect(zh).toContain('第 2–3 页');
  });
});
