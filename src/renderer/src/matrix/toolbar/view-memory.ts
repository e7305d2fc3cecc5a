// What the analyst set up in the matrix view (filters, hidden columns) outlives the view itself, so a
// trip to the reader and back finds the grid as it was left. Session only: nothing is persisted.
import type { AlignmentValue } from '../../../../shared/types.ts';

export interface MatrixViewMemory {
  quickFilter: string;
  alignments: AlignmentValue[];
  hiddenColumns: string[];
}

let memory: MatrixViewMemory = { quickFilter: '', alignments: [], hiddenColumns: [] };

export function recallView(): MatrixViewMemory {
  return memory;
}

export function rememberView(change: Partial<MatrixViewMemory>): void {
  memory = { ...memory, ...change };
}
