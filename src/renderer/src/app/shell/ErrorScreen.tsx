import { useEffect, useRef } from 'react';
import { useT } from '../i18n.ts';
import { shellMessages } from './messages.ts';
import { Button } from '../../ui/Button.tsx';

interface Props {
  title: string;
  message: string;
  onRetry: () => void;
}

/** A failure the analyst can act on: what went wrong, in the app's words, and a way to try again. */
export function ErrorScreen({ title, message, onRetry }: Props) {
  const t = useT(shellMessages);
  const retry = useRef<HTMLButtonElement>(null);
  useEffect(() => retry.current?.focus(), []);
  return (
    <div className="screen-center" role="alert">
      <div className="error-card">
        <h2>{title}</h2>
        <p className="error-message">{message}</p>
        <Button ref={retry} variant="primary" onClick={onRetry}>
          {t('retry')}
        </Button>
      </div>
    </div>
  );
}
