import type { Paragraph } from '../../../shared/types.ts';

/** For each paragraph carrying footnote markers: marker (`①`) → the footnote paragraph's ID. */
export function footnoteLinks(paragraphs: readonly Paragraph[]): Map<string, Map<string, string>> {
  const links = new Map<string, Map<string, string>>();
  for (const p of paragraphs) {
    if (p.kind !== 'footnote' || !p.marker || !p.noteOf) continue;
    let markers = links.get(p.noteOf);
    if (!markers) links.set(p.noteOf, (markers = new Map<string, string>()));
    // The first footnote with a marker wins; a duplicate would be an ingest error, not ours to guess.
    if (!markers.has(p.marker)) markers.set(p.marker, p.id);
  }
  return links;
}

/** DOM ids, so links can point at paragraphs and back at the marker that cites a footnote. */
export const paragraphDomId = (paragraphId: string) => `para-${paragraphId}`;
export const markerDomId = (footnoteId: string) => `fnref-${footnoteId}`;
