// The small markers under a cell's text: quotes (and broken ones), annotations, edited, conflict.
import type { Evidence } from '../../../../../shared/types.ts';
import { useT } from '../../../app/i18n.ts';
import type { CellRef } from '../../../app/nav.ts';
import { cellKey } from '../cell-key.ts';
import { useGridContext } from '../grid-context.ts';
import { messages } from '../../messages.ts';
import { BubbleIcon } from './BubbleIcon.tsx';

export function CellMarkers({ cell, evidence }: { cell: CellRef; evidence: Evidence[] }) {
  const t = useT(messages);
  const { annotationCounts, conflicts, edited } = useGridContext();
  const key = cellKey(cell);
  const notes = annotationCounts[key] ?? 0;
  const broken = evidence.filter((e) => e.status === 'broken').length;
  const conflict = conflicts.some((c) => c.target.domainId === cell.domainId && c.target.actorId === cell.actorId);
  return (
    <span className="pm-markers">
      <span className="pm-marker pm-marker--quotes" data-marker="quotes" title={t('quotesMarker', { n: evidence.length })}>
        <span aria-hidden="true">❝</span> {evidence.length}
      </span>
      {broken > 0 && (
        <span className="pm-marker pm-marker--broken" data-marker="broken" title={t('brokenMarker', { n: broken })}>
          <span aria-hidden="true">⚠</span> {t('brokenMarker', { n: broken })}
        </span>
      )}
      {notes > 0 && (
        <span className="pm-marker pm-marker--notes" data-marker="annotations" data-count={notes} title={t('annotationsMarker', { n: notes })}>
          <BubbleIcon /> {notes}
        </span>
      )}
      {edited.has(key) && (
        <span className="pm-marker pm-marker--edited" data-marker="edited" title={t('editedHint')}>
          ✎ {t('edited')}
        </span>
      )}
      {conflict && (
        <span className="pm-marker pm-marker--conflict" data-marker="conflict" title={t('conflictHint')}>
          ⇄ {t('conflict')}
        </span>
      )}
    </span>
  );
}
