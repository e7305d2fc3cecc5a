// What the Word briefing needs: the same resolved input as the workbook, plus an optional claim check.
import type { ExportInput } from '../input.ts';

/** One flag of the claim check (where that feature exists): words the cited quotes do not support. */
export interface ClaimFlag {
  /** The words of the summary or reason that were flagged. */
  text: string;
  /** Why, if the check says. */
  detail?: string | null;
  /** The sentence containing them: the flag's note goes after that sentence (else the paragraph's end). */
  sentence?: string | null;
}

/**
 * The claim check's flags for one cell (`actorId` null: the alignment reason), in the language of
 * the text being checked. The briefing lists them in the footnotes of that text.
 */
export type ClaimFlagSource = (domainId: string, actorId: string | null, lang: 'zh' | 'en') => readonly ClaimFlag[];

export interface BriefingInput extends ExportInput {
  /** Takes precedence over `claims` (the claim check's findings as the workbook receives them). */
  claimFlags?: ClaimFlagSource;
}

/**
 * One finding of the claim check (shared/claims.ts on the branch that adds it), read structurally so
 * the briefing lists them wherever the export input carries them.
 */
export interface CheckFinding {
  domainId: string;
  actorId: string | null;
  lang: 'zh' | 'en';
  item: string;
  kind: string;
  sentence?: string;
  /** An accepted exception, with its reason. */
  exception?: string;
}

export type One = 'zh' | 'en';
