// Page model of the repair view of a broken quote (opened from the quote in the evidence panel), and
// the set-up that breaks a quote the way an analyst meets it: a source cited, then replaced by a
// revised version in which the quoted sentence changed.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Workspace } from '../../../src/main/core/workspace.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');

/** The quoted sentence of zh-paper.pdf and what zh-paper-v2.pdf made of it (时 → 后). */
export const OLD_QUOTE = '交易在申报或被发现时接受审查';
export const NEW_QUOTE = '交易在申报或被发现后接受审查';

/** Imports zh-paper.pdf, cites OLD_QUOTE in investment-review × US, replaces the source by v2. */
export async function breakAQuote(ws: Workspace): Promise<{ evidenceId: string; docId: string }> {
  const { id } = await ws.sources.import(path.join(FIXTURES, 'zh-paper.pdf'), { worker: false });
  const p = ws.listParagraphs(id).find((x) => x.text.includes(OLD_QUOTE))!;
  const { evidenceId } = ws.addEvidence('investment-review', 'US', p.id, p.text.indexOf(OLD_QUOTE), OLD_QUOTE);
  await ws.sources.replace(id, path.join(FIXTURES, 'zh-paper-v2.pdf'), { worker: false });
  return { evidenceId, docId: id };
}

export class RepairDialog {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByTestId('repair-dialog');
  }

  get candidates(): Locator {
    return this.dialog.getByTestId('repair-candidate');
  }

  /** The old quote as the view shows it. */
  get oldQuote(): Locator {
    return this.dialog.getByTestId('repair-old');
  }

  get none(): Locator {
    return this.dialog.getByTestId('repair-none');
  }

  diff(index: number): Locator {
    return this.candidates.nth(index).getByTestId('repair-diff');
  }

  async accept(index: number): Promise<void> {
    await this.candidates.nth(index).getByTestId('repair-accept').click();
  }

  async selectInReader(): Promise<void> {
    await this.dialog.getByTestId('repair-select').click();
  }

  /** Select on the page…: the reader opens with the PDF page beside the text. */
  async selectOnPage(): Promise<void> {
    await this.dialog.getByTestId('repair-select-page').click();
  }

  /** Remove quote, then its confirmation (the same button, armed). */
  async removeQuote(): Promise<void> {
    const button = this.dialog.getByTestId('repair-remove').getByRole('button').first();
    await button.click();
    await button.click();
  }
}
