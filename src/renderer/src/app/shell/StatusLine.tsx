import { useLang, useT } from '../i18n.ts';
import { shellMessages } from './messages.ts';
import { useStatusMessage } from '../status.ts';

/** The bottom line: the latest message on the left (announced politely), quiet hints on the right. */
export function StatusLine({ version }: { version: string }) {
  const t = useT(shellMessages);
  const { lang } = useLang();
  const message = useStatusMessage();
  return (
    <footer className="status-line">
      <div className="status-message" role="status" aria-live="polite" data-tone={message?.tone ?? 'info'}>
        {message ? (
          <>
            <span className="status-dot" aria-hidden="true" />
            {message.text}
          </>
        ) : (
          // The static first frame (public/first-frame.js) is a copy of this line: it says the loading
          // word instead, in the same language, until the app takes over.
          <span className="status-idle" data-while-static={t('loading')}>
            {t('statusReady')}
          </span>
        )}
      </div>
      <div className="status-hints" aria-hidden="true">
        <span>{t('shortcuts')}</span>
        <span>
          v{version} · {lang === 'zh' ? '中文' : 'English'}
        </span>
      </div>
    </footer>
  );
}
