// Who changed what in this cell, and when: one entry per analyst action (one Undo), newest first,
// each with the values it changed. Steps and values arrive typed; the words are the interface's own.
// An edited text reads as the change: the words kept, struck and added (text-diff.ts).
import { memo, useMemo } from 'react';
import type { HistoryChange, HistoryStep, Lang } from '../../../../shared/types.ts';
import { formatTime } from '../../app/format-time.ts';
import { useLang, useT } from '../../app/i18n.ts';
import type { CellRef } from '../../app/nav.ts';
import { describeError } from '../../app/status.ts';
import { describeStep } from '../../app/step-text.ts';
import { useCellHistory } from '../../app/store/cells.ts';
import { useMatrix } from '../../app/store/matrix.ts';
import { ALIGNMENT_LABELS } from '../alignment.ts';
import { panelMessages } from './panel-messages.ts';
import { diffText, elideSame } from './text-diff.ts';
import { InlineError } from '../../ui/InlineError.tsx';

const cut = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

type Side = 'before' | 'after';

/** One side of a change as one short line; null when there is no value on that side. */
export function changeText(change: HistoryChange, side: Side, lang: 'zh' | 'en'): string | null {
  switch (change.field.kind) {
    case 'summary':
    case 'alignment-reason': {
      const value = change[side] as string | null;
      return value === null ? null : cut(value);
    }
    case 'alignment-value': {
      const value = change[side] as keyof typeof ALIGNMENT_LABELS | null;
      return value === null ? null : ALIGNMENT_LABELS[value][lang];
    }
    case 'evidence': {
      const value = change[side] as { exact: string } | null;
      return value === null ? null : `“${cut(value.exact)}”`;
    }
    case 'domain':
    case 'actor':
    case 'category': {
      const value = change[side] as { name: { zh: string; en: string } } | null;
      return value === null ? null : `${value.name.zh} / ${value.name.en}`;
    }
    case 'annotation': {
      const value = change[side] as { text: string } | null;
      return value === null ? null : cut(value.text);
    }
  }
}

/** A text edited on both sides (a summary, a reason): shown as what changed in it. */
function textChange(change: HistoryChange): { before: string; after: string } | null {
  if (change.field.kind !== 'summary' && change.field.kind !== 'alignment-reason') return null;
  const { before, after } = change as { before: unknown; after: unknown };
  return typeof before === 'string' && typeof after === 'string' && before !== '' && after !== '' ? { before, after } : null;
}

/** The edit as one line: the kept words around it, the removed words struck, the added ones marked. */
function TextChange({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => elideSame(diffText(before, after)), [before, after]);
  return (
    <div className="pm-history__change pm-history__change--text" data-testid="history-diff">
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'del' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <ins key={i}>{part.text}</ins>
        ),
      )}
    </div>
  );
}

export function CellHistory({ cell }: { cell: CellRef }) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  const { data: steps, error } = useCellHistory(cell);
  const { data: view } = useMatrix();

  return (
    <section className="pm-section" aria-label={t('history')} data-testid="cell-history">
      <header className="pm-section__head">
        <h3>{t('history')}</h3>
      </header>
      {error && <InlineError announce={false}>{t('errorPrefix', { message: describeError(error) })}</InlineError>}
      {steps && steps.length === 0 && <p className="pm-muted">{t('noHistory')}</p>}
      {steps && steps.length > 0 && (
        <ol className="pm-history">
          {steps.map((step) => (
            // The step in words names its domain and actor from the matrix; each entry re-renders only
            // when its step or its words change (a save adds one entry, the others stay).
            <HistoryEntry key={step.seq} step={step} label={describeStep(step.label, lang, view)} lang={lang} />
          ))}
        </ol>
      )}
    </section>
  );
}

const HistoryEntry = memo(function HistoryEntry({ step, label, lang }: { step: HistoryStep; label: string; lang: Lang }) {
  const t = useT(panelMessages);
  // No stored value means: for a quote or a note, none (not yet added, or removed); for text, the baseline's.
  const absent = (change: HistoryChange, side: Side) =>
    change.field.kind === 'evidence' || change.field.kind === 'annotation' ? t(side === 'before' ? 'noQuoteYet' : 'quoteRemoved') : t('baselineValue');
  const show = (change: HistoryChange, side: Side) => {
    const text = changeText(change, side, lang);
    return text === null ? absent(change, side) : text === '' ? t('emptyValue') : text;
  };
  return (
    <li className={step.undone ? 'pm-history__item pm-history__item--undone' : 'pm-history__item'} data-step-kind={step.label.kind}>
      <div className="pm-history__meta">
        <time dateTime={step.at}>{formatTime(step.at, lang)}</time> · {step.author}
        {step.undone && <span className="pm-status pm-status--undone">{t('undoneEntry')}</span>}
      </div>
      <div className="pm-history__label">{label}</div>
      {step.changes.map((change) => {
        const texts = textChange(change);
        return texts ? (
          <TextChange key={change.key} before={texts.before} after={texts.after} />
        ) : (
          <div key={change.key} className="pm-history__change">
            <del>{show(change, 'before')}</del>
            <span aria-hidden="true"> → </span>
            <ins>{show(change, 'after')}</ins>
          </div>
        );
      })}
    </li>
  );
});
