// Navigation between the views, shared by every feature. The shell (App.tsx) provides it.
import { createContext, useContext } from 'react';

export type View = 'matrix' | 'reader' | 'annotations';

/** A cell of the matrix: a position (actorId) or the alignment column (actorId null). */
export interface CellRef {
  domainId: string;
  actorId: string | null;
}

/** A broken quote the analyst is repairing by selecting new text in the reader. */
export interface RepairRequest extends CellRef {
  evidenceId: string;
  /** The old quote's text, to show what is being replaced. */
  exact: string;
}

export interface ReaderTarget {
  paragraphId: string;
  /** Character range inside the paragraph to highlight (an evidence quote). */
  highlight?: { start: number; length: number };
  /** Where "Back to matrix" returns to. */
  returnTo?: CellRef;
  /** The reader's selection repairs this quote instead of becoming a new one. */
  repair?: RepairRequest;
  /** Show the original page beside the text too (a PDF source's "Open on page"). */
  onPage?: boolean;
}

export interface Nav {
  view: View;
  readerTarget: ReaderTarget | null;
  /** The matrix cell to select and scroll to when the matrix is shown. */
  matrixFocus: CellRef | null;
  setView: (view: View) => void;
  openReader: (target: ReaderTarget) => void;
  showCell: (cell: CellRef) => void;
}

export const NavContext = createContext<Nav | null>(null);

export function useNav(): Nav {
  const nav = useContext(NavContext);
  if (!nav) throw new Error('useNav outside NavContext');
  return nav;
}
