// Page model of what frames every view: the view tabs, the language switch, the author control, the
// status line. By role and accessible name, in either interface language. Menu commands travel the
// app's own transport: the harness's app.menu().
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type ViewName = 'matrix' | 'reader' | 'annotations';

export class ShellPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** A view's tab (stable ID, whatever the language). */
  tab(view: ViewName): Locator {
    return this.page.locator(`#tab-${view}`);
  }

  async showView(view: ViewName): Promise<void> {
    await this.tab(view).click();
    await expect(this.tab(view)).toHaveAttribute('aria-selected', 'true');
  }

  /** Switch the interface language and wait until the page says it is in that language. */
  async setLanguage(lang: 'zh' | 'en'): Promise<void> {
    await this.page.getByRole('button', { name: lang === 'en' ? 'English' : '中文', exact: true }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
  }

  get authorButton(): Locator {
    return this.page.getByRole('button', { name: /^(作者|Author)/ });
  }

  /** Set the author name through its dialog. */
  async setAuthor(name: string): Promise<void> {
    await this.authorButton.click();
    const dialog = this.page.getByRole('dialog', { name: /作者名|Author name/ });
    await dialog.getByLabel(/姓名|Name/).fill(name);
    await dialog.getByRole('button', { name: /保存|Save/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** The shell's status line, where undo/redo and saves report. */
  get status(): Locator {
    return this.page.locator('.status-line');
  }
}
