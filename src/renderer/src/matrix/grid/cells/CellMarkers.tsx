// The small markers under a cell's text: quotes (and broken ones), annotations, edited, conflict, and
// a translation out of date (painted from the row's staleLang: no extra round trip).
import type { CellMarks } from '../../../../../shared/types.ts';
import { useT } from '../../../app/i18n.ts';
import type { CellRef } from '../../../app/nav.ts';
import { messages } from '../../messages.ts';
import { BubbleIcon } from './BubbleIcon.tsx';
import { StaleMarker } from './StaleMarker.tsx';
import { ClaimMarker } from '../../claims/ClaimMarker.tsx';
import { useCellClaims } from '../grid-context.ts';

export function CellMarkers({ cell, marks }: { cell: CellRef; marks: CellMarks }) {
  const t = useT(messages);
  const { quotes, broken, annotations: notes, edited, conflict, staleLang } = marks;
  const claims = useCellClaims(`${cell.domainId}/${cell.actorId ?? '_'}`);
  return (
    <span className="pm-markers">
      <span className="pm-marker pm-marker--quotes" data-marker="quotes" title={t('quotesMarker', { n: quotes })} data-cell={`${cell.domainId}/${cell.actorId ?? '_'}`}>
        <span aria-hidden="true">❝</span> {quotes}
      </span>
      {broken > 0 && (
        <span className="pm-marker pm-marker--broken" data-marker="broken" title={t('brokenMarker', { n: broken })}>
          <span aria-hidden="true">⚠</span> {t('brokenMarker', { n: broken })}
        </span>
      )}
      <ClaimMarker flags={claims} />
      {notes > 0 && (
        <span className="pm-marker pm-marker--notes" data-marker="annotations" data-count={notes} title={t('annotationsMarker', { n: notes })}>
          <BubbleIcon /> {notes}
        </span>
      )}
      {edited && (
        <span className="pm-marker pm-marker--edited" data-marker="edited" title={t('editedHint')}>
          ✎ {t('edited')}
        </span>
      )}
      <StaleMarker staleLang={staleLang} />
      {conflict && (
        <span className="pm-marker pm-marker--conflict" data-marker="conflict" title={t('conflictHint')}>
          ⇄ {t('conflict')}
        </span>
      )}
    </span>
  );
}
