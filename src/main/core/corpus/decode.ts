import { CorpusError } from './corpus-error.ts';
import { findInvalidUtf8 } from './utf8.ts';

export { CorpusError } from './corpus-error.ts';

/**
 * Upper bound for one source text. The papers are under 100 KB, a long book is a few MB; the limit
 * stops a wrong file (a PDF, an archive, a dump) from being read whole into memory.
 */
export const MAX_CORPUS_FILE_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

/** Strict UTF-8 text of a corpus file, BOM removed and line ends normalised to \n. */
export function decodeCorpusText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new CorpusError(name, `${name} is empty: a corpus file must contain the text of a paper.`);
  if (bytes.length > MAX_CORPUS_FILE_BYTES) {
    throw new CorpusError(
      name,
      `${name} is too large (${(bytes.length / MB).toFixed(1)} MB; the limit is ${MAX_CORPUS_FILE_BYTES / MB} MB). Is it really a plain-text extraction of a paper?`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CorpusError(name, `${name} is a binary file, not text (NUL byte at offset ${nul}).`);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = findInvalidUtf8(bytes);
    throw new CorpusError(name, `${name} is not UTF-8 text (invalid byte at offset ${at < 0 ? 0 : at}). Save it as UTF-8 and try again.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // Other C0 controls never occur in extracted text; seeing one means the file is something else.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const control = /[\u0001-\u0008\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new CorpusError(name, `${name} looks like a binary file, not text (control character U+${code} at character ${control.index}).`);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new CorpusError(name, `${name} contains no text (only blank lines).`);
  return text;
}
