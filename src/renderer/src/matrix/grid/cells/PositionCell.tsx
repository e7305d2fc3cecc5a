// One actor's position in one domain: the summary in the current language and its markers; while a
// save of it is under way, the text being saved, marked "Saving…" until main has committed it.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { pick, useLang, useT } from '../../../app/i18n.ts';
import { CellMarkers } from './CellMarkers.tsx';
import { positionOf } from '../grid-context.ts';
import type { MatrixRow } from '../grid-context.ts';
import { useIsSelected } from '../grid-context.ts';
import { messages } from '../../messages.ts';
import { usePendingText } from '../../../app/store/pending-texts.ts';

export function PositionCell(props: CustomCellRendererProps<MatrixRow> & { actorId: string }) {
  const { lang } = useLang();
  const t = useT(messages);
  const domain = props.data;
  const isSelected = useIsSelected(domain?.id, props.actorId);
  // A save of this cell under way: its text, shown as not yet committed.
  const saving = usePendingText(domain?.id, props.actorId);
  if (!domain) return null;
  const cell = { domainId: domain.id, actorId: props.actorId };
  const position = positionOf(domain, props.actorId);
  return (
    <div
      className={`pm-cell${isSelected ? ' pm-cell--selected' : ''}`}
      data-domain-id={domain.id}
      data-actor-id={props.actorId}
      data-col="position"
      data-selected={isSelected}
    >
      {position ? (
        <>
          <p className="pm-cell__text" data-testid="summary" data-pending={saving ? 'true' : undefined}>
            {pick(saving ? { ...position.summary, ...saving } : position.summary, lang)}
          </p>
          {saving && (
            <span className="pm-cell__saving" role="status" data-testid="cell-saving">
              {t('saving')}
            </span>
          )}
          <CellMarkers cell={cell} marks={position} />
        </>
      ) : (
        <p className="pm-cell__text pm-muted">{t('notCovered')}</p>
      )}
    </div>
  );
}
