import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n.ts';
import { useNav } from '../nav.ts';
import { shellMessages } from './messages.ts';
import { panelId, tabId, VIEWS } from './view-ids.ts';

/** The three views as ARIA tabs; every tab stays in the Tab order, arrows move between them too. */
export function ViewTabs() {
  const t = useT(shellMessages);
  const nav = useNav();
  const refs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + VIEWS.length) % VIEWS.length;
    nav.setView(VIEWS[next]!);
    refs.current[next]?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('views')}>
      {VIEWS.map((view, index) => (
        <button
          key={view}
          ref={(el) => {
            refs.current[index] = el;
          }}
          id={tabId(view)}
          type="button"
          role="tab"
          className="view-tab"
          aria-selected={nav.view === view}
          aria-controls={panelId(view)}
          title={`Ctrl+${index + 1}`}
          onClick={() => nav.setView(view)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {t(`view.${view}`)}
        </button>
      ))}
    </div>
  );
}
