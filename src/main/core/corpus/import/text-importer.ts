import { AppError } from '../../errors.ts';
import { block, emptyMeta } from './blocks.ts';
import type { ExtractedSource, SourceBlock } from './blocks.ts';
import { decodeText } from './charset.ts';
import { documentLanguage } from './lang.ts';
import { noteRefText } from './notes.ts';

// Plain text and Markdown. Paragraphs are separated by blank lines (a file without any blank line
// has one paragraph per line); Markdown adds headings, list items and footnotes.

const HEADING_RE = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const LIST_RE = /^[ \t]{0,3}(?:[-*+•・]|\d{1,3}[.)])[ \t]+(.*)$/;
const FOOTNOTE_DEF_RE = /^\[\^([^\]\s]{1,20})\]:[ \t]*(.*)$/;
const FOOTNOTE_REF_RE = /\[\^([^\]\s]{1,20})\]/g;
const FENCE_RE = /^[ \t]{0,3}(```|~~~)/;

export function importText(bytes: Uint8Array, fileName: string, format: 'txt' | 'md', options: { encoding?: string | null } = {}): ExtractedSource {
  const decoded = decodeText(bytes, { choice: options.encoding ?? null });
  if (!decoded) {
    throw new AppError(
      'bad-file',
      `${fileName}: the text is in none of the encodings that can be detected (UTF-8, UTF-16, GB18030, Shift_JIS, EUC-JP, Big5). Choose the encoding and try again.`,
    );
  }
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex -- a control character means the file is not text
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new AppError('bad-file', `${fileName} is not a text file (it contains control characters).`);
  const lines = text.split('\n');
  const blocks = format === 'md' ? markdownBlocks(lines) : plainBlocks(lines);
  if (!blocks.some((b) => b.kind !== 'heading' && b.pieces.join('').trim() !== '')) throw new AppError('bad-file', `${fileName} contains no text.`);
  const meta = emptyMeta();
  meta.title = blocks.find((b) => b.kind === 'heading')?.pieces.join(' ') ?? null;
  meta.language = documentLanguage(blocks.map((b) => b.pieces.join('')));
  const warnings = decoded.how === 'detected' && decoded.encoding !== 'utf-8' ? [`The text was read as ${decoded.encoding} (detected); choose another encoding if it looks wrong.`] : [];
  return { format, blocks, meta, pages: null, pageSizes: null, warnings, pagesWithoutText: [], ...(decoded.how === 'chosen' ? { chosenEncoding: decoded.encoding } : {}) };
}

function plainBlocks(lines: string[]): SourceBlock[] {
  const hasBlank = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
  const blocks: SourceBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ kind: 'body', pieces: current, lang: null });
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') flush();
    else if (!hasBlank) blocks.push(block('body', line));
    else current.push(line);
  }
  flush();
  return blocks;
}

function markdownBlocks(lines: string[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: SourceBlock | null = null;
  let fence: string | null = null;
  const flush = () => {
    if (current && current.pieces.length > 0) blocks.push(current);
    current = null;
  };
  let i = 0;
  // YAML front matter is metadata, not text.
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) i = end + 1;
  }
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (fence !== null) {
      if (line.startsWith(fence)) {
        fence = null;
        flush();
      } else (current ??= { kind: 'body', pieces: [], lang: null }).pieces.push(raw);
      continue;
    }
    const fenceMatch = FENCE_RE.exec(raw);
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!;
      continue;
    }
    if (line === '') {
      flush();
      continue;
    }
    const next = lines[i + 1]?.trim() ?? '';
    if (current === null && /^(=+|-+)$/.test(next) && !LIST_RE.test(raw)) {
      blocks.push(block('heading', inline(line).text, { level: next.startsWith('=') ? 1 : 2 }));
      i++;
      continue;
    }
    const heading = HEADING_RE.exec(line);
    if (heading) {
      flush();
      blocks.push(block('heading', inline(heading[2]!).text, { level: heading[1]!.length }));
      continue;
    }
    const note = FOOTNOTE_DEF_RE.exec(line);
    if (note) {
      flush();
      current = { kind: 'footnote', pieces: [inline(note[2]!).text], lang: null, marker: note[1]! };
      continue;
    }
    const item = LIST_RE.exec(raw);
    if (item) {
      flush();
      const { text, refs } = inline(line);
      current = { kind: 'list', pieces: [text], lang: null, noteRefs: refs };
      continue;
    }
    if (/^(?:\*\s*){3,}$|^(?:-\s*){3,}$|^(?:_\s*){3,}$/.test(line)) {
      flush();
      continue;
    }
    const { text, refs } = inline(line.replace(/^>\s?/, ''));
    if (!current) current = { kind: 'body', pieces: [], lang: null, noteRefs: [] };
    current.pieces.push(text);
    if (current.noteRefs) current.noteRefs.push(...refs);
  }
  flush();
  return blocks;
}

/** Inline Markdown → the text a reader sees: links by their label, emphasis and code marks dropped, note refs as superscripts. */
function inline(line: string): { text: string; refs: string[] } {
  const refs: string[] = [];
  const text = line
    .replace(FOOTNOTE_REF_RE, (_, label: string) => {
      refs.push(label);
      return noteRefText(label);
    })
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)\s]+(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<(https?:\/\/[^\s<>]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, '$1$2')
    .replace(/(^|[^_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
  return { text, refs };
}
