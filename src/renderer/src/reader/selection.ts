// Turns a DOM selection inside the reader into what the backend stores for evidence: a paragraph, a
// character offset into its text and the exact characters. Offsets are counted with Range.toString()
// over the paragraph's text element, so the <a>/<mark> elements that split the text do not matter.

export interface QuoteSelection {
  paragraphId: string;
  start: number;
  exact: string;
  /** Where the selection ends on screen (viewport coordinates), to place the button near it. */
  anchor: { x: number; y: number };
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** Characters from the start of `root` to the boundary point (node, offset). */
function offsetWithin(root: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The quote a selection makes, or null when it is empty, outside `container`, or spans more than one
 * paragraph. A selection that starts or ends in a paragraph's margin is clamped to its text.
 * `textOf(paragraphId)` gives the paragraph's text as stored.
 */
export function quoteFromSelection(selection: Selection | null, container: Element, textOf: (paragraphId: string) => string | undefined): QuoteSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const startPara = elementOf(range.startContainer)?.closest('[data-paragraph-id]');
  const endPara = elementOf(range.endContainer)?.closest('[data-paragraph-id]');
  if (!startPara || startPara !== endPara || !container.contains(startPara)) return null;
  const paragraphId = startPara.getAttribute('data-paragraph-id') ?? '';
  const textEl = startPara.querySelector('[data-paragraph-text]');
  const text = textOf(paragraphId);
  if (!textEl || text === undefined) return null;

  const whole = document.createRange();
  whole.selectNodeContents(textEl);
  const start = range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0 ? 0 : offsetWithin(textEl, range.startContainer, range.startOffset);
  const end = range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0 ? text.length : offsetWithin(textEl, range.endContainer, range.endOffset);
  const quote = quoteBetween(text, start, end);
  if (!quote) return null;

  const rects = range.getClientRects();
  const last = rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
  return { paragraphId, ...quote, anchor: { x: last.right, y: last.bottom } };
}

/**
 * The quote between two character offsets of a paragraph's text (the DOM-free half of the above):
 * offsets clamped to the text, whitespace at either edge dropped. Null when nothing else is left.
 */
export function quoteBetween(text: string, start: number, end: number): { start: number; exact: string } | null {
  let from = Math.min(Math.max(start, 0), text.length);
  let to = Math.min(end, text.length);
  // Whitespace at either edge is an accident of dragging, not part of the quote.
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  if (to <= from) return null;
  return { start: from, exact: text.slice(from, to) };
}
