// The repair view of a broken quote: the old quote in its context, the passages of the current
// version that come closest (ranked, with the changed words marked), and three ways out — accept a
// passage, select new text in the reader, or remove the quote. Accepting is one undoable step.
import './integrity.css';
import { useEffect, useRef, useState } from 'react';
import type { RepairCandidate, RepairView } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../app/i18n.ts';
import { useNav } from '../../app/nav.ts';
import type { CellRef } from '../../app/nav.ts';
import { describeError, useStatus } from '../../app/status.ts';
import { applyEdit } from '../../app/store/changes.ts';
import { useDocuments } from '../../app/store/documents.ts';
import { useLoader } from '../../app/use-loader.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { InlineError } from '../../ui/InlineError.tsx';
import { repairMessages } from './repair-messages.ts';

interface Props {
  cell: CellRef;
  evidenceId: string;
  /** The cited document's title as the panel shows it. */
  docTitle: string;
  onClose: () => void;
  /** After the quote was repaired (the panel moves focus to it). */
  onRepaired: () => void;
  /** Removing the quote: the panel's own remove-evidence write. */
  onRemove: () => Promise<void>;
}

/** The language of a text, for its glyphs: kana → Japanese, Han → Chinese, else English. */
export function textLang(text: string): string {
  if (/[\u3040-\u30ff]/.test(text)) return 'ja';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh-CN';
  return 'en';
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function RepairDialog({ cell, evidenceId, docTitle, onClose, onRepaired, onRemove }: Props) {
  const t = useT(repairMessages);
  const nav = useNav();
  const status = useStatus();
  const [loaded, retry] = useLoader<RepairView>(`${cell.domainId}/${cell.actorId ?? '_'}/${evidenceId}`, () =>
    api.repairCandidates({ domainId: cell.domainId, actorId: cell.actorId, evidenceId }),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const view = loaded.status === 'ready' ? loaded.value : null;
  const body = useRef<HTMLDivElement>(null);
  // A PDF source can be repaired by a selection on its original page too.
  const cited = useDocuments().get(view?.document?.id ?? '');
  const paged = cited?.source?.format === 'pdf' && (cited.source.pageSizes?.length ?? 0) > 0;

  // The dialog opens before the candidates arrive; once they do, focus goes to the best one's
  // Accept (or, with none, to Select in reader) — the likeliest next key press.
  const ready = view !== null;
  useEffect(() => {
    if (!ready) return;
    body.current?.querySelector<HTMLElement>('[data-testid="repair-accept"], [data-testid="repair-select"]:not(:disabled)')?.focus();
  }, [ready]);

  async function accept(c: RepairCandidate) {
    if (busy || !view) return;
    setBusy(true);
    setError(null);
    try {
      applyEdit(await api.repairQuote({ domainId: cell.domainId, actorId: cell.actorId, evidenceId, to: { paragraphId: c.paragraphId, start: c.start, exact: c.exact } }));
      status.show(t('repaired', { quote: short(c.exact) }), 'success');
      onClose();
      onRepaired();
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await onRemove();
      status.show(t('removed'), 'success');
      onClose();
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  function selectInReader(onPage = false) {
    if (!view?.startParagraphId) return;
    onClose();
    nav.openReader({ paragraphId: view.startParagraphId, returnTo: cell, repair: { ...cell, evidenceId, exact: view.quote.exact }, ...(onPage ? { onPage: true } : {}) });
  }

  return (
    <Dialog title={t('title')} onClose={onClose} testId="repair-dialog">
      <div ref={body} className="pm-repair" data-state={loaded.status}>
        {view && (
          <figure className="pm-repair__old">
            <figcaption>{t('oldQuote')}</figcaption>
            <blockquote lang={textLang(view.quote.exact)} data-testid="repair-old">
              {view.quote.prefix && <span className="pm-repair__context">…{view.quote.prefix}</span>}
              <mark className="pm-repair__exact">{view.quote.exact}</mark>
              {view.quote.suffix && <span className="pm-repair__context">{view.quote.suffix}…</span>}
            </blockquote>
            <p className="pm-repair__source">{view.document ? t('source', { doc: docTitle }) : t('sourceGone', { doc: docTitle })}</p>
          </figure>
        )}
        {loaded.status === 'loading' && <p className="pm-muted" role="status">{t('loading')}</p>}
        {loaded.status === 'error' && (
          <InlineError>
            {t('errorPrefix', { message: loaded.message })}{' '}
            <Button variant="link" onClick={retry}>
              ↻
            </Button>
          </InlineError>
        )}
        {view && (
          <section aria-labelledby="repair-candidates-title">
            <h3 id="repair-candidates-title" className="pm-repair__heading">
              {t('candidates')}
            </h3>
            {view.candidates.length === 0 ? (
              <p className="pm-repair__none" data-testid="repair-none">
                {view.document ? t('noCandidates') : t('noDocument')}
              </p>
            ) : (
              <>
                <p className="pm-repair__legend">{t('legend')}</p>
                <ol className="pm-repair__list">
                  {view.candidates.map((c, i) => (
                    <li key={`${c.paragraphId}:${c.start}`} className="pm-repair__candidate" data-testid="repair-candidate" data-quality={c.quality}>
                      <div className="pm-repair__meta">
                        <span className="pm-repair__rank">{t('candidateLabel', { n: i + 1 })}</span>
                        <span className={`pm-repair__quality pm-repair__quality--${c.quality}`}>{t(c.quality)}</span>
                        <span>{t('similarity', { n: Math.round(c.score * 100) })}</span>
                        <span>{t('where', { section: c.section || '—', ordinal: c.ordinal })}</span>
                        {c.page !== null && <span>{t('page', { n: c.page })}</span>}
                      </div>
                      <p className="pm-repair__diff" lang={textLang(c.exact)} data-testid="repair-diff">
                        {c.before && <span className="pm-repair__context">…{c.before}</span>}
                        {c.diff.map((d, k) =>
                          d.op === 'same' ? (
                            <span key={k} className="pm-repair__same">
                              {d.text}
                            </span>
                          ) : d.op === 'removed' ? (
                            <del key={k}>
                              <span className="pm-visually-hidden">{t('removedWords')}</span>
                              {d.text}
                            </del>
                          ) : (
                            <ins key={k}>
                              <span className="pm-visually-hidden">{t('addedWords')}</span>
                              {d.text}
                            </ins>
                          ),
                        )}
                        {c.after && <span className="pm-repair__context">{c.after}…</span>}
                      </p>
                      <Button
                        variant={i === 0 ? 'primary' : 'default'}
                        size="small"
                        disabled={busy}
                        onClick={() => void accept(c)}
                        aria-label={t('acceptOf', { n: i + 1 })}
                        data-testid="repair-accept"
                      >
                        {t('accept')}
                      </Button>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        )}
        {error && <InlineError>{t('errorPrefix', { message: error })}</InlineError>}
        <div className="pm-actions pm-repair__actions">
          <Button disabled={busy || !view?.startParagraphId} onClick={() => selectInReader()} data-testid="repair-select">
            {t('selectInReader')}
          </Button>
          {paged && (
            <Button disabled={busy || !view?.startParagraphId} onClick={() => selectInReader(true)} data-testid="repair-select-page" title={t('selectOnPageHint')}>
              {t('selectOnPage')}
            </Button>
          )}
          <ConfirmButton
            label={t('removeQuote')}
            confirmLabel={t('confirmRemove')}
            cancelLabel={t('cancel')}
            onConfirm={remove}
            variant="default"
            disabled={busy}
            testId="repair-remove"
          />
          <span className="pm-repair__spacer" />
          <Button onClick={onClose} data-testid="repair-close">
            {t('closeDialog')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
