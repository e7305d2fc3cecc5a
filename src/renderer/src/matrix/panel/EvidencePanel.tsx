// The right-hand panel for the selected cell: the text (editable), every quote with its source and a
// way to it, the annotations, conflicts with the baseline and the cell's edit history. The text and
// markers come from the grid's row; the quotes, annotations and history load for this cell, and
// reload only when a write names it. The panel is given its own row, not the matrix: a write to
// another row leaves it alone, and within it the quotes and the annotations re-render only when
// theirs change (a saved summary re-renders the editor and the history's new step).
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Actor, Annotation, BaselineConflict, DocumentSummary, DomainRow, Evidence, Target } from '../../../../shared/types.ts';
import { AnnotationItem, annotationMessages as noteMessages } from '../../annotations/index.ts';
import type { TargetOption } from '../../annotations/index.ts';
import { api } from '../../api/client.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import { describeError } from '../../app/status.ts';
import { useAnnotationList, useCellEvidence } from '../../app/store/cells.ts';
import { applyEdit } from '../../app/store/changes.ts';
import type { CellRef } from '../../app/nav.ts';
import { AlignmentEditor } from './editors/AlignmentEditor.tsx';
import { CellAnnotations } from './CellAnnotations.tsx';
import { CellHistory } from './CellHistory.tsx';
import { ConflictList } from '../integrity/ConflictList.tsx';
import { EvidenceItem } from './EvidenceItem.tsx';
import { panelMessages } from './panel-messages.ts';
import { SourceNote } from './SourceNote.tsx';
import { SummaryEditor } from './editors/SummaryEditor.tsx';
import type { ClaimFlag, ModalityHint } from '../../../../shared/claims.ts';
import { ClaimNotes } from '../claims/ClaimNotes.tsx';
import { BubbleIcon } from '../grid/cells/BubbleIcon.tsx';
import { positionOf } from '../grid/grid-context.ts';
import { useFocusKeeper } from '../../ui/use-focus-keeper.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineError } from '../../ui/InlineError.tsx';

interface Props {
  /** The selected cell's row, as the grid shows it. */
  domain: DomainRow;
  /** The cell's actor; null for the alignment column. */
  actor: Actor | null;
  cell: CellRef;
  /** This cell's baseline conflicts. */
  conflicts: BaselineConflict[];
  docs: Map<string, DocumentSummary>;
  onClose: () => void;
  onCompare: (domainId: string) => void;
  /** This cell's part of the matrix's claim check. */
  flags: readonly ClaimFlag[];
  hints: readonly ModalityHint[];
  /** Take the keyboard focus when shown (the cell was opened with Enter). */
  autoFocus?: boolean;
  /** Show the domain's source note first (its ⓘ marker in the grid was clicked). */
  revealNote?: boolean;
  /** Escape in the panel (outside a text field): focus goes back to the cell in the grid. */
  onReturnToGrid?: () => void;
}

/**
 * Escape belongs to a text field (an editor cancels with it), an open select, or a dialog opened from
 * the panel (it closes the dialog: React bubbles the key to the panel through the dialog); elsewhere
 * it leaves the panel.
 */
function leavesPanel(e: KeyboardEvent<HTMLElement>): boolean {
  const el = e.target as HTMLElement;
  return e.key === 'Escape' && !e.defaultPrevented && !['TEXTAREA', 'INPUT', 'SELECT'].includes(el.tagName) && !el.isContentEditable && el.closest('dialog') === null;
}

/** False until `ready` has been painted (a frame and a task later), then true for good; `now` skips the wait. */
function useAfterPaint(ready: boolean): [boolean, () => void] {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!ready || shown) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready, shown]);
  const now = useCallback(() => setShown(true), []);
  return [shown, now];
}

