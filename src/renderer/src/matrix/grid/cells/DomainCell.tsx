// The pinned first column: the domain's name in both languages (the current one first), its notes.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { pick, useLang, useT } from '../../../app/i18n.ts';
import type { MatrixRow } from '../grid-context.ts';
import { useGridContext } from '../grid-context.ts';
import { messages } from '../../messages.ts';
import { BubbleIcon } from './BubbleIcon.tsx';
import { Button } from '../../../ui/Button.tsx';

export function DomainCell(props: CustomCellRendererProps<MatrixRow>) {
  const { lang } = useLang();
  const t = useT(messages);
  const { openCompare } = useGridContext();
  const domain = props.data;
  if (!domain) return null;
  const other = lang === 'zh' ? 'en' : 'zh';
  const notes = domain.annotations;
  return (
    <div className="pm-cell pm-cell--domain" data-domain-id={domain.id} data-col="domain">
      <span className="pm-domain__name">{pick(domain.name, lang)}</span>
      {domain.name[other] && domain.name[other] !== domain.name[lang] && <span className="pm-domain__alt">{domain.name[other]}</span>}
      <span className="pm-markers">
        {domain.origin === 'user' && <span className="pm-marker pm-marker--edited">{t('addedDomain')}</span>}
        {domain.sourceNote && (
          <span className="pm-marker pm-marker--note" data-marker="source-note" title={pick(domain.sourceNote, lang)}>
            ⓘ {t('sourceNoteMarker')}
          </span>
        )}
        {notes > 0 && (
          <span className="pm-marker pm-marker--notes" data-marker="domain-annotations" title={t('annotationsMarker', { n: notes })}>
            <BubbleIcon /> {notes}
          </span>
        )}
      </span>
      <Button
        variant="link"
        className="pm-domain__compare"
        tabIndex={-1}
        onClick={(event) => {
          // The grid would otherwise also treat the click as selecting the row's cell.
          event.stopPropagation();
          openCompare(domain.id);
        }}
      >
        ⇆ {t('compare')}
      </Button>
    </div>
  );
}
