// Puts the body and the footnotes into the package the docx library wrote (skeleton.ts): each
// placeholder paragraph (or footnote) is replaced by the content written for it, and the (empty)
// font table by ours. Only those parts are recompressed; the rest is copied as docx stored it.
import { compressed, entryData, readZip, writeZip } from '../zip.ts';
import type { ZipEntry } from '../zip.ts';
import { fontTableXml } from './fonts.ts';
import { PLACEHOLDER } from './skeleton.ts';

function enclosing(xml: string, marker: string, open: RegExp, close: string): { start: number; end: number } {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`Unexpected briefing skeleton: no ${marker}`);
  let start = -1;
  for (const m of xml.slice(0, at).matchAll(open)) start = m.index;
  const end = xml.indexOf(close, at);
  if (start < 0 || end < 0) throw new Error(`Unexpected briefing skeleton: ${marker} is not inside ${close}`);
  return { start, end: end + close.length };
}

/** `parts` replaces the element around `marker`; returned as slices so large content is not copied again. */
function replaceAround(xml: string, marker: string, open: RegExp, close: string, parts: readonly Buffer[]): Buffer[] {
  const { start, end } = enclosing(xml, marker, open, close);
  return [Buffer.from(xml.slice(0, start), 'utf8'), ...parts, Buffer.from(xml.slice(end), 'utf8')];
}

export interface Content {
  /** The title block, before the table of contents. */
  title: string;
  /** Everything after the table of contents, as UTF-8 chunks. */
  body: readonly Buffer[];
  footnotes: readonly Buffer[];
}

export async function assemble(skeleton: Buffer, content: Content): Promise<Buffer> {
  const entries = readZip(skeleton);
  const out: ZipEntry[] = await Promise.all(
    entries.map(async (e) => {
      if (e.name === 'word/document.xml') {
        const xml = entryData(e).toString('utf8');
        const { start, end } = enclosing(xml, PLACEHOLDER.title, /<w:p[ >]/g, '</w:p>');
        const withTitle = `${xml.slice(0, start)}${content.title}${xml.slice(end)}`;
        return compressed(e, replaceAround(withTitle, PLACEHOLDER.body, /<w:p[ >]/g, '</w:p>', content.body));
      }
      if (e.name === 'word/footnotes.xml') {
        const xml = entryData(e).toString('utf8');
        return compressed(e, replaceAround(xml, PLACEHOLDER.notes, /<w:footnote[ >]/g, '</w:footnote>', content.footnotes));
      }
      if (e.name === 'word/fontTable.xml') return compressed(e, [Buffer.from(fontTableXml(), 'utf8')]);
      return e;
    }),
  );
  return writeZip(out);
}
