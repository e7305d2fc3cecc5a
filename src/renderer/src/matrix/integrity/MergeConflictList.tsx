// Places where a merged colleague's project changed a value differently from the analyst, listed
// above the grid like baseline conflicts: the field in words, both texts whole with the differing
// part marked, who wrote theirs, and Keep mine / Take theirs. Main makes each choice one undoable step.
import './integrity.css';
import { useQuery } from '@tanstack/react-query';
import type { Lang, MatrixView, MergeConflict } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { formatTime } from '../../app/format-time.ts';
import { useLang, useT } from '../../app/i18n.ts';
import { applyEdit } from '../../app/store/changes.ts';
import { queryKeys } from '../../app/store/query-client.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { changedRange, textPieces } from './conflict-text.ts';
import { messages } from '../messages.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineError } from '../../ui/InlineError.tsx';

export function MergeConflictList({ view }: { view: MatrixView }) {
  const t = useT(messages);
  const conflicts = useQuery({ queryKey: queryKeys.mergeConflicts, queryFn: () => api.mergeConflicts() });
  const list = conflicts.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="pm-section pm-section--conflict pm-merge-conflicts" aria-label={t('mergeConflicts')} data-testid="merge-conflicts">
      <header className="pm-section__head">
        <h3>
          ⇄ {t('mergeConflicts')} ({list.length})
        </h3>
      </header>
      <p className="pm-conflict__help">{t('mergeConflictsHelp')}</p>
      <ul className="pm-conflicts">
        {list.map((c) => (
          <MergeConflictItem key={c.key} conflict={c} view={view} />
        ))}
      </ul>
    </section>
  );
}

function MergeConflictItem({ conflict, view }: { conflict: MergeConflict; view: MatrixView }) {
  const t = useT(messages);
  const { lang } = useLang();
  const { busy, error, run } = useSubmit();
  const field = fieldLabel(conflict, view, lang, t);
  const mine = valueText(conflict.mine, lang);
  const theirs = valueText(conflict.theirs, lang);
  const range = mine !== null && theirs !== null ? changedRange(mine, theirs) : null;

  async function resolve(choice: 'mine' | 'theirs') {
    await run(async () => applyEdit(await api.resolveMergeConflict({ key: conflict.key, choice })));
  }

  return (
    <li className="pm-conflict" data-testid="merge-conflict" data-key={conflict.key}>
      <div className="pm-conflict__field" title={conflict.key}>
        {field}
      </div>
      <dl className="pm-conflict__sides">
        <dt>{t('mergeMine')}</dt>
        <dd data-testid="merge-mine">
          <Text text={mine} none={t('mergeNone')} changed={range && { start: range.start, end: range.endA }} />
        </dd>
        <dt>{t('mergeTheirs', { author: conflict.author, file: conflict.source.file, at: formatTime(conflict.at, lang) })}</dt>
        <dd data-testid="merge-theirs">
          <Text text={theirs} none={t('mergeNone')} changed={range && { start: range.start, end: range.endB }} />
        </dd>
      </dl>
      {error && (
        <InlineError>
          {t('errorPrefix', { message: error })}
        </InlineError>
      )}
      <div className="pm-actions pm-actions--small">
        <Button variant="primary" size="small" disabled={busy} onClick={() => void resolve('mine')} aria-label={t('keepMineOf', { field })} data-testid="merge-keep-mine">
          {t('keepMine')}
        </Button>
        <Button size="small" disabled={busy} onClick={() => void resolve('theirs')} aria-label={t('takeTheirsOf', { field })} data-testid="merge-take-theirs">
          {t('takeTheirs')}
        </Button>
      </div>
    </li>
  );
}

function Text({ text, none, changed }: { text: string | null; none: string; changed: { start: number; end: number } | null }) {
  if (text === null) return <span className="pm-muted">{none}</span>;
  return (
    <>
      {textPieces(text, changed, false).map((piece, i) =>
        piece.kind === 'changed' ? (
          <mark key={i} className="pm-conflict__changed">
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/** A value of any kind as text: a summary itself, a quote's words, a name, an annotation's text. */
function valueText(value: unknown, lang: Lang): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  const v = value as { text?: unknown; exact?: unknown; name?: { zh?: string; en?: string } };
  if (typeof v.text === 'string') return v.text;
  if (typeof v.exact === 'string') return v.exact;
  if (v.name) return v.name[lang] || v.name.zh || v.name.en || '';
  return JSON.stringify(value);
}

function fieldLabel(c: MergeConflict, view: MatrixView, lang: Lang, t: ReturnType<typeof useT<typeof messages>>): string {
  const kind = {
    summary: t('fieldSummary'),
    'alignment-value': t('fieldAlignmentValue'),
    'alignment-reason': t('fieldAlignmentReason'),
    evidence: t('fieldQuote'),
    domain: t('fieldDomain'),
    actor: t('fieldActor'),
    annotation: t('fieldAnnotation'),
    category: t('fieldCategory'),
  }[c.field.kind];
  const row = c.target.domainId ? view.rows.find((r) => r.id === c.target.domainId) : undefined;
  const actor = c.target.actorId ? view.actors.find((a) => a.id === c.target.actorId) : undefined;
  // An annotation's cell (main gives it: its key is only the annotation's ID); actor null = the alignment column.
  const column = actor ? actor.name[lang] || actor.name.zh : (c.target.actorId ?? (c.field.kind === 'annotation' && c.target.domainId ? t('colAlignment') : null));
  const where = [row ? row.name[lang] || row.name.zh : c.target.domainId, column].filter(Boolean);
  const names = lang === 'zh' ? { zh: '（中文）', en: '（英文）' } : { zh: ' (Chinese)', en: ' (English)' };
  const langTag = 'lang' in c.field ? names[c.field.lang] : '';
  return `${kind}${langTag}${where.length ? ` · ${where.join(' › ')}` : ''}`;
}
