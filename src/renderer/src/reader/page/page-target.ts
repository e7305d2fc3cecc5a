/** What the page view is asked to show: a paragraph (outlined), with the quote to light when there is one. */
export interface PageTarget {
  paragraphId: string;
  quote?: { start: number; length: number } | undefined;
  /** Increases with every request, so asking again scrolls there again. */
  seq: number;
}
