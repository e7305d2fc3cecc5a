// What every sheet writer receives.
import type { Hyperlink } from './hyperlinks.ts';
import type { ExportInput, ExportLang } from './input.ts';
import type { Plan } from './plan.ts';
import type { Progress } from './progress.ts';
import type { SheetKey } from './sheet-names.ts';
import type { PaperSize } from './paper.ts';
import type { Styles } from './styles.ts';

export interface SheetContext {
  input: ExportInput;
  lang: ExportLang;
  plan: Plan;
  paper: PaperSize;
  /** Styles sized for a sheet with these column widths, so that nothing prints below 9 pt. */
  stylesFor(widths: readonly number[], portrait?: boolean): Styles;
  progress: Progress;
  /** Printed in the page header of every sheet: when and what was exported. */
  stamp: string;
  /** In-document links collected per sheet while writing, added to the package at the end. */
  links: Record<SheetKey, Hyperlink[]>;
}

/** `A`, `B`, … `Z`, `AA`: column letters for ranges. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
