import type { BlockSink } from './block-recorder.ts';
import { MARKER_CLASS, removeCjkSpaces, tidySpaces } from './chars.ts';
import { CorpusError } from './corpus-error.ts';
import { findEnglishBlocks } from './english-abstracts.ts';
import { endsSentence } from './final-punctuation.ts';
import { cleanMarkdown } from './markdown.ts';
import { PageMarkers } from './page-markers.ts';

// The line-per-paragraph layout (001): one paragraph per text line, but page furniture (running
// heads, footnotes) is left where the pages broke, splitting paragraphs that ran over a page.
//
// Front matter: the first line is the title and the lines before the first chapter heading are the
// title block. Only 【内容提要】 is kept (as the Chinese abstract); the title, author line, keywords,
// author notes, DOI / classification codes and the funding note (`*`) are dropped: they are
// metadata, kept in documents.json, not text anyone quotes. The editorial lines at the end
// (【来稿日期】, 【修回日期】, 【责任编辑】) are dropped for the same reason.

const CHAPTER_RE = /^([一二三四五六七八九十]+)[ \u3000]+(\S.*)$/;
const SECTION_RE = /^[（(]([一二三四五六七八九十]+)[）)]\s*(\S.*)$/;
const FOOTNOTE_RE = new RegExp(`^\\^?([${MARKER_CLASS}])\\s*(.*)$`, 'u');
const CAPTION_RE = /^(?:[图表]\s*\d+(?:[\s.：:]|$)|资料来源\s*[：:])/;
const LABEL_RE = /^【([^】]{1,40})】\s*/;
const ABSTRACT_LABELS = new Set(['内容提要', '摘要', '提要']);
const MAX_HEADING_CHARS = 60;

export function parseLineLayout(raw: string, authors: readonly string[], builder: BlockSink, name: string): void {
  const lines = raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) throw new CorpusError(name, `${name} has no text to ingest.`);
  const english = findEnglishBlocks(lines, authors);
  // Running heads repeat the title, without its footnote sign and with the spacing of the page.
  const runningHead = headKey(lines[0]!);

  let frontMatter = true;
  /** The last body paragraph stopped mid-sentence, so the next body line continues it. */
  let open = false;
  // Footnotes close a page: the first line of text after them starts the next one.
  const pageMarkers = new PageMarkers();
  let inFootnotes = false;
  let blockIndex = 0;
  for (let i = 1; i < lines.length; i++) {
    const block = english[blockIndex];
    if (block && i === block.start) {
      open = false;
      if (block.abstract !== null) {
        builder.begin('abstract', 'en', true);
        builder.append(block.abstract);
      }
      i = block.end - 1;
      blockIndex++;
      continue;
    }
    const line = cleanMarkdown(lines[i]!);
    if (headKey(line) === runningHead) continue;

    const label = LABEL_RE.exec(line);
    if (label) {
      open = false;
      if (frontMatter && ABSTRACT_LABELS.has(label[1]!.replace(/\s/g, ''))) {
        builder.begin('abstract', 'zh', true);
        builder.append(line.slice(label[0].length));
      }
      continue;
    }
    const note = FOOTNOTE_RE.exec(line);
    if (note && pageMarkers.claim(note[1]!)) {
      builder.footnote(note[1]!, note[2]!);
      inFootnotes = true;
      continue;
    }
    if (inFootnotes) {
      pageMarkers.newPage();
      inFootnotes = false;
    }
    pageMarkers.saw(line);
    const chapter = headingMatch(CHAPTER_RE, line);
    if (frontMatter && !chapter) continue;
    if (chapter) {
      frontMatter = false;
      open = false;
      const title = headingTitle(chapter[2]!);
      builder.heading(1, chapter[1]!, title, `${chapter[1]!} ${title}`, '');
      continue;
    }
    const section = headingMatch(SECTION_RE, line);
    if (section) {
      open = false;
      // The extraction printed some of these with ASCII brackets: `(三)`. The paper's are full-width.
      const label = `（${section[1]!}）`;
      const title = headingTitle(section[2]!);
      builder.heading(2, label, title, `${label}${title}`, '');
      continue;
    }
    if (CAPTION_RE.test(line)) {
      builder.caption(line);
      continue;
    }
    if (!open) builder.begin('body', 'zh');
    builder.append(line);
    open = !endsSentence(line);
  }
}

function headingMatch(re: RegExp, line: string): RegExpExecArray | null {
  if (line.length > MAX_HEADING_CHARS || endsSentence(line) || /[，；]$/.test(line)) return null;
  return re.exec(line);
}

/** Heading titles were broken over two printed lines; the break came out as a space. */
function headingTitle(raw: string): string {
  return tidySpaces(removeCjkSpaces(raw));
}

function headKey(line: string): string {
  return line.replace(/[\s*†]+/g, '');
}
