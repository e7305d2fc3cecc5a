// Page model of "Merge project…" in the matrix view: the command, its report, the merge conflicts.
import type { Locator, Page } from '@playwright/test';

export class MergePage {
  readonly page: Page;
  readonly button: Locator;
  readonly notice: Locator;
  readonly conflicts: Locator;
  readonly undo: Locator;

  constructor(page: Page) {
    this.page = page;
    this.button = page.getByTestId('project-merge');
    this.notice = page.getByTestId('matrix-notice');
    this.conflicts = page.getByTestId('merge-conflicts');
    this.undo = page.getByTestId('undo');
  }

  conflict(key: string): Locator {
    return this.conflicts.locator(`[data-testid="merge-conflict"][data-key="${key}"]`);
  }
}
