// The alignment value and its reason (Chinese and English side by side), editable in place: one Save
// is one step (one Undo). Only changed fields are sent, so the history shows what really changed; a
// reason revised in one language alone marks the other "translation out of date" (TranslationFlag).
import { useState } from 'react';
import type { AlignmentCellView, AlignmentValue, Bilingual, Lang } from '../../../../../shared/types.ts';
import { api } from '../../../api/client.ts';
import { applyWrite } from '../../../app/store/changes.ts';
import { useSubmit } from '../../../ui/use-submit.ts';
import { pick, useLang, useT } from '../../../app/i18n.ts';
import { ALIGNMENT_LABELS, ALIGNMENT_VALUES } from '../../alignment.ts';
import { AlignmentBadge } from '../../grid/cells/AlignmentBadge.tsx';
import { BilingualFields, changedLangs } from './BilingualFields.tsx';
import { EditorActions, editorKeys } from './EditorActions.tsx';
import { TranslationFlag } from './TranslationFlag.tsx';
import { panelMessages } from '../panel-messages.ts';
import { useSaveFlash } from './use-save-flash.ts';
import { Button } from '../../../ui/Button.tsx';

interface Props {
  domainId: string;
  alignment: AlignmentCellView;
}

interface Draft {
  value: AlignmentValue;
  reason: Bilingual;
  /** The reason field focused when the editor opens (the interface's, or the out-of-date one). */
  focus: Lang;
}

export function AlignmentEditor({ domainId, alignment }: Props) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  const [draft, setDraft] = useState<Draft | null>(null);
  const { busy, error, run } = useSubmit();
  const [note, setNote] = useState<string | null>(null);
  const [saved, flashSaved] = useSaveFlash();
  const savedReason: Bilingual = { zh: alignment.reason.zh, en: alignment.reason.en };
  const open = (focus: Lang) => {
    setNote(null);
    setDraft({ value: alignment.value, reason: savedReason, focus });
  };

  async function save() {
    if (!draft) return;
    const change: { domainId: string; value?: AlignmentValue; reason?: { zh?: string; en?: string } } = { domainId };
    if (draft.value !== alignment.value) change.value = draft.value;
    const reasonLangs = changedLangs(draft.reason, savedReason);
    if (reasonLangs.length > 0) change.reason = Object.fromEntries(reasonLangs.map((l) => [l, draft.reason[l]]));
    if (change.value === undefined && change.reason === undefined) {
      setDraft(null);
      setNote(t('unchanged'));
      return;
    }
    await run(async () => {
      const result = await api.setAlignment(change);
      // The grid's row, the closed editor and "Saved" in one commit.
      applyWrite(result, () => {
        setDraft(null);
        setNote(null);
        flashSaved();
      });
    });
  }

  return (
    <section className="pm-section" aria-label={t('alignment')}>
      <header className="pm-section__head">
        <h3>{t('alignment')}</h3>
        {saved && (
          <span className="pm-saved" role="status">
            ✓ {t('saved')}
          </span>
        )}
        {note && !saved && <span className="pm-muted">{note}</span>}
        {draft === null && (
          <Button
            variant="link"
            onClick={() => open(lang)}
            aria-label={t('editAlignment')}
            data-testid="edit-alignment"
          >
            ✎ {t('editAlignment')}
          </Button>
        )}
      </header>
      {draft === null ? (
        <>
          <AlignmentBadge value={alignment.value} />
          <p className="pm-prose">{pick(alignment.reason, lang) || t('emptyValue')}</p>
          <TranslationFlag domainId={domainId} actorId={null} stale={alignment.staleLang} onEdit={open} />
        </>
      ) : (
        <div className="pm-editor">
          <select
            value={draft.value}
            aria-label={t('alignment')}
            onChange={(e) => {
              const value = ALIGNMENT_VALUES.find((v) => v === e.target.value);
              if (value) setDraft({ ...draft, value });
            }}
          >
            {ALIGNMENT_VALUES.map((v) => (
              <option key={v} value={v}>
                {pick(ALIGNMENT_LABELS[v], lang)}
              </option>
            ))}
          </select>
          <BilingualFields
            domainId={domainId}
            actorId={null}
            draft={draft.reason}
            saved={savedReason}
            stale={alignment.staleLang}
            labelOf={(l) => t('reasonIn', { lang: l === 'zh' ? t('langZh') : t('langEn') })}
            testIdOf={(l) => (l === lang ? 'reason-editor' : 'reason-editor-other')}
            rows={4}
            focus={draft.focus}
            onChange={(reason) => setDraft({ ...draft, reason })}
            onKeyDown={editorKeys(() => void save(), () => setDraft(null), busy)}
          />
          <EditorActions error={error} busy={busy} onSave={() => void save()} onCancel={() => setDraft(null)} />
        </div>
      )}
    </section>
  );
}
