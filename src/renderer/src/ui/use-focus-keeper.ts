// Focus never falls to <body> inside a region whose content changes under it: Save and Cancel close
// the editor holding the focused button, Add empties (and disables) the form, Delete removes the item.
// When that happens the keeper puts focus back on the closest thing still there: the control itself if
// it survived, else — in the nearest surviving section, form or item — the control marked
// `data-focus-next` (Remove ↔ its confirmation), its text field or its first control (after Save that
// is the section's Edit button), else the container.
import { useEffect } from 'react';
import type { RefObject } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const SECTION = 'section, form, li, article, [data-focus-scope]';

function usable(el: HTMLElement): boolean {
  return el.isConnected && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0;
}

export function useFocusKeeper(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    // The focused element and the sections around it, remembered while focus is inside.
    let last: HTMLElement | null = null;
    let scopes: HTMLElement[] = [];
    const remember = (event: FocusEvent) => {
      const el = event.target as HTMLElement;
      last = el;
      scopes = [];
      for (let s = el.parentElement?.closest<HTMLElement>(SECTION) ?? null; s && root.contains(s); s = s.parentElement?.closest<HTMLElement>(SECTION) ?? null) scopes.push(s);
    };
    const restore = () => {
      const active = document.activeElement;
      if (!last || (active && active !== document.body)) return;
      if (usable(last)) {
        last.focus();
        return;
      }
      for (const scope of scopes) {
        if (!scope.isConnected) continue;
        const controls = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(usable);
        // A control marked as where focus goes next (Remove ↔ its confirmation), a text field, the first control.
        const target = controls.find((c) => c.hasAttribute('data-focus-next')) ?? controls.find((c) => c instanceof HTMLTextAreaElement) ?? controls[0];
        if (target) {
          target.focus();
          return;
        }
      }
      if (!root.hasAttribute('tabindex')) root.tabIndex = -1;
      root.focus();
    };
    // Focus leaving for elsewhere (a click in the grid) moves `last` there via focusin on the document.
    // So does a click outside (even on something that takes no focus): the analyst moved on.
    const forget = (event: Event) => {
      if (!root.contains(event.target as Node)) last = null;
    };
    const observer = new MutationObserver(() => queueMicrotask(restore));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
    root.addEventListener('focusin', remember);
    document.addEventListener('focusin', forget);
    document.addEventListener('pointerdown', forget);
    return () => {
      document.removeEventListener('pointerdown', forget);
      observer.disconnect();
      root.removeEventListener('focusin', remember);
      document.removeEventListener('focusin', forget);
    };
  }, [container]);
}
