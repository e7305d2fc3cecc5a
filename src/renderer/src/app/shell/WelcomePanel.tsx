// First run: who is the analyst (their name goes on every edit and note — never the system account
// name without asking), which two papers the matrix rests on, and the three things to do. Closing it
// is remembered; Help in the header opens it again.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { DocumentSummary } from '../../../../shared/types.ts';
import '../../ui/controls.css';
import { api } from '../../api/client.ts';
import { useLang, useT } from '../i18n.ts';
import { usePrefs } from '../prefs.ts';
import { describeError } from '../status.ts';
import { shellMessages } from './messages.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineError } from '../../ui/InlineError.tsx';

const SHORTCUTS = [
  ['Ctrl+1 / 2 / 3', 'keyViews'],
  ['Ctrl+F', 'keyFind'],
  ['↑ ↓ Enter', 'keySearchHits'],
  ['Ctrl+Z / Ctrl+Y', 'keyUndo'],
  ['Ctrl+Enter', 'keySave'],
  ['Esc', 'keyCancel'],
  ['F1 / ?', 'keyHelp'],
] as const;

function docLine(d: DocumentSummary, lang: 'zh' | 'en'): string {
  const title = (lang === 'zh' ? (d.title.zh ?? d.title.en) : (d.title.en ?? d.title.zh)) ?? d.id;
  const authors = d.authors.map((a) => (lang === 'zh' ? (a.zh ?? a.en) : (a.en ?? a.zh))).filter(Boolean).join(lang === 'zh' ? '、' : ', ');
  const where = [d.venue, d.year].filter(Boolean).join(lang === 'zh' ? ' ' : ', ');
  return `${authors}${lang === 'zh' ? '：' : ': '}${title}${where ? ` (${where})` : ''}`;
}

export function WelcomePanel({ onClose }: { onClose: () => void }) {
  const t = useT(shellMessages);
  const { lang } = useLang();
  const { prefs, setAuthor } = usePrefs();
  const [docs, setDocs] = useState<DocumentSummary[]>([]);
  const [name, setName] = useState(prefs.authorConfirmed ? prefs.author : '');
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useEffect(() => {
    api.listDocuments().then(setDocs, () => setDocs([]));
    heading.current?.focus();
  }, []);

  const saveName = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('authorEmpty'));
      return;
    }
    try {
      await setAuthor(name.trim());
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <section className="welcome" aria-labelledby={`${id}-title`} data-testid="welcome">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('welcomeTitle')}
      </h2>
      <div className="welcome-grid">
        <div>
          <h3>{t('welcomeSources')}</h3>
          <ul className="welcome-sources">
            {docs.map((d) => (
              <li key={d.id}>{docLine(d, lang)}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('welcomeThree')}</h3>
          <ol className="welcome-steps">
            <li>{t('welcomeCompare')}</li>
            <li>{t('welcomeAnnotate')}</li>
            <li>{t('welcomeExport')}</li>
          </ol>
        </div>
        <form onSubmit={(e) => void saveName(e)} className="welcome-name">
          <h3>
            <label htmlFor={`${id}-name`}>{t('welcomeName')}</label>
          </h3>
          <p className="muted">{prefs.authorConfirmed ? t('welcomeNameSet', { name: prefs.author }) : t('welcomeNameWhy')}</p>
          <div className="welcome-name-row">
            <input
              id={`${id}-name`}
              className="pm-input"
              value={name}
              placeholder={prefs.authorConfirmed ? '' : prefs.author}
              onChange={(e) => setName(e.target.value)}
              maxLength={120}
              data-testid="welcome-name"
            />
            <Button type="submit" variant="primary">
              {t('welcomeNameSave')}
            </Button>
          </div>
          {error && (
            <InlineError>
              {error}
            </InlineError>
          )}
        </form>
      </div>
      <div className="welcome-keys">
        <h3>{t('shortcutsTitle')}</h3>
        <dl>
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <Button className="welcome-close" onClick={onClose} data-testid="welcome-close">
        {t('welcomeClose')}
      </Button>
    </section>
  );
}
