import type { Paragraph, SourceFormat, TextLang } from '../../../../shared/types.ts';
import { assembleParagraphs } from './assemble.ts';
import type { ExtractedSource } from './blocks.ts';
import { importDocx } from './docx-importer.ts';
import { importHtml } from './html-importer.ts';
import { hyphenatedVocabulary, makeJoiner } from './join.ts';
import { cleanPageLabels, readPageLabels } from './page-labels.ts';
import { importPdf } from './pdf-importer.ts';
import type { ImportControl } from './pdf-importer.ts';
import { sniffFormat } from './sniff.ts';
import { importText } from './text-importer.ts';

export interface ExtractOptions extends ImportControl {
  /** The text encoding of a TXT/Markdown/HTML file, when the analyst chose one. */
  encoding?: string | null;
}

/** The importer registry: format → blocks. Every importer validates its input and refuses with a reason. */
export async function extractSource(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ExtractedSource> {
  const format: SourceFormat = sniffFormat(bytes, fileName);
  switch (format) {
    case 'pdf': {
      // Read beside the text, in a worker of its own with a bounded budget (page-labels.ts).
      const labels = readPageLabels(bytes);
      const extracted = await importPdf(bytes, fileName, options);
      return { ...extracted, pageLabels: cleanPageLabels(await labels, extracted.pages ?? 0) };
    }
    case 'docx':
      return importDocx(bytes, fileName);
    case 'html':
      return importHtml(bytes, fileName, { encoding: options.encoding ?? null });
    case 'txt':
    case 'md':
      return importText(bytes, fileName, format, { encoding: options.encoding ?? null });
  }
}

/** The one assembly every format shares: blocks → paragraphs with IDs under `docId`. */
export function paragraphsOf(docId: string, extracted: ExtractedSource, lang: TextLang | null): Paragraph[] {
  const joiner = makeJoiner(hyphenatedVocabulary(extracted.blocks));
  return assembleParagraphs(docId, extracted.blocks, { joiner, lang: lang ?? extracted.meta.language });
}
