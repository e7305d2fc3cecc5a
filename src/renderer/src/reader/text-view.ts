// What the rest of the reader may ask of the (virtualised) document text. Only the paragraphs in and
// near view are in the DOM, so nothing outside DocumentText looks a paragraph up by its element to
// scroll to it or to measure it: it asks here, and the text renders the paragraph first if it must.

export interface TextView {
  /**
   * Brings a paragraph into view (rendering it first if it is not), as `scrollIntoView({block})`
   * would, then moves keyboard focus to the element with `focusElementId` (inside that paragraph)
   * if one is given. Done before the next paint.
   */
  reveal: (paragraphId: string, block: ScrollLogicalPosition, focusElementId?: string | null) => void;
  /**
   * Where a paragraph is, in the text scroller's scroll coordinates: the top of its slot and its
   * height — measured if it has been on screen, estimated if not. Null for an unknown ID.
   */
  place: (paragraphId: string) => { top: number; height: number } | null;
  /**
   * Scrolls the text so that the point `fraction` (0–1) down the paragraph is `line` px below the
   * pane's top: at once where that part of the text is rendered; otherwise once the caller has stopped
   * asking for a moment (the pages paused), so that following fast-moving pages never renders the text
   * in the middle of their frames.
   */
  scrollToLine: (paragraphId: string, fraction: number, line: number) => void;
  /** The paragraph after (`1`) or before (`-1`) one in reading order, or null at either end. */
  neighbour: (paragraphId: string, step: 1 | -1) => string | null;
}
