// Page model of the Export dialog (Excel workbook or Word briefing): tests pick by stable values
// (input names and values), not by translated labels.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { AppHarness } from '../harness.ts';

export class ExportDialog {
  readonly page: Page;
  readonly root: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('export-dialog');
  }

  /** Opens it the way the File menu does (the harness carries the command over its transport). */
  async openFromMenu(app: Pick<AppHarness, 'menu'>): Promise<void> {
    await app.menu('export');
    await expect(this.root).toBeVisible();
  }

  format(value: 'xlsx' | 'docx'): Locator {
    return this.root.locator(`input[name="export-format"][value="${value}"]`);
  }

  lang(value: 'zh' | 'en' | 'both'): Locator {
    return this.root.locator(`input[name="export-lang"][value="${value}"]`);
  }

  scope(value: 'all' | 'filtered' | 'domains'): Locator {
    return this.root.locator(`input[name="export-scope"][value="${value}"]`);
  }

  async submit(): Promise<void> {
    await this.root.locator('button[type="submit"]').click();
  }

  get result(): Locator {
    return this.root.getByTestId('export-result');
  }
}
