// The footer count of unsupported items; a click takes the analyst to the next such cell.
import { useT } from '../../app/i18n.ts';
import { claimMessages } from './claims-messages.ts';

interface Props {
  /** Unsupported items that are not recorded exceptions. */
  count: number;
  onNext: (() => void) | null;
}

export function ClaimsCount({ count, onNext }: Props) {
  const t = useT(claimMessages);
  if (count === 0) {
    return (
      <span className="pm-foot__ok" data-testid="claims-count" data-count={0}>
        ✓ {t('footerNone')}
      </span>
    );
  }
  const label = count === 1 ? t('footerCountOne') : t('footerCount', { n: count });
  if (!onNext) return <span className="pm-foot__claims" data-testid="claims-count" data-count={count}>⚑ {label}</span>;
  return (
    <button type="button" className="pm-foot__count pm-foot__claims" data-testid="claims-count" data-count={count} onClick={onNext} title={t('goToNext', { n: count })}>
      ⚑ {label}
    </button>
  );
}

