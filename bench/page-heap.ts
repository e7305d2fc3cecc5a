// What a benchmark page holds: the renderer's JS heap after a garbage collection, in MB (over CDP).
import type { Page } from 'playwright-core';

export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}
