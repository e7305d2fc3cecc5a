// The package around the briefing's content, made by the docx library: styles (built-in Heading
// 1–3, Title, footnote styles and ours), A4 section with margins, the header with the title, the
// footer with PAGE / NUMPAGES fields, the table-of-contents field, settings (update fields on open),
// font table, content types and relationships. The body and the footnotes go in where the
// placeholders stand (see package.ts).
import { AlignmentType, BorderStyle, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, TableOfContents, TextRun } from 'docx';
import type { IRunStylePropertiesOptions } from 'docx';
import { MUTED } from './colours.ts';
import { BODY_FACE, HEADING_FACE } from './fonts.ts';
import type { Face } from './fonts.ts';
import type { HeadingEntry } from './context.ts';

export const PLACEHOLDER = { title: '@@PM-TITLE@@', body: '@@PM-BODY@@', notes: '@@PM-NOTES@@' } as const;

/** A4 in twips, 2.54 cm top and bottom, 2.2 cm left and right. */
export const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1247, right: 1247 } as const;

const INK = '1D2733';
const HEADING_INK = '1F3A63';

function font(face: Face): IRunStylePropertiesOptions['font'] {
  return { ascii: face.latin, hAnsi: face.latin, eastAsia: face.eastAsia, cs: face.latin };
}

export interface SkeletonOptions {
  /** Document properties and the running header. */
  title: string;
  description: string;
  /** The table of contents' field alias (its heading is the last paragraph of the title block). */
  tocTitle: string;
  /** `第 {p} 页，共 {n} 页`. */
  pageWords: string;
  headings: readonly HeadingEntry[];
  creator: string;
}

function footerRuns(words: string): TextRun {
  // PageNumber.CURRENT and friends are string constants the docx writer replaces by fields.
  const children: string[] = [];
  for (const piece of words.split(/(\{p\}|\{n\})/)) {
    if (piece === '{p}') children.push(PageNumber.CURRENT);
    else if (piece === '{n}') children.push(PageNumber.TOTAL_PAGES);
    else if (piece) children.push(piece);
  }
  return new TextRun({ children, size: 18, color: MUTED, font: font(BODY_FACE) });
}

export async function skeleton(o: SkeletonOptions): Promise<Buffer> {
  const body = font(BODY_FACE);
  const heading = font(HEADING_FACE);
  const doc = new Document({
    creator: o.creator,
    lastModifiedBy: o.creator,
    title: o.title,
    description: o.description,
    // Word refreshes the table of contents' page numbers and the "see note N" references on opening.
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: body, size: 21, color: INK, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: heading, size: 40, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        // Word's own (lower-case) names for its built-in headings, which every reader maps to them.
        heading1: {
          name: 'heading 1',
          run: { font: heading, size: 30, bold: true, color: HEADING_INK },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'C9D3E0', space: 4 } } },
        },
        heading2: { name: 'heading 2', run: { font: heading, size: 24, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1 } },
        heading3: { name: 'heading 3', run: { font: heading, size: 21, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true, outlineLevel: 2 } },
        footnoteText: { run: { font: body, size: 17 }, paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
        footnoteReference: { run: { superScript: true } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: heading, size: 26, color: MUTED }, paragraph: { spacing: { after: 240 }, keepNext: true } },
        { id: 'BriefMeta', name: 'Briefing details', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 40 } } },
        { id: 'BriefNote', name: 'Briefing note', basedOn: 'Normal', run: { size: 19, color: MUTED }, paragraph: { spacing: { before: 60, after: 100 } } },
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { font: heading, size: 26, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        { id: 'Claim', name: 'Claim', basedOn: 'Normal', paragraph: { spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED } },
        {
          id: 'SourceNote', name: 'Source note', basedOn: 'Normal', run: { size: 19 },
          paragraph: { spacing: { before: 120, after: 120 }, indent: { left: 200, right: 200 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C9D3E0', space: 8 } }, shading: { fill: 'F5F7FA' } },
        },
        { id: 'AnnotationCategory', name: 'Annotation category', basedOn: 'Normal', run: { bold: true, size: 19 }, paragraph: { spacing: { before: 80, after: 40 }, keepNext: true } },
        { id: 'Annotation', name: 'Annotation', basedOn: 'Normal', run: { size: 19 }, paragraph: { indent: { left: 360 }, spacing: { after: 60 } } },
        { id: 'TableText', name: 'Table text', basedOn: 'Normal', run: { size: 17 }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
        { id: 'Bibliography', name: 'Bibliography', basedOn: 'Normal', run: { size: 19 }, paragraph: { indent: { left: 480, hanging: 480 }, spacing: { after: 80 } } },
      ],
    },
    footnotes: { 1: { children: [new Paragraph(PLACEHOLDER.notes)] } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 720, footer: 720 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'C9D3E0', space: 4 } },
                children: [new TextRun({ text: o.title, size: 17, color: MUTED, font: body })],
              }),
            ],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [footerRuns(o.pageWords)] })] }) },
        children: [
          new Paragraph(PLACEHOLDER.title),
          new TableOfContents(o.tocTitle, {
            hyperlink: true,
            headingStyleRange: '1-1',
            cachedEntries: o.headings.map((h) => ({ title: h.title, level: h.level, href: h.bookmark })),
          }),
          new Paragraph(PLACEHOLDER.body),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
