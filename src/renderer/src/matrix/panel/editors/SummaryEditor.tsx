// A position's summary, edited in Chinese and English side by side: one Save sends what changed in
// one request (one step, one Undo). Revising one language alone marks the other "translation out of
// date" (TranslationFlag) until it is edited too or confirmed. Save commits through main and only
// then says "Saved"; meanwhile the grid's cell shows the new text marked "Saving…" (pending-texts.ts).
// On an error the cell shows the saved text again and the editor stays open with the analyst's text.
import { useState } from 'react';
import type { Bilingual, Lang, PositionCellView } from '../../../../../shared/types.ts';
import { api } from '../../../api/client.ts';
import { applyWrite } from '../../../app/store/changes.ts';
import { settlePendingText, showPendingText } from '../../../app/store/pending-texts.ts';
import type { PendingText } from '../../../app/store/pending-texts.ts';
import { useSubmit } from '../../../ui/use-submit.ts';
import { pick, useLang, useT } from '../../../app/i18n.ts';
import { BilingualFields, changedLangs } from './BilingualFields.tsx';
import { EditorActions, editorKeys } from './EditorActions.tsx';
import { TranslationFlag } from './TranslationFlag.tsx';
import { panelMessages } from '../panel-messages.ts';
import { useSaveFlash } from './use-save-flash.ts';
import { Button } from '../../../ui/Button.tsx';

interface Props {
  domainId: string;
  actorId: string;
  position: PositionCellView | undefined;
}

export function SummaryEditor({ domainId, actorId, position }: Props) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  // Both languages, and the field to focus first (the interface's, or the out-of-date one).
  const [draft, setDraft] = useState<{ text: Bilingual; focus: Lang } | null>(null);
  const { busy, error, run } = useSubmit();
  const [saved, flashSaved] = useSaveFlash();
  const current: Bilingual = { zh: position?.summary.zh ?? '', en: position?.summary.en ?? '' };
  const label = t('summary');
  const open = (focus: Lang) => setDraft({ text: current, focus });

  async function save() {
    if (draft === null) return;
    const changed = changedLangs(draft.text, current);
    if (changed.length === 0) {
      setDraft(null);
      return;
    }
    const text: PendingText = Object.fromEntries(changed.map((l) => [l, draft.text[l]]));
    // The grid's cell shows the text at once, marked as saving, until main has committed it.
    showPendingText(domainId, actorId, text);
    await run(async () => {
      try {
        const result = await api.setSummaryTexts({ domainId, actorId, ...text });
        // The grid's committed row (the saving mark gone), the closed editor and "Saved" in one commit.
        applyWrite(result, () => {
          settlePendingText(domainId, actorId, text);
          setDraft(null);
          flashSaved();
        });
      } finally {
        // Failed: the cell shows the saved text again; the editor keeps the analyst's text and says why.
        settlePendingText(domainId, actorId, text);
      }
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
          <Button variant="link" onClick={() => open(lang)} data-testid="edit-summary">
            ✎ {t('editSummary')}
          </Button>
        )}
      </header>
      {draft === null ? (
        <>
          <p className="pm-prose" data-testid="panel-summary">
            {pick(position?.summary, lang) || t('emptyValue')}
          </p>
          <TranslationFlag domainId={domainId} actorId={actorId} stale={position?.staleLang ?? null} onEdit={open} />
        </>
      ) : (
        <div className="pm-editor">
          <BilingualFields
            domainId={domainId}
            actorId={actorId}
            draft={draft.text}
            saved={current}
            stale={position?.staleLang ?? null}
            labelOf={(l) => t('summaryIn', { lang: l === 'zh' ? t('langZh') : t('langEn') })}
            // The interface language's field keeps the editor's long-standing test hook.
            testIdOf={(l) => (l === lang ? 'summary-editor' : 'summary-editor-other')}
            rows={8}
            focus={draft.focus}
            onChange={(text) => setDraft({ ...draft, text })}
            onKeyDown={editorKeys(() => void save(), () => setDraft(null), busy)}
          />
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
