import { useLang, useT } from '../i18n.ts';
import type { Lang } from '../../../../shared/types.ts';
import { shellMessages } from './messages.ts';

const OPTIONS: ReadonlyArray<{ lang: Lang; label: string; htmlLang: string }> = [
  { lang: 'zh', label: '中文', htmlLang: 'zh-CN' },
  { lang: 'en', label: 'English', htmlLang: 'en' },
];

/** 中文 | English: each label is written in its own language, so it is readable whichever is active. */
export function LangSwitch() {
  const t = useT(shellMessages);
  const { lang, setLang } = useLang();
  return (
    <div className="segmented" role="group" aria-label={t('language')}>
      {OPTIONS.map((option) => (
        <button
          key={option.lang}
          type="button"
          lang={option.htmlLang}
          aria-pressed={lang === option.lang}
          onClick={() => setLang(option.lang)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
