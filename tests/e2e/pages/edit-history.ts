// Page model of the undo/redo buttons (with what they would do, before the click) and a cell's history
// in the evidence panel.
import type { Locator, Page } from '@playwright/test';

export class EditHistory {
  readonly page: Page;
  readonly undo: Locator;
  readonly redo: Locator;

  constructor(page: Page) {
    this.page = page;
    this.undo = page.getByTestId('undo');
    this.redo = page.getByTestId('redo');
  }

  /** What the button says it would do: its accessible description (also shown as its tooltip). */
  async described(button: Locator): Promise<string | null> {
    return button.getAttribute('aria-description');
  }

  /** The history entries of the open panel's cell, newest first. */
  entries(panel: Locator): Locator {
    return panel.getByTestId('cell-history').locator('.pm-history__item');
  }

  /** The marked change of a text edit in one history entry: kept, removed and added words. */
  diff(entry: Locator): { all: Locator; removed: Locator; added: Locator } {
    const all = entry.getByTestId('history-diff');
    return { all, removed: all.locator('del'), added: all.locator('ins') };
  }
}
