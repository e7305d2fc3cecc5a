// Layout from 1024 px up: the matrix with the evidence panel open, the compare view and the reader,
// at three window sizes, saved as screenshots to look at.
import { expect, test } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ReaderPage } from './pages/reader-page.ts';

for (const [width, height] of [
  [1024, 700],
  [1280, 720],
  [1440, 900],
] as const) {
  test(`layout at ${width}×${height}: both actors readable with the panel open, compare shows every actor`, async ({ app }) => {
    await app.page.setViewportSize({ width, height });
    await app.load();
    const m = new MatrixPage(app.page);
    await m.open();
    await m.selectCell('export-control', 'JP');
    await m.expectPanelFor('export-control', 'JP');
    await app.screenshot(`layout-${width}-matrix`);
    // The US and Japan cells of the row are both fully inside the grid's visible area.
    const grid = await m.grid.boundingBox();
    for (const actor of ['US', 'JP']) {
      const box = await m.cell('export-control', actor).boundingBox();
      expect(box, actor).not.toBeNull();
      expect(box!.x + box!.width, `${actor} right edge at ${width}px`).toBeLessThanOrEqual(grid!.x + grid!.width + 1);
      expect(box!.width, `${actor} width at ${width}px`).toBeGreaterThanOrEqual(170);
    }

    await m.grid.locator('[data-col="domain"][data-domain-id="semiconductors"]').getByRole('button', { name: /并排比较|Compare side by side/ }).click();
    await expect(m.compare).toBeVisible();
    const compare = await m.compare.boundingBox();
    for (const actor of ['US', 'JP']) {
      const box = await m.compare.locator(`[data-actor-id="${actor}"]`).first().boundingBox();
      expect(box!.x + box!.width, `compare ${actor} at ${width}px`).toBeLessThanOrEqual(compare!.x + compare!.width + 1);
    }
    await app.screenshot(`layout-${width}-compare`);
    if (width === 1024) {
      await app.page.keyboard.press('Escape');
      // The panel is resizable from the keyboard (and by dragging), and the width is remembered.
      const panel = () => m.panel.boundingBox().then((b) => Math.round(b!.width));
      const before = await panel();
      await m.page.getByTestId('panel-splitter').focus();
      await app.page.keyboard.press('ArrowLeft');
      await app.page.keyboard.press('ArrowLeft');
      expect(await panel()).toBe(before + 48);
      await app.restart();
      await m.open();
      await m.selectCell('export-control', 'JP');
      expect(await panel()).toBe(before + 48);
      await m.grid.locator('[data-col="domain"][data-domain-id="semiconductors"]').getByRole('button', { name: /并排比较|Compare side by side/ }).click();
    }
    await app.page.keyboard.press('Escape');

    const reader = new ReaderPage(app.page);
    await reader.open();
    await reader.document(/同盟视域下的美日技术安全合作/).click();
    // A readable line: the text column is not squeezed by the side columns.
    const text = await app.page.locator('.doc-text').boundingBox();
    expect(text!.width, `reader text column at ${width}px`).toBeGreaterThanOrEqual(480);
    await app.screenshot(`layout-${width}-reader`);
  });
}
