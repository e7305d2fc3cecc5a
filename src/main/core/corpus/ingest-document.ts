import type { DocumentMeta, Paragraph } from '../../../shared/types.ts';
import { BlockRecorder } from './block-recorder.ts';
import { joinPrintedLines, joinWrapped } from './chars.ts';
import { CorpusError } from './corpus-error.ts';
import { stripTrailingApparatus } from './final-punctuation.ts';
import { parseLineLayout } from './layout-lines.ts';
import { parseWrappedLayout } from './layout-wrapped.ts';
import { assembleParagraphs } from './import/assemble.ts';
import type { SourceBlock } from './import/blocks.ts';

/**
 * Rebuilds the authors' paragraphs of one source text, in reading order. Pure and deterministic:
 * the same meta and text always give the same paragraphs and IDs.
 */
export function ingestDocument(meta: DocumentMeta, raw: string): Paragraph[] {
  const { blocks, wrapped } = shippedTextBlocks(meta, raw);
  return assembleParagraphs(meta.id, blocks, { joiner: wrapped ? joinPrintedLines : joinWrapped, lang: 'zh' });
}

/**
 * The importer of the shipped text extractions: one of the two layouts reads the text into blocks
 * of the common model (import/blocks.ts), which the assembler turns into paragraphs as it does for
 * every imported source.
 */
export function shippedTextBlocks(meta: DocumentMeta, raw: string): { blocks: SourceBlock[]; wrapped: boolean } {
  const authors = meta.authors.map((a) => a.en ?? '').filter((a) => a !== '');
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new CorpusError(meta.file, `${meta.file} contains no text.`);
  const recorder = new BlockRecorder();
  const wrapped = isWrappedLayout(text);
  if (wrapped) parseWrappedLayout(text, authors, recorder, meta.file);
  else parseLineLayout(text, authors, recorder, meta.file);
  return { blocks: recorder.blocks, wrapped };
}

/**
 * The two extractions differ in kind: one printed line per text line, or one paragraph per text
 * line. In the first most lines stop mid-sentence (84% in 000); in the second most end a
 * paragraph or a footnote (70% in 001).
 */
export function isWrappedLayout(text: string): boolean {
  let lines = 0;
  let open = 0;
  for (const line of text.split('\n')) {
    const t = stripTrailingApparatus(line.trim());
    if (t === '') continue;
    lines++;
    if (!/[。.．？！?!”」』>）)]$/.test(t)) open++;
  }
  return lines > 0 && open / lines >= 0.6;
}
