// One quote: where it comes from (paper, section, paragraph), the quote in its context, its status,
// and the way to its paragraph. A broken quote stays visible, in red, with the reason it broke.
import '../integrity/integrity.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { DocumentSummary, Evidence } from '../../../../shared/types.ts';
import { distinctLabel } from '../../../../shared/page-labels.ts';
import { useLang, useT } from '../../app/i18n.ts';
import { useNav } from '../../app/nav.ts';
import type { CellRef } from '../../app/nav.ts';
import { pressOpenOnPage, warmReaderAtIdle } from '../../app/reader-warm-up.ts';
import type { ReaderWarmUpTarget } from '../../app/reader-warm-up.ts';
import { panelMessages } from './panel-messages.ts';
import { shortTitle } from '../../app/store/documents.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineError } from '../../ui/InlineError.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { RepairDialog } from '../integrity/RepairDialog.tsx';
import { repairMessages } from '../integrity/repair-messages.ts';

interface Props {
  evidence: Evidence;
  cell: CellRef;
  doc: DocumentSummary | undefined;
  onRemove?: () => Promise<void>;
  /** Extra actions (e.g. "Annotate this quote") and content (its annotations). */
  actions?: ReactNode;
  children?: ReactNode;
}

/** Why a quote is broken, in the interface language; main's English text only for an unknown reason. */
function problemText(evidence: Evidence, t: (key: keyof typeof panelMessages) => string): string {
  switch (evidence.problemCode) {
    case 'document-missing':
      return t('problemDocumentMissing');
    case 'not-verbatim':
      return t('problemNotVerbatim');
    case null:
      return evidence.problem ?? '—';
  }
}

