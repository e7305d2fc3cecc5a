// Page model of a two-step ConfirmButton (ui/ConfirmButton.tsx), found by its test ID inside a scope.
import type { Locator } from '@playwright/test';
import { expect } from '@playwright/test';

export class ConfirmControl {
  readonly root: Locator;
  /** The one button: the first step, then (armed) the confirmation. */
  readonly button: Locator;
  readonly cancelButton: Locator;
  readonly announcement: Locator;

  constructor(scope: Locator, testId: string) {
    this.root = scope.getByTestId(testId);
    this.button = this.root.getByRole('button').first();
    this.cancelButton = this.root.getByRole('button').nth(1);
    this.announcement = this.root.locator('[aria-live]');
  }

  async arm(): Promise<void> {
    await this.button.click();
    await this.expectArmed(true);
  }

  async expectArmed(armed: boolean): Promise<void> {
    if (armed) {
      await expect(this.root).toHaveAttribute('data-armed', 'true');
      await expect(this.cancelButton).toBeVisible();
    } else {
      await expect(this.root).not.toHaveAttribute('data-armed');
      await expect(this.root.getByRole('button')).toHaveCount(1);
    }
  }
}
