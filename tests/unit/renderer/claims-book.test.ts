import { describe, expect, it } from 'vitest';
import { takeAnswer, takeSent } from '../../../src/renderer/src/matrix/claims/claims-book.ts';

// Parts stand in for a domain's claim check: the text says which check it came from.
const parts = (entries: Record<string, string>) => new Map(Object.entries(entries));
const values = (held: ReadonlyMap<string, { part: string }>) => Object.fromEntries([...held].map(([id, e]) => [id, e.part]));

describe('claim check parts held per domain', () => {
  it('an answer asked before a write does not replace the check the write sent (the answer arrived last)', () => {
    // Version 3: the whole matrix was checked. The analyst saves domain X (version 4, its check sent
    // with the save). A check of X and Y asked at version 3 is answered after that.
    const checked = takeAnswer(null, parts({ X: 'X before', Y: 'Y before' }), 3);
    const saved = takeSent(checked, parts({ X: 'X after the save' }), 4);
    const late = takeAnswer(saved, parts({ X: 'X before (late answer)', Y: 'Y fresh' }), 3);
    expect(values(late)).toEqual({ X: 'X after the save', Y: 'Y fresh' });
  });

  it('an answer asked after the write replaces its check', () => {
    const saved = takeSent(null, parts({ X: 'sent with the save' }), 4);
    expect(values(takeAnswer(saved, parts({ X: 'asked after' }), 4))).toEqual({ X: 'asked after' });
    expect(values(takeAnswer(saved, parts({ X: 'asked later still' }), 7))).toEqual({ X: 'asked later still' });
  });

  it('a whole check starting afresh drops what was held, but not a check newer than its question', () => {
    const held = takeSent(takeAnswer(null, parts({ A: 'old A', B: 'old B' }), 1), parts({ X: 'X saved' }), 5);
    const restarted = takeAnswer(held, parts({ A: 'new A', X: 'X asked before the save' }), 4, true);
    expect(values(restarted)).toEqual({ A: 'new A', X: 'X saved' });
  });

  it('leaves the parts it was given untouched (the view holding them may still render them)', () => {
    const held = takeAnswer(null, parts({ A: 'a' }), 1);
    takeSent(held, parts({ A: 'b' }), 2);
    takeAnswer(held, parts({ A: 'c' }), 3, true);
    expect(values(held)).toEqual({ A: 'a' });
  });
});
