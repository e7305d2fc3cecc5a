// Places in this cell where the shipped baseline changed after the analyst edited them. Each shows
// the field in words, the new baseline and the analyst's edit whole (the differing part marked), and
// lets the analyst keep their edit or take the new baseline; main makes either choice undoable.
import './integrity.css';
import { useState } from 'react';
import type { BaselineConflict } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { applyEdit } from '../../app/store/changes.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { useLang, useT } from '../../app/i18n.ts';
import { changedRange, conflictLabel, conflictTextLang, conflictValueText, SHOW_WHOLE_UP_TO, textPieces } from './conflict-text.ts';
import { panelMessages } from '../panel/panel-messages.ts';
import { useSaveFlash } from '../panel/editors/use-save-flash.ts';
import { Button } from '../../ui/Button.tsx';
import { InlineError } from '../../ui/InlineError.tsx';

interface Props {
  conflicts: BaselineConflict[];
}

export function ConflictList({ conflicts }: Props) {
  const t = useT(panelMessages);
  const [flashing, flash] = useSaveFlash();
  const [done, setDone] = useState('');
  // A resolved conflict leaves the list at once; the section stays while it says what was done.
  if (conflicts.length === 0 && !flashing) return null;
  return (
    <section className="pm-section pm-section--conflict" aria-label={t('conflicts')} data-testid="conflicts">
      <header className="pm-section__head">
        <h3>⇄ {t('conflicts')}</h3>
        <span className="pm-saved" role="status" data-testid="conflict-status">
          {flashing && `✓ ${done}`}
        </span>
      </header>
      {conflicts.length > 0 && <p className="pm-conflict__help">{t('conflictsHelp')}</p>}
      <ul className="pm-conflicts">
        {conflicts.map((c) => (
          <ConflictItem
            key={c.key}
            conflict={c}
            onResolved={(text) => {
              setDone(text);
              flash();
            }}
          />
        ))}
      </ul>
    </section>
  );
}

function ConflictItem({ conflict, onResolved }: { conflict: BaselineConflict; onResolved: (text: string) => void }) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  // On failure the conflict stays listed, with the reason; the analyst can try again.
  const { busy, error, run } = useSubmit();
  const [expanded, setExpanded] = useState(false);
  const field = conflictLabel(conflict, lang);
  const baseline = conflictValueText(conflict, 'baselineNow', lang);
  const mine = conflictValueText(conflict, 'userValue', lang);
  const range = baseline !== null && mine !== null ? changedRange(baseline, mine) : null;
  const longest = Math.max(baseline?.length ?? 0, mine?.length ?? 0);
  const collapsible = longest > SHOW_WHOLE_UP_TO;

  async function resolve(choice: 'mine' | 'baseline') {
    await run(async () => {
      applyEdit(await api.resolveConflict({ key: conflict.key, choice }));
      onResolved(t(choice === 'mine' ? 'keptMine' : 'tookBaseline', { field }));
    });
  }

  return (
    <li className="pm-conflict" data-testid="conflict" data-key={conflict.key}>
      <div className="pm-conflict__field" title={conflict.key}>
        {field}
      </div>
      <dl className="pm-conflict__sides">
        <dt>{t('conflictBaseline')}</dt>
        <dd data-testid="conflict-baseline" lang={conflictTextLang(conflict)}>
          <ConflictText
            text={baseline}
            absent={t('conflictBaselineNone')}
            changed={range && { start: range.start, end: range.endA }}
            empty={t('emptyValue')}
            collapsed={collapsible && !expanded}
          />
        </dd>
        <dt>{t('conflictYours')}</dt>
        <dd data-testid="conflict-mine" lang={conflictTextLang(conflict)}>
          <ConflictText
            text={mine}
            absent={conflict.kind === 'evidence' ? t('conflictQuoteRemoved') : t('emptyValue')}
            changed={range && { start: range.start, end: range.endB }}
            empty={t('emptyValue')}
            collapsed={collapsible && !expanded}
          />
        </dd>
      </dl>
      {collapsible && (
        <Button variant="link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} data-testid="conflict-expand">
          {expanded ? t('showLess') : t('showWhole', { n: longest })}
        </Button>
      )}
      {error && (
        <InlineError>
          {t('errorPrefix', { message: error })}
        </InlineError>
      )}
      <div className="pm-actions pm-actions--small">
        <Button
          variant="primary"
          size="small"
          disabled={busy}
          onClick={() => void resolve('mine')}
          aria-label={t('keepMineOf', { field })}
          data-testid="keep-mine"
        >
          {busy ? t('resolving') : t('keepMine')}
        </Button>
        <Button
          size="small"
          disabled={busy}
          onClick={() => void resolve('baseline')}
          aria-label={t('takeBaselineOf', { field })}
          data-testid="take-baseline"
        >
          {t('takeBaseline')}
        </Button>
      </div>
    </li>
  );
}

interface TextProps {
  text: string | null;
  /** Shown when there is no value at all, and when it is an empty text. */
  absent: string;
  empty: string;
  changed: { start: number; end: number } | null;
  collapsed: boolean;
}

function ConflictText({ text, absent, empty, changed, collapsed }: TextProps) {
  if (text === null) return <span className="pm-muted">{absent}</span>;
  if (text === '') return <span className="pm-muted">{empty}</span>;
  return (
    <>
      {textPieces(text, changed, collapsed).map((piece, i) =>
        piece.kind === 'changed' ? (
          <mark key={i} className="pm-conflict__changed">
            {piece.text}
          </mark>
        ) : piece.kind === 'gap' ? (
          <span key={i} className="pm-conflict__gap">
            {piece.text}
          </span>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
