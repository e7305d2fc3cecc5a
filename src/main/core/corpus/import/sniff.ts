import path from 'node:path';
import type { SourceFormat } from '../../../../shared/types.ts';
import { AppError } from '../../errors.ts';

/** Largest file accepted for import. A 1,000-page report is about 30 MB; this leaves room. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
const MB = 1024 * 1024;

export const SUPPORTED = 'PDF, Word (.docx), web pages saved as HTML, plain text (.txt) and Markdown (.md)';

function startsWith(bytes: Uint8Array, ascii: string, at = 0): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function indexOfAscii(bytes: Uint8Array, ascii: string, limit: number): number {
  const end = Math.min(bytes.length - ascii.length, limit);
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < ascii.length; k++) if (bytes[i + k] !== ascii.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/**
 * The format of a file to import, by its content first and its name second; a refusal with the
 * reason otherwise. Nothing is read beyond the first bytes here.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  const name = path.basename(fileName);
  if (bytes.length === 0) throw new AppError('bad-file', `${name} is empty.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('bad-file', `${name} is ${(bytes.length / MB).toFixed(1)} MB; the limit for an imported source is ${MAX_IMPORT_BYTES / MB} MB.`);
  }
  const ext = path.extname(name).toLowerCase();
  // PDF readers accept the header anywhere in the first KB.
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    if (indexOfAscii(bytes, 'word/', Math.min(bytes.length, 4 * MB)) >= 0 || ext === '.docx') return 'docx';
    throw new AppError('bad-file', `${name} is a ZIP archive but not a Word document (.docx). Formats that can be imported: ${SUPPORTED}.`);
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new AppError('bad-file', `${name} is an old Word/Office file (.doc). Save it as .docx or PDF and import that.`);
  }
  if (ext === '.pdf') throw new AppError('bad-file', `${name} is not a PDF: it has no PDF header. It may be damaged or only named .pdf.`);
  if (ext === '.docx') throw new AppError('bad-file', `${name} is not a Word document: it is not a .docx (ZIP) file. It may be damaged.`);
  if (looksBinary(bytes)) throw new AppError('bad-file', `${name} is not a format that can be imported. Formats that can be imported: ${SUPPORTED}.`);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || looksLikeHtml(bytes)) return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.txt' || ext === '' || ext === '.text') return 'txt';
  throw new AppError('bad-file', `${name}: unknown format "${ext}". Formats that can be imported: ${SUPPORTED}.`);
}

/** NUL bytes outside UTF-16 text mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<?xml') && head.includes('<html'));
}
