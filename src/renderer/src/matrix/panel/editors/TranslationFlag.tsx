// "Translation out of date": one language of a summary or reason was revised and the other was not.
// Says which, and lets the analyst confirm that the older text still holds (the flag then goes).
import type { MatrixState } from '../../../../../shared/contract.ts';
import type { Lang } from '../../../../../shared/types.ts';
import { api } from '../../../api/client.ts';
import { useT } from '../../../app/i18n.ts';
import { useSubmit } from '../../../ui/use-submit.ts';
import { panelMessages } from '../panel-messages.ts';

interface Props {
  domainId: string;
  /** null for the alignment reason. */
  actorId: string | null;
  stale: readonly Lang[] | undefined;
  onApply(state: MatrixState): void;
}

export function TranslationFlag({ domainId, actorId, stale, onApply }: Props) {
  const t = useT(panelMessages);
  const { busy, error, run } = useSubmit();
  const lang = stale?.[0];
  if (!lang) return null;
  const names = { zh: t('langZh'), en: t('langEn') };
  const revised = lang === 'zh' ? names.en : names.zh;
  return (
    <div className="pm-stale" role="note" data-testid="translation-flag" data-stale-lang={lang}>
      <p>
        <span aria-hidden="true">⚠ </span>
        {t('staleNote', { stale: names[lang], revised })}
      </p>
      <button
        type="button"
        className="pm-button pm-button--small"
        disabled={busy}
        data-testid="confirm-translation"
        onClick={() => void run(async () => onApply(await api.confirmTranslation({ domainId, actorId, lang })))}
      >
        {t('confirmTranslation', { lang: names[lang] })}
      </button>
      {error && (
        <p className="pm-error" role="alert">
          {t('errorPrefix', { message: error })}
        </p>
      )}
    </div>
  );
}
