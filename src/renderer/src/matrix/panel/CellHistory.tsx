// Who changed what in this cell, and when: the edit history main keeps, newest first.
import { useEffect, useState } from 'react';
import type { MatrixState } from '../../../../shared/contract.ts';
import type { HistoryEntry } from '../../../../shared/types.ts';
import { formatTime } from '../../app/format-time.ts';
import { api } from '../../api/client.ts';
import { useLang, useT } from '../../app/i18n.ts';
import type { CellRef } from '../../app/nav.ts';
import { panelMessages } from './panel-messages.ts';

/** A value from the history as one short line: quotes show their text, long text is cut. */
export function describeValue(value: unknown, absent: string, empty = '“”'): string {
  if (value === null || value === undefined) return absent;
  if (value === '') return empty;
  if (typeof value === 'string') return value.length > 140 ? `${value.slice(0, 140)}…` : value;
  if (typeof value === 'object' && 'exact' in value && typeof value.exact === 'string') return `“${value.exact}”`;
  const json = JSON.stringify(value);
  return json.length > 140 ? `${json.slice(0, 140)}…` : json;
}

export function CellHistory({ cell, state }: { cell: CellRef; state: MatrixState }) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  // No stored value means: for a quote, none (not yet added, or removed); for text, the baseline's.
  const absent = (key: string, side: 'before' | 'after') =>
    key.startsWith('evidence/') ? t(side === 'before' ? 'noQuoteYet' : 'quoteRemoved') : t('baselineValue');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .history({ domainId: cell.domainId, actorId: cell.actorId })
      .then((list) => {
        if (!live) return;
        setEntries(list);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
    // The state changes with every edit, undo and redo: that is when the history changes too.
  }, [cell.domainId, cell.actorId, state]);

  return (
    <section className="pm-section" aria-label={t('history')} data-testid="cell-history">
      <header className="pm-section__head">
        <h3>{t('history')}</h3>
      </header>
      {error && <p className="pm-error">{t('errorPrefix', { message: error })}</p>}
      {entries && entries.length === 0 && <p className="pm-muted">{t('noHistory')}</p>}
      {entries && entries.length > 0 && (
        <ol className="pm-history">
          {entries.map((entry) => (
            <li key={entry.seq} className={entry.undone ? 'pm-history__item pm-history__item--undone' : 'pm-history__item'}>
              <div className="pm-history__meta">
                <time dateTime={entry.at}>{formatTime(entry.at, lang)}</time> · {entry.author}
                {entry.undone && <span className="pm-status pm-status--undone">{t('undoneEntry')}</span>}
              </div>
              <div className="pm-history__label">{entry.label}</div>
              <div className="pm-history__change">
                <del>{describeValue(entry.before, absent(entry.key, 'before'), t('emptyValue'))}</del>
                <span aria-hidden="true"> → </span>
                <ins>{describeValue(entry.after, absent(entry.key, 'after'), t('emptyValue'))}</ins>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
