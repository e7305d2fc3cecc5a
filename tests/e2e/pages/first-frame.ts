// Page model of the static first frame (public/first-frame.js): the copy of the matrix's first frame
// that a launch keeps, and that the next launch with the same answers from main shows before the
// app's code has run. A relaunch can hold the app's startup chunk, so the static frame stays up.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Where first-frame.js keeps the frame (localStorage). */
const STORE_KEY = 'pm.firstFrame';

export class FirstFramePage {
  readonly page: Page;
  /** The static frame over the page, while it is shown. */
  readonly frame: Locator;

  constructor(page: Page) {
    this.page = page;
    this.frame = page.locator('#pm-first-frame');
  }

  /** The app's own first row (not the static frame's). */
  get appFirstRow(): Locator {
    return this.page.locator('#root[data-app-state="ready"] .ag-row[row-index="0"]').first();
  }

  /** Wait until this launch has kept its first frame for the next; its key (what it was drawn from). */
  async kept(): Promise<string> {
    await expect.poll(() => this.page.evaluate((key) => window.localStorage.getItem(key) !== null, STORE_KEY)).toBe(true);
    return this.page.evaluate((key) => (JSON.parse(window.localStorage.getItem(key)!) as { key: string }).key, STORE_KEY);
  }

  /**
   * Launch again (a new document on the same address and profile) without waiting for the app. With
   * `hold`, the app's startup chunk is held until the returned function is called.
   */
  async relaunch(hold: boolean): Promise<() => Promise<void>> {
    const url = this.page.url();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let continued = Promise.resolve();
    const pattern = /\/assets\/index-[^/]*\.js$/;
    // Once: the chunk of this launch, then the route goes.
    if (hold) await this.page.route(pattern, (route) => (continued = held.then(() => route.continue())), { times: 1 });
    await this.page.goto('about:blank');
    await this.page.goto(url, { waitUntil: 'commit' });
    return async () => {
      release();
      await continued;
    };
  }

  /** The static frame's first row is in, with every cell's content inside it. */
  async expectShown(): Promise<void> {
    await expect(this.frame.locator('.ag-row[row-index="0"]').first()).toBeAttached();
    await expect(this.frame).toHaveAttribute('aria-hidden', 'true');
    expect(await this.frame.evaluate((el) => (el as HTMLElement).inert)).toBe(true);
  }

  /** The window from its top down to the bottom of the first row: the shell, the toolbar, the grid's header and first row. */
  async topShot(): Promise<Buffer> {
    const row = this.frame.locator('.ag-row[row-index="0"]').first();
    const source = (await row.count()) > 0 ? row : this.appFirstRow;
    const box = (await source.boundingBox())!;
    const width = this.page.viewportSize()!.width;
    return this.page.screenshot({ clip: { x: 0, y: 0, width, height: Math.ceil(box.y + box.height) } });
  }

  /** Pixels that differ between two screenshots of one size (decoded in the page), and the box around them. */
  async differingPixels(a: Buffer, b: Buffer): Promise<{ count: number; box: number[] | null }> {
    return this.page.evaluate(async ([a64, b64]) => {
      const decode = async (data: string) => {
        // (Not by fetch: the page's CSP allows no data: connection.)
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a64), decode(b64)]);
      if (x.width !== y.width || x.height !== y.height) return { count: -1, box: [x.width, x.height, y.width, y.height] };
      let count = 0;
      let box: number[] | null = null;
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] === y.data[i] && x.data[i + 1] === y.data[i + 1] && x.data[i + 2] === y.data[i + 2]) continue;
        count += 1;
        const px = (i / 4) % x.width;
        const py = Math.floor(i / 4 / x.width);
        box = box ? [Math.min(box[0]!, px), Math.min(box[1]!, py), Math.max(box[2]!, px), Math.max(box[3]!, py)] : [px, py, px, py];
      }
      return { count, box };
    }, [a.toString('base64'), b.toString('base64')] as const);
  }
}