export const EvidencePanel = memo(function EvidencePanel({ domain, actor, cell, conflicts, docs, onClose, onCompare, flags, hints, autoFocus = false, revealNote = false, onReturnToGrid }: Props) {
  const t = useT(panelMessages);
  const root = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useFocusKeeper(root);
  useEffect(() => {
    if (autoFocus) title.current?.focus();
  }, [autoFocus]);
  const tn = useT(noteMessages);
  const { lang } = useLang();
  const [targetId, setTargetId] = useState('cell');
  const quotes = useCellEvidence(cell);
  // Quotes first: the annotations form and the history join in the frame after the quotes are painted.
  const [rest, showRest] = useAfterPaint(!quotes.isPending);
  const { data: list } = useAnnotationList({ domainId: cell.domainId });
  const position = cell.actorId === null ? undefined : positionOf(domain, cell.actorId);
  const count = cell.actorId === null ? domain.alignment.quotes : (position?.quotes ?? 0);
  const evidence = quotes.data ?? NONE;
  const notes = list ?? NONE;
  const { cellNotes, domainNotes, quoteNotes } = useMemo(() => {
    const inCell = (a: { target: Target }) => a.target.actorId === cell.actorId;
    return {
      cellNotes: notes.filter((a) => inCell(a) && a.target.evidenceId === null && (cell.actorId !== null || a.target.actorId === null)),
      domainNotes: notes.filter((a) => a.target.actorId === null && a.target.evidenceId === null && cell.actorId !== null),
      quoteNotes: notes.filter((a) => inCell(a) && a.target.evidenceId !== null),
    };
  }, [notes, cell.actorId]);

  // "Annotate this quote": the form (at the end of the panel) targets the quote, comes into view and takes the focus.
  const annotateQuote = useCallback(
    (evidenceId: string) => {
      showRest();
      setTargetId(`q:${evidenceId}`);
      requestAnimationFrame(() => {
        const field = root.current?.querySelector<HTMLTextAreaElement>('[data-testid="cell-annotations"] textarea');
        field?.scrollIntoView({ block: 'center' });
        field?.focus({ preventScroll: true });
      });
    },
    [showRest],
  );
  const targets = useMemo((): TargetOption[] => {
    const cellTarget: Target = { domainId: cell.domainId, actorId: cell.actorId, evidenceId: null };
    return [
      // A target without actor is the domain itself; main counts it under the alignment column.
      { id: 'cell', label: cell.actorId === null ? `${tn('targetDomain')} / ${tn('alignment')}` : tn('targetCell'), target: cellTarget },
      ...(cell.actorId !== null ? [{ id: 'domain', label: tn('targetDomain'), target: { domainId: cell.domainId, actorId: null, evidenceId: null } }] : []),
      ...evidence.map((e) => ({
        id: `q:${e.id}`,
        label: `${tn('targetQuote')}: “${e.exact.length > 22 ? `${e.exact.slice(0, 22)}…` : e.exact}”`,
        target: { ...cellTarget, evidenceId: e.id },
      })),
    ];
  }, [cell.domainId, cell.actorId, evidence, tn]);
  const toCell = useCallback(() => setTargetId('cell'), []);

  return (
    <aside
      ref={root}
      className="pm-panel"
      aria-label={t('panel')}
      data-testid="evidence-panel"
      data-region="panel"
      data-domain-id={cell.domainId}
      data-actor-id={cell.actorId ?? '_'}
      onKeyDown={(e) => {
        if (onReturnToGrid && leavesPanel(e)) {
          e.preventDefault();
          onReturnToGrid();
        }
      }}
    >
      <header className="pm-panel__head">
        <h2 ref={title} className="pm-panel__title" tabIndex={-1} data-region-entry data-testid="panel-title">
          <span className="pm-panel__domain">{pick(domain.name, lang)}</span>
          <span className="pm-panel__actor">{actor ? pick(actor.name, lang) : t('alignment')}</span>
        </h2>
        <Button size="small" onClick={() => onCompare(domain.id)}>
          ⇆ {t('compare')}
        </Button>
        <Button variant="icon" onClick={onClose} aria-label={t('closePanel')} title={t('closePanel')}>
          ×
        </Button>
      </header>
      <div className="pm-panel__body">
        {cell.actorId === null ? (
          <AlignmentEditor domainId={domain.id} alignment={domain.alignment} />
        ) : (
          <SummaryEditor domainId={domain.id} actorId={cell.actorId} position={position} />
        )}
        <ClaimNotes flags={flags} hints={hints} />
        {cell.actorId === null && domain.sourceNote && <SourceNote note={domain.sourceNote} reveal={revealNote} />}
        <ConflictList conflicts={conflicts} />
        <section className="pm-section" aria-label={t('evidence', { n: count })} data-state={quotes.isPending ? 'loading' : 'ready'} data-testid="cell-quotes">
          <header className="pm-section__head">
            <h3>{t('evidence', { n: count })}</h3>
          </header>
          {count === 0 && <p className="pm-muted">{t('noEvidence')}</p>}
          {quotes.error && <InlineError announce={false}>{t('errorPrefix', { message: describeError(quotes.error) })}</InlineError>}
          <QuoteList evidence={evidence} cell={cell} docs={docs} quoteNotes={quoteNotes} onAnnotate={annotateQuote} />
        </section>
        {rest && (
          <CellAnnotations
            cellNotes={cellNotes}
            domainNotes={domainNotes}
            quoteNotes={quoteNotes.length}
            targets={targets}
            targetId={targets.some((o) => o.id === targetId) ? targetId : 'cell'}
            onTargetChange={setTargetId}
            onAdded={toCell}
          />
        )}
        {rest && <CellHistory cell={cell} />}
      </div>
    </aside>
  );
});

const NONE: never[] = [];

interface QuoteListProps {
  evidence: readonly Evidence[];
  cell: CellRef;
  docs: Map<string, DocumentSummary>;
  /** The annotations on this cell's quotes, each shown with its quote. */
  quoteNotes: readonly Annotation[];
  onAnnotate: (evidenceId: string) => void;
}

/** The cell's quotes: re-rendered when they, their annotations or the documents change, not on every edit of the row. */
const QuoteList = memo(function QuoteList({ evidence, cell, docs, quoteNotes, onAnnotate }: QuoteListProps) {
  const tn = useT(noteMessages);
  return (
    <ol className="pm-quotes">
      {evidence.map((e) => (
        <EvidenceItem
          key={e.id}
          evidence={e}
          cell={cell}
          doc={docs.get(e.docId)}
          onRemove={async () => applyEdit(await api.removeEvidence({ domainId: cell.domainId, actorId: cell.actorId, evidenceId: e.id }))}
          actions={
            <Button variant="link" onClick={() => onAnnotate(e.id)}>
              <BubbleIcon /> {tn('annotateQuote')}
            </Button>
          }
        >
          {quoteNotes
            .filter((a) => a.target.evidenceId === e.id)
            .map((a) => (
              <AnnotationItem key={a.id} annotation={a} />
            ))}
        </EvidenceItem>
      ))}
    </ol>
  );
});
