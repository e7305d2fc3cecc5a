// Where an annotation points, in words: domain › actor (or alignment) › “quote”. Names come from the
// outline; a quote's text loads with its cell's quotes (shared with the evidence panel's cache).
import type { MatrixOutline, Target } from '../../../shared/types.ts';
import { pick, useLang, useT } from '../app/i18n.ts';
import { useCellEvidence } from '../app/store/cells.ts';
import { messages } from './messages.ts';

export function AnnotationTarget({ target, outline }: { target: Target; outline: MatrixOutline | null }) {
  const t = useT(messages);
  const { lang } = useLang();
  const domain = outline?.domains.find((d) => d.id === target.domainId);
  const actor = target.actorId ? outline?.actors.find((a) => a.id === target.actorId) : null;
  const { data: quotes, isPending } = useCellEvidence(target.evidenceId ? { domainId: target.domainId, actorId: target.actorId } : null);
  const quote = target.evidenceId ? quotes?.find((e) => e.id === target.evidenceId) : null;
  return (
    <p className="pm-target" data-domain-id={target.domainId} data-actor-id={target.actorId ?? '_'}>
      <span className="pm-target__domain">{domain ? pick(domain.name, lang) : target.domainId}</span>
      <span className="pm-target__sep">›</span>
      <span>{target.actorId === null ? (target.evidenceId ? t('alignment') : t('targetDomain')) : actor ? pick(actor.name, lang) : target.actorId}</span>
      {target.evidenceId && (
        <>
          <span className="pm-target__sep">›</span>
          <span className="pm-target__quote">{quote ? `“${quote.exact}”` : isPending ? '…' : t('quoteMissing')}</span>
        </>
      )}
    </p>
  );
}
