import type { Lang } from './types.ts';

// The claim check's findings, as main reports them (CLI, export, IPC) and the renderer shows them.

/** A figure, date or titled instrument in a summary or reason that none of the cell's quotes backs. */
export interface ClaimFlag {
  domainId: string;
  /** null for the alignment reason. */
  actorId: string | null;
  lang: Lang;
  field: 'summary' | 'reason';
  /** The item as written, e.g. "2019", "527 亿美元", "《出口管制法》". */
  item: string;
  kind: 'figure' | 'date' | 'instrument';
  /** The sentence that contains it. */
  sentence: string;
  /** Where the item is in the field's text (UTF-16 offsets). */
  start: number;
  end: number;
  /** Set when the dataset records this item as an accepted exception, with the reason. */
  exception?: string;
}

/** A sentence that asserts plainly what its quote hedges. */
export interface ModalityHint {
  domainId: string;
  actorId: string | null;
  lang: Lang;
  field: 'summary' | 'reason';
  /** The hedge as the quote has it, e.g. "可能". */
  hedge: string;
  sentence: string;
  quote: string;
}

export interface ClaimCheck {
  unsupported: ClaimFlag[];
  hints: ModalityHint[];
}

/** A draft summary or reason checked before Save (the analyst's text, the cell's quotes). */
export interface DraftCheck {
  unsupported: Array<Pick<ClaimFlag, 'item' | 'kind' | 'sentence' | 'start' | 'end' | 'exception'>>;
  hints: Array<Pick<ModalityHint, 'hedge' | 'sentence' | 'quote'>>;
}
