import './reader.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { DocumentSummary, Paragraph, SearchHit } from '../../../shared/types.ts';
import { api } from '../api/client.ts';
import { useLang, useT } from '../app/i18n.ts';
import { useNav } from '../app/nav.ts';
import type { CellRef, RepairRequest } from '../app/nav.ts';
import type { ReaderPlace } from '../app/hash-route.ts';
import { describeError, useStatus } from '../app/status.ts';
import type { DocRequest } from '../app/use-navigation.ts';
import { cellLabel } from './cell-options.ts';
import { DocumentList } from './DocumentList.tsx';
import { AddSource, SourceDropZone } from './AddSource.tsx';
import { SourceImportContext } from './imports/SourceActions.tsx';
import { useSourceImport } from './imports/use-source-import.tsx';
import { DocumentText } from './DocumentText.tsx';
import { EvidencePicker } from './EvidencePicker.tsx';
import { markerDomId, paragraphDomId } from './footnotes.ts';
import { readerMessages } from './messages.ts';
import { PanelMessage } from './PanelMessage.tsx';
import type { ReaderFocus } from './reader-focus.ts';
import { SearchPanel } from './SearchPanel.tsx';
import type { QuoteSelection } from './selection.ts';
import type { TextView } from './text-view.ts';
import { SelectionButton } from './SelectionButton.tsx';
import { TableOfContents } from './TableOfContents.tsx';
import { useCurrentSection } from './use-current-section.ts';
import { useLoader } from '../app/use-loader.ts';
import type { Loaded } from '../app/use-loader.ts';
import { useOutlineSnapshot } from './use-outline-snapshot.ts';
import { useDocumentList } from '../app/store/documents.ts';
import { queryClient, queryKeys } from '../app/store/query-client.ts';
import { reloadAll } from '../app/store/changes.ts';
import { useQuoteSelection } from './use-quote-selection.ts';
import { RepairBar, useRepairSelection } from './RepairBar.tsx';
import { useKeyboardSelection } from './use-keyboard-selection.ts';
import { PageView, pageMessages, takePressedParagraph, usePagesState } from './page/index.ts';
import { Button } from '../ui/Button.tsx';

interface Props {
  /** False while another view is shown (the reader stays mounted to keep its place). */
  active: boolean;
  /** Changes when Ctrl+F or the Find menu item asks for the search box. */
  findRequest: number;
  /** A whole document asked for by `#/reader/doc/<id>`. */
  docRequest: DocRequest | null;
  /** Tells the shell where the reader is, so the hash (and a reload) keeps the place. */
  onPlace: (place: ReaderPlace) => void;
}

/** Where an in-reader jump came from, so the target effect needs no round trip and focus lands right. */
interface JumpHint {
  paragraphId: string;
  docId: string;
  focusElementId: string | null;
}

/** The longest the text waits for the page it was opened on (ms). */
const TEXT_HELD_AT_MOST = 2000;

