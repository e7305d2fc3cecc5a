// Page model for the reader: finds things the way an analyst (or a screen reader) does — by role and
// accessible name — so the test reads as the workflow it checks.
import type { Locator, Page } from '@playwright/test';

export class ReaderPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  async open(): Promise<void> {
    await this.tab(/阅读|Reader/).click();
  }

  get documents(): Locator {
    return this.page.locator('.doc-list').getByRole('button');
  }

  document(title: string | RegExp): Locator {
    return this.documents.filter({ hasText: title });
  }

  get contents(): Locator {
    return this.page.getByRole('navigation', { name: /目录|Contents/ });
  }

  get text(): Locator {
    return this.page.getByRole('region', { name: /正文|Text/ });
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /检索原文|Search sources/ });
  }

  scope(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name: /检索范围|Search scope/ }).getByRole('button', { name });
  }

  get hitCount(): Locator {
    return this.page.locator('.search-count');
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: /检索结果|Search results/ }).getByRole('button');
  }

  paragraph(id: string): Locator {
    return this.page.locator(`[data-paragraph-id="${id}"]`);
  }

  get highlighted(): Locator {
    return this.page.locator('[data-highlighted="true"]');
  }

  /** The number in "23 个段落命中" / "23 matching paragraphs", once a search has answered. */
  async hitTotal(): Promise<number> {
    await this.page.locator('.search-count[data-state="ready"]').waitFor();
    const match = /(\d+)/.exec((await this.hitCount.textContent()) ?? '');
    return match ? Number(match[1]) : 0;
  }

  /** Selects `exact` inside a paragraph's text as a mouse drag would, even across link and mark elements. */
  async selectInParagraph(paragraphId: string, exact: string): Promise<void> {
    await this.page.evaluate(
      ({ paragraphId, exact }) => {
        const root = document.querySelector(`[data-paragraph-id="${paragraphId}"] [data-paragraph-text]`);
        if (!root) throw new Error(`paragraph ${paragraphId} is not on screen`);
        const at = (root.textContent ?? '').indexOf(exact);
        if (at < 0) throw new Error(`"${exact}" is not in paragraph ${paragraphId}`);
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        let started = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.nodeValue?.length ?? 0;
          if (!started && at < seen + length) {
            range.setStart(node, at - seen);
            started = true;
          }
          if (started && at + exact.length <= seen + length) {
            range.setEnd(node, at + exact.length - seen);
            break;
          }
          seen += length;
        }
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      { paragraphId, exact },
    );
  }

  /** The way back to the matrix: the button names the cell it returns to. */
  get backToMatrix(): Locator {
    return this.page.getByTestId('back-to-matrix');
  }

  /** The text the document selection holds now (what "Use as evidence" would take). */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => document.getSelection()?.toString() ?? '');
  }

  /** The floating "Use as evidence…" button a selection shows. */
  get useAsEvidence(): Locator {
    return this.page.getByRole('button', { name: /用作证据|Use as evidence/ });
  }
}
