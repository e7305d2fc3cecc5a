// What every part of the briefing's body receives.
import type { ExportLang } from '../input.ts';
import type { BriefingInput } from './input.ts';
import type { Footnotes } from './notes.ts';

export interface HeadingEntry {
  title: string;
  level: number;
  bookmark: string;
}

export interface BriefContext {
  input: BriefingInput;
  lang: ExportLang;
  notes: Footnotes;
  /** Bookmark IDs are unique across the document. */
  bookmarks: { next: number };
  /** Level-1 headings in order, for the table of contents' cached entries. */
  headings: HeadingEntry[];
}

/** A heading paragraph in a built-in Heading style, bookmarked for the table of contents. */
export function headingBookmark(ctx: BriefContext, title: string, level: number): { id: number; name: string } {
  const name = `_Toc_pm${ctx.bookmarks.next}`;
  const id = ctx.bookmarks.next++;
  if (level === 1) ctx.headings.push({ title, level, bookmark: name });
  return { id, name };
}
