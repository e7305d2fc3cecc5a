import { afterEach, describe, expect, it } from 'vitest';
import { pressOpenOnPage, provideReaderWarmUp, warmReaderAtIdle } from '../../../src/renderer/src/app/reader-warm-up.ts';
import type { ReaderWarmUpTarget } from '../../../src/renderer/src/app/reader-warm-up.ts';

// The panel's side of the reader warm-up: which shown quote is warmed at idle, and when nothing is.
const target = (paragraphId: string): ReaderWarmUpTarget => ({ docId: 'src-a', paragraphId, sha256: 'f'.repeat(64), bytes: 1000 });
/** Long enough for the idle callback (setTimeout where there is no requestIdleCallback, as in Node). */
const idleSoon = () => new Promise((resolve) => setTimeout(resolve, 400));

function recorder() {
  const calls: string[] = [];
  provideReaderWarmUp({
    press: (t) => calls.push(`press ${t.paragraphId}`),
    idle: (t) => calls.push(`idle ${t.paragraphId}`),
    startWorkers: () => calls.push('workers'),
  });
  return calls;
}

const shown: Array<() => void> = [];
afterEach(() => {
  for (const hide of shown.splice(0)) hide();
});

describe('reader warm-up from the evidence panel', () => {
  it('starts the workers as a quote shows and warms the first quote still shown, once, at idle', async () => {
    const calls = recorder();
    shown.push(warmReaderAtIdle(target('p1')));
    const hideSecond = warmReaderAtIdle(target('p2'));
    shown.push(warmReaderAtIdle(target('p3')));
    expect(calls).toEqual(['workers', 'workers', 'workers']);
    shown[0]!();
    await idleSoon();
    expect(calls.filter((c) => c.startsWith('idle'))).toEqual(['idle p2']);
    hideSecond();
  });

  it('warms nothing when the quotes are gone before the app is idle', async () => {
    const calls = recorder();
    const hide = warmReaderAtIdle(target('p1'));
    hide();
    await idleSoon();
    expect(calls).toEqual(['workers']);
  });

  it('a press goes to the reader at once', () => {
    const calls = recorder();
    pressOpenOnPage(target('p9'));
    expect(calls).toEqual(['press p9']);
  });
});
