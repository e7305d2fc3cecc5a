// Where an annotation points, in words: domain › actor (or alignment) › “quote”.
import type { Matrix, Target } from '../../../shared/types.ts';
import { pick, useLang, useT } from '../app/i18n.ts';
import { messages } from './messages.ts';

export function AnnotationTarget({ target, matrix }: { target: Target; matrix: Matrix | null }) {
  const t = useT(messages);
  const { lang } = useLang();
  const domain = matrix?.domains.find((d) => d.id === target.domainId);
  const actor = target.actorId ? matrix?.actors.find((a) => a.id === target.actorId) : null;
  const list = target.actorId === null ? domain?.alignment.evidence : domain?.positions[target.actorId]?.evidence;
  const quote = target.evidenceId ? list?.find((e) => e.id === target.evidenceId) : null;
  return (
    <p className="pm-target" data-domain-id={target.domainId} data-actor-id={target.actorId ?? '_'}>
      <span className="pm-target__domain">{domain ? pick(domain.name, lang) : target.domainId}</span>
      <span className="pm-target__sep">›</span>
      <span>{target.actorId === null ? (target.evidenceId ? t('alignment') : t('targetDomain')) : actor ? pick(actor.name, lang) : target.actorId}</span>
      {target.evidenceId && (
        <>
          <span className="pm-target__sep">›</span>
          <span className="pm-target__quote">{quote ? `“${quote.exact}”` : t('quoteMissing')}</span>
        </>
      )}
    </p>
  );
}
