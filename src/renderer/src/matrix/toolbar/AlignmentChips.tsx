// Toggle chips, one per alignment value, with how many domains have it. None pressed = show all.
// They double as the colour legend of the alignment badges.
import type { AlignmentValue, DomainRow } from '../../../../shared/types.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import { ALIGNMENT_HINTS, ALIGNMENT_LABELS, ALIGNMENT_VALUES } from '../alignment.ts';
import { messages } from '../messages.ts';

interface Props {
  rows: DomainRow[];
  /** False while only the matrix's first page is loaded: the counts wait for the rest. */
  counted: boolean;
  active: ReadonlySet<AlignmentValue>;
  onToggle: (value: AlignmentValue) => void;
}

export function AlignmentChips({ rows, counted, active, onToggle }: Props) {
  const t = useT(messages);
  const { lang } = useLang();
  return (
    <div className="pm-chips" role="group" aria-label={t('alignmentFilter')}>
      <span className="pm-chips__label">{t('alignmentFilter')}</span>
      {ALIGNMENT_VALUES.map((value) => {
        const count = counted ? rows.filter((d) => d.alignment.value === value).length : '…';
        const pressed = active.has(value);
        return (
          <button
            key={value}
            type="button"
            className={`pm-chip pm-chip--${value}${pressed ? ' pm-chip--on' : ''}`}
            aria-pressed={pressed}
            data-alignment={value}
            title={pick(ALIGNMENT_HINTS[value], lang)}
            onClick={() => onToggle(value)}
          >
            <span className={`pm-badge__dot pm-dot--${value}`} aria-hidden="true" />
            {pick(ALIGNMENT_LABELS[value], lang)}
            <span className="pm-chip__count">{count}</span>
          </button>
        );
      })}
    </div>
  );
}
