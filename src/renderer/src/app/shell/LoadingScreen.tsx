import { useT } from '../i18n.ts';
import { shellMessages } from './messages.ts';

export function LoadingScreen() {
  const t = useT(shellMessages);
  return (
    <div className="screen-center" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <p>{t('loading')}</p>
    </div>
  );
}
