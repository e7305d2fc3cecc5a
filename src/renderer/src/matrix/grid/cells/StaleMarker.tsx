// "Translation out of date" as a small marker: in the interface language whose text is stale it says
// so ("译文待更新"); in the other it names the language left behind ("英文待更新"). Painted from the
// row's staleLang (the slim matrix payload), so it needs no request of its own.
import type { Lang } from '../../../../../shared/types.ts';
import { useLang, useT } from '../../../app/i18n.ts';
import { messages } from '../../messages.ts';

export function StaleMarker({ staleLang }: { staleLang: Lang | null }) {
  const t = useT(messages);
  const { lang } = useLang();
  if (!staleLang) return null;
  const name = t(staleLang === 'zh' ? 'langZhName' : 'langEnName');
  return (
    <span className="pm-marker pm-marker--stale" data-marker="translation-stale" data-stale-lang={staleLang} title={t(staleLang === lang ? 'staleHereHint' : 'staleOtherHint', { lang: name })}>
      <span aria-hidden="true">⚠</span> {staleLang === lang ? t('staleHere') : t('staleOther', { lang: name })}
    </span>
  );
}
