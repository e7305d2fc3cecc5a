// "Add domain" / "Add actor": an ID and the name in both languages. Main checks the ID; an error
// leaves the dialog open with everything typed.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { MatrixState } from '../../../../shared/contract.ts';
import { api } from '../../api/client.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { useT } from '../../app/i18n.ts';
import type { Messages } from '../../app/i18n.ts';
import { Dialog } from '../../ui/Dialog.tsx';

const text = {
  titleDomain: { zh: '添加政策领域', en: 'Add a policy domain' },
  titleActor: { zh: '添加行为体', en: 'Add an actor' },
  id: { zh: 'ID（字母、数字、- 和 _）', en: 'ID (letters, digits, - and _)' },
  idHintDomain: { zh: '例如 critical-minerals', en: 'e.g. critical-minerals' },
  idHintActor: { zh: '例如 EU', en: 'e.g. EU' },
  nameZh: { zh: '中文名称', en: 'Name in Chinese' },
  nameEn: { zh: '英文名称', en: 'Name in English' },
  add: { zh: '添加', en: 'Add' },
  cancel: { zh: '取消', en: 'Cancel' },
  error: { zh: '出错：{message}', en: 'Error: {message}' },
} satisfies Messages;

interface Props {
  kind: 'domain' | 'actor';
  onDone(state: MatrixState, id: string): void;
  onClose(): void;
}

export function AddEntityDialog({ kind, onDone, onClose }: Props) {
  const t = useT(text);
  const [id, setId] = useState('');
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const { busy, error, run } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const request = { id: id.trim(), name: { zh: zh.trim(), en: en.trim() } };
      const next = kind === 'domain' ? await api.addDomain(request) : await api.addActor(request);
      onDone(next, request.id);
    });
  }

  return (
    <Dialog title={kind === 'domain' ? t('titleDomain') : t('titleActor')} onClose={onClose} testId={`add-${kind}-dialog`}>
      <form className="pm-form" onSubmit={submit}>
        <label className="pm-field">
          <span className="pm-field__label">{t('id')}</span>
          <input
            value={id}
            onChange={(e) => setId(e.target.value)}
            placeholder={kind === 'domain' ? t('idHintDomain') : t('idHintActor')}
            required
            pattern="[A-Za-z0-9][A-Za-z0-9_\-]*"
            autoFocus
          />
        </label>
        <label className="pm-field">
          <span className="pm-field__label">{t('nameZh')}</span>
          <input value={zh} onChange={(e) => setZh(e.target.value)} lang="zh-CN" />
        </label>
        <label className="pm-field">
          <span className="pm-field__label">{t('nameEn')}</span>
          <input value={en} onChange={(e) => setEn(e.target.value)} lang="en" />
        </label>
        {error && (
          <p className="pm-error" role="alert">
            {t('error', { message: error })}
          </p>
        )}
        <div className="pm-actions pm-actions--end">
          <button type="button" className="pm-button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="pm-button pm-button--primary" disabled={busy || !id.trim() || !(zh.trim() || en.trim())}>
            {t('add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
