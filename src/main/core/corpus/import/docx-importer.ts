import { AppError } from '../../errors.ts';
import type { ExtractedSource } from './blocks.ts';
import { htmlBlocks, parseHtmlDocument } from './html-importer.ts';
import { documentLanguage } from './lang.ts';

// Word documents through mammoth: it gives HTML with real headings, paragraphs, lists and
// footnotes (as a list of `footnote-N` items with `footnote-ref` anchors), and drops headers and
// footers. The HTML then goes through the same block reader as saved web pages.

// Unknown styles become plain paragraphs instead of a warning per style.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='Quote'] => blockquote > p:fresh"];

export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedSource> {
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, includeDefaultStyleMap: true, ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (error) {
    throw new AppError('bad-file', `${fileName} cannot be read as a Word document: ${(error as Error).message}`);
  }
  const doc = await parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const blocks = htmlBlocks(doc.body);
  if (!blocks.some((b) => b.kind !== 'heading')) throw new AppError('bad-file', `${fileName} contains no text.`);
  const core = await coreProperties(bytes);
  const language = documentLanguage(blocks.map((b) => b.pieces.join('')));
  return {
    format: 'docx',
    blocks,
    meta: {
      title: core.title ?? blocks.find((b) => b.kind === 'heading')?.pieces.join(' ') ?? null,
      authors: core.creator ? core.creator.split(/\s*[;；,、]\s*/).filter(Boolean) : [],
      date: core.created,
      publisher: null,
      language: core.language ?? language,
      sourceUrl: null,
    },
    pages: null,
    pageSizes: null,
    warnings: [],
    pagesWithoutText: [],
  };
}

/** docProps/core.xml: title, creator, created date, language. */
async function coreProperties(bytes: Uint8Array): Promise<{ title: string | null; creator: string | null; created: string | null; language: 'zh' | 'ja' | 'en' | null }> {
  const none = { title: null, creator: null, created: null, language: null };
  try {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('docProps/core.xml')?.async('string');
    if (!xml) return none;
    const tag = (name: string) => {
      const m = new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml);
      return m ? decodeEntities(m[1]!).trim() || null : null;
    };
    const lang = tag('dc:language')?.toLowerCase() ?? '';
    return {
      title: tag('dc:title'),
      creator: tag('dc:creator'),
      created: tag('dcterms:created')?.slice(0, 10) ?? null,
      language: lang.startsWith('zh') ? 'zh' : lang.startsWith('ja') ? 'ja' : lang.startsWith('en') ? 'en' : null,
    };
  } catch {
    return none;
  }
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
