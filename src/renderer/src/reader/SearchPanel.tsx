import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DocumentSummary, SearchHit } from '../../../shared/types.ts';
import { useLang, useT } from '../app/i18n.ts';
import { docShortName } from './doc-labels.ts';
import { readerMessages } from './messages.ts';
import { Snippet } from './Snippet.tsx';
import { queryTerms } from './text-segments.ts';
import { useSearch } from './use-search.ts';

interface Props {
  docs: readonly DocumentSummary[];
  /** The document on screen, for the "this source" scope. */
  docId: string | null;
  /** The paragraph last opened, so Enter moves on from it. */
  openedParagraphId: string | null;
  /** Changes when Ctrl+F or the menu asks for the search box. */
  focusRequest: number;
  onOpenHit(hit: SearchHit): void;
  /** The terms of the search on screen (empty when none), to mark them in the text. */
  onTermsChange(terms: string[]): void;
}

type Scope = 'all' | 'doc';

export function SearchPanel({ docs, docId, openedParagraphId, focusRequest, onOpenHit, onTermsChange }: Props) {
  const t = useT(readerMessages);
  const { lang } = useLang();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<Scope>('all');
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const id = useId();
  const state = useSearch(query, scope === 'doc' ? (docId ?? undefined) : undefined);
  const hits = state.status === 'ready' ? state.result.hits : [];
  const names = useMemo(() => new Map(docs.map((d) => [d.id, docShortName(d, lang)])), [docs, lang]);

  useEffect(() => {
    if (focusRequest === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  // A new answer starts a new walk through the hits, and its terms are what the text marks.
  useEffect(() => {
    if (state.status === 'ready') {
      setActive(-1);
      onTermsChange(queryTerms(state.result.query));
    } else if (state.status === 'idle') onTermsChange([]);
  }, [state, onTermsChange]);

  useEffect(() => {
    if (active >= 0) list.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    onOpenHit(hit);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const n = hits.length;
    if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
      return;
    }
    if (n === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      open(Math.min(n - 1, active + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      open(Math.max(0, active - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Like find-in-page: Enter opens the current hit, then steps on (Shift+Enter steps back).
      const current = hits[active];
      const onCurrent = current !== undefined && current.paragraphId === openedParagraphId;
      if (active < 0) open(0);
      else if (!onCurrent) open(active);
      else open((active + (event.shiftKey ? n - 1 : 1)) % n);
    }
  };

  let count: string;
  switch (state.status) {
    case 'idle':
      count = t('searchHelp');
      break;
    case 'loading':
      count = t('searching');
      break;
    case 'error':
      count = `${t('searchFailed')}: ${state.message}`;
      break;
    case 'ready': {
      const { total, hits: shown, query: q } = state.result;
      count = total === 0 ? t('noHits', { q }) : total === 1 ? t('hitCountOne') : t('hitCount', { n: total });
      if (shown.length < total) count += ` · ${t('hitCountShown', { n: shown.length })}`;
    }
  }

  return (
    <section className="search-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        {t('search')}
      </h2>
      <div className="search-box">
        <span className="search-icon" aria-hidden="true">
          ⌕
        </span>
        <input
          ref={input}
          type="search"
          className="text-input"
          aria-label={t('search')}
          aria-controls={`${id}-results`}
          aria-describedby={`${id}-count`}
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          spellCheck={false}
        />
      </div>
      <div className="segmented small" role="group" aria-label={t('scope')}>
        {(['all', 'doc'] as const).map((s) => (
          <button key={s} type="button" aria-pressed={scope === s} onClick={() => setScope(s)} disabled={s === 'doc' && !docId}>
            {t(s === 'all' ? 'scopeAll' : 'scopeDoc')}
          </button>
        ))}
      </div>
      <p id={`${id}-count`} className="search-count" data-state={state.status} role="status" aria-live="polite">
        {count}
      </p>
      <ol ref={list} id={`${id}-results`} className="search-results" aria-label={t('results')}>
        {hits.map((hit, index) => (
          <li key={hit.paragraphId}>
            <button
              type="button"
              className="search-hit-button"
              aria-current={index === active ? 'true' : undefined}
              data-opened={hit.paragraphId === openedParagraphId || undefined}
              onClick={() => open(index)}
            >
              <span className="hit-meta">
                <span className="hit-doc">{names.get(hit.docId) ?? hit.docId}</span>
                {hit.section && <span className="hit-section">§ {hit.section}</span>}
                <span className="hit-ordinal">¶{hit.ordinal}</span>
                {hit.kind !== 'body' && <span className="hit-kind">{t(`kind_${hit.kind}`)}</span>}
              </span>
              <span className="hit-snippet">
                <Snippet text={hit.snippet} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
