// Whether the reader shows the original pages, and what they were asked to show. The page view is
// there for imported PDFs only; when their original cannot be shown, the reader says why and stays
// on the text until the analyst asks again.
import { useCallback, useRef, useState } from 'react';
import type { DocumentSummary, PageSize } from '../../../../shared/types.ts';
import type { PageTarget } from './page-target.ts';

export interface PagesState {
  /** The document has pages to show (an imported PDF with its page sizes). */
  available: boolean;
  open: boolean;
  pageSizes: readonly PageSize[];
  target: PageTarget | null;
  /** Why the pages of this document are not shown (missing or changed original, unreadable file). */
  problem: string | null;
  show: (paragraphId: string, quote?: { start: number; length: number }) => void;
  toggle: () => void;
  close: () => void;
  unavailable: (message: string) => void;
  dismissProblem: () => void;
}

const NO_PAGES: PageSize[] = [];

export function usePagesState(doc: DocumentSummary | null): PagesState {
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<PageTarget | null>(null);
  const [problem, setProblem] = useState<{ docId: string; message: string } | null>(null);
  const seq = useRef(0);
  const docId = doc?.id ?? null;
  const source = doc?.source?.format === 'pdf' && doc.source.pageSizes && doc.source.pageSizes.length > 0 ? doc.source : null;
  const problemHere = problem && problem.docId === docId ? problem.message : null;

  const show = useCallback((paragraphId: string, quote?: { start: number; length: number }) => {
    setProblem(null);
    setOpen(true);
    setTarget({ paragraphId, quote, seq: ++seq.current });
  }, []);
  const toggle = useCallback(() => {
    setProblem(null);
    setOpen((o) => !o);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  const unavailable = useCallback(
    (message: string) => {
      setOpen(false);
      if (docId) setProblem({ docId, message });
    },
    [docId],
  );
  const dismissProblem = useCallback(() => setProblem(null), []);

  return {
    available: source !== null,
    open: open && source !== null && problemHere === null,
    pageSizes: source?.pageSizes ?? NO_PAGES,
    target,
    problem: problemHere,
    show,
    toggle,
    close,
    unavailable,
    dismissProblem,
  };
}
