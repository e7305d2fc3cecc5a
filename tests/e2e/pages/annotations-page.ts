// Page model of the Annotations tab, and the note form inside the evidence panel.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class AnnotationsPage {
  readonly page: Page;
  readonly view: Locator;

  constructor(page: Page) {
    this.page = page;
    this.view = page.getByTestId('annotations-view');
  }

  /** Annotate the cell whose panel is open (target "this cell" unless a quote was chosen). */
  static async addInPanel(panel: Locator, category: string, text: string): Promise<void> {
    const form = panel.getByTestId('cell-annotations').getByTestId('annotation-form');
    await form.getByRole('combobox', { name: /^(分歧类型|Divergence category)$/ }).selectOption(category);
    await form.locator('textarea').fill(text);
    await form.locator('button[type="submit"]').click();
    await expect(panel.locator('[data-testid="annotation"]', { hasText: text })).toBeVisible();
  }

  async open(): Promise<void> {
    await this.page.locator('#tab-annotations').click();
    await expect(this.view).toBeVisible();
  }

  items(): Locator {
    return this.view.getByTestId('annotation');
  }

  item(text: string): Locator {
    return this.view.locator('[data-testid="annotation"]', { hasText: text });
  }

  async filterCategory(category: string): Promise<void> {
    await this.view.locator('select').first().selectOption(category);
  }
}
