import { useT } from '../app/i18n.ts';
import { readerMessages } from './messages.ts';
import { Button } from '../ui/Button.tsx';

interface Props {
  message: string;
  title?: string;
  tone?: 'info' | 'busy' | 'error';
  onRetry?: () => void;
}

/** Loading, empty and error states inside one of the reader's panes. */
export function PanelMessage({ message, title, tone = 'info', onRetry }: Props) {
  const t = useT(readerMessages);
  return (
    <div className={`panel-message tone-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {tone === 'busy' && <span className="spinner small" aria-hidden="true" />}
      <div>
        {title && <strong>{title}</strong>}
        <p>{message}</p>
        {onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </div>
    </div>
  );
}
