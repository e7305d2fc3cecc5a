/** The paragraph the reader was asked to show: scrolled to, highlighted, optionally given focus. */
export interface ReaderFocus {
  paragraphId: string;
  docId: string;
  /** Character range inside the paragraph to wrap in <mark class="quote-highlight">. */
  highlight: { start: number; length: number } | undefined;
  /** Increases with every request, so asking for the same paragraph again scrolls and flashes again. */
  seq: number;
  /** DOM id to move keyboard focus to once shown; null leaves focus where it is (e.g. the search box). */
  focusElementId: string | null;
}
