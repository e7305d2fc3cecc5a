import { AppError } from '../../errors.ts';
import type { ExtractedSource, SourceBlock } from './blocks.ts';
import { decodeText } from './charset.ts';
import { documentLanguage } from './lang.ts';
import { noteRefText } from './notes.ts';

// Web pages saved from a browser: decoded by their declared charset, reduced to the main text by
// Readability (no navigation, banners, share links or footers), then read into blocks. Nothing in
// the page runs: linkedom parses, it executes no scripts and loads nothing.

// The few DOM members read here, typed locally: linkedom's own types lean on the DOM library, which
// the main process does not load.
interface El {
  readonly tagName: string;
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly children: ArrayLike<El> & Iterable<El>;
  readonly childNodes: ArrayLike<El> & Iterable<El>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
  closest(selector: string): El | null;
}
interface Doc extends El {
  readonly body: El | null;
  readonly documentElement: El | null;
}

// Loaded on first use: every command-line start would otherwise pay for the HTML parser.
let linkedom: Promise<{ parseHTML(html: string): { document: unknown } }> | null = null;

export async function parseHtmlDocument(html: string): Promise<Doc> {
  linkedom ??= import('linkedom') as Promise<{ parseHTML(html: string): { document: unknown } }>;
  return (await linkedom).parseHTML(html).document as Doc;
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1]! : null;
}

export async function importHtml(bytes: Uint8Array, fileName: string, options: { encoding?: string | null } = {}): Promise<ExtractedSource> {
  const declared = declaredCharset(bytes);
  const decoded = decodeText(bytes, { choice: options.encoding ?? null, declared });
  if (!decoded) throw new AppError('bad-file', `${fileName}: the page's text cannot be decoded${declared ? ` as ${declared}` : ''}. Choose the encoding and try again.`);
  const doc = await parseHtmlDocument(decoded.text);
  const meta = pageMeta(doc);
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(doc.body?.textContent ?? '');
  // Readability's thresholds count characters as Latin text needs them; CJK says more per character.
  const { Readability } = await import('@mozilla/readability');
  const article = new Readability(doc as unknown as Document, { charThreshold: cjk ? 20 : 200, keepClasses: false }).parse();
  if (!article || !article.content) throw new AppError('bad-file', `${fileName} has no main text that could be found (is it a navigation or index page?).`);
  const content = await parseHtmlDocument(`<!DOCTYPE html><html><body>${article.content}</body></html>`);
  const blocks = htmlBlocks(content.body);
  const title = meta.title ?? article.title ?? null;
  // Readability may lift the article's own heading into its title; put it back as the first heading.
  if (title && !blocks.some((b) => b.kind === 'heading' && b.pieces.join('') === title) && doc.querySelector('h1')?.textContent?.trim() === title) {
    blocks.unshift({ kind: 'heading', pieces: [title], lang: null, level: 1 });
  }
  // A dateline or byline above the headline (`张伟 · 2025-05-20`) is metadata, not the author's text.
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  for (let i = firstHeading - 1; i >= 0; i--) {
    const t = blocks[i]!.pieces.join('');
    if (t.length < 80 && ((meta.author && t.includes(meta.author)) || (meta.date && t.includes(meta.date)))) blocks.splice(i, 1);
  }
  const textChars = blocks.filter((b) => b.kind !== 'heading').reduce((n, b) => n + b.pieces.join('').length, 0);
  if (textChars < 20) throw new AppError('bad-file', `${fileName} has no main text that could be found (is it a navigation or index page?).`);
  const warnings = decoded.how === 'detected' && decoded.encoding !== 'utf-8' ? [`The page declares no charset; it was read as ${decoded.encoding}.`] : [];
  return {
    format: 'html',
    blocks,
    meta: {
      title,
      authors: meta.author ? [meta.author] : article.byline ? [article.byline] : [],
      date: meta.date ?? (article.publishedTime ? article.publishedTime.slice(0, 10) : null),
      publisher: meta.publisher ?? article.siteName ?? null,
      language: meta.language ?? documentLanguage(blocks.map((b) => b.pieces.join(''))),
      sourceUrl: meta.url,
    },
    pages: null,
    pageSizes: null,
    warnings,
    pagesWithoutText: [],
    ...(decoded.how === 'chosen' ? { chosenEncoding: decoded.encoding } : {}),
  };
}

function pageMeta(doc: Doc) {
  const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const rawTitle = content('meta[property="og:title"]') ?? doc.querySelector('title')?.textContent?.trim() ?? null;
  const publisher = content('meta[property="og:site_name"]');
  // `<title>Article - Site</title>`: the site name is not part of the title.
  const title = rawTitle && publisher ? rawTitle.replace(new RegExp(`\\s*[-|–—·]\\s*${escapeRe(publisher)}\\s*$`), '') : rawTitle;
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const date = content('meta[name="date"]') ?? content('meta[property="article:published_time"]') ?? content('meta[name="dc.date"]');
  return {
    title: title || null,
    author: content('meta[name="author"]'),
    date: date ? date.slice(0, 10) : null,
    publisher,
    url: content('meta[property="og:url"]') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    language: lang.startsWith('zh') ? ('zh' as const) : lang.startsWith('ja') ? ('ja' as const) : lang.startsWith('en') ? ('en' as const) : null,
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'CAPTION', 'DT', 'DD', 'PRE']);

