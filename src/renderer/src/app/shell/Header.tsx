import { useT } from '../i18n.ts';
import { AuthorControl } from './AuthorControl.tsx';
import { LangSwitch } from './LangSwitch.tsx';
import { shellMessages } from './messages.ts';
import { ViewTabs } from './ViewTabs.tsx';
import { Button } from '../../ui/Button.tsx';

/** `onHelp` reopens the first-run panel. */
export function Header({ onHelp }: { onHelp: () => void }) {
  const t = useT(shellMessages);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          <span />
          <span />
        </span>
        <div>
          <h1 className="brand-name">{t('appName')}</h1>
          <p className="brand-sub">{t('appSubtitle')}</p>
        </div>
      </div>
      <ViewTabs />
      <div className="header-tools">
        <LangSwitch />
        <AuthorControl />
        <Button className="help-button" onClick={onHelp} data-testid="help">
          ? {t('help')}
        </Button>
      </div>
    </header>
  );
}
