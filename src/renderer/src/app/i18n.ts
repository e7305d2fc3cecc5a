// Bilingual interface. Each feature keeps its own message table; the shell provides the language.
import { createContext, useCallback, useContext } from 'react';
import type { Bilingual, Lang } from '../../../shared/types.ts';

export type Messages = Record<string, Bilingual>;

export const LangContext = createContext<{ lang: Lang; setLang(lang: Lang): void }>({ lang: 'zh', setLang: () => undefined });

export function useLang() {
  return useContext(LangContext);
}

/** Default language from the system locale: Chinese for zh-*, English otherwise. */
export function systemLang(locale: string | undefined = navigator.language): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * `const t = useT(messages); t('key', { n: 3 })` — `{n}` placeholders are filled from vars.
 * A missing key shows itself, so a gap is visible rather than blank.
 */
export function useT<M extends Messages>(messages: M) {
  const { lang } = useLang();
  return useCallback(
    (key: keyof M & string, vars?: Record<string, string | number>) => {
      const entry = messages[key];
      let text = entry ? entry[lang] : key;
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    },
    [lang, messages],
  );
}

/** Pick one language of a bilingual value, falling back to the other when it is empty. */
export function pick(value: Bilingual | null | undefined, lang: Lang): string {
  if (!value) return '';
  return value[lang] || value[lang === 'zh' ? 'en' : 'zh'];
}
