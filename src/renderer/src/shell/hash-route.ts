// Hash routes, so that a deep link opens a place and a reload keeps it:
//   #/matrix                       #/matrix/<domainId>/<actorId, or "-" for the alignment column>
//   #/annotations
//   #/reader   #/reader/<paragraphId>   #/reader/doc/<docId>
import type { CellRef } from '../nav.ts';

export type ReaderPlace = { kind: 'paragraph'; paragraphId: string } | { kind: 'document'; docId: string };

export type Route =
  | { view: 'matrix'; cell: CellRef | null }
  | { view: 'annotations' }
  | { view: 'reader'; place: ReaderPlace | null };

// "-" cannot be an actor ID (slugs start with a letter or digit), so it safely stands for null.
const ALIGNMENT = '-';

/** The route a hash names, or null for an empty or unknown hash. */
export function parseHash(hash: string): Route | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p.length > 0).map(safeDecode);
  const [view, a, b] = parts;
  switch (view) {
    case 'matrix':
      return { view: 'matrix', cell: a && b ? { domainId: a, actorId: b === ALIGNMENT ? null : b } : null };
    case 'annotations':
      return { view: 'annotations' };
    case 'reader':
      if (a === 'doc' && b) return { view: 'reader', place: { kind: 'document', docId: b } };
      return { view: 'reader', place: a ? { kind: 'paragraph', paragraphId: a } : null };
    default:
      return null;
  }
}

export function formatRoute(route: Route): string {
  const enc = encodeURIComponent;
  switch (route.view) {
    case 'matrix':
      return route.cell ? `#/matrix/${enc(route.cell.domainId)}/${enc(route.cell.actorId ?? ALIGNMENT)}` : '#/matrix';
    case 'annotations':
      return '#/annotations';
    case 'reader':
      if (!route.place) return '#/reader';
      return route.place.kind === 'document' ? `#/reader/doc/${enc(route.place.docId)}` : `#/reader/${enc(route.place.paragraphId)}`;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
