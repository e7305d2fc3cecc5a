// The claim check main answers the grid with: cached per composed domain, and asked for a few
// domains after an edit. Both must give exactly what a fresh check of the whole matrix gives.
import { describe, expect, it } from 'vitest';
import { checkMatrix } from '../../../src/main/core/matrix/claim-check.ts';
import { buildNameIndex } from '../../../src/main/core/matrix/names.ts';
import { openWorkspace } from '../helpers.ts';
import type { Workspace } from '../../../src/main/core/workspace.ts';

function fresh(ws: Workspace) {
  const byId = new Map(ws.paragraphs.map((p) => [p.id, p]));
  return checkMatrix(ws.matrix(), (id) => byId.get(id)?.text, buildNameIndex(ws.termSources.glossary), ws.dataset.claimExceptions ?? []);
}

describe('the claim check through its cache', () => {
  it('after edits, equals a fresh check of the whole matrix; a domain list gives exactly those domains', () => {
    const ws = openWorkspace();
    const [first, second] = ws.matrix().domains;
    expect(ws.claimCheck()).toEqual(fresh(ws));

    // An edit adds an item no quote backs: the cached check sees it (its domain was composed anew)…
    ws.setSummary(first!.id, 'US', 'en', 'In 1987 a further JPY 33 trillion went to the Imaginary Treaty.');
    const after = ws.claimCheck();
    expect(after.unsupported.map((f) => f.item)).toEqual(['1987', 'JPY 33 trillion', 'Imaginary Treaty']);
    expect(after).toEqual(fresh(ws));

    // …and only that domain's part is sent when asked for it.
    expect(ws.claimCheck(undefined, [first!.id])).toEqual({ unsupported: after.unsupported, hints: after.hints.filter((h) => h.domainId === first!.id) });
    expect(ws.claimCheck(undefined, [second!.id]).unsupported).toEqual([]);
    expect(ws.claimCheck(undefined, ['no-such-domain'])).toEqual({ unsupported: [], hints: [] });

    // Undo composes the domain anew again: the flags go.
    ws.undo();
    expect(ws.claimCheck()).toEqual(fresh(ws));
    expect(ws.claimCheck().unsupported).toEqual([]);
  });
});
