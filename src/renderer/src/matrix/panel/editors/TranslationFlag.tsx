// "Translation out of date" in the evidence panel: one language of the summary or reason was revised
// and the other was not. Says which, and offers the two ways out: Confirm ("the other text still
// says the same", an undoable step) or Edit (the editor opens with the out-of-date text focused).
import type { Lang } from '../../../../../shared/types.ts';
import { api } from '../../../api/client.ts';
import { applyEdit } from '../../../app/store/changes.ts';
import { useT } from '../../../app/i18n.ts';
import { Button } from '../../../ui/Button.tsx';
import { InlineError } from '../../../ui/InlineError.tsx';
import { useSubmit } from '../../../ui/use-submit.ts';
import { panelMessages } from '../panel-messages.ts';

interface Props {
  domainId: string;
  /** null for the alignment reason. */
  actorId: string | null;
  stale: Lang | null;
  onEdit: (lang: Lang) => void;
}

export function TranslationFlag({ domainId, actorId, stale, onEdit }: Props) {
  const t = useT(panelMessages);
  const { busy, error, run } = useSubmit();
  if (!stale) return null;
  const names = { zh: t('langZh'), en: t('langEn') };
  const revised = names[stale === 'zh' ? 'en' : 'zh'];
  return (
    <div className="pm-stale" role="note" data-testid="translation-flag" data-stale-lang={stale}>
      <p className="pm-stale__text">
        <span aria-hidden="true">⚠ </span>
        {t('staleNote', { stale: names[stale], revised })}
      </p>
      <div className="pm-stale__actions">
        <Button
          size="small"
          disabled={busy}
          data-testid="confirm-translation"
          title={t('confirmTranslationHint', { lang: names[stale], revised })}
          onClick={() => void run(async () => applyEdit(await api.confirmTranslation({ domainId, actorId, lang: stale })))}
        >
          {t('confirmTranslation', { lang: names[stale] })}
        </Button>
        <Button variant="link" disabled={busy} data-testid="edit-stale" onClick={() => onEdit(stale)}>
          ✎ {t('editStale', { lang: names[stale] })}
        </Button>
      </div>
      {error && <InlineError>{t('errorPrefix', { message: error })}</InlineError>}
    </div>
  );
}
