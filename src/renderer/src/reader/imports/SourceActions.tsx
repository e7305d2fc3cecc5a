// Under an imported source's citation block: Edit details… (one undoable step), Replace with new
// version… (the import flow, with the quote report) and Remove… (asks first, listing the quotes
// that will break; one undoable step).
import { createContext, useContext, useState } from 'react';
import type { DocumentSummary, QuoteFate } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../app/i18n.ts';
import { useStatus } from '../../app/status.ts';
import { applyEdit } from '../../app/store/changes.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { sourceMessages } from './messages.ts';
import { QuoteReport } from './QuoteReport.tsx';
import { draftOf, SourceMetaForm, toMeta } from './SourceMetaForm.tsx';
import type { MetaDraft, MetaErrors } from './SourceMetaForm.tsx';
import type { StartImport } from './use-source-import.tsx';
import { Button } from '../../ui/Button.tsx';

/** What the reader lets the source actions do: start the import flow for a new version. */
export const SourceImportContext = createContext<{ start: (request: StartImport) => void; busy: boolean } | null>(null);

type Open = { kind: 'none' } | { kind: 'edit'; draft: MetaDraft; errors: MetaErrors; saving: boolean } | { kind: 'remove'; impact: QuoteFate[] | null; removing: boolean };

export function SourceActions({ doc }: { doc: DocumentSummary }) {
  const t = useT(sourceMessages);
  const status = useStatus();
  const importer = useContext(SourceImportContext);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const source = doc.source;
  if (doc.origin !== 'imported' || !source) return null;
  const title = source.title;
  const close = () => setOpen({ kind: 'none' });

  const startRemove = () => {
    setOpen({ kind: 'remove', impact: null, removing: false });
    api.sourceRemovalImpact({ docId: doc.id }).then(
      (impact) => setOpen((o) => (o.kind === 'remove' ? { ...o, impact } : o)),
      (error: unknown) => {
        close();
        status.showError(error, t('removeFailed'));
      },
    );
  };

  const remove = async () => {
    setOpen((o) => (o.kind === 'remove' ? { ...o, removing: true } : o));
    try {
      const done = await api.removeSource({ docId: doc.id, confirmed: true });
      close();
      if (done) status.show(t('removed', { title: done.title }), 'success');
    } catch (error) {
      close();
      status.showError(error, t('removeFailed'));
    }
  };

  const save = async (draft: MetaDraft) => {
    const checked = toMeta(draft);
    if ('errors' in checked) {
      setOpen({ kind: 'edit', draft, errors: checked.errors, saving: false });
      return;
    }
    setOpen({ kind: 'edit', draft, errors: {}, saving: true });
    try {
      applyEdit(await api.updateSource({ docId: doc.id, meta: checked.meta }));
      close();
      status.show(t('detailsSaved'), 'success');
    } catch (error) {
      setOpen({ kind: 'edit', draft, errors: {}, saving: false });
      status.showError(error, t('saveFailed'));
    }
  };

  return (
    <div className="source-actions" role="group" aria-label={t('sourceActions')}>
      <Button size="small" onClick={() => setOpen({ kind: 'edit', draft: draftOf(source), errors: {}, saving: false })}>
        {t('editDetails')}
      </Button>
      <Button size="small"
        disabled={!importer || importer.busy}
        onClick={() => importer?.start({ replacing: { id: doc.id, title } })}
      >
        {t('replaceSource')}
      </Button>
      <Button size="small" onClick={startRemove}>
        {t('removeSource')}
      </Button>

      {open.kind === 'edit' && (
        <Dialog title={t('editTitle')} onClose={() => !open.saving && close()} testId="source-edit">
          <form
            className="pm-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save(open.draft);
            }}
          >
            <SourceMetaForm draft={open.draft} errors={open.errors} disabled={open.saving} onChange={(draft) => setOpen({ ...open, draft })} />
            <div className="pm-actions pm-actions--end">
              <Button onClick={close} disabled={open.saving}>
                {t('cancel')}
              </Button>
              <Button variant="primary" type="submit" disabled={open.saving}>
                {t('save')}
              </Button>
            </div>
          </form>
        </Dialog>
      )}

      {open.kind === 'remove' && (
        <Dialog title={t('removeTitle', { title })} onClose={() => !open.removing && close()} testId="source-remove">
          {open.impact === null ? (
            <p role="status">{t('removing')}</p>
          ) : open.impact.length === 0 ? (
            <p>{t('removeNone')}</p>
          ) : (
            <>
              <p>{t('removeBreaks', { n: open.impact.length })}</p>
              <QuoteReport quotes={open.impact} label={t('quoteReportTitle')} counts={false} />
            </>
          )}
          <div className="pm-actions pm-actions--end">
            <Button onClick={close} disabled={open.removing} data-autofocus>
              {t('cancel')}
            </Button>
            <Button className="source-danger" onClick={() => void remove()} disabled={open.impact === null || open.removing}>
              {t('removeConfirm')}
            </Button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
