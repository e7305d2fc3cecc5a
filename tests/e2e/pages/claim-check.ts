// Page model of the claim check in the matrix view: the grid marker, the panel's notes, the footer
// count and the live check under the editors. Found by test IDs and data attributes, never by text.
import type { Locator } from '@playwright/test';
import type { MatrixPage } from './matrix-page.ts';

export class ClaimCheckModel {
  private readonly m: MatrixPage;

  constructor(m: MatrixPage) {
    this.m = m;
  }

  /** The "unsupported" marker of a grid cell. */
  marker(domainId: string, actorId: string | null): Locator {
    const cell = actorId === null ? this.m.grid.locator(`[data-domain-id="${domainId}"][data-actor-id="_"][data-col="reason"]`) : this.m.cell(domainId, actorId);
    return cell.locator('[data-marker="unsupported"]');
  }

  /** The footer count (a link to the next cell with an unsupported item). */
  footerCount(): Locator {
    return this.m.view.getByTestId('quote-stats').getByTestId('claims-count');
  }

  /** The panel's note on one unsupported item. */
  panelFlag(item: string): Locator {
    return this.m.panel.locator(`[data-testid="claim-flag"][data-item="${item}"]`);
  }

  panelFlags(): Locator {
    return this.m.panel.getByTestId('claim-flag');
  }

  /** The live check under one language's field of the open editor (Chinese and English side by side). */
  draftCheck(lang: 'zh' | 'en' = 'zh'): Locator {
    return this.m.panel.locator(`[data-testid="draft-check"][data-lang="${lang}"]`);
  }

  /** The alignment reason's textarea in the interface language once "edit" is open. */
  reasonEditor(domainId: string): Locator {
    return this.m.view.locator(`[data-testid="evidence-panel"][data-domain-id="${domainId}"]`).getByTestId('reason-editor');
  }

  draftFlag(item: string): Locator {
    return this.m.panel.locator(`[data-testid="draft-flag"][data-item="${item}"]`);
  }
}
