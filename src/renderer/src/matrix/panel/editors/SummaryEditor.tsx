// A position's summary in the current language, editable in place. Save commits through main and only
// then says "Saved"; on an error the editor stays open with the analyst's text.
import { useState } from 'react';
import type { Lang, PositionCellView } from '../../../../../shared/types.ts';
import { api } from '../../../api/client.ts';
import { applyEdit } from '../../../app/store/changes.ts';
import { useSubmit } from '../../../ui/use-submit.ts';
import { pick, useLang, useT } from '../../../app/i18n.ts';
import { EditorActions, editorKeys } from './EditorActions.tsx';
import { panelMessages } from '../panel-messages.ts';
import { useSaveFlash } from './use-save-flash.ts';
import { DraftCheck } from '../../claims/DraftCheck.tsx';
import { Button } from '../../../ui/Button.tsx';

interface Props {
  domainId: string;
  actorId: string;
  position: PositionCellView | undefined;
}

export function SummaryEditor({ domainId, actorId, position }: Props) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  // The draft remembers its language: switching the interface mid-edit must not save into the other one.
  const [draft, setDraft] = useState<{ text: string; lang: Lang } | null>(null);
  const { busy, error, run } = useSubmit();
  const [saved, flashSaved] = useSaveFlash();
  const current = position?.summary[lang] ?? '';
  const editLang = draft?.lang ?? lang;
  const label = t('summaryIn', { lang: editLang === 'zh' ? t('langZh') : t('langEn') });

  async function save() {
    if (draft === null) return;
    await run(async () => {
      applyEdit(await api.setSummary({ domainId, actorId, lang: draft.lang, text: draft.text }));
      setDraft(null);
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
          <Button variant="link" onClick={() => setDraft({ text: current, lang })} aria-label={t('editSummary')} data-testid="edit-summary">
            ✎ {t('editSummary')}
          </Button>
        )}
      </header>
      {draft === null ? (
        <p className="pm-prose" data-testid="panel-summary">
          {pick(position?.summary, lang) || t('emptyValue')}
        </p>
      ) : (
        <div className="pm-editor">
          <textarea
            value={draft.text}
            rows={8}
            aria-label={label}
            data-testid="summary-editor"
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            onKeyDown={editorKeys(() => void save(), () => setDraft(null), busy)}
          />
          <DraftCheck domainId={domainId} actorId={actorId} lang={draft.lang} text={draft.text} />
          <EditorActions error={error} busy={busy} onSave={() => void save()} onCancel={() => setDraft(null)} />
        </div>
      )}
      {position && position.instruments.length > 0 && (
        <div className="pm-instruments" aria-label={t('instruments')}>
          {position.instruments.map((i) => (
            <span key={i} className="pm-instrument">
              {i}
            </span>
          ))}
        </div>
      )}
    </section>
  );
}
