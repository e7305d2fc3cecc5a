// The static first frame (public/first-frame.js): a launch keeps the matrix's first frame, and the
// next launch with the same answers from main paints it before the app's code has run; the app's grid
// then takes its place in the frame its own first row is whole, looking the same. The copy is a
// picture: hidden from assistive technology, inert, and input on it is replayed on the app. Any other
// answer (an edit, another language) shows nothing and keeps the new frame instead. Electron's shape
// only (window.api from the preload): over HTTP the page asks nothing before its code runs.
import { expect, test } from './harness.ts';
import { FirstFramePage } from './pages/first-frame.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ShellPage } from './pages/shell-page.ts';

test.use({ transport: 'binding' });

test.describe('the static first frame', () => {
  test('a relaunch paints the kept frame first; the grid replaces it looking the same', async ({ app }) => {
    const first = new FirstFramePage(app.page);
    await app.load('#/matrix');
    // Nothing was kept before the first launch, so nothing static was shown.
    await expect(first.frame).toHaveCount(0);
    await first.kept();

    const release = await first.relaunch(true);
    await first.expectShown();
    // The app's code is held: the only grid in the page is the static one, which no screen reader sees.
    await expect(app.page.locator('#root .ag-root')).toHaveCount(0);
    await expect(app.page.getByRole('grid')).toHaveCount(0);
    // Not "Ready" while the app is not.
    await expect(first.frame.locator('.status-line')).toContainText('正在加载…');
    await expect(first.frame.locator('.status-line')).not.toContainText('就绪');
    const before = await first.topShot();
    await app.screenshot('first-frame-static');

    await release();
    await expect(first.frame).toHaveCount(0);
    await expect(first.appFirstRow).toBeVisible();
    await app.screenshot('first-frame-swapped');
    // The same pixels, from the window's top down to the bottom of the first row.
    expect(await first.differingPixels(before, await first.topShot()), 'the grid looks as the static frame did').toEqual({ count: 0, box: null });
    await expect(app.page.getByRole('grid')).toHaveCount(1);
  });

  test('a click and a wheel turn on the static frame are held and replayed on the app', async ({ app }) => {
    const first = new FirstFramePage(app.page);
    const matrix = new MatrixPage(app.page);
    await app.load('#/matrix');
    const domainId = (await matrix.grid.locator('[data-col="domain"]').first().getAttribute('data-domain-id'))!;
    await first.kept();

    const release = await first.relaunch(true);
    await first.expectShown();
    const cell = first.frame.locator(`[data-domain-id="${domainId}"][data-actor-id="JP"][data-col="position"]`);
    const box = (await cell.boundingBox())!;
    await app.page.mouse.move(box.x + 20, box.y + 20);
    await app.page.mouse.wheel(0, 400);
    await app.page.mouse.click(box.x + 20, box.y + 20);
    // Nothing happened yet: the app is not there to hear it, and the picture does not scroll.
    await expect(app.page.getByTestId('evidence-panel')).toHaveCount(0);
    await expect(first.frame.locator('.ag-row[row-index="0"]').first()).toBeInViewport();
    await release();
    await expect(first.frame).toHaveCount(0);
    // The click went to the cell it was made on (the picture had not scrolled), then the grid scrolled.
    await matrix.expectPanelFor(domainId, 'JP');
    await expect.poll(() => matrix.grid.locator('.ag-body-vertical-scroll-viewport').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  test('an edit or another language since the last launch shows nothing static, and keeps the new frame', async ({ app }) => {
    const first = new FirstFramePage(app.page);
    const matrix = new MatrixPage(app.page);
    await app.load('#/matrix');
    const domainId = (await matrix.grid.locator('[data-col="domain"]').first().getAttribute('data-domain-id'))!;
    const keptBefore = await first.kept();

    // Another window or the command line changes the first row between launches.
    app.workspace.setSummary(domainId, 'US', 'zh', '两次启动之间修改的摘要。');
    // The page records whether the static frame ever showed during the launch.
    await app.page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.getElementById('pm-first-frame')) return;
        (window as unknown as { __pmStaticShown: boolean }).__pmStaticShown = true;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const shown = () => app.page.evaluate(() => (window as unknown as { __pmStaticShown?: boolean }).__pmStaticShown === true);
    await (await first.relaunch(false))();
    await expect(first.appFirstRow).toBeVisible();
    await expect(matrix.cell(domainId, 'US').getByTestId('summary')).toHaveText('两次启动之间修改的摘要。');
    expect(await shown(), 'the frame kept before the edit is not shown').toBe(false);
    await expect.poll(() => first.kept()).not.toBe(keptBefore);

    // Another interface language: the next launch shows nothing static, the one after shows the frame in that language.
    const keptInChinese = await first.kept();
    await new ShellPage(app.page).setLanguage('en');
    await (await first.relaunch(false))();
    await expect(first.appFirstRow).toBeVisible();
    expect(await shown()).toBe(false);
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => first.kept()).not.toBe(keptInChinese);
    const release = await first.relaunch(true);
    await first.expectShown();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(first.frame.locator('.ag-header-cell-text').first()).toHaveText('Policy domain');
    await expect(first.frame.locator('.status-line')).toContainText('Loading…');
    await release();
    await expect(first.frame).toHaveCount(0);
  });
});
