// Hash routes, so that a deep link opens a place and a reload keeps it:
//   #/matrix                       #/matrix/<domainId>/<actorId, or "-" for the alignment column>
//   #/annotations
//   #/reader   #/reader/<paragraphId>   #/reader/doc/<docId>
//   #/reader/<paragraphId>?q=<start>-<length>&from=<domainId>/<actorId or "-">&page=1
// The query of a paragraph keeps what arriving from a matrix quote brings: the quoted characters to
// mark and the cell "Back to matrix" returns to. A malformed parameter is dropped, never an error.
import type { CellRef } from './nav.ts';

/** Characters of a paragraph's text, as offsets into `paragraph.text`. */
export interface QuoteRange {
  start: number;
  length: number;
}

export type ReaderPlace =
  | { kind: 'paragraph'; paragraphId: string; quote?: QuoteRange | undefined; from?: CellRef | undefined; onPage?: boolean | undefined }
  | { kind: 'document'; docId: string };

export type Route =
  | { view: 'matrix'; cell: CellRef | null }
  | { view: 'annotations' }
  | { view: 'reader'; place: ReaderPlace | null };

// "-" cannot be an actor ID (slugs start with a letter or digit), so it safely stands for null.
const ALIGNMENT = '-';

/** The route a hash names, or null for an empty or unknown hash. */
export function parseHash(hash: string): Route | null {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const pathPart = q < 0 ? body : body.slice(0, q);
  const query = q < 0 ? '' : body.slice(q + 1);
  const parts = splitPath(pathPart);
  const [view, a, b] = parts;
  switch (view) {
    case 'matrix':
      return { view: 'matrix', cell: a && b ? cellOf(a, b) : null };
    case 'annotations':
      return { view: 'annotations' };
    case 'reader': {
      if (a === 'doc' && b) return { view: 'reader', place: { kind: 'document', docId: b } };
      if (!a) return { view: 'reader', place: null };
      const params = parseQuery(query);
      const quote = parseQuote(params.get('q'));
      const from = parseCell(params.get('from'));
      const onPage = params.get('page') === '1';
      return { view: 'reader', place: { kind: 'paragraph', paragraphId: a, ...(quote ? { quote } : {}), ...(from ? { from } : {}), ...(onPage ? { onPage } : {}) } };
    }
    default:
      return null;
  }
}

export function formatRoute(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.view) {
    case 'matrix':
      return route.cell ? `#/matrix/${formatCell(route.cell)}` : '#/matrix';
    case 'annotations':
      return '#/annotations';
    case 'reader': {
      const place = route.place;
      if (!place) return '#/reader';
      if (place.kind === 'document') return `#/reader/doc/${enc(place.docId)}`;
      const params: string[] = [];
      if (place.quote && validQuote(place.quote)) params.push(`q=${place.quote.start}-${place.quote.length}`);
      if (place.from) params.push(`from=${formatCell(place.from)}`);
      if (place.onPage) params.push('page=1');
      return `#/reader/${enc(place.paragraphId)}${params.length > 0 ? `?${params.join('&')}` : ''}`;
    }
  }
}

function formatCell(cell: CellRef): string {
  return `${encodeURIComponent(cell.domainId)}/${encodeURIComponent(cell.actorId ?? ALIGNMENT)}`;
}

function cellOf(domainId: string, actorId: string): CellRef {
  return { domainId, actorId: actorId === ALIGNMENT ? null : actorId };
}

/** Path segments, decoded one by one so an encoded "/" or "?" inside an ID stays inside it. */
function splitPath(raw: string): string[] {
  return raw
    .split('/')
    .filter((p) => p.length > 0)
    .map(safeDecode);
}

/** `a=1&b=2` → raw (still encoded) values; the first occurrence of a name wins. */
function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq);
    if (!params.has(name)) params.set(name, pair.slice(eq + 1));
  }
  return params;
}

function parseQuote(raw: string | undefined): QuoteRange | null {
  const m = raw === undefined ? null : /^(\d{1,9})-(\d{1,9})$/.exec(raw);
  if (!m) return null;
  const quote = { start: Number(m[1]), length: Number(m[2]) };
  return validQuote(quote) ? quote : null;
}

function validQuote(q: QuoteRange): boolean {
  return Number.isSafeInteger(q.start) && Number.isSafeInteger(q.length) && q.start >= 0 && q.length > 0;
}

/** `<domainId>/<actorId or "-">`, each part encoded on its own; anything else is no cell. */
function parseCell(raw: string | undefined): CellRef | null {
  if (raw === undefined) return null;
  const parts = raw.split('/');
  if (parts.length !== 2) return null;
  const [domainId, actorId] = parts.map(safeDecode) as [string, string];
  return domainId && actorId ? cellOf(domainId, actorId) : null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
