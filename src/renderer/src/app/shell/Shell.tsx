import './shell.css';
import { Suspense, useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppInfo } from '../../../../shared/types.ts';
import type { Preferences } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { useLang, useT } from '../i18n.ts';
import { NavContext } from '../nav.ts';
import type { View } from '../nav.ts';
import { ReaderView } from '../../reader/ReaderView.tsx';
import { readerWarmUp, usePdfWarmUp } from '../../reader/page/index.ts';
import { provideReaderWarmUp } from '../reader-warm-up.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ErrorScreen } from './ErrorScreen.tsx';
import { Header } from './Header.tsx';
import { LoadingScreen } from './LoadingScreen.tsx';
import { shellMessages } from './messages.ts';
import { PrefsContext } from '../prefs.ts';
import type { PrefsState } from '../prefs.ts';
import { StatusLine } from './StatusLine.tsx';
import { queueMatrixCommand } from '../use-matrix-menu.ts';
import { useMenuCommands } from './use-menu-commands.ts';
import { useEditCommand } from '../use-edit-command.ts';
import { useNavigation } from '../use-navigation.ts';
import { useShortcuts } from './use-shortcuts.ts';
import { useStatus } from '../status.ts';
import { WelcomePanel } from './WelcomePanel.tsx';
import { panelId, tabId, VIEWS } from './view-ids.ts';
import { AnnotationsView, MatrixView } from './views.ts';

// The evidence panel gets the reader's original pages ready before "Open on page" is clicked.
provideReaderWarmUp(readerWarmUp);

interface Props {
  info: AppInfo;
  initialPrefs: Preferences;
}

/** The app once its first data is in: header, the three views, the status line. */
export function Shell({ info, initialPrefs }: Props) {
  const { setLang } = useLang();
  const t = useT(shellMessages);
  const status = useStatus();
  const { nav, docRequest, setReaderPlace } = useNavigation();
  const [prefs, setPrefs] = useState(initialPrefs);
  const [findRequest, setFindRequest] = useState(0);
  // The reader mounts on first visit and then stays, so going back to it finds the same place.
  const [readerVisited, setReaderVisited] = useState(nav.view === 'reader');
  if (nav.view === 'reader' && !readerVisited) setReaderVisited(true);

  const prefsState = useMemo<PrefsState>(
    () => ({
      prefs,
      setAuthor: async (author) => setPrefs(await api.setPrefs({ author })),
      setWelcomeDismissed: async (welcomeDismissed) => setPrefs(await api.setPrefs({ welcomeDismissed })),
    }),
    [prefs],
  );

  const find = useCallback(() => {
    nav.setView('reader');
    setFindRequest((n) => n + 1);
  }, [nav]);

  const edit = useEditCommand();
  usePdfWarmUp();

  useMenuCommands({
    find,
    'lang-zh': () => setLang('zh'),
    'lang-en': () => setLang('en'),
    undo: () => void edit('undo'),
    redo: () => void edit('redo'),
    ...Object.fromEntries(
      (['export', 'project-save', 'project-open', 'project-merge'] as const).map((command) => [
        command,
        () => {
          // The matrix view listens for these itself; from another view, switch and let it run them.
          if (nav.view === 'matrix') return;
          queueMatrixCommand(command);
          nav.setView('matrix');
        },
      ]),
    ),
  });
  useShortcuts({ setView: nav.setView, find, help: () => void prefsState.setWelcomeDismissed(false).catch((e: unknown) => status.showError(e, t('help'))) });

  const panel = (view: View, content: ReactNode) => (
    <section key={view} id={panelId(view)} role="tabpanel" aria-labelledby={tabId(view)} className="view-panel" hidden={nav.view !== view}>
      {content}
    </section>
  );

  return (
    <PrefsContext.Provider value={prefsState}>
      <NavContext.Provider value={nav}>
        <div className="app">
          <Header onHelp={() => void prefsState.setWelcomeDismissed(false).catch((e: unknown) => status.showError(e, t('help')))} />
          {!prefs.welcomeDismissed && (
            <WelcomePanel onClose={() => void prefsState.setWelcomeDismissed(true).catch((e: unknown) => status.showError(e, t('help')))} />
          )}
          <main className="app-main">
            {VIEWS.map((view) => {
              if (view === 'reader') {
                return panel(
                  view,
                  readerVisited && (
                    <ViewBoundary>
                      <ReaderView active={nav.view === 'reader'} findRequest={findRequest} docRequest={docRequest} onPlace={setReaderPlace} />
                    </ViewBoundary>
                  ),
                );
              }
              // The matrix and annotations views mount when shown, so they always start from fresh data.
              const View = view === 'matrix' ? MatrixView : AnnotationsView;
              return panel(
                view,
                nav.view === view && (
                  <ViewBoundary>
                    <View />
                  </ViewBoundary>
                ),
              );
            })}
          </main>
          <StatusLine version={info.version} />
        </div>
      </NavContext.Provider>
    </PrefsContext.Provider>
  );
}

/** One view failing must not take the others down: it shows its error in place, with Retry. */
function ViewBoundary({ children }: { children: ReactNode }) {
  const t = useT(shellMessages);
  return (
    <ErrorBoundary fallback={(error, reset) => <ErrorScreen title={t('viewFailed')} message={error.message} onRetry={reset} />}>
      <Suspense fallback={<LoadingScreen />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
