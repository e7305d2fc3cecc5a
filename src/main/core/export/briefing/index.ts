// Public surface of the Word briefing export.
export { writeBriefing } from './write-briefing.ts';
export type { BriefingInput, ClaimFlag, ClaimFlagSource } from './input.ts';
