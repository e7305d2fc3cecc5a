// The Chinese and the English of one summary or reason, side by side (stacked when the panel is
// narrow): one editor, one Save. A field says when it was changed; when only one was, a hint says that
// the other will be marked "translation out of date" after saving. The claim check runs under each.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Bilingual, Lang } from '../../../../../shared/types.ts';
import { useT } from '../../../app/i18n.ts';
import { Field } from '../../../ui/Field.tsx';
import { DraftCheck } from '../../claims/DraftCheck.tsx';
import { panelMessages } from '../panel-messages.ts';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The languages whose draft differs from what is saved. */
export function changedLangs(draft: Bilingual, saved: Bilingual): Lang[] {
  return LANGS.filter((l) => draft[l] !== saved[l]);
}

interface Props {
  domainId: string;
  /** null for the alignment reason. */
  actorId: string | null;
  draft: Bilingual;
  saved: Bilingual;
  /** The saved text's language that is out of date, if one is. */
  stale: Lang | null;
  /** "概述（中文）" — the visible label, also the field's accessible name. */
  labelOf: (lang: Lang) => string;
  /** Test hook of the field in `lang`. */
  testIdOf: (lang: Lang) => string;
  rows: number;
  /** The field that has the focus when the editor opens. */
  focus: Lang;
  onChange: (draft: Bilingual) => void;
  onKeyDown: (e: KeyboardEvent<HTMLTextAreaElement>) => void;
}

export function BilingualFields({ domainId, actorId, draft, saved, stale, labelOf, testIdOf, rows, focus, onChange, onKeyDown }: Props) {
  const t = useT(panelMessages);
  const fields = useRef<Partial<Record<Lang, HTMLTextAreaElement | null>>>({});
  useEffect(() => {
    const field = fields.current[focus];
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
    // Only when the editor opens: later the analyst moves between the fields as they like.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const changed = changedLangs(draft, saved);
  const name = (l: Lang) => (l === 'zh' ? t('langZh') : t('langEn'));
  // The same rule main applies (matrix/translation.ts): rewriting the stale language is the
  // translation; revising one language of an agreeing pair leaves the other behind.
  const only = changed.length === 1 ? changed[0]! : null;
  const other = only === 'zh' ? 'en' : 'zh';
  const hint =
    only === null ? null : only === stale ? t('translationHint', { lang: name(only) }) : saved[only].trim() && draft[other].trim() ? t('oneLanguageHint', { changed: name(only), other: name(other) }) : null;
  return (
    <>
      <div className="pm-bilingual" data-testid="bilingual-editor">
        {LANGS.map((l) => (
          <Field
            key={l}
            className="pm-bilingual__field"
            label={
              <>
                {labelOf(l)}
                {changed.includes(l) && <span className="pm-bilingual__changed"> · {t('changed')}</span>}
              </>
            }
          >
            {(control) => (
              <>
                <textarea
                  {...control}
                  ref={(el) => {
                    fields.current[l] = el;
                  }}
                  lang={l === 'zh' ? 'zh-CN' : 'en'}
                  value={draft[l]}
                  rows={rows}
                  data-testid={testIdOf(l)}
                  data-lang={l}
                  onChange={(e) => onChange({ ...draft, [l]: e.target.value })}
                  onKeyDown={onKeyDown}
                />
                <DraftCheck domainId={domainId} actorId={actorId} lang={l} text={draft[l]} counterpart={l === 'en' ? draft.zh : undefined} />
              </>
            )}
          </Field>
        ))}
      </div>
      {hint && (
        <p className="pm-bilingual__hint" data-testid="one-language-hint" role="status">
          {hint}
        </p>
      )}
    </>
  );
}
