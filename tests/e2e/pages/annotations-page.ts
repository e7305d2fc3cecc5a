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

  /** The note form of the panel's cell. */
  static form(panel: Locator): Locator {
    return panel.getByTestId('cell-annotations').getByTestId('annotation-form');
  }

  /** The category select of a note form. */
  static categorySelect(form: Locator): Locator {
    return form.getByRole('combobox', { name: /^(分歧类型|Divergence category)$/ });
  }

  /** "+ New category…" beside it. */
  static newCategoryButton(form: Locator): Locator {
    return form.getByRole('button', { name: /^\+ (新建类别…|New category…)$/ });
  }

  static newCategoryDialog(page: Page): NewCategoryDialog {
    return new NewCategoryDialog(page);
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

  /** "Manage categories…": the dialog of this project's own categories. */
  async openCategories(): Promise<CategoriesDialog> {
    await this.view.getByTestId('manage-categories').click();
    const dialog = new CategoriesDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** The category filter of the tab (its options: every category, in the interface language). */
  get categoryFilter(): Locator {
    return this.view.getByTestId('annotation-category-filter');
  }
}

/** The "New annotation category" dialog: a name in Chinese and one in English. */
export class NewCategoryDialog {
  readonly page: Page;
  readonly root: Locator;
  readonly zh: Locator;
  readonly en: Locator;
  readonly create: Locator;
  readonly cancel: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('new-category-dialog');
    this.zh = this.root.getByLabel(/^(中文名称|Name in Chinese)$/);
    this.en = this.root.getByLabel(/^(英文名称|Name in English)$/);
    this.create = this.root.getByRole('button', { name: /^(创建|Create)$/ });
    this.cancel = this.root.getByRole('button', { name: /^(取消|Cancel)$/ });
    this.error = this.root.getByRole('alert');
  }

  /** Type both names (by keyboard, field to field) and press Enter. */
  async fillAndSubmit(zh: string, en: string): Promise<void> {
    await expect(this.zh).toBeFocused();
    await this.page.keyboard.type(zh);
    await this.page.keyboard.press('Tab');
    await expect(this.en).toBeFocused();
    await this.page.keyboard.type(en);
    await this.page.keyboard.press('Enter');
  }
}

/** "Your annotation categories": rename, or delete while unused. */
export class CategoriesDialog {
  readonly page: Page;
  readonly root: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('categories-dialog');
  }

  row(id: string): Locator {
    return this.root.locator(`[data-testid="category-row"][data-category-id="${id}"]`);
  }

  renameButton(row: Locator): Locator {
    return row.getByRole('button', { name: /^(重命名类别|Rename the category)/ });
  }

  deleteButton(row: Locator): Locator {
    return row.getByRole('button', { name: /^(删除类别|Delete the category)/ });
  }

  /** Rename through the row's own form (both names), saved with Enter. */
  async rename(row: Locator, zh: string, en: string): Promise<void> {
    await this.renameButton(row).click();
    await row.getByLabel(/^(中文名称|Name in Chinese)$/).fill(zh);
    const english = row.getByLabel(/^(英文名称|Name in English)$/);
    await english.fill(en);
    await english.press('Enter');
    await expect(row.locator('form')).toHaveCount(0);
  }

  async delete(row: Locator): Promise<void> {
    await this.deleteButton(row).click();
    await row.getByRole('button', { name: /^(确认删除|Confirm delete)$/ }).click();
  }
}
