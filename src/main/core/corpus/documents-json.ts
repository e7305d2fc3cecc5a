import type { DocumentMeta } from '../../../shared/types.ts';
import { CorpusError } from './corpus-error.ts';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A bare file name: documents.json must not reach outside the corpus folder.
const FILE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Parses and checks the corpus index; every problem is reported with the document it concerns. */
export function parseDocumentsJson(text: string, name: string): DocumentMeta[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorpusError(name, `${name} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new CorpusError(name, `${name} must be a JSON array of documents.`);
  if (data.length === 0) throw new CorpusError(name, `${name} lists no documents.`);

  const problems: string[] = [];
  const ids = new Set<string>();
  const documents = data.map((entry: unknown, i): DocumentMeta => {
    const where = `document ${i + 1}`;
    const o = isObject(entry) ? entry : {};
    if (!isObject(entry)) problems.push(`${where} is not an object`);
    const id = typeof o['id'] === 'string' ? o['id'] : '';
    if (!ID_RE.test(id)) problems.push(`${where}: "id" must be lower-case letters, digits and dashes`);
    else if (ids.has(id)) problems.push(`${where}: id "${id}" is used twice`);
    ids.add(id);
    const file = typeof o['file'] === 'string' ? o['file'] : '';
    if (!FILE_RE.test(file)) problems.push(`${where}: "file" must be a file name inside the corpus folder`);

    const title = isObject(o['title']) ? o['title'] : null;
    if (!title) problems.push(`${where}: "title" must be an object { zh, en }`);
    const authors = Array.isArray(o['authors']) ? o['authors'] : null;
    if (!authors) problems.push(`${where}: "authors" must be an array`);
    const meta: DocumentMeta = {
      id,
      file,
      title: { zh: optString(title?.['zh'], `${where}: title.zh`, problems), en: optString(title?.['en'], `${where}: title.en`, problems) },
      authors: (authors ?? []).map((a: unknown, k) => {
        const ao = isObject(a) ? a : {};
        if (!isObject(a)) problems.push(`${where}: author ${k + 1} is not an object`);
        return { zh: optString(ao['zh'], `${where}: author ${k + 1} zh`, problems), en: optString(ao['en'], `${where}: author ${k + 1} en`, problems) };
      }),
      venue: optString(o['venue'], `${where}: venue`, problems),
      year: optYear(o['year'], `${where}: year`, problems),
      issue: optString(o['issue'], `${where}: issue`, problems),
      pages: optString(o['pages'], `${where}: pages`, problems),
      doi: optString(o['doi'], `${where}: doi`, problems),
      note: optString(o['note'], `${where}: note`, problems),
    };
    return meta;
  });
  if (problems.length > 0) throw new CorpusError(name, `${name} is invalid: ${problems.join('; ')}.`);
  return documents;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optString(v: unknown, what: string, problems: string[]): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  problems.push(`${what} must be a string or null`);
  return null;
}

function optYear(v: unknown, what: string, problems: string[]): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v > 1000 && v < 3000) return v;
  problems.push(`${what} must be a year or null`);
  return null;
}
