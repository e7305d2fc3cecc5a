// Add source… and Replace with new version…, in two steps: the file is read in main's worker (with
// progress and Cancel) into a preview that stores nothing; the analyst checks the metadata and the
// first paragraphs, then stores it or cancels (nothing left behind); a summary follows. The same
// bytes again are offered as the source they already are.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ImportPreview, ImportProgressEvent, ImportSummary, PrepareResult, QuoteFate, TextEncoding } from '../../../../shared/types.ts';
import { api, onEvent } from '../../api/client.ts';
import { prepareDroppedSource } from '../../api/dropped-files.ts';
import { useT } from '../../app/i18n.ts';
import { useStatus } from '../../app/status.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { readerMessages } from '../messages.ts';
import { EncodingChoice } from './EncodingChoice.tsx';
import { ImportCounts } from './ImportCounts.tsx';
import { sourceMessages } from './messages.ts';
import { quoteCounts, QuoteReport } from './QuoteReport.tsx';
import { draftOf, SourceMetaForm, toMeta } from './SourceMetaForm.tsx';
import type { MetaDraft, MetaErrors } from './SourceMetaForm.tsx';
import { Button } from '../../ui/Button.tsx';

export interface StartImport {
  /** A file dropped on the window; otherwise main's open dialog asks for one. */
  file?: File;
  /** Replace this imported source by a new version. */
  replacing?: { id: string; title: string };
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; replacing: boolean }
  | { kind: 'preview'; preview: ImportPreview; storing: boolean; rereading?: boolean }
  | { kind: 'already'; found: Extract<PrepareResult, { kind: 'already-imported' }> };

export interface SourceImporter {
  start: (request?: StartImport) => void;
  busy: boolean;
  /** Progress, the dialogs and the last summary: rendered once, in the sidebar. */
  element: ReactNode;
}

interface Options {
  /** A source was stored (`replaced`: a new version of an existing one). */
  onStored: (id: string, replaced: boolean) => void;
  /** Show a source already in the corpus (the "already imported" answer). */
  onOpen: (id: string) => void;
}

