// Page model of the bilingual editors and the "translation out of date" marks: the side-by-side
// summary editor, the panel's flag with Confirm and Edit, and the grid cell's marker. Found by test IDs
// and data attributes (the language a field or flag is about), never by translated text.
import type { Locator } from '@playwright/test';
import type { MatrixPage } from './matrix-page.ts';

type Lang = 'zh' | 'en';

export class TranslationModel {
  private readonly m: MatrixPage;

  constructor(m: MatrixPage) {
    this.m = m;
  }

  /** The open summary or reason editor with its two fields. */
  editor(): Locator {
    return this.m.panel.getByTestId('bilingual-editor');
  }

  /** One language's field of the open editor. */
  field(lang: Lang): Locator {
    return this.editor().locator(`textarea[data-lang="${lang}"]`);
  }

  /** "Only the Chinese changed: …" under the fields. */
  hint(): Locator {
    return this.m.panel.getByTestId('one-language-hint');
  }

  /** The panel's flag (for the summary, or the alignment reason when the alignment cell is shown). */
  flag(): Locator {
    return this.m.panel.getByTestId('translation-flag');
  }

  confirm(): Locator {
    return this.flag().getByTestId('confirm-translation');
  }

  editStale(): Locator {
    return this.flag().getByTestId('edit-stale');
  }

  /** The marker a grid cell paints when one of its languages is out of date. */
  cellMarker(domainId: string, actorId: string | null): Locator {
    const cell = actorId === null ? this.m.grid.locator(`[data-domain-id="${domainId}"][data-actor-id="_"][data-col="reason"]`) : this.m.cell(domainId, actorId);
    return cell.locator('[data-marker="translation-stale"]');
  }
}
