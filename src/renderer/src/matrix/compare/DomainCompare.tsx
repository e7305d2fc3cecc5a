// "Compare side by side": one domain, every actor's position and quotes in columns, then the
// alignment with its own quotes and the note on the sources.
import { useEffect, useRef } from 'react';
import type { DocumentSummary, MatrixView } from '../../../../shared/types.ts';
import { useCellEvidence } from '../../app/store/cells.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import { describeError } from '../../app/status.ts';
import type { CellRef } from '../../app/nav.ts';
import { AlignmentBadge } from '../grid/cells/AlignmentBadge.tsx';
import { positionOf } from '../grid/grid-context.ts';
import { EvidenceItem } from '../panel/EvidenceItem.tsx';
import { messages } from '../messages.ts';
import { panelMessages } from '../panel/panel-messages.ts';
import { SourceNote } from '../panel/SourceNote.tsx';
import { StaleMarker } from '../grid/cells/StaleMarker.tsx';
import { useInstrumentNames } from '../state/use-instrument-names.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineError } from '../../ui/InlineError.tsx';

interface Props {
  view: MatrixView;
  domainId: string;
  docs: Map<string, DocumentSummary>;
  onDomainChange: (domainId: string) => void;
  onClose: () => void;
}

/** A cell's quotes, loaded for this cell (the grid's payload carries only their count). */
function Quotes({ count, cell, docs }: { count: number; cell: CellRef; docs: Map<string, DocumentSummary> }) {
  const t = useT(panelMessages);
  const { data, error } = useCellEvidence(count > 0 ? cell : null);
  if (count === 0) return <p className="pm-muted">{t('noEvidence')}</p>;
  if (error) return <InlineError announce={false}>{t('errorPrefix', { message: describeError(error) })}</InlineError>;
  const list = data ?? [];
  return (
    <ol className="pm-quotes">
      {list.map((e) => (
        <EvidenceItem key={e.id} evidence={e} cell={cell} doc={docs.get(e.docId)} />
      ))}
    </ol>
  );
}

export function DomainCompare({ view, domainId, docs, onDomainChange, onClose }: Props) {
  const t = useT(messages);
  const tp = useT(panelMessages);
  const instrumentName = useInstrumentNames();
  const { lang } = useLang();
  const closeRef = useRef<HTMLButtonElement>(null);
  const domain = view.rows.find((d) => d.id === domainId);

  useEffect(() => {
    closeRef.current?.focus();
  }, []);
  // Another domain starts at its top, not at the previous one's scroll position.
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
  }, [domainId]);

  if (!domain) return null;
  const actors = view.actors;
  return (
    <section
      className="pm-compare"
      role="dialog"
      aria-label={t('compareOf', { domain: pick(domain.name, lang) })}
      data-testid="domain-compare"
      data-region="compare"
      data-domain-id={domain.id}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <header className="pm-compare__head">
        <Button ref={closeRef} onClick={onClose}>
          ← {t('backToGrid')}
        </Button>
        <h2>{pick(domain.name, lang)}</h2>
        <AlignmentBadge value={domain.alignment.value} />
        <select className="pm-compare__pick" value={domain.id} onChange={(e) => onDomainChange(e.target.value)} aria-label={t('colDomain')}>
          {view.rows.map((d) => (
            <option key={d.id} value={d.id}>
              {pick(d.name, lang)}
            </option>
          ))}
        </select>
      </header>
      {/* A scrolling region keyboard users can reach and scroll, even before its quotes (and their buttons) are in. */}
      <div ref={body} className="pm-compare__body" tabIndex={0} role="region" aria-label={t('compareBody')}>
        {domain.sourceNote && <SourceNote note={domain.sourceNote} />}
        <div className="pm-compare__cols" style={{ gridTemplateColumns: `repeat(${actors.length}, minmax(280px, 1fr))` }}>
          {actors.map((actor) => {
            const position = positionOf(domain, actor.id);
            return (
              <article key={actor.id} className="pm-compare__col" data-actor-id={actor.id}>
                <h3 className="pm-compare__actor">{pick(actor.name, lang)}</h3>
                {position ? (
                  <>
                    <p className="pm-prose">{pick(position.summary, lang)}</p>
                    <StaleMarker staleLang={position.staleLang} />
                    {position.instruments.length > 0 && (
                      <div className="pm-instruments" aria-label={tp('instruments')}>
                        {position.instruments.map((i) => (
                          <span key={i} className="pm-instrument">
                            {instrumentName(i, lang)}
                          </span>
                        ))}
                      </div>
                    )}
                    <h4>{tp('evidence', { n: position.quotes })}</h4>
                    <Quotes count={position.quotes} cell={{ domainId: domain.id, actorId: actor.id }} docs={docs} />
                  </>
                ) : (
                  <p className="pm-muted">{t('notCovered')}</p>
                )}
              </article>
            );
          })}
        </div>
        <article className="pm-compare__alignment" data-actor-id="_">
          <h3>
            {tp('alignment')} <AlignmentBadge value={domain.alignment.value} />
          </h3>
          <p className="pm-prose">{pick(domain.alignment.reason, lang)}</p>
          <StaleMarker staleLang={domain.alignment.staleLang} />
          <h4>{tp('evidence', { n: domain.alignment.quotes })}</h4>
          <Quotes count={domain.alignment.quotes} cell={{ domainId: domain.id, actorId: null }} docs={docs} />
        </article>
      </div>
    </section>
  );
}
