// The grid marker of a cell whose summary or reason has items no quote backs.
import type { ClaimFlag } from '../../../../shared/claims.ts';
import { useT } from '../../app/i18n.ts';
import { claimMessages } from './claims-messages.ts';

export function ClaimMarker({ flags }: { flags: readonly ClaimFlag[] | undefined }) {
  const t = useT(claimMessages);
  if (!flags || flags.length === 0) return null;
  const open = flags.filter((f) => !f.exception);
  const items = [...new Set(flags.map((f) => f.item))].join('、');
  if (open.length === 0) {
    return (
      <span className="pm-marker pm-marker--claim-exception" data-marker="claim-exception" title={t('markerHint', { items })}>
        ⚑ {t('exceptionMarker')}
      </span>
    );
  }
  return (
    <span className="pm-marker pm-marker--unsupported" data-marker="unsupported" data-items={open.map((f) => f.item).join('|')} title={t('markerHint', { items })}>
      <span aria-hidden="true">⚑</span> {t('marker', { n: open.length })}
    </span>
  );
}
