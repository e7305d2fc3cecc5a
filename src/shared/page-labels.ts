// The page numbers a PDF's author printed (SourceInfo.pageLabels), for naming a page where the
// analyst cites it. Plain TypeScript for main and renderer.

/** The printed label of a 1-based page, or null (no labels, or none on that page). */
export function labelOf(labels: readonly string[] | null | undefined, page: number): string | null {
  const l = labels?.[page - 1];
  return l ? l : null;
}

/** A printed label worth showing beside the index: absent, or the same as the index, says nothing. */
export function distinctLabel(labels: readonly string[] | null | undefined, page: number): string | null {
  const l = labelOf(labels, page);
  return l !== null && l !== String(page) ? l : null;
}