export function useSourceImport({ onStored, onOpen }: Options): SourceImporter {
  const t = useT(readerMessages);
  const s = useT(sourceMessages);
  const status = useStatus();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  const [done, setDone] = useState<{ summary: ImportSummary; quotes: QuoteFate[] | null } | null>(null);
  const [draft, setDraft] = useState<MetaDraft | null>(null);
  const [errors, setErrors] = useState<MetaErrors>({});
  const busyRef = useRef(false);

  useEffect(() => onEvent('sources:progress', setProgress), []);

  const start = useCallback(
    (request: StartImport = {}) => {
      if (busyRef.current) return;
      busyRef.current = true;
      setDone(null);
      setProgress(null);
      setPhase({ kind: 'reading', replacing: request.replacing !== undefined });
      const req = request.replacing ? { replacing: request.replacing.id } : {};
      void (async () => {
        try {
          const result = request.file ? await prepareDroppedSource(request.file, req) : await api.prepareSource(req);
          if (!result) {
            setPhase({ kind: 'idle' });
            busyRef.current = false;
          } else if (result.kind === 'already-imported') {
            setPhase({ kind: 'already', found: result });
          } else {
            setDraft(draftOf(result.preview.meta));
            setErrors({});
            setPhase({ kind: 'preview', preview: result.preview, storing: false });
          }
        } catch (error) {
          status.showError(error, t('importFailed'));
          setPhase({ kind: 'idle' });
          busyRef.current = false;
        } finally {
          setProgress(null);
        }
      })();
    },
    [status, t],
  );

  const finish = () => {
    setPhase({ kind: 'idle' });
    busyRef.current = false;
  };

  const cancelPreview = (preview: ImportPreview) => {
    void api.discardSource({ token: preview.token }).catch(() => undefined);
    status.show(s('cancelled'), 'info');
    finish();
  };

  const store = async (preview: ImportPreview) => {
    if (!draft) return;
    const checked = toMeta(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setPhase({ kind: 'preview', preview, storing: true });
    try {
      const result = await api.commitSource({ token: preview.token, meta: checked.meta });
      setDone(result);
      finish();
      if (preview.replacing) {
        const c = quoteCounts(result.quotes ?? []);
        status.show(s('replaced', { title: result.summary.title, counts: s('quoteCounts', c) }), c.b > 0 ? 'info' : 'success');
      } else {
        status.show(t('importDone', { title: result.summary.title }), 'success');
      }
      onStored(result.summary.id, preview.replacing !== null);
    } catch (error) {
      status.showError(error, t('importFailed'));
      setPhase({ kind: 'preview', preview, storing: false });
    }
  };

  // Another encoding: a new preview under a new token; the old one stays if reading fails or is cancelled.
  const reread = async (preview: ImportPreview, encoding: TextEncoding) => {
    setPhase({ kind: 'preview', preview, storing: false, rereading: true });
    try {
      const result = await api.rereadSource({ token: preview.token, encoding });
      if (result?.kind === 'preview') {
        // The title read from the file changes with the encoding; one the analyst typed stays.
        setDraft((d) => (d && d.title === preview.meta.title ? { ...d, title: result.preview.meta.title } : d));
        setPhase({ kind: 'preview', preview: result.preview, storing: false });
        return;
      }
    } catch (error) {
      status.showError(error, s('rereadFailed'));
    } finally {
      setProgress(null);
    }
    setPhase({ kind: 'preview', preview, storing: false });
  };

  let element: ReactNode = null;
  if (phase.kind === 'reading') {
    element = (
      <div className="import-progress" role="status" data-state="running">
        {progress ? (
          <>
            <span>{t('importProgress', { f: progress.fileName, n: progress.done, total: progress.total })}</span>
            <progress max={progress.total} value={progress.done} aria-label={progress.fileName} />
          </>
        ) : (
          <span>{t('importWaiting')}</span>
        )}
        <Button onClick={() => void api.cancelImport()}>
          {t('cancelImport')}
        </Button>
      </div>
    );
  } else if (phase.kind === 'already') {
    const { found } = phase;
    element = (
      <Dialog title={s('alreadyTitle')} onClose={finish} testId="source-already-imported">
        <p>{s('alreadyText', { f: found.fileName, title: found.title, date: found.importedAt.slice(0, 10) })}</p>
        <div className="pm-actions pm-actions--end">
          <Button onClick={finish}>
            {s('close')}
          </Button>
          <Button variant="primary"
            data-autofocus
            onClick={() => {
              finish();
              onOpen(found.id);
            }}
          >
            {s('openExisting')}
          </Button>
        </div>
      </Dialog>
    );
  } else if (phase.kind === 'preview' && draft) {
    const { preview, storing } = phase;
    const rereading = phase.rereading === true;
    element = (
      <Dialog
        title={preview.replacing ? s('replaceTitle', { f: preview.fileName }) : s('previewTitle', { f: preview.fileName })}
        onClose={() => !storing && cancelPreview(preview)}
        testId="source-preview"
      >
        <form
          className="pm-form source-preview"
          onSubmit={(e) => {
            e.preventDefault();
            void store(preview);
          }}
        >
          <p className="muted">{s('previewIntro')}</p>
          {preview.quotes && (
            <section aria-label={s('quoteReportTitle')}>
              <h3 className="source-preview__heading">{s('replacePreviewNote')}</h3>
              <QuoteReport quotes={preview.quotes} label={s('quoteReportTitle')} />
            </section>
          )}
          <SourceMetaForm draft={draft} errors={errors} disabled={storing} onChange={setDraft} />
          <ImportCounts summary={preview.summary} />
          {/* Not disabled while reading again: a disabled select would drop the keyboard focus. */}
          {preview.encoding && <EncodingChoice used={preview.encoding} disabled={storing} onChoose={(e) => !rereading && void reread(preview, e)} />}
          {rereading && (
            <p role="status" className="muted">
              {s('rereading')}
            </p>
          )}
          <section aria-label={s('previewHeading')} className="source-preview__paragraphs">
            <h3 className="source-preview__heading">{s('previewHeading')}</h3>
            {/* Scrolls: focusable, so the keyboard can scroll it too. */}
            <ol tabIndex={0}>
              {preview.firstParagraphs.map((p, i) => (
                <li key={i} data-kind={p.kind} lang={draft.language || undefined}>
                  <span className="source-preview__kind">
                    {s(`kind_${p.kind}`)}
                    {p.page !== null && ` · ${s('pageN', { n: p.page })}`}
                  </span>
                  <span className="source-preview__text">{p.text.length > 400 ? `${p.text.slice(0, 400)}…` : p.text}</span>
                </li>
              ))}
            </ol>
          </section>
          <div className="pm-actions pm-actions--end">
            <Button onClick={() => cancelPreview(preview)} disabled={storing}>
              {s('cancel')}
            </Button>
            <Button variant="primary" type="submit" disabled={storing || rereading}>
              {storing ? s('storing') : preview.replacing ? s('storeReplace') : s('store')}
            </Button>
          </div>
        </form>
      </Dialog>
    );
  }

  const summary = done && (
    <div className="import-summary" role="note" aria-label={t('importSummary')}>
      <strong>{done.summary.title}</strong>
      <ImportCounts summary={done.summary} />
      {done.quotes && <QuoteReport quotes={done.quotes} label={s('quoteReportTitle')} />}
      <Button size="small" className="import-summary__close" onClick={() => setDone(null)}>
        {s('close')}
      </Button>
    </div>
  );

  return {
    start,
    busy: phase.kind !== 'idle',
    element: (
      <>
        {element}
        {summary}
      </>
    ),
  };
}
