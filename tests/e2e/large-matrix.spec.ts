// A matrix larger than its first page (matrix/store: FIRST_PAGE_ROWS): the app paints the first rows
// from a first page, then loads the rest, and the analyst then works on every row — counts, the
// quick filter, a cell far down — as on a small matrix. A deep link to a cell beyond the first page
// opens it.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, expect, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';

const COPIES = 100;

interface DatasetFile {
  domains: Array<{ id: string; name: { zh: string; en: string } }>;
}

/** data/ with the shipped domains followed by COPIES copies of the first one (same quotes, new IDs and names). */
function largeData(dir: string): string {
  fs.cpSync(DATA_DIR, dir, { recursive: true });
  const file = path.join(dir, 'matrix/matrix.json');
  const dataset = JSON.parse(fs.readFileSync(file, 'utf8')) as DatasetFile;
  const first = dataset.domains[0]!;
  for (let i = 0; i < COPIES; i++) {
    dataset.domains.push({ ...first, id: `copy-${i}`, name: { zh: `副本领域 ${i}`, en: `Copied domain ${i}` } });
  }
  fs.writeFileSync(file, JSON.stringify(dataset));
  return dir;
}

const shipped = (JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'matrix/matrix.json'), 'utf8')) as DatasetFile).domains.length;
const total = shipped + COPIES;

test.describe('a matrix larger than its first page', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    dataDir: async ({}, use, testInfo) => use(largeData(testInfo.outputPath('data'))),
  });

  test('paints the first rows from a first page, then works on every row', async ({ app }) => {
    // The grid's painted states, in order, as the page saw them.
    await app.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __painted: string[] }).__painted = seen;
      new MutationObserver(() => {
        const state = document.querySelector('[data-testid="matrix-grid"]')?.getAttribute('data-painted');
        if (state && seen.at(-1) !== state) seen.push(state);
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-painted'] });
    });
    await app.load('#/matrix');
    const matrix = new MatrixPage(app.page);
    await matrix.open();
    expect(await app.page.evaluate(() => (window as unknown as { __painted: string[] }).__painted)).toEqual(['first-frame', 'first-page', 'all']);

    // Counts are the whole matrix's: the chips add up to every domain, and so does the shown count.
    const counts = await app.page.locator('.pm-chips .pm-chip__count').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    await expect(app.page.getByTestId('rows-shown')).toHaveText(`显示 ${total}/${total} 个领域`);

    // The last domain, far beyond the first page, is found and opens.
    const last = `copy-${COPIES - 1}`;
    await matrix.quickFilter.fill(`Copied domain ${COPIES - 1}`);
    await expect.poll(() => matrix.shownDomainIds()).toEqual([last]);
    await matrix.selectCell(last, 'US');
    await app.screenshot('large-matrix-last-domain');
  });

  test('a link to a cell beyond the first page opens that cell', async ({ app }) => {
    const last = `copy-${COPIES - 1}`;
    await app.load(`#/matrix/${last}/JP`);
    const matrix = new MatrixPage(app.page);
    await expect(matrix.grid).toHaveAttribute('data-painted', 'all');
    await matrix.expectPanelFor(last, 'JP');
  });
});
