// The alignment value and its reason (current language), editable in place; only changed fields are
// sent, so the history shows what really changed.
import { useState } from 'react';
import type { AlignmentCellView, AlignmentValue, Lang } from '../../../../../shared/types.ts';
import { api } from '../../../api/client.ts';
import { applyEdit } from '../../../app/store/changes.ts';
import { useSubmit } from '../../../ui/use-submit.ts';
import { pick, useLang, useT } from '../../../app/i18n.ts';
import { ALIGNMENT_LABELS, ALIGNMENT_VALUES } from '../../alignment.ts';
import { AlignmentBadge } from '../../grid/cells/AlignmentBadge.tsx';
import { EditorActions, editorKeys } from './EditorActions.tsx';
import { panelMessages } from '../panel-messages.ts';
import { useSaveFlash } from './use-save-flash.ts';
import { DraftCheck } from '../../claims/DraftCheck.tsx';
import { Button } from '../../../ui/Button.tsx';

interface Props {
  domainId: string;
  alignment: AlignmentCellView;
}

interface Draft {
  value: AlignmentValue;
  reason: string;
  /** The language the reason was opened in; the interface may switch mid-edit. */
  lang: Lang;
}

export function AlignmentEditor({ domainId, alignment }: Props) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  const [draft, setDraft] = useState<Draft | null>(null);
  const { busy, error, run } = useSubmit();
  const [note, setNote] = useState<string | null>(null);
  const [saved, flashSaved] = useSaveFlash();
  const editLang = draft?.lang ?? lang;
  const reasonLabel = t('reasonIn', { lang: editLang === 'zh' ? t('langZh') : t('langEn') });

  async function save() {
    if (!draft) return;
    const change: { domainId: string; value?: AlignmentValue; reason?: { zh?: string; en?: string } } = { domainId };
    if (draft.value !== alignment.value) change.value = draft.value;
    if (draft.reason !== alignment.reason[draft.lang]) change.reason = { [draft.lang]: draft.reason };
    if (change.value === undefined && change.reason === undefined) {
      setDraft(null);
      setNote(t('unchanged'));
      return;
    }
    await run(async () => {
      applyEdit(await api.setAlignment(change));
      setDraft(null);
      setNote(null);
      flashSaved();
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
            onClick={() => {
              setNote(null);
              setDraft({ value: alignment.value, reason: alignment.reason[lang], lang });
            }}
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
          <label className="pm-field__label" htmlFor={`reason-${domainId}`}>
            {reasonLabel}
          </label>
          <textarea
            id={`reason-${domainId}`}
            value={draft.reason}
            rows={4}
            onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
            onKeyDown={editorKeys(() => void save(), () => setDraft(null), busy)}
          />
          <DraftCheck domainId={domainId} actorId={null} lang={draft.lang} text={draft.reason} />
          <EditorActions error={error} busy={busy} onSave={() => void save()} onCancel={() => setDraft(null)} />
        </div>
      )}
    </section>
  );
}