export function EvidenceItem({ evidence, cell, doc, onRemove, actions, children }: Props) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  const nav = useNav();
  const tr = useT(repairMessages);
  const [error, setError] = useState<string | null>(null);
  const [repairing, setRepairing] = useState(false);
  const [justRepaired, setJustRepaired] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const repairButton = useRef<HTMLButtonElement>(null);
  const title = shortTitle(doc, evidence.docId, lang);
  const broken = evidence.status === 'broken';
  const canOpen = !broken && evidence.paragraphId !== null && evidence.start !== null;
  // A quote from an imported PDF can also be seen on the page the author printed.
  const paged = doc?.source?.format === 'pdf' && (doc.source.pageSizes?.length ?? 0) > 0;
  // Its original page is got ready before "Open on page" is clicked (app/reader-warm-up.ts).
  const source = paged ? doc.source : null;
  const pageTarget = useMemo<ReaderWarmUpTarget | null>(
    () => (source && canOpen && evidence.paragraphId ? { docId: evidence.docId, paragraphId: evidence.paragraphId, sha256: source.sha256, bytes: source.bytes } : null),
    [source, canOpen, evidence.docId, evidence.paragraphId],
  );
  useEffect(() => (pageTarget ? warmReaderAtIdle(pageTarget) : undefined), [pageTarget]);
  // Cited by the number the author printed on the page, where the PDF declares page labels.
  const printed = paged && evidence.page !== undefined ? distinctLabel(doc.source?.pageLabels, evidence.page) : null;

  // After a repair the Repair button is gone (the quote is found again): focus goes to the way to
  // its source instead of falling to the page.
  useEffect(() => {
    if (!justRepaired || broken) return;
    setJustRepaired(false);
    (item.current?.querySelector<HTMLElement>('[data-testid="open-source"]') ?? item.current)?.focus();
  }, [justRepaired, broken]);

  function open(onPage = false) {
    if (evidence.paragraphId === null || evidence.start === null) return;
    nav.openReader({
      paragraphId: evidence.paragraphId,
      highlight: { start: evidence.start, length: evidence.exact.length },
      returnTo: { domainId: cell.domainId, actorId: cell.actorId },
      ...(onPage ? { onPage: true } : {}),
    });
  }

  async function remove() {
    if (!onRemove) return;
    setError(null);
    try {
      await onRemove();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <li ref={item} tabIndex={-1} className={`pm-quote${broken ? ' pm-quote--broken' : ''}`} data-evidence-id={evidence.id} data-status={evidence.status} data-testid="quote">
      <div className="pm-quote__source">
        <span className="pm-quote__doc" title={title.full}>
          {title.label}
        </span>
        {evidence.section !== null && (
          <span className="pm-quote__section">
            § {evidence.section || t('frontMatter')}
            {evidence.sectionTitle ? ` ${evidence.sectionTitle}` : ''}
          </span>
        )}
        {evidence.paragraphOrdinal !== null && <span className="pm-quote__para">{t('paragraph', { n: evidence.paragraphOrdinal })}</span>}
        {!broken && paged && evidence.page !== undefined && (
          <span className="pm-quote__page" data-testid="quote-page">
            {printed === null ? t('filePage', { n: evidence.page }) : t('printedPage', { label: printed, n: evidence.page })}
          </span>
        )}
        <span className={`pm-status pm-status--${evidence.status}`}>{broken ? t('broken') : t('anchored')}</span>
        {evidence.origin === 'user' && <span className="pm-status pm-status--user">{t('userQuote')}</span>}
      </div>
      <blockquote className="pm-quote__text">
        {evidence.prefix && <span className="pm-quote__context">…{evidence.prefix}</span>}
        <mark className="pm-quote__exact" data-testid="quote-exact">
          {evidence.exact}
        </mark>
        {evidence.suffix && <span className="pm-quote__context">{evidence.suffix}…</span>}
      </blockquote>
      {broken && (
        <div className="pm-quote__problem" data-testid="quote-problem" data-problem-code={evidence.problemCode ?? ''}>
          <p title={evidence.problem ?? undefined}>{t('brokenHelp', { problem: problemText(evidence, t) })}</p>
          {/* Main's own (English) explanation stays at hand for a bug report, out of the way. */}
          {evidence.problemCode !== null && evidence.problem && (
            <details className="pm-quote__detail">
              <summary>{t('problemDetail')}</summary>
              <span lang="en">{evidence.problem}</span>
            </details>
          )}
        </div>
      )}
      {error && (
        <InlineError>
          {t('errorPrefix', { message: error })}
        </InlineError>
      )}
      <div className="pm-actions pm-actions--small">
        <Button
          size="small"
          disabled={!canOpen}
          onClick={() => open()}
          aria-label={t('openSourceOf', { quote: evidence.exact.slice(0, 40) })}
          data-testid="open-source"
        >
          ↗ {t('openSource')}
        </Button>
        {paged && (
          <Button
            size="small"
            disabled={!canOpen}
            onClick={() => {
              // Asked for now, not after the view switch (a no-op when the pointer going down did it).
              if (pageTarget) pressOpenOnPage(pageTarget);
              open(true);
            }}
            onPointerDown={(e) => e.button === 0 && pageTarget && pressOpenOnPage(pageTarget)}
            aria-label={t('openOnPageOf', { quote: evidence.exact.slice(0, 40) })}
            data-testid="open-on-page"
          >
            ▤ {t('openOnPage')}
          </Button>
        )}
        {broken && onRemove && (
          <Button
            ref={repairButton}
            variant="primary"
            size="small"
            onClick={() => setRepairing(true)}
            aria-label={tr('repairOf', { quote: evidence.exact.slice(0, 40) })}
            data-testid="repair-quote"
          >
            {tr('repair')}
          </Button>
        )}
        {actions}
        {onRemove && (
          <ConfirmButton
            label={t('remove')}
            aria-label={t('removeQuote')}
            confirmLabel={t('confirmRemove')}
            cancelLabel={t('cancel')}
            onConfirm={remove}
            testId="remove-quote"
          />
        )}
      </div>
      {children}
      {repairing && onRemove && (
        <RepairDialog
          cell={cell}
          evidenceId={evidence.id}
          docTitle={title.full}
          onClose={() => {
            setRepairing(false);
            // Back to the button that opened it, while the quote is still broken.
            requestAnimationFrame(() => repairButton.current?.focus());
          }}
          onRepaired={() => setJustRepaired(true)}
          onRemove={onRemove}
        />
      )}
    </li>
  );
}
