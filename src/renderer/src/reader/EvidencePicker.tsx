import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { api } from '../api/client.ts';
import { useLang, useT } from '../app/i18n.ts';
import { applyEdit } from '../app/store/changes.ts';
import type { CellRef } from '../app/nav.ts';
import { describeError } from '../app/status.ts';
import { cellKey, cellOptions, filterOptions } from './cell-options.ts';
import type { CellOption } from './cell-options.ts';
import { readerMessages } from './messages.ts';
import type { QuoteSelection } from './selection.ts';
import { useOutlineSnapshot } from './use-outline-snapshot.ts';
import { Button } from '../ui/Button.tsx';
import { InlineError } from '../ui/InlineError.tsx';

interface Props {
  quote: QuoteSelection;
  /** The quoted paragraph's language (`zh-CN` or `en`), so its glyphs are chosen right. */
  quoteLang: string;
  /** "¶12 · 四（二）", to show where the quote comes from. */
  where: string;
  /** Preselected cell, e.g. the one the analyst came from. */
  initialCell: CellRef | null;
  onClose: () => void;
  onAdded: (cellLabel: string) => void;
}

/** A modal, keyboard-searchable list of matrix cells; confirming adds the quote as evidence there. */
export function EvidencePicker({ quote, quoteLang, where, initialCell, onClose, onAdded }: Props) {
  const t = useT(readerMessages);
  const { lang } = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const [snapshot, retry] = useOutlineSnapshot(true);
  const [filter, setFilter] = useState('');
  const [activeKey, setActiveKey] = useState<string | null>(initialCell ? cellKey(initialCell) : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) {
      el.showModal();
      // showModal focuses the first focusable element (the scrollable quote); the filter is where typing goes.
      el.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
  }, []);

  const all = useMemo(
    () => (snapshot.status === 'ready' ? cellOptions(snapshot.outline, lang, readerMessages.alignment) : []),
    [snapshot, lang],
  );
  const shown = useMemo(() => filterOptions(all, filter), [all, filter]);
  const active = shown.find((o) => o.key === activeKey) ?? shown[0] ?? null;
  const optionId = (o: CellOption) => `${id}-opt-${o.key}`;

  // Keep the active option visible while arrowing through a long list.
  const activeDomId = active ? optionId(active) : null;
  // The list exists only once the cells are in and some match: until then the filter points at nothing
  // (an aria-controls naming a missing element is invalid, and axe said so while the cells loaded).
  const listShown = snapshot.status === 'ready' && shown.length > 0;
  useEffect(() => {
    if (activeDomId) document.getElementById(activeDomId)?.scrollIntoView({ block: 'nearest' });
  }, [activeDomId]);

  const confirm = async (option: CellOption | null) => {
    if (!option || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.addEvidence({
        domainId: option.domainId,
        actorId: option.actorId,
        paragraphId: quote.paragraphId,
        start: quote.start,
        exact: quote.exact,
      });
      applyEdit(result);
      onAdded(`${option.domainName} · ${option.cellName}`);
      dialog.current?.close();
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  };

  const move = (step: number) => {
    if (shown.length === 0) return;
    const index = active ? shown.indexOf(active) : -1;
    setActiveKey(shown[Math.min(shown.length - 1, Math.max(0, index + step))]!.key);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void confirm(active);
    }
  };

  const groups = useMemo(() => {
    const byDomain = new Map<string, CellOption[]>();
    for (const o of shown) byDomain.set(o.domainId, [...(byDomain.get(o.domainId) ?? []), o]);
    return [...byDomain.values()];
  }, [shown]);

  return (
    <dialog ref={dialog} className="pm-dialog picker" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('pickerTitle')}</h2>
      <figure className="picker-quote">
        <figcaption>
          {t('pickerQuote')} · {where}
        </figcaption>
        {/* A long quote scrolls: reachable by Tab so the keyboard can scroll it too. */}
        <blockquote lang={quoteLang} tabIndex={0}>
          {quote.exact}
        </blockquote>
      </figure>

      <label htmlFor={`${id}-filter`} className="pm-label">
        {t('pickerFilter')}
      </label>
      <input
        id={`${id}-filter`}
        className="pm-input"
        role="combobox"
        aria-expanded={listShown}
        aria-controls={listShown ? `${id}-list` : undefined}
        aria-activedescendant={listShown ? (activeDomId ?? undefined) : undefined}
        aria-autocomplete="list"
        placeholder={t('pickerFilterPlaceholder')}
        value={filter}
        data-autofocus
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={onKeyDown}
      />

      <div className="picker-list-wrap" tabIndex={0} role="group" aria-label={t('pickerCells')}>
        {snapshot.status === 'loading' || snapshot.status === 'idle' ? (
          <p className="muted">{t('pickerLoading')}</p>
        ) : snapshot.status === 'error' ? (
          <InlineError>
            {snapshot.message}{' '}
            <Button size="small" onClick={retry}>
              {t('retry')}
            </Button>
          </InlineError>
        ) : shown.length === 0 ? (
          <p className="muted">{t('pickerNoMatch')}</p>
        ) : (
          <ul id={`${id}-list`} role="listbox" aria-label={t('pickerTargets')} className="picker-list">
            {groups.map((options) => (
              <li key={options[0]!.domainId} role="presentation" className="picker-group">
                <div className="picker-group-name" aria-hidden="true">
                  {options[0]!.domainName}
                </div>
                <ul role="group" aria-label={options[0]!.domainName}>
                  {options.map((o) => (
                    <li
                      key={o.key}
                      id={optionId(o)}
                      role="option"
                      aria-selected={o === active}
                      className="picker-option"
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => setActiveKey(o.key)}
                      onDoubleClick={() => void confirm(o)}
                    >
                      <span className="picker-option-name" data-alignment={o.actorId === null || undefined}>
                        {o.cellName}
                      </span>
                      <span className="picker-option-meta">
                        {o.hasPosition ? t('evidenceCount', { n: o.evidenceCount }) : t('newPosition')}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>

      {error && (
        <InlineError>
          {t('evidenceFailed')}: {error}
        </InlineError>
      )}
      <div className="pm-actions pm-actions--end">
        <Button onClick={() => dialog.current?.close()}>
          {t('pickerCancel')}
        </Button>
        <Button variant="primary" disabled={!active || busy} onClick={() => void confirm(active)}>
          {t('pickerConfirm')}
          {active ? ` → ${active.domainName} · ${active.cellName}` : ''}
        </Button>
      </div>
    </dialog>
  );
}