/**
 * Block elements → blocks. Footnotes: mammoth writes `li#footnote-N` with `sup > a[href=#footnote-N]`
 * references; web pages use any `sup > a[href=#id]` whose target is a list item. References become
 * superscript digits in the text; back-links (`↑`, `↩`) are dropped.
 */
export function htmlBlocks(root: El | null): SourceBlock[] {
  if (!root) return [];
  const noteIds = new Map<string, string>();
  let n = 0;
  for (const a of root.querySelectorAll('sup a[href^="#"], a.footnote-ref, a[role="doc-noteref"]')) {
    const id = a.getAttribute('href')!.slice(1);
    const target = id ? root.querySelector(`[id="${id.replace(/"/g, '')}"]`) : null;
    if (!target || (target.tagName !== 'LI' && !target.closest('li'))) continue;
    if (!noteIds.has(id)) noteIds.set(id, labelOf(a.textContent ?? '', ++n));
  }
  const blocks: SourceBlock[] = [];
  const walk = (el: El): void => {
    for (const child of [...el.children] as El[]) {
      const tag = child.tagName;
      const id = child.getAttribute('id');
      if (tag === 'LI' && id && noteIds.has(id)) {
        const { text } = inlineText(child, noteIds, true);
        if (text) blocks.push({ kind: 'footnote', pieces: [text], lang: null, marker: noteIds.get(id)! });
        continue;
      }
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NAV' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
      if (BLOCK_TAGS.has(tag) && !hasBlockChildren(child)) {
        const { text, refs } = inlineText(child, noteIds, false);
        if (!text) continue;
        const heading = /^H([1-6])$/.exec(tag);
        if (heading) blocks.push({ kind: 'heading', pieces: [text], lang: null, level: Number(heading[1]) });
        else if (tag === 'LI') blocks.push({ kind: 'list', pieces: [text], lang: null, noteRefs: refs });
        else if (tag === 'FIGCAPTION' || tag === 'CAPTION') blocks.push({ kind: 'caption', pieces: [text], lang: null });
        else blocks.push({ kind: 'body', pieces: [text], lang: null, noteRefs: refs });
        continue;
      }
      walk(child);
    }
  };
  walk(root);
  return blocks;
}

function hasBlockChildren(el: El): boolean {
  for (const c of [...el.children] as El[]) if (BLOCK_TAGS.has(c.tagName) || c.tagName === 'UL' || c.tagName === 'OL' || c.tagName === 'DIV' || c.tagName === 'TABLE') return true;
  return false;
}

function labelOf(text: string, n: number): string {
  const t = text.replace(/[[\]()\s]/g, '');
  return /^\d{1,4}$/.test(t) ? t : String(n);
}

/** The visible text of an element, note references as superscripts, whitespace collapsed. */
function inlineText(el: El, noteIds: ReadonlyMap<string, string>, isNote: boolean): { text: string; refs: string[] } {
  const refs: string[] = [];
  let out = '';
  const visit = (node: El): void => {
    for (const child of [...node.childNodes] as El[]) {
      if (child.nodeType === 3) {
        out += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE') continue;
      if (tag === 'BR') {
        out += '\n';
        continue;
      }
      if (tag === 'A') {
        const href = child.getAttribute('href') ?? '';
        const id = href.startsWith('#') ? href.slice(1) : '';
        if (id && noteIds.has(id)) {
          const label = noteIds.get(id)!;
          refs.push(label);
          out = out.replace(/\s+$/, '') + noteRefText(label);
          continue;
        }
        // mammoth's back-link from a footnote to its reference
        if (isNote && /^#footnote-ref-|^#fnref/.test(href)) continue;
        if (isNote && /^(?:[↑↩\s]|\ufe0e)+$/u.test(child.textContent ?? '')) continue;
      }
      if (tag === 'SUP' && child.querySelector('a') && [...child.querySelectorAll('a')].every((a) => noteIds.has((a.getAttribute('href') ?? '').slice(1)))) {
        visit(child);
        continue;
      }
      visit(child);
    }
  };
  visit(el);
  const text = out.replace(/[ \t\r\n\u00a0]+/g, ' ').replace(/\s*[↑↩]\s*$/u, '').trim();
  return { text: joinCjkSpaces(text), refs };
}

/** Source HTML breaks lines anywhere; between two CJK characters such a break is no space. */
function joinCjkSpaces(text: string): string {
  return text.replace(/(?<=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])/gu, '');
}
