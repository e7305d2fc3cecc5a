// What the Word briefing needs: the same resolved input as the workbook, plus an optional claim check.
import type { ExportInput } from '../input.ts';

/** One flag of the claim check (where that feature exists): words the cited quotes do not support. */
export interface ClaimFlag {
  /** The words of the summary or reason that were flagged. */
  text: string;
  /** Why, if the check says. */
  detail?: string | null;
}

/**
 * The claim check's flags for one cell (`actorId` null: the alignment reason), in the language of
 * the text being checked. The briefing lists them in the footnotes of that text.
 */
export type ClaimFlagSource = (domainId: string, actorId: string | null, lang: 'zh' | 'en') => readonly ClaimFlag[];

export interface BriefingInput extends ExportInput {
  claimFlags?: ClaimFlagSource;
}

export type One = 'zh' | 'en';
