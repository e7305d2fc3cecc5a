// The alignment value as a coloured badge; colour is never the only signal, the label is always shown.
import type { AlignmentValue } from '../../../../../shared/types.ts';
import { pick, useLang } from '../../../app/i18n.ts';
import { ALIGNMENT_HINTS, ALIGNMENT_LABELS } from '../../alignment.ts';

export function AlignmentBadge({ value }: { value: AlignmentValue }) {
  const { lang } = useLang();
  return (
    <span className={`pm-badge pm-badge--${value}`} data-alignment={value} title={pick(ALIGNMENT_HINTS[value], lang)}>
      <span className="pm-badge__dot" aria-hidden="true" />
      {pick(ALIGNMENT_LABELS[value], lang)}
    </span>
  );
}
