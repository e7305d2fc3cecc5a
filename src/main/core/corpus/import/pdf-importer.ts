import path from 'node:path';
import { createRequire } from 'node:module';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageSize } from '../../../../shared/types.ts';
import { AppError } from '../../errors.ts';
import { emptyMeta } from './blocks.ts';
import type { ExtractedSource } from './blocks.ts';
import { documentLanguage } from './lang.ts';
import { pageLines } from './pdf-lines.ts';
import type { Glyphs } from './pdf-lines.ts';
import { structure } from './pdf-structure.ts';
import type { PageLines } from './pdf-structure.ts';
import { contentTags, itemTags } from './pdf-tags.ts';
import type { GlyphTag } from './pdf-tags.ts';

// PDF text extraction with pdf.js (the legacy build, which runs in plain Node without a worker or
// a canvas). Only text is read: no rendering, no scripting, no XFA forms, no font loading.

export interface ImportProgress {
  /** 1-based page just read, of `total`. */
  done: number;
  total: number;
}

export interface ImportControl {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Read a tagged PDF by its geometry alone, as if it had no tags (for comparisons and tests). */
  ignoreTags?: boolean;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** The package folder, as a filesystem path with a trailing slash: pdf.js needs it so for cMaps. */
function pdfjsDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json')) + path.sep;
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

export async function importPdf(bytes: Uint8Array, fileName: string, control: ImportControl = {}): Promise<ExtractedSource> {
  const pdfjs = await loadPdfJs();
  const dir = pdfjsDir();
  const name = path.basename(fileName);
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: `${dir}cmaps${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${dir}standard_fonts${path.sep}`,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    throw refusal(name, error);
  }
  try {
    const total = doc.numPages;
    const pages: PageLines[] = [];
    const pageSizes: PageSize[] = [];
    const noText: number[] = [];
    const glyphsNoText: number[] = [];
    // Tagged PDF: the structure tree's roles become hints on the text items (pdf-tags.ts).
    const tagged = !control.ignoreTags && isMarked(await doc.getMarkInfo().catch(() => null));
    let elements = 0;
    const nextElement = () => ++elements;
    for (let n = 1; n <= total; n++) {
      if (control.signal?.aborted) throw new ImportCancelled();
      let page;
      try {
        page = await doc.getPage(n);
      } catch (error) {
        throw new AppError('bad-file', `${name} is damaged: page ${n} of ${total} cannot be read (${(error as Error).message}).`);
      }
      const viewport = page.getViewport({ scale: 1 });
      pageSizes.push({ width: round(viewport.width), height: round(viewport.height) });
      const content = await page.getTextContent(tagged ? { includeMarkedContent: true } : undefined);
      const styles = content.styles as Record<string, { vertical?: boolean }>;
      const tags: Array<GlyphTag | null> = tagged ? itemTags(content.items, contentTags(await page.getStructTree().catch(() => null), nextElement)) : [];
      const glyphs: Glyphs[] = [];
      let index = -1;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        index++;
        const it = raw as TextItemLike;
        const [a, b, c, d, e, f] = it.transform as [number, number, number, number, number, number];
        const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
        const size = Math.hypot(c, d) || Math.hypot(a, b) || it.height;
        glyphs.push({ str: it.str, x, y, width: it.width, size: Math.round(size * 10) / 10, vertical: styles[it.fontName]?.vertical === true, tag: tags[index] ?? null });
      }
      const lines = pageLines(n, glyphs, viewport.width);
      if (lines.length === 0) {
        if (await drawsText(page, pdfjs)) glyphsNoText.push(n);
        else noText.push(n);
      }
      pages.push({ page: n, width: viewport.width, height: viewport.height, lines });
      page.cleanup();
      control.onProgress?.({ done: n, total });
    }
    const withoutText = [...noText, ...glyphsNoText].sort((a, b) => a - b);
    if (withoutText.length === total) {
      if (glyphsNoText.length > 0) {
        throw new AppError('bad-file', `${name}: its ${total} page${total === 1 ? '' : 's'} draw text, but none of it can be read as characters (the fonts carry no Unicode mapping). OCR is not available yet.`);
      }
      throw new AppError('bad-file', `${name} has no text layer: none of its ${total} page${total === 1 ? '' : 's'} has text (is it a scan?). OCR is not available yet, so it cannot be imported.`);
    }
    const { blocks } = structure(pages);
    if (!blocks.some((b) => b.kind === 'body' || b.kind === 'abstract' || b.kind === 'list')) {
      throw new AppError('bad-file', `${name} has no running text to import (only headings, notes or page furniture were found).`);
    }
    const warnings: string[] = [];
    if (noText.length > 0) warnings.push(`${noText.length} of ${total} pages have no text (${pageList(noText)}): scanned or image-only pages are left out; OCR is not available yet.`);
    if (glyphsNoText.length > 0) warnings.push(`${pageList(glyphsNoText, true)} draw${glyphsNoText.length === 1 ? 's' : ''} text that cannot be read as characters (fonts without a Unicode mapping); that text is missing.`);
    const meta = emptyMeta();
    const info = await doc.getMetadata().catch(() => null);
    const infoDict = (info?.info ?? {}) as Record<string, unknown>;
    const xmp = info?.metadata;
    meta.title = cleanMeta(xmp?.get('dc:title')) ?? cleanMeta(infoDict['Title']) ?? firstHeading(blocks);
    const author = cleanMeta(xmp?.get('dc:creator')) ?? cleanMeta(infoDict['Author']);
    meta.authors = author && !/^(anonymous|unknown|user|admin)$/i.test(author) ? author.split(/\s*[;；、]\s*|\s+and\s+/).filter(Boolean) : [];
    meta.date = pdfDate(cleanMeta(infoDict['CreationDate']));
    // The text's own script first: generators often declare their default (`en-US`) for any text.
    meta.language = documentLanguage(blocks.map((b) => b.pieces.join(''))) ?? languageTag(cleanMeta(infoDict['Language']));
    return { format: 'pdf', blocks, meta, pages: total, pageSizes, warnings, pagesWithoutText: withoutText };
  } finally {
    await task.destroy();
  }
}

