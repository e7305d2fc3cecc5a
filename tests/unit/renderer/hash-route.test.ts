import { describe, expect, it } from 'vitest';
import { formatRoute, parseHash } from '../../../src/renderer/src/app/hash-route.ts';
import type { Route } from '../../../src/renderer/src/app/hash-route.ts';

describe('hash routes', () => {
  const routes: Route[] = [
    { view: 'matrix', cell: null },
    { view: 'matrix', cell: { domainId: 'export-control', actorId: 'JP' } },
    { view: 'matrix', cell: { domainId: 'export-control', actorId: null } },
    { view: 'annotations' },
    { view: 'reader', place: null },
    { view: 'reader', place: { kind: 'document', docId: 'wu-cong' } },
    { view: 'reader', place: { kind: 'paragraph', paragraphId: 'gui-yongtao:p0042' } },
    { view: 'reader', place: { kind: 'paragraph', paragraphId: 'gui-yongtao:p0042', quote: { start: 0, length: 17 } } },
    { view: 'reader', place: { kind: 'paragraph', paragraphId: 'gui-yongtao:p0042', from: { domainId: 'semiconductors', actorId: null } } },
    {
      view: 'reader',
      place: { kind: 'paragraph', paragraphId: 'wu-cong:p0117', quote: { start: 35, length: 20 }, from: { domainId: 'export-control', actorId: 'US' } },
    },
    // IDs an analyst types (added domains and actors) may hold characters the hash itself uses.
    {
      view: 'reader',
      place: { kind: 'paragraph', paragraphId: 'p/1?x&y=2#z', quote: { start: 3, length: 1 }, from: { domainId: 'a/b?c', actorId: 'x&y=-' } },
    },
    { view: 'matrix', cell: { domainId: '关键矿产', actorId: 'E U' } },
    // "Open on page": the original page beside the text, with the quote lit there too.
    {
      view: 'reader',
      place: { kind: 'paragraph', paragraphId: 'src-0a1b2c3d4e5f.9f8e7d6c5b', quote: { start: 4, length: 9 }, from: { domainId: 'investment-review', actorId: 'US' }, onPage: true },
    },
  ];

  it.each(routes.map((r) => [formatRoute(r), r] as const))('%s round-trips', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(formatRoute(parseHash(hash)!)).toBe(hash);
  });

  it('writes the quote and the return cell as a query on the paragraph', () => {
    expect(
      formatRoute({
        view: 'reader',
        place: { kind: 'paragraph', paragraphId: 'wu-cong:p0117', quote: { start: 35, length: 20 }, from: { domainId: 'export-control', actorId: null } },
      }),
    ).toBe('#/reader/wu-cong%3Ap0117?q=35-20&from=export-control/-');
    expect(formatRoute({ view: 'reader', place: { kind: 'paragraph', paragraphId: 'p1' } })).toBe('#/reader/p1');
  });

  it('reads hashes written by hand or by older versions', () => {
    expect(parseHash('#/reader/wu-cong:p0117')).toEqual({ view: 'reader', place: { kind: 'paragraph', paragraphId: 'wu-cong:p0117' } });
    expect(parseHash('#reader/doc/gui-yongtao/')).toEqual({ view: 'reader', place: { kind: 'document', docId: 'gui-yongtao' } });
    expect(parseHash('#/matrix/export-control/-')).toEqual({ view: 'matrix', cell: { domainId: 'export-control', actorId: null } });
    expect(parseHash('#/matrix/export-control')).toEqual({ view: 'matrix', cell: null });
    expect(parseHash('#/reader/p1?from=export-control/JP&q=2-3')).toEqual({
      view: 'reader',
      place: { kind: 'paragraph', paragraphId: 'p1', quote: { start: 2, length: 3 }, from: { domainId: 'export-control', actorId: 'JP' } },
    });
  });

  it('returns null for an empty or unknown hash', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/%E0%A4%A/x', '#?q=1-2']) expect(parseHash(hash)).toBeNull();
  });

  it('drops a malformed quote or return cell and keeps the paragraph', () => {
    const paragraphOnly = { view: 'reader', place: { kind: 'paragraph', paragraphId: 'p1' } };
    for (const query of [
      'q=',
      'q=abc',
      'q=5',
      'q=5-',
      'q=-5-3',
      'q=5-0',
      'q=1.5-2',
      'q=0x10-2',
      'q=1-2-3',
      'q=99999999999-1',
      'q=%31-2',
      'from=',
      'from=export-control',
      'from=export-control/',
      'from=/JP',
      'from=a/b/c',
      'q',
      '=1-2',
      '&&&',
      'x=1',
    ]) {
      expect(parseHash(`#/reader/p1?${query}`), query).toEqual(paragraphOnly);
    }
    // One bad parameter does not take the good one with it; the first of a repeated name wins.
    expect(parseHash('#/reader/p1?q=oops&from=d/JP')).toEqual({ view: 'reader', place: { kind: 'paragraph', paragraphId: 'p1', from: { domainId: 'd', actorId: 'JP' } } });
    expect(parseHash('#/reader/p1?q=1-2&q=3-4&from=d/%E0%A4%A')).toEqual({
      view: 'reader',
      place: { kind: 'paragraph', paragraphId: 'p1', quote: { start: 1, length: 2 }, from: { domainId: 'd', actorId: '%E0%A4%A' } },
    });
  });

  it('keeps a broken percent-escape as it stands rather than failing', () => {
    expect(parseHash('#/reader/p%E0%A4')).toEqual({ view: 'reader', place: { kind: 'paragraph', paragraphId: 'p%E0%A4' } });
    expect(parseHash('#/reader/p%zz?q=1-2')).toEqual({ view: 'reader', place: { kind: 'paragraph', paragraphId: 'p%zz', quote: { start: 1, length: 2 } } });
  });

  it('never writes a quote that could not be read back', () => {
    const place = (quote: { start: number; length: number }) => ({ view: 'reader' as const, place: { kind: 'paragraph' as const, paragraphId: 'p1', quote } });
    expect(formatRoute(place({ start: 4, length: 0 }))).toBe('#/reader/p1');
    expect(formatRoute(place({ start: -1, length: 3 }))).toBe('#/reader/p1');
    expect(formatRoute(place({ start: 1.5, length: 3 }))).toBe('#/reader/p1');
  });
});
