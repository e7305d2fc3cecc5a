// Shows the current notice; errors are announced assertively, the rest politely.
import { useT } from '../i18n.ts';
import { messages } from './messages.ts';
import type { Notice } from './use-notice.ts';

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  const t = useT(messages);
  return (
    <div className="pm-notice-slot" role={notice?.kind === 'error' ? 'alert' : 'status'} data-testid="matrix-notice">
      {notice && (
        <div className={`pm-notice pm-notice--${notice.kind}`} data-kind={notice.kind}>
          <span className="pm-notice__text">{notice.text}</span>
          {notice.action && (
            <button type="button" className="pm-button pm-button--small" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
          <button type="button" className="pm-icon-button" onClick={onDismiss} aria-label={t('dismiss')} title={t('dismiss')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