/** `getMarkInfo()`: a Map in pdf.js 6, a plain object in older builds. */
function isMarked(info: unknown): boolean {
  if (info instanceof Map) return info.get('Marked') === true;
  return typeof info === 'object' && info !== null && (info as { Marked?: unknown }).Marked === true;
}

function pageList(pages: readonly number[], capital = false): string {
  const shown = pages.slice(0, 12).join(', ') + (pages.length > 12 ? ', …' : '');
  return `${capital ? 'Page' : 'page'}${pages.length === 1 ? '' : 's'} ${shown}`;
}

/** Whether a page without extracted text still draws glyphs (as opposed to images only). */
async function drawsText(page: { getOperatorList(): Promise<{ fnArray: number[] }> }, pdfjs: PdfJs): Promise<boolean> {
  try {
    const ops = await page.getOperatorList();
    const text = new Set([pdfjs.OPS.showText, pdfjs.OPS.showSpacedText, pdfjs.OPS.nextLineShowText, pdfjs.OPS.nextLineSetSpacingShowText]);
    return ops.fnArray.some((op) => text.has(op));
  } catch {
    return false;
  }
}

function refusal(name: string, error: unknown): AppError {
  const e = error as { name?: string; message?: string };
  if (e?.name === 'PasswordException') {
    return new AppError('bad-file', `${name} is protected by a password. Open it in a PDF reader, save a copy without the password, and import that.`);
  }
  if (e?.name === 'InvalidPDFException') return new AppError('bad-file', `${name} is damaged or not a real PDF (${e.message ?? 'invalid structure'}).`);
  return new AppError('bad-file', `${name} cannot be read as a PDF: ${e?.message ?? String(error)}.`);
}

function cleanMeta(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' || /^(untitled|unspecified|microsoft word - .*)$/i.test(t) ? null : t;
}

function firstHeading(blocks: ExtractedSource['blocks']): string | null {
  const h = blocks.find((b) => b.kind === 'heading');
  return h ? h.pieces.join(' ').trim() : null;
}

/** `D:20250314101500+09'00'` → `2025-03-14`; the fixed date some generators write means "unknown". */
function pdfDate(v: string | null): string | null {
  const m = v ? /^D:(\d{4})(\d{2})?(\d{2})?/.exec(v) : null;
  if (!m || m[1] === '2000' && m[2] === '01' && m[3] === '01') return null;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

function languageTag(v: string | null): 'zh' | 'ja' | 'en' | null {
  if (!v) return null;
  const l = v.toLowerCase();
  return l.startsWith('zh') ? 'zh' : l.startsWith('ja') ? 'ja' : l.startsWith('en') ? 'en' : null;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
