// Page model of the matrix view and its evidence panel: tests speak in cells and quotes, and find
// them by stable IDs (data-domain-id / data-actor-id), never by position or translated text.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class MatrixPage {
  readonly page: Page;
  readonly view: Locator;
  readonly grid: Locator;
  readonly panel: Locator;
  readonly quickFilter: Locator;
  readonly compare: Locator;

  constructor(page: Page) {
    this.page = page;
    this.view = page.getByTestId('matrix-view');
    this.grid = page.getByTestId('matrix-grid');
    this.panel = page.getByTestId('evidence-panel');
    this.quickFilter = page.getByTestId('quick-filter');
    this.compare = page.getByTestId('domain-compare');
  }

  async open(): Promise<void> {
    await this.page.locator('#tab-matrix').click();
    await expect(this.view).toHaveAttribute('data-state', 'ready');
    await expect(this.grid.locator('.ag-row').first()).toBeVisible();
    // The first frame builds only the rows in view; the rest (and their measured heights) follow a
    // frame later. A click before that can land on a row that is still moving.
    await expect(this.grid).toHaveAttribute('data-painted', 'all');
  }

  /** The rows the grid currently shows, by domain ID, in display order. */
  async shownDomainIds(): Promise<string[]> {
    // The grid renders every row (no row virtualisation) in display order (ensureDomOrder); the pinned
    // domain column's cells carry the domain ID.
    return this.grid.locator('[data-col="domain"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-domain-id') ?? ''));
  }

  /** A position cell (actorId) or the alignment badge (actorId null). */
  cell(domainId: string, actorId: string | null): Locator {
    const col = actorId === null ? 'alignment' : 'position';
    return this.grid.locator(`[data-domain-id="${domainId}"][data-actor-id="${actorId ?? '_'}"][data-col="${col}"]`);
  }

  chip(value: string): Locator {
    return this.view.locator(`.pm-chips button[data-alignment="${value}"]`);
  }

  async selectCell(domainId: string, actorId: string | null): Promise<void> {
    await this.cell(domainId, actorId).click();
    await this.expectPanelFor(domainId, actorId);
  }

  async expectPanelFor(domainId: string, actorId: string | null): Promise<void> {
    await expect(this.panel).toHaveAttribute('data-domain-id', domainId);
    await expect(this.panel).toHaveAttribute('data-actor-id', actorId ?? '_');
    await expect(this.cell(domainId, actorId)).toHaveAttribute('data-selected', 'true');
  }

  /** The footer count of broken quotes / baseline conflicts (a link to the next affected cell). */
  footerCount(kind: 'broken' | 'conflict'): Locator {
    return this.view.getByTestId('quote-stats').getByTestId(`${kind}-count`);
  }

  /** The standing notice about baseline conflicts (empty when there are none or it was dismissed). */
  conflictNotice(): Locator {
    return this.view.getByTestId('conflict-notice');
  }

  /** A baseline conflict listed in the panel, by its overlay key. */
  conflict(key: string): Locator {
    return this.panel.locator(`[data-testid="conflict"][data-key="${key}"]`);
  }

  quotes(): Locator {
    return this.panel.getByTestId('quote');
  }

  quote(evidenceId: string): Locator {
    return this.panel.locator(`[data-testid="quote"][data-evidence-id="${evidenceId}"]`);
  }

  /** Type into the quick filter (the grid filters as you type). */
  async filterText(text: string): Promise<void> {
    await this.quickFilter.fill(text);
  }

  async toggleColumn(colId: string, visible: boolean): Promise<void> {
    await this.page.getByTestId('columns-menu').click();
    const box = this.page.locator(`input[type="checkbox"][data-col-id="${colId}"]`);
    if (visible) await box.check();
    else await box.uncheck();
    await this.page.keyboard.press('Escape');
  }

  headerNames(): Promise<string[]> {
    return this.grid.locator('.ag-header-cell-text').allInnerTexts();
  }
}

/** The annotation form in the evidence panel, and the Annotations tab. */
