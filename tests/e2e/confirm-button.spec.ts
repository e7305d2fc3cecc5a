// The two-step ConfirmButton (here: removing a quote in the evidence panel) is never left armed:
// any other action — a pointer press or a key elsewhere, focus leaving it, Escape, Cancel —
// disarms it and nothing is removed; only its own second press removes.
import { test, expect } from './harness.ts';
import { MatrixPage } from './pages/matrix-page.ts';
import { ConfirmControl } from './pages/confirm-button.ts';

test('a confirm button is disarmed by any other action and acts only on its own second press', async ({ app }) => {
  await app.load();
  const m = new MatrixPage(app.page);
  await m.open();
  await m.selectCell('export-control', 'JP');
  const count = await m.quotes().count();
  expect(count).toBeGreaterThan(1);
  const first = m.quotes().first();
  const evidenceId = await first.getAttribute('data-evidence-id');
  const remove = new ConfirmControl(first, 'remove-quote');

  // Armed: the same button now names the confirmation, and the change is announced.
  await expect(remove.button).toHaveAccessibleName('移除此引文');
  await remove.arm();
  await expect(remove.button).toHaveAccessibleName('确认移除');
  await expect(remove.button).toBeFocused();
  await expect(remove.announcement).toContainText('确认移除');

  // A pointer press anywhere else.
  await m.panel.locator('.pm-quote__text').first().click();
  await remove.expectArmed(false);
  await expect(remove.announcement).toContainText('已取消');

  // A key pressed elsewhere: armed without taking the focus (a scripted click), a key goes to the
  // grid cell that still has it.
  await remove.button.dispatchEvent('click');
  await remove.expectArmed(true);
  await expect(remove.button).not.toBeFocused();
  await app.page.keyboard.press('Shift');
  await remove.expectArmed(false);

  // A key on the armed button itself keeps it armed; focus moving elsewhere disarms it.
  await remove.arm();
  await app.page.keyboard.press('Shift');
  await remove.expectArmed(true);
  await m.quickFilter.focus();
  await remove.expectArmed(false);

  // Escape disarms it, keeps the focus on the button and does not close the panel.
  await remove.arm();
  await app.page.keyboard.press('Escape');
  await remove.expectArmed(false);
  await expect(remove.button).toBeFocused();
  await expect(m.panel).toBeVisible();

  // Focus leaving it by keyboard (Tab past Cancel).
  await remove.arm();
  await app.page.keyboard.press('Tab');
  await expect(remove.cancelButton).toBeFocused();
  await remove.expectArmed(true);
  await app.page.keyboard.press('Tab');
  await remove.expectArmed(false);

  // Cancel.
  await remove.arm();
  await remove.cancelButton.click();
  await remove.expectArmed(false);
  await expect(remove.button).toBeFocused();

  // A double-click on the first step arms it but does not confirm.
  await remove.button.dblclick();
  await remove.expectArmed(true);
  await expect(m.quotes()).toHaveCount(count);

  // Nothing was removed by any of that; the second press of its own removes exactly that quote.
  await remove.button.click();
  await expect(m.quotes()).toHaveCount(count - 1);
  await expect(m.panel.locator(`[data-testid="quote"][data-evidence-id="${evidenceId}"]`)).toHaveCount(0);
});
