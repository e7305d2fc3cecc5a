// Page model for bringing in and managing imported sources: Add source…, the preview dialog with
// the metadata fields, the summary, drag and drop on the document list, and the actions under an
// imported source's citation block (Edit details…, Replace with new version…, Remove…).
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class SourceImportPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get addButton(): Locator {
    return this.page.getByRole('button', { name: /添加资料…|Add source…/ });
  }

  get preview(): Locator {
    return this.page.getByRole('dialog', { name: /添加资料：|Add source:|替换为新版本：|Replace with new version:/ });
  }

  /** The preview, once the worker has read the file (a PDF on a loaded machine takes a while: longer than a click). */
  async waitForPreview(): Promise<void> {
    await expect(this.preview).toBeVisible({ timeout: 45_000 });
  }

  field(name: RegExp): Locator {
    return this.preview.getByLabel(name);
  }

  get previewParagraphs(): Locator {
    return this.preview.getByRole('region', { name: /开头几段|first paragraphs/ }).getByRole('listitem');
  }

  get storeButton(): Locator {
    return this.preview.getByRole('button', { name: /保存到资料库|Store source|替换旧版本|Replace old version/ });
  }

  get cancelButton(): Locator {
    return this.preview.getByRole('button', { name: /^(取消|Cancel)$/ });
  }

  get summary(): Locator {
    return this.page.getByRole('note', { name: /导入摘要|Import summary/ });
  }

  get alreadyImported(): Locator {
    return this.page.getByRole('dialog', { name: /已导入过|Already imported/ });
  }

  get progress(): Locator {
    return this.page.locator('.import-progress');
  }

  get actions(): Locator {
    return this.page.getByRole('group', { name: /资料操作|Source actions/ });
  }

  action(name: RegExp): Locator {
    return this.actions.getByRole('button', { name });
  }

  get removeDialog(): Locator {
    return this.page.getByRole('dialog', { name: /移除“|Remove “/ });
  }

  get editDialog(): Locator {
    return this.page.getByRole('dialog', { name: /修改资料信息|Edit source details/ });
  }

  /** Quote lines of a report (in the preview, the summary or the remove dialog), by status. */
  quotes(scope: Locator, status?: 'exact' | 'moved' | 'broken'): Locator {
    const items = scope.getByRole('list', { name: /引文核对|Quotes checked/ }).getByRole('listitem');
    return status ? items.and(this.page.locator(`[data-status="${status}"]`)) : items;
  }

  /** Drop a file from disk on the document list, as a drag from the file manager does. */
  async dropOnDocumentList(file: string): Promise<void> {
    const bytes = [...fs.readFileSync(file)];
    const name = path.basename(file);
    const transfer = await this.page.evaluateHandle(
      ({ bytes: b, name: n }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(b)], n, { type: n.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream' }));
        return dt;
      },
      { bytes, name },
    );
    const zone = this.page.locator('.docs-section');
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
  }
}
