// Under the page toolbar while text is selected on the page: the exact text that will become the
// quote, with the button that uses it (repair the broken quote, or cite it), or why the selection
// makes no quote. Nothing is written until the button is pressed.
import './page-pick.css';
import type { Paragraph } from '../../../../shared/types.ts';
import { useT } from '../../app/i18n.ts';
import { Button } from '../../ui/Button.tsx';
import type { PagePick } from './page-selection.ts';
import { pagePickMessages } from './page-pick-messages.ts';

interface Props {
  /** Null while nothing is selected on the page (the bar then says how to select). */
  pick: PagePick | null;
  paragraph: Paragraph | undefined;
  useLabel: string;
  onUse: () => void;
  onClear: () => void;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
const langOf = (p: Paragraph | undefined) => (p?.lang === 'en' ? 'en' : p?.lang === 'ja' ? 'ja' : 'zh-CN');

export function PagePickBar({ pick, paragraph, useLabel, onUse, onClear }: Props) {
  const t = useT(pagePickMessages);
  if (!pick || pick.kind === 'empty') {
    return (
      <div className="page-pick" role="region" aria-label={t('region')} data-testid="page-pick-bar" data-kind="none">
        <p className="page-pick__text page-pick__text--hint">{t('hint')}</p>
      </div>
    );
  }
  const refusal =
    pick.kind === 'several'
      ? t('several', { n: pick.paragraphs })
      : pick.kind === 'outside'
        ? t('outside', { text: short(pick.text) })
        : pick.kind === 'differs'
          ? pick.text
            ? t('differs', { page: short(pick.page), text: short(pick.text) })
            : t('differsNone', { page: short(pick.page) })
          : null;
  return (
    <div className="page-pick" role="region" aria-label={t('region')} data-testid="page-pick-bar" data-kind={pick.kind}>
      {pick.kind === 'quote' ? (
        <>
          <p className="page-pick__text" aria-live="polite">
            <span className="page-pick__label">{t('willQuote')}</span>{' '}
            <q lang={langOf(paragraph)} data-testid="page-pick-exact" title={pick.exact}>
              {pick.exact}
            </q>
            {paragraph && <span className="page-pick__where"> {t('where', { n: paragraph.ordinal, p: pick.rects[0]?.page ?? paragraph.page ?? '—' })}</span>}
          </p>
          <div className="page-pick__actions">
            <Button size="small" variant="primary" onMouseDown={(e) => e.preventDefault()} onClick={onUse} data-testid="page-pick-use" title={t('keys')}>
              {useLabel}
            </Button>
            <Button size="small" onMouseDown={(e) => e.preventDefault()} onClick={onClear}>
              {t('clear')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="page-pick__text page-pick__text--refused" role="alert">
            {refusal}
          </p>
          <div className="page-pick__actions">
            <Button size="small" onMouseDown={(e) => e.preventDefault()} onClick={onClear}>
              {t('clear')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
