// Toggle chips, one per alignment value, with how many domains have it. None pressed = show all.
// They double as the colour legend of the alignment badges.
import { memo, useMemo, useRef } from 'react';
import type { AlignmentValue, DomainRow } from '../../../../shared/types.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import { ALIGNMENT_HINTS, ALIGNMENT_LABELS, ALIGNMENT_VALUES } from '../alignment.ts';
import { messages } from '../messages.ts';

/** Domains per alignment value, in ALIGNMENT_VALUES order. */
export type AlignmentCounts = readonly number[];

/**
 * How many domains have each value; null while only the matrix's first page is loaded (the counts
 * wait for the rest). The same array as long as the counts stay the same (an edit of a summary), so
 * the chips do not re-render for it.
 */
export function useAlignmentCounts(rows: readonly DomainRow[], counted: boolean): AlignmentCounts | null {
  const last = useRef<AlignmentCounts | null>(null);
  return useMemo(() => {
    if (!counted) return (last.current = null);
    const counts = ALIGNMENT_VALUES.map((value) => rows.filter((d) => d.alignment.value === value).length);
    const before = last.current;
    if (before && before.every((n, i) => n === counts[i])) return before;
    return (last.current = counts);
  }, [rows, counted]);
}

interface Props {
  counts: AlignmentCounts | null;
  active: ReadonlySet<AlignmentValue>;
  onToggle: (value: AlignmentValue) => void;
}

export const AlignmentChips = memo(function AlignmentChips({ counts, active, onToggle }: Props) {
  const t = useT(messages);
  const { lang } = useLang();
  return (
    <div className="pm-chips" role="group" aria-label={t('alignmentFilter')}>
      <span className="pm-chips__label">{t('alignmentFilter')}</span>
      {ALIGNMENT_VALUES.map((value, i) => {
        const count = counts ? counts[i] : '…';
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
});