export function ReaderView({ active, findRequest, docRequest, onPlace }: Props) {
  const t = useT(readerMessages);
  const tp = useT(pageMessages);
  const { lang } = useLang();
  const nav = useNav();
  const status = useStatus();

  // The documents come from the store, shared with the matrix (one request per session).
  const docsQuery = useDocumentList();
  const docsLoad: Loaded<DocumentSummary[]> = docsQuery.data
    ? { status: 'ready', value: docsQuery.data }
    : docsQuery.error
      ? { status: 'error', message: describeError(docsQuery.error) }
      : { status: 'loading' };
  const retryDocs = () => void docsQuery.refetch();
  const [selectedDocId, setSelectedDocId] = useState<string | null>(null);
  // Opened on a page from another view, a document's paragraphs not read yet are asked for once that
  // page is painted: in main, reading and sending 4.6 MB of them (300 pages) held up the original's
  // parts. Whatever becomes of the page (it fails to draw, say), the text waits at most 2 s.
  const textGate = useRef<{ promise: Promise<void>; release: () => void } | null>(null);
  const releaseText = useCallback(() => {
    textGate.current?.release();
    textGate.current = null;
  }, []);
  const holdText = useCallback(() => {
    textGate.current?.release();
    let open = () => {};
    const promise = new Promise<void>((resolve) => (open = resolve));
    const timer = setTimeout(open, TEXT_HELD_AT_MOST);
    textGate.current = { promise, release: () => (clearTimeout(timer), open()) };
  }, []);
  const loadParagraphs = useCallback(async (docId: string) => {
    await textGate.current?.promise;
    return api.listParagraphs({ docId });
  }, []);
  const [parasLoad, retryParas, forgetParas] = useLoader<Paragraph[]>(selectedDocId, loadParagraphs);
  const [focus, setFocus] = useState<ReaderFocus | null>(null);
  const [returnTo, setReturnTo] = useState<CellRef | null>(null);
  // Set when the reader was opened to repair a broken quote: the selection repairs it.
  const [repairing, setRepairing] = useState<RepairRequest | null>(null);
  const [targetError, setTargetError] = useState<string | null>(null);
  // The paragraph a target from another view asked for, as main gave it: the page view starts from
  // it (its page and boxes) while the document's paragraphs (4.6 MB for 300 pages) are still coming.
  const [arrived, setArrived] = useState<Paragraph | null>(null);
  const [terms, setTerms] = useState<string[]>([]);
  const [picking, setPicking] = useState<QuoteSelection | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // The text is virtualised: paragraphs are reached through it, never looked up in the DOM.
  const textView = useRef<TextView | null>(null);
  const focusSeq = useRef(0);
  const jumpHint = useRef<JumpHint | null>(null);

  const docs = docsLoad.status === 'ready' ? docsLoad.value : [];
  const doc = docs.find((d) => d.id === selectedDocId) ?? null;
  const paragraphs = parasLoad.status === 'ready' ? parasLoad.value : null;
  const byId = useMemo(() => new Map((paragraphs ?? []).map((p) => [p.id, p])), [paragraphs]);
  const headings = useMemo(() => (paragraphs ?? []).filter((p) => p.kind === 'heading'), [paragraphs]);
  const headingIds = useMemo(() => headings.map((h) => h.id), [headings]);
  const currentSection = useCurrentSection(scroller, textView, headingIds);
  const pages = usePagesState(doc);
  const showPage = pages.show;
  // An original that cannot be shown leaves the text to show at once.
  useEffect(() => {
    if (pages.problem) releaseText();
  }, [pages.problem, releaseText]);

  // A target from anywhere (a matrix cell, a deep link, a search hit, a footnote link) goes through nav.
  useEffect(() => {
    const target = nav.readerTarget;
    if (!target) return;
    const hint = jumpHint.current?.paragraphId === target.paragraphId ? jumpHint.current : null;
    jumpHint.current = null;
    setReturnTo(target.returnTo ?? null);
    setRepairing(target.repair ?? null);
    const show = (docId: string) => {
      setTargetError(null);
      setSelectedDocId(docId);
      setFocus({
        paragraphId: target.paragraphId,
        docId,
        highlight: target.highlight,
        seq: ++focusSeq.current,
        // Arriving from another view moves focus to the paragraph, so the keyboard continues there.
        focusElementId: hint ? hint.focusElementId : paragraphDomId(target.paragraphId),
      });
    };
    if (hint) {
      show(hint.docId);
      if (target.onPage) showPage(target.paragraphId, target.highlight);
      return;
    }
    let live = true;
    if (target.onPage) showPage(target.paragraphId, target.highlight);
    if (target.onPage) holdText();
    // Asked for already as the pointer went down on "Open on page", when it was.
    (takePressedParagraph(target.paragraphId) ?? api.getParagraph({ paragraphId: target.paragraphId })).then(
      (p) => {
        if (!live) return;
        setArrived(p);
        show(p.docId);
      },
      (error: unknown) => live && setTargetError(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [nav.readerTarget, showPage, holdText]);

  useEffect(() => {
    if (!docRequest) return;
    setSelectedDocId(docRequest.docId);
    setFocus(null);
  }, [docRequest]);

  // The way back follows the matrix: a cell selected there since (the analyst moved on from the
  // cell they came from) is where "Back to matrix" now returns, and what the button names.
  const matrixCell = nav.matrixFocus;
  useEffect(() => {
    if (matrixCell) setReturnTo((back) => (back && (back.domainId !== matrixCell.domainId || back.actorId !== matrixCell.actorId) ? matrixCell : back));
  }, [matrixCell]);

  // With nothing asked for (or the request failed), start with the first document.
  const firstDocId = docs[0]?.id ?? null;
  const waitingForTarget = (nav.readerTarget !== null || docRequest !== null) && targetError === null;
  useEffect(() => {
    if (selectedDocId === null && firstDocId !== null && !waitingForTarget) setSelectedDocId(firstDocId);
  }, [selectedDocId, firstDocId, waitingForTarget]);

  // Callbacks handed to every paragraph read the latest nav through a ref, so they never change and
  // the memoised paragraphs do not all re-render on each navigation.
  const latest = useRef({ nav, returnTo, repairing, selectedDocId, onPlace });
  useEffect(() => {
    latest.current = { nav, returnTo, repairing, selectedDocId, onPlace };
  });
  const jump = useCallback((paragraphId: string, docId: string, focusElementId: string | null) => {
    const { nav: n, returnTo: back, repairing: repair } = latest.current;
    jumpHint.current = { paragraphId, docId, focusElementId };
    // Following a footnote or a search hit keeps the way back and a repair under way.
    n.openReader({ paragraphId, ...(back ? { returnTo: back } : {}), ...(repair ? { repair } : {}) });
  }, []);
  const followFootnote = useCallback(
    (footnoteId: string) => jump(footnoteId, latest.current.selectedDocId ?? '', paragraphDomId(footnoteId)),
    [jump],
  );
  const backFromFootnote = useCallback((footnote: Paragraph) => {
    if (footnote.noteOf) jump(footnote.noteOf, footnote.docId, markerDomId(footnote.id));
  }, [jump]);
  const openHit = useCallback((hit: SearchHit) => jump(hit.paragraphId, hit.docId, null), [jump]);
  const showOnPage = useCallback((p: Paragraph) => showPage(p.id), [showPage]);

  const chooseDocument = useCallback((docId: string) => {
    setSelectedDocId(docId);
    setFocus(null);
    setTargetError(null);
    latest.current.onPlace({ kind: 'document', docId });
  }, []);

  const importer = useSourceImport({
    onStored: (id, replaced) => {
      if (replaced) {
        // A new version: every quote was anchored anew and the text changed under the same ID.
        void reloadAll();
        forgetParas(id);
      } else void queryClient.invalidateQueries({ queryKey: queryKeys.documents });
      chooseDocument(id);
    },
    onOpen: (id) => chooseDocument(id),
  });
  const importContext = useMemo(() => ({ start: importer.start, busy: importer.busy }), [importer.start, importer.busy]);

  const showHeading = useCallback((paragraphId: string) => textView.current?.reveal(paragraphId, 'start', paragraphDomId(paragraphId)), []);

  const textOf = useCallback((paragraphId: string) => byId.get(paragraphId)?.text, [byId]);
  const [selected, clearSelection] = useQuoteSelection(scroller, textOf, active && picking === null);
  const [outlineSnapshot] = useOutlineSnapshot(returnTo !== null);
  const returnLabel = returnTo && outlineSnapshot.status === 'ready' ? cellLabel(outlineSnapshot.outline, returnTo, lang, readerMessages.alignment) : null;

  // The page view's paragraphs: the document's, or until they are in, the one it was asked to show.
  const firstParagraphs = useMemo(() => (arrived && arrived.docId === selectedDocId ? [arrived] : null), [arrived, selectedDocId]);
  const pageParagraphs = paragraphs ?? firstParagraphs;

  const pickingParagraph = picking ? byId.get(picking.paragraphId) : undefined;
  const repairWith = useRepairSelection(repairing, () => {
    clearSelection();
    setRepairing(null);
  });
  // A keyboard selection does what a mouse selection's button does: repairs the quote being repaired,
  // or picks the cell for new evidence.
  useKeyboardSelection(scroller, textView, textOf, active && picking === null, (quote) => (repairing ? void repairWith.use(quote) : setPicking(quote)));
  // A selection on the original page does the same (its bar shows the exact text first).
  const pagePick = active && picking === null ? { label: repairing ? repairWith.label : t('useAsEvidence'), onUse: (quote: QuoteSelection) => (repairing ? void repairWith.use(quote) : setPicking(quote)) } : undefined;

  let text: ReactNode;
  if (docsLoad.status === 'error') text = null;
  else if (parasLoad.status === 'error') {
    text = <PanelMessage tone="error" title={t('loadFailed')} message={parasLoad.message} onRetry={retryParas} />;
  } else if (!doc || !paragraphs) {
    text = selectedDocId || docsLoad.status !== 'ready' ? <PanelMessage tone="busy" message={t('loadingText')} /> : <PanelMessage message={t('chooseDocument')} />;
  } else {
    text = (
      <DocumentText
        doc={doc}
        paragraphs={paragraphs}
        focus={focus}
        terms={terms}
        scroller={scroller}
        view={textView}
        onFollowFootnote={followFootnote}
        onBackFromFootnote={backFromFootnote}
        onShowOnPage={pages.available ? showOnPage : undefined}
      />
    );
  }

  return (
    <SourceImportContext.Provider value={importContext}>
    <div className={pages.open ? 'reader reader--pages' : 'reader'}>
      <aside className="reader-sidebar" data-region="documents" aria-label={t('sidebarLabel')}>
        <SourceDropZone importer={importer} className="sidebar-section docs-section">
          <h2 id="reader-docs-title" className="panel-title">
            {t('documents')}
          </h2>
          {docsLoad.status === 'ready' ? (
            <DocumentList docs={docs} selectedId={selectedDocId} onSelect={chooseDocument} />
          ) : docsLoad.status === 'error' ? (
            <PanelMessage tone="error" title={t('loadFailed')} message={docsLoad.message} onRetry={retryDocs} />
          ) : (
            <PanelMessage tone="busy" message={t('loadingDocuments')} />
          )}
          {/* Outside the list's loading states: reloading the list after an import keeps the summary. */}
          <AddSource importer={importer} />
        </SourceDropZone>
        <nav className="sidebar-section toc-section" aria-labelledby="reader-toc-title">
          <h2 id="reader-toc-title" className="panel-title">
            {t('contents')}
          </h2>
          <div className="toc-scroll">{paragraphs && <TableOfContents headings={headings} currentId={currentSection} onSelect={showHeading} />}</div>
        </nav>
      </aside>

      <div className="reader-main">
        {returnTo && (
          <div className="return-bar">
            {/* The button names the cell it goes back to, so it can never promise one and open another. */}
            <Button
              variant="primary"
              className="back-to-matrix"
              onClick={() => nav.showCell(returnTo)}
              data-testid="back-to-matrix"
              data-domain-id={returnTo.domainId}
              data-actor-id={returnTo.actorId ?? '_'}
            >
              {returnLabel ? t('backToCell', { cell: returnLabel }) : t('backToMatrix')}
            </Button>
          </div>
        )}
        {repairing && <RepairBar request={repairing} onStop={() => setRepairing(null)} />}
        {targetError && (
          <div className="reader-banner" role="alert">
            <strong>{t('paragraphMissing')}</strong>: {targetError}
          </div>
        )}
        {pages.problem && (
          <div className="reader-banner reader-banner--warn" role="alert" data-testid="pages-unavailable">
            <span>{pages.problem}</span>
            <Button size="small" onClick={pages.dismissProblem}>
              {tp('dismiss')}
            </Button>
          </div>
        )}
        {doc && pages.available && (
          <div className="reader-toolbar">
            <Button size="small" aria-pressed={pages.open} onClick={pages.toggle} title={tp('pageViewHint')} data-testid="page-view-toggle">
              {tp('pageView')}
            </Button>
          </div>
        )}
        <div className="reader-split">
        <div
          ref={scroller}
          className="reader-scroll"
          data-region="text"
          role="region"
          aria-label={t('text')}
          aria-busy={parasLoad.status === 'loading'}
          tabIndex={0}
          data-doc-id={doc?.id}
        >
          {text}
        </div>
        {pages.open && doc && pageParagraphs && (
          <PageView
            opening={pages.opening}
            pageSizes={pages.pageSizes}
            pageLabels={pages.pageLabels}
            paragraphs={pageParagraphs}
            target={pages.target}
            textScroller={scroller}
            textView={textView}
            onUnavailable={pages.unavailable}
            onClose={pages.close}
            onTargetShown={releaseText}
            pick={pagePick}
          />
        )}
        </div>
        {selected && picking === null && (
          <SelectionButton
            quote={selected.quote}
            bounds={selected.bounds}
            {...(repairing ? { label: repairWith.label } : {})}
            onUse={() => (repairing ? void repairWith.use(selected.quote) : setPicking(selected.quote))}
          />
        )}
      </div>

      <aside className="reader-search-pane" data-region="search" aria-label={t('searchPaneLabel')}>
        <SearchPanel
          docs={docs}
          docId={selectedDocId}
          openedParagraphId={focus?.paragraphId ?? null}
          focusRequest={findRequest}
          onOpenHit={openHit}
          onTermsChange={setTerms}
        />
      </aside>

      {picking && (
        <EvidencePicker
          quote={picking}
          quoteLang={pickingParagraph?.lang === 'en' ? 'en' : 'zh-CN'}
          where={pickingParagraph ? t('wherePara', { n: pickingParagraph.ordinal, section: pickingParagraph.section || t('frontMatter') }) : ''}
          initialCell={returnTo}
          onClose={() => setPicking(null)}
          onAdded={(label) => {
            status.show(t('evidenceAdded', { cell: label }), 'success');
            clearSelection();
          }}
        />
      )}
    </div>
    </SourceImportContext.Provider>
  );
}
