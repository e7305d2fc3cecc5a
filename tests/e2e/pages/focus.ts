// Where the keyboard focus is, in terms the specs speak: which region (grid cell, evidence panel,
// search…), which control, and whether it shows a ring. Never <body> after an action.
import type { Page } from '@playwright/test';

export interface FocusState {
  onBody: boolean;
  /** The `data-region` holding focus (grid, panel, search, compare, documents, text). */
  region: string | null;
  tag: string;
  testId: string | null;
  text: string;
  /** The grid cell holding focus: its domain and actor (`_` for the alignment column). */
  cell: { domainId: string; actorId: string } | null;
  /** A visible focus indicator: an outline or a box-shadow ring that stands out (≥ 3:1 on white). */
  ring: boolean;
}

export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const onBody = !el || el === document.body;
    const cellEl = el?.closest('.ag-cell')?.querySelector('[data-domain-id][data-actor-id]') ?? null;
    const style = el ? getComputedStyle(el) : null;
    // A ring is an outline or a shadow ring in a colour that stands out from a white page (≥ 3:1);
    // a pale tint or a soft drop shadow does not count.
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const standsOut = (css: string) => 1.05 / (luminance(css) + 0.05) >= 3;
    const outline = !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && standsOut(style.outlineColor);
    const shadowRing = !!style && (style.boxShadow.match(/rgba?\([^)]*\) 0px 0px 0px [1-9][\d.]*px/g) ?? []).some((s) => !/rgba\([^)]*, 0(\.\d+)?\)/.test(s) && standsOut(s));
    const ring = outline || shadowRing;
    return {
      onBody,
      region: el?.closest<HTMLElement>('[data-region]')?.dataset['region'] ?? null,
      tag: el?.tagName.toLowerCase() ?? '',
      testId: el?.getAttribute('data-testid') ?? null,
      text: (el?.innerText ?? '').slice(0, 60),
      cell: cellEl ? { domainId: cellEl.getAttribute('data-domain-id') ?? '', actorId: cellEl.getAttribute('data-actor-id') ?? '' } : null,
      ring,
    };
  });
}
