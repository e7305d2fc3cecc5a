// Whether the reader shows the original pages, and what they were asked to show. The page view is
// there for imported PDFs only; when their original cannot be shown, the reader says why and stays
// on the text until the analyst asks again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, PageSize } from '../../../../shared/types.ts';
import { openOriginal } from './original-doc.ts';
import type { OpenedOriginal } from './original-doc.ts';
import type { PageTarget } from './page-target.ts';

/** The original of a document, opened or being opened for the page view. */
export interface Opening {
  docId: string;
  opened: Promise<OpenedOriginal>;
}

export interface PagesState {
  /** The document has pages to show (an imported PDF with its page sizes). */
  available: boolean;
  open: boolean;
  pageSizes: readonly PageSize[];
  /** The page numbers the author printed, one per page, where the PDF declares them. */
  pageLabels: readonly string[] | null;
  target: PageTarget | null;
  /** The original being opened for the page view (null until it is shown). */
  opening: Opening | null;
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
  const shown = open && source !== null && problemHere === null;

  // The original starts opening (or, kept open, is checked again) as soon as the page view is asked
  // for and the document is known, while its text is still on the way (the page view itself waits
  // for the paragraphs); the page view then finds it open or opening.
  const [opening, setOpening] = useState<Opening | null>(null);
  useEffect(() => {
    setOpening(shown && docId && source ? { docId, opened: openOriginal(docId, source) } : null);
  }, [shown, docId, source]);

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
    open: shown,
    pageSizes: source?.pageSizes ?? NO_PAGES,
    pageLabels: source?.pageLabels ?? null,
    target,
    opening: opening && opening.docId === docId ? opening : null,
    problem: problemHere,
    show,
    toggle,
    close,
    unavailable,
    dismissProblem,
  };
}
