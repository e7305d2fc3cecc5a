// Keyboard regions: F6 / Shift+F6 move focus to the next / previous region of the view shown (in the
// matrix: search, grid, evidence panel, comparison; in the reader: documents, text, search), as in a
// browser or an office suite. A region is any visible element marked `data-region="<name>"`; focus
// goes to what the region registered (the grid puts it on its selected cell), else to the region
// itself when it is in the tab order, else to its `[data-region-entry]`, else to its first control.
import { useEffect } from 'react';

const entries = new Map<string, () => boolean>();

/** Let a region say how it takes focus (true when it did). The name is its `data-region` value. */
export function useRegionEntry(name: string, focus: () => boolean): void {
  useEffect(() => {
    entries.set(name, focus);
    return () => {
      if (entries.get(name) === focus) entries.delete(name);
    };
  }, [name, focus]);
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function visible(el: Element): boolean {
  return el instanceof HTMLElement && el.getClientRects().length > 0 && !el.closest('[hidden]');
}

/** Focus a region as F6 would. */
export function focusRegion(region: HTMLElement): void {
  const name = region.dataset['region'] ?? '';
  if (entries.get(name)?.()) return;
  // A region that is itself a stop in the tab order (the reader's text) takes the focus itself.
  if (region.hasAttribute('tabindex') && region.tabIndex >= 0) {
    region.focus();
    return;
  }
  const entry = region.querySelector<HTMLElement>('[data-region-entry]') ?? [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find(visible);
  if (entry) {
    entry.focus();
    return;
  }
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  region.focus();
}

/** The next (or previous) visible region after the one holding focus, wrapping around. */
export function cycleRegions(backwards: boolean): void {
  const regions = [...document.querySelectorAll<HTMLElement>('[data-region]')].filter(visible);
  if (regions.length === 0) return;
  const current = regions.findIndex((r) => r.contains(document.activeElement));
  const step = backwards ? -1 : 1;
  const next = current === -1 ? (backwards ? regions.length - 1 : 0) : (current + step + regions.length) % regions.length;
  focusRegion(regions[next]!);
}
