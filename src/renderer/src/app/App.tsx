import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo } from '../../../shared/contract.ts';
import type { Lang, Preferences } from '../../../shared/types.ts';
import { api } from '../api/client.ts';
import { LangContext, systemLang, useT } from './i18n.ts';
import { setAppState } from './app-state.ts';
import { loadBoot } from './boot.ts';
import { ErrorBoundary } from './shell/ErrorBoundary.tsx';
import { ErrorScreen } from './shell/ErrorScreen.tsx';
import { LoadingScreen } from './shell/LoadingScreen.tsx';
import { shellMessages } from './shell/messages.ts';
import { Shell } from './shell/Shell.tsx';
import { describeError, useStatus } from './status.ts';
import { StatusProvider } from './StatusProvider.tsx';

type Boot = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; info: AppInfo; prefs: Preferences };

export function App() {
  return (
    <StatusProvider>
      <Root />
    </StatusProvider>
  );
}

const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

function Root() {
  const status = useStatus();
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Until preferences arrive, the loading and error screens follow the system language.
  const [lang, setLangState] = useState<Lang>(() => systemLang());

  useEffect(() => {
    let live = true;
    setBoot({ state: 'loading' });
    loadBoot().then(
      ([info, prefs]) => {
        if (!live) return;
        setLangState(prefs.lang ?? systemLang(info.locale));
        setBoot({ state: 'ready', info, prefs });
      },
      (error: unknown) => live && setBoot({ state: 'error', message: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => setAppState(boot.state), [boot.state]);
  useEffect(() => {
    // The document language picks the Simplified Chinese glyph forms from the CJK fonts.
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);

  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      api.setPrefs({ lang: next }).catch((error: unknown) => status.showError(error, shellMessages.langSaveFailed[next]));
    },
    [status],
  );
  const langValue = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  const retry = () => setAttempt((n) => n + 1);

  return (
    <LangContext.Provider value={langValue}>
      {boot.state === 'loading' && <LoadingScreen />}
      {boot.state === 'error' && <BootError message={boot.message} onRetry={retry} />}
      {boot.state === 'ready' && (
        <ErrorBoundary onError={() => setAppState('error')} fallback={(error) => <BootError message={error.message} onRetry={() => window.location.reload()} />}>
          <Shell info={boot.info} initialPrefs={boot.prefs} />
        </ErrorBoundary>
      )}
    </LangContext.Provider>
  );
}

function BootError({ message, onRetry }: { message: string; onRetry(): void }) {
  const t = useT(shellMessages);
  return <ErrorScreen title={t('loadFailed')} message={message} onRetry={onRetry} />;
}
