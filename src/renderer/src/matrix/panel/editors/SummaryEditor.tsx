// A position's summary, edited in both languages side by side: one Save sends both (only what
// changed is written). Revising one language alone flags the other "translation out of date"
// (TranslationFlag) until it is edited too or confirmed. Save commits through main and only then
// says "Saved"; on an error the editor stays open with the analyst's text. After Save or Cancel,
// focus returns to the Edit button, never to <body>.
import { useEffect, useRef, useState } from 'react';
import type { MatrixState } from '../../../../../shared/contract.ts';
import type { Bilingual, Position } from '../../../../../shared/types.ts';
import { api } from '../../../api/client.ts';
import { useSubmit } from '../../../ui/use-submit.ts';
import { pick, useLang, useT } from '../../../app/i18n.ts';
import { useInstrumentNames } from '../../state/use-instrument-names.ts';
import { EditorActions, editorKeys } from './EditorActions.tsx';
import { TranslationFlag } from './TranslationFlag.tsx';
import { panelMessages } from '../panel-messages.ts';
import { useSaveFlash } from './use-save-flash.ts';

interface Props {
  domainId: string;
  actorId: string;
  position: Position | undefined;
  onApply(state: MatrixState): void;
}

const LANGS = ['zh', 'en'] as const;

export function SummaryEditor({ domainId, actorId, position, onApply }: Props) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  const [draft, setDraft] = useState<Bilingual | null>(null);
  const { busy, error, run } = useSubmit();
  const [saved, flashSaved] = useSaveFlash();
  const editButton = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);
  const instrumentName = useInstrumentNames();
  const current = { zh: position?.summary.zh ?? '', en: position?.summary.en ?? '' };
  const label = t('summary');

  useEffect(() => {
    if (returnFocus && draft === null) {
      editButton.current?.focus();
      setReturnFocus(false);
    }
  }, [returnFocus, draft]);

  const close = () => {
    setDraft(null);
    setReturnFocus(true);
  };

  async function save() {
    if (draft === null) return;
    const changed = Object.fromEntries(LANGS.filter((l) => draft[l] !== current[l]).map((l) => [l, draft[l]]));
    if (Object.keys(changed).length === 0) {
      close();
      return;
    }
    await run(async () => {
      onApply(await api.setSummaryTexts({ domainId, actorId, ...changed }));
      close();
      flashSaved();
    });
  }

  return (
    <section className="pm-section" aria-label={label}>
      <header className="pm-section__head">
        <h3>{label}</h3>
        {saved && (
          <span className="pm-saved" role="status">
            ✓ {t('saved')}
          </span>
        )}
        {draft === null && (
          <button ref={editButton} type="button" className="pm-link-button" onClick={() => setDraft(current)} data-testid="edit-summary">
            ✎ {t('editSummary')}
          </button>
        )}
      </header>
      {draft === null ? (
        <>
          <p className="pm-prose" data-testid="panel-summary">
            {pick(position?.summary, lang) || t('emptyValue')}
          </p>
          <TranslationFlag domainId={domainId} actorId={actorId} stale={position?.summaryStale} onApply={onApply} />
        </>
      ) : (
        <div className="pm-editor pm-editor--bilingual">
          <div className="pm-bilingual">
            {LANGS.map((l) => {
              const fieldLabel = t('summaryIn', { lang: l === 'zh' ? t('langZh') : t('langEn') });
              return (
                <label key={l} className="pm-bilingual__field" lang={l === 'zh' ? 'zh-CN' : 'en'}>
                  <span className="pm-bilingual__label">
                    {fieldLabel}
                    {draft[l] !== current[l] && <span className="pm-bilingual__changed"> · {t('changed')}</span>}
                  </span>
                  <textarea
                    value={draft[l]}
                    rows={8}
                    // The interface language's field comes first for the keyboard and keeps the old test hook.
                    autoFocus={l === lang}
                    data-testid={l === lang ? 'summary-editor' : 'summary-editor-other'}
                    data-lang={l}
                    onChange={(e) => setDraft({ ...draft, [l]: e.target.value })}
                    onKeyDown={editorKeys(() => void save(), close, busy)}
                  />
                </label>
              );
            })}
          </div>
          {LANGS.filter((l) => draft[l] !== current[l]).length === 1 && (
            <p className="pm-muted pm-bilingual__hint" data-testid="one-language-hint">
              {t('oneLanguageHint', {
                other: LANGS.find((l) => draft[l] === current[l]) === 'zh' ? t('langZh') : t('langEn'),
              })}
            </p>
          )}
          <EditorActions error={error} busy={busy} onSave={() => void save()} onCancel={close} />
        </div>
      )}
      {position && position.instruments.length > 0 && (
        <div className="pm-instruments" aria-label={t('instruments')}>
          {position.instruments.map((i) => (
            <span key={i} className="pm-instrument" title={lang === 'zh' ? i : instrumentName(i, 'zh')}>
              {instrumentName(i, lang)}
            </span>
          ))}
        </div>
      )}
    </section>
  );
}
