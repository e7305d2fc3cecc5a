// "Add domain" / "Add actor": an ID and the name in both languages. Main checks the ID; an error
// leaves the dialog open with everything typed.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { applyEdit } from '../../app/store/changes.ts';
import { useSubmit } from '../../ui/use-submit.ts';
import { useT } from '../../app/i18n.ts';
import type { Messages } from '../../app/i18n.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { InlineError } from '../../ui/InlineError.tsx';

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
  onDone: (id: string) => void;
  onClose: () => void;
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
      applyEdit(kind === 'domain' ? await api.addDomain(request) : await api.addActor(request));
      onDone(request.id);
    });
  }

  return (
    <Dialog title={kind === 'domain' ? t('titleDomain') : t('titleActor')} onClose={onClose} testId={`add-${kind}-dialog`}>
      <form className="pm-form" onSubmit={(e) => void submit(e)}>
        <Field label={t('id')}>
          {(control) => (
            <input
              {...control}
              value={id}
              onChange={(e) => setId(e.target.value)}
              placeholder={kind === 'domain' ? t('idHintDomain') : t('idHintActor')}
              required
              pattern="[A-Za-z0-9][A-Za-z0-9_\-]*"
              data-autofocus
            />
          )}
        </Field>
        <Field label={t('nameZh')}>{(control) => <input {...control} value={zh} onChange={(e) => setZh(e.target.value)} lang="zh-CN" />}</Field>
        <Field label={t('nameEn')}>{(control) => <input {...control} value={en} onChange={(e) => setEn(e.target.value)} lang="en" />}</Field>
        {error && (
          <InlineError>
            {t('error', { message: error })}
          </InlineError>
        )}
        <div className="pm-actions pm-actions--end">
          <Button onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={busy || !id.trim() || !(zh.trim() || en.trim())}>
            {t('add')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
