import { markersIn } from './chars.ts';

/**
 * Footnote markers printed in the running text of the current page and not yet matched by a
 * footnote. A line starting with `①` is only taken as a footnote when the page has an unmatched ①:
 * a wrapped line of running text can start with a marker too, and taking it for a footnote would
 * hide text from the reader.
 */
export class PageMarkers {
  private readonly open = new Map<string, number>();

  newPage(): void {
    this.open.clear();
  }

  saw(text: string): void {
    for (const marker of markersIn(text)) this.open.set(marker, (this.open.get(marker) ?? 0) + 1);
  }

  /** True (and the marker is matched) if `marker` is waiting for its footnote on this page. */
  claim(marker: string): boolean {
    const n = this.open.get(marker) ?? 0;
    if (n === 0) return false;
    this.open.set(marker, n - 1);
    return true;
  }
}
