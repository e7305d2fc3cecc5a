import type { PageBox, PageSize, SourceFormat, TextEncodingUsed, TextLang } from '../../../../shared/types.ts';

// The seam between formats and paragraphs. Every importer (PDF, DOCX, HTML, TXT/Markdown, and the
// two layouts of the shipped text extractions) turns its input into blocks; one assembler
// (assemble.ts) turns blocks into paragraphs with stable IDs, sections, linked footnotes and
// attached captions. An importer decides *what* a piece of text is; the assembler decides *how*
// paragraphs, IDs and links come out, the same way for every format.

export type BlockKind = 'heading' | 'body' | 'abstract' | 'footnote' | 'caption' | 'list';

/** Where a piece of text came from: the page (1-based) and, for PDFs, the printed lines' boxes. */
export interface BlockLocation {
  page: number | null;
  boxes: PageBox[];
}

export interface SourceBlock {
  kind: BlockKind;
  /**
   * The text as printed, one piece per printed line (or one piece for formats that give whole
   * paragraphs). The assembler joins pieces with the document's joiner, so an importer never has to
   * decide about spaces across line ends.
   */
  pieces: string[];
  /** Language of the text; null lets the assembler detect it from the script. */
  lang: TextLang | null;
  /** Headings: 1 for the top level. */
  level?: number;
  /**
   * Headings: the section path this heading opens (`三.2`, `2.1`). Importers of numbered
   * documents give it; otherwise the assembler numbers headings by level.
   */
  section?: string;
  /** Headings: the title without its number (defaults to the text). */
  title?: string;
  /** Footnotes: their label as printed (`①`, `3`, `*`). */
  marker?: string;
  /**
   * Body, abstract and list text: the footnote labels it carries, when the format marks them
   * (superscripts, note references). Without it, circled numbers in the text are taken as markers.
   */
  noteRefs?: string[];
  /** Abstracts and other front matter stand outside the numbered sections. */
  frontMatter?: boolean;
  /** This block continues the previous flow block of the same kind (a paragraph split by a page). */
  continues?: boolean;
  location?: BlockLocation;
}

/** What an importer hands to the assembler and the store. */
export interface ExtractedSource {
  format: SourceFormat;
  blocks: SourceBlock[];
  /** Metadata found in the file itself (PDF info/XMP, DOCX core properties, HTML meta). */
  meta: {
    title: string | null;
    authors: string[];
    date: string | null;
    publisher: string | null;
    language: TextLang | null;
    sourceUrl: string | null;
  };
  pages: number | null;
  pageSizes: PageSize[] | null;
  /** For PDFs: the page numbers the author printed, one per page (`''` where none), from /PageLabels; absent or null when the document declares none. */
  pageLabels?: string[] | null;
  /** Things the analyst should know: pages without text, footnotes that could not be linked, … */
  warnings: string[];
  /** For PDFs: pages that drew nothing readable (1-based). */
  pagesWithoutText: number[];
  /**
   * For text files and web pages, the encoding the text was read in and how it was found. Only one
   * the analyst chose is kept with the source: reading the same bytes again finds any other again.
   */
  textEncoding?: TextEncodingUsed;
}

export function emptyMeta(): ExtractedSource['meta'] {
  return { title: null, authors: [], date: null, publisher: null, language: null, sourceUrl: null };
}

export function block(kind: BlockKind, text: string, extra: Partial<SourceBlock> = {}): SourceBlock {
  return { kind, pieces: [text], lang: null, ...extra };
}
