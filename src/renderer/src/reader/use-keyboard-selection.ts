// Selecting a quote without a mouse. In the reader's text: Enter on the text pane focuses the first
// paragraph in view; on a focused paragraph ↓ / ↑ go to the next / previous one, Shift+→ / Shift+←
// extend the selection by a character, Ctrl+Shift+→ / ← by a word (Chinese words by the browser's
// word segmenter), Shift+Home / End to the paragraph's start or end, → / ← move the caret, Escape
// clears, and Enter uses the selection as evidence (the same picker as the mouse's button). The
// selection is the document's own, so it looks and counts exactly as one made by dragging.
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { paragraphDomId } from './footnotes.ts';
import { quoteFromSelection } from './selection.ts';
import type { QuoteSelection } from './selection.ts';
import type { TextView } from './text-view.ts';

/** The text node and offset `chars` characters into `root` (as Range.toString() counts them). */
function pointAt(root: Element, chars: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let left = chars;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) return { node, offset: left };
    left -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: root, offset: 0 };
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;

/** Where a word step from `at` lands: the next word's end (forward) or this word's start (backward). */
export function wordStep(text: string, at: number, forward: boolean): number {
  if (!segmenter) return forward ? Math.min(text.length, at + 1) : Math.max(0, at - 1);
  const bounds = [0];
  for (const s of segmenter.segment(text)) bounds.push(s.index + s.segment.length);
  if (forward) return bounds.find((b) => b > at) ?? text.length;
  return [...bounds].reverse().find((b) => b < at) ?? 0;
}

interface Caret {
  paragraphId: string;
  anchor: number;
  focus: number;
}

const paragraphOf = (el: EventTarget | null) => (el instanceof HTMLElement && el.matches('[data-paragraph-id]') ? el : null);

export function useKeyboardSelection(
  scroller: RefObject<HTMLElement | null>,
  view: RefObject<TextView | null>,
  textOf: (paragraphId: string) => string | undefined,
  enabled: boolean,
  onUse: (quote: QuoteSelection) => void,
): void {
  const latest = useRef({ textOf, onUse });
  useEffect(() => {
    latest.current = { textOf, onUse };
  });

  useEffect(() => {
    const root = scroller.current;
    if (!root || !enabled) return;
    let caret: Caret | null = null;

    const show = (para: HTMLElement, next: Caret) => {
      caret = next;
      const textEl = para.querySelector('[data-paragraph-text]');
      const selection = document.getSelection();
      if (!textEl || !selection) return;
      if (next.anchor === next.focus) {
        selection.removeAllRanges();
        return;
      }
      const a = pointAt(textEl, next.anchor);
      const f = pointAt(textEl, next.focus);
      selection.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || e.metaKey) return;
      // On the text pane itself: Enter steps into the first paragraph in view.
      if (e.target === root && e.key === 'Enter') {
        const top = root.getBoundingClientRect().top;
        const first = [...root.querySelectorAll<HTMLElement>('[data-paragraph-id]')].find((p) => p.getBoundingClientRect().bottom > top + 4);
        if (first) {
          e.preventDefault();
          first.focus();
        }
        return;
      }
      const para = paragraphOf(e.target);
      if (!para) return;
      const id = para.getAttribute('data-paragraph-id') ?? '';
      const text = latest.current.textOf(id);
      if (text === undefined) return;
      const here: Caret = caret && caret.paragraphId === id ? caret : { paragraphId: id, anchor: 0, focus: 0 };
      const clamp = (n: number) => Math.max(0, Math.min(text.length, n));

      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.shiftKey && !e.ctrlKey) {
        // The next paragraph may not be rendered yet (the text is virtualised): the view brings it.
        const next = view.current?.neighbour(id, e.key === 'ArrowDown' ? 1 : -1);
        if (next) {
          e.preventDefault();
          caret = null;
          document.getSelection()?.removeAllRanges();
          view.current?.reveal(next, 'nearest', paragraphDomId(next));
        }
        return;
      }
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const forward = e.key === 'ArrowRight';
        const moved = e.ctrlKey ? wordStep(text, here.focus, forward) : clamp(here.focus + (forward ? 1 : -1));
        e.preventDefault();
        show(para, e.shiftKey ? { ...here, focus: moved } : { paragraphId: id, anchor: moved, focus: moved });
        return;
      }
      if ((e.key === 'Home' || e.key === 'End') && e.shiftKey) {
        e.preventDefault();
        show(para, { ...here, focus: e.key === 'Home' ? 0 : text.length });
        return;
      }
      if (e.key === 'Escape' && here.anchor !== here.focus) {
        e.preventDefault();
        e.stopPropagation();
        show(para, { ...here, anchor: here.focus });
        return;
      }
      if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey) {
        const quote = quoteFromSelection(document.getSelection(), root, latest.current.textOf);
        if (quote) {
          e.preventDefault();
          latest.current.onUse(quote);
        }
      }
    };
    // A mouse selection or a new paragraph starts the caret afresh.
    const onFocusIn = (e: FocusEvent) => {
      if (caret && paragraphOf(e.target)?.getAttribute('data-paragraph-id') !== caret.paragraphId) caret = null;
    };
    const onPointerDown = () => {
      caret = null;
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('pointerdown', onPointerDown);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('pointerdown', onPointerDown);
    };
  }, [scroller, view, enabled]);
}
