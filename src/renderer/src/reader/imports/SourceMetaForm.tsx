// The metadata fields of an imported source (title, authors, date, publisher, language, source URL),
// as text the analyst edits; `toMeta` checks them and gives the values main stores.
import { useId } from 'react';
import type { SourceMetaFields, TextLang } from '../../../../shared/types.ts';
import { useT } from '../../app/i18n.ts';
import { sourceMessages } from './messages.ts';

export interface MetaDraft {
  title: string;
  authors: string;
  date: string;
  publisher: string;
  language: TextLang | '';
  sourceUrl: string;
}

export type MetaErrors = Partial<Record<keyof MetaDraft, keyof typeof sourceMessages>>;

export function draftOf(meta: SourceMetaFields): MetaDraft {
  return {
    title: meta.title,
    authors: meta.authors.join('\n'),
    date: meta.date ?? '',
    publisher: meta.publisher ?? '',
    language: meta.language ?? '',
    sourceUrl: meta.sourceUrl ?? '',
  };
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const URL_START = /^https?:\/\/\S+$/i;

/** The stored values, or what is wrong with the draft (the same rules main's schema applies). */
export function toMeta(draft: MetaDraft): { meta: SourceMetaFields } | { errors: MetaErrors } {
  const errors: MetaErrors = {};
  const date = draft.date.trim();
  const url = draft.sourceUrl.trim();
  if (draft.title.trim() === '') errors.title = 'titleRequired';
  if (date !== '' && !DATE.test(date)) errors.date = 'dateInvalid';
  if (url !== '' && !URL_START.test(url)) errors.sourceUrl = 'urlInvalid';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    meta: {
      title: draft.title.trim(),
      authors: draft.authors
        .split('\n')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      date: date || null,
      publisher: draft.publisher.trim() || null,
      language: draft.language || null,
      sourceUrl: url || null,
    },
  };
}

interface Props {
  draft: MetaDraft;
  errors: MetaErrors;
  disabled?: boolean;
  onChange: (draft: MetaDraft) => void;
}

export function SourceMetaForm({ draft, errors, disabled = false, onChange }: Props) {
  const t = useT(sourceMessages);
  const id = useId();
  const set = (field: keyof MetaDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value });
  const error = (field: keyof MetaDraft) => {
    const key = errors[field];
    return key ? (
      <span id={`${id}-${field}-error`} className="pm-error" role="alert">
        {t(key)}
      </span>
    ) : null;
  };
  const described = (field: keyof MetaDraft) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {});
  return (
    <div className="source-meta-form">
      <label className="pm-field source-meta-form__wide">
        <span className="pm-field__label">{t('fieldTitle')}</span>
        <input className="pm-input" value={draft.title} onChange={set('title')} disabled={disabled} required {...described('title')} />
        {error('title')}
      </label>
      <label className="pm-field source-meta-form__wide">
        <span className="pm-field__label">{t('fieldAuthors')}</span>
        <textarea className="pm-input source-meta-form__authors" rows={2} value={draft.authors} onChange={set('authors')} disabled={disabled} />
      </label>
      <label className="pm-field">
        <span className="pm-field__label">{t('fieldDate')}</span>
        <input className="pm-input" value={draft.date} onChange={set('date')} disabled={disabled} inputMode="numeric" {...described('date')} />
        {error('date')}
      </label>
      <label className="pm-field">
        <span className="pm-field__label">{t('fieldLanguage')}</span>
        <select className="pm-input" value={draft.language} onChange={set('language')} disabled={disabled}>
          <option value="">{t('langUnknown')}</option>
          <option value="zh">{t('langZh')}</option>
          <option value="ja">{t('langJa')}</option>
          <option value="en">{t('langEn')}</option>
        </select>
      </label>
      <label className="pm-field source-meta-form__wide">
        <span className="pm-field__label">{t('fieldPublisher')}</span>
        <input className="pm-input" value={draft.publisher} onChange={set('publisher')} disabled={disabled} />
      </label>
      <label className="pm-field source-meta-form__wide">
        <span className="pm-field__label">{t('fieldUrl')}</span>
        <input className="pm-input" type="url" value={draft.sourceUrl} onChange={set('sourceUrl')} disabled={disabled} {...described('sourceUrl')} />
        {error('sourceUrl')}
      </label>
    </div>
  );
}
