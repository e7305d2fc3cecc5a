import { useEffect, useState } from 'react';
import type { ImportProgressEvent, ImportSummary } from '../../../shared/types.ts';
import { api, onEvent } from '../api/client.ts';
import { useT } from '../app/i18n.ts';
import { useStatus } from '../app/status.ts';
import { readerMessages } from './messages.ts';
import { Button } from '../ui/Button.tsx';

interface Props {
  /** Called with the new source once it is stored. */
  onImported: (summary: ImportSummary) => void;
}

/** "Add source…": main's open dialog, page-by-page progress with Cancel, then a summary. */
export function AddSource({ onImported }: Props) {
  const t = useT(readerMessages);
  const status = useStatus();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  useEffect(() => onEvent('sources:progress', setProgress), []);

  const start = async () => {
    setBusy(true);
    setSummary(null);
    setProgress(null);
    try {
      const result = await api.importSource({});
      if (result) {
        setSummary(result);
        onImported(result);
        status.show(t('importDone', { title: result.title }), 'success');
      }
    } catch (error) {
      status.showError(error, t('importFailed'));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <div className="add-source">
      <Button onClick={() => void start()} disabled={busy}>
        {t('addSource')}
      </Button>
      {busy && (
        <div className="import-progress" role="status" data-state="running">
          {progress ? (
            <>
              <span>{t('importProgress', { f: progress.fileName, n: progress.done, total: progress.total })}</span>
              <progress max={progress.total} value={progress.done} />
            </>
          ) : (
            <span>{t('importWaiting')}</span>
          )}
          <Button onClick={() => void api.cancelImport()}>
            {t('cancelImport')}
          </Button>
        </div>
      )}
      {summary && (
        <div className="import-summary" role="note" aria-label={t('importSummary')}>
          <strong>{summary.title}</strong>
          <span>
            {summary.format.toUpperCase()}
            {summary.pages !== null && ` · ${t('pagesCount', { n: summary.pages })}`} · {t('paragraphs', { n: summary.paragraphs })}
          </span>
          <span>
            {t('kindCounts', { h: summary.counts.heading, b: summary.counts.body, a: summary.counts.abstract, f: summary.counts.footnote, c: summary.counts.caption })}
          </span>
          <span>{t('footnotesLinked', { n: summary.footnotesLinked, total: summary.counts.footnote })}</span>
          {summary.pagesWithoutText.length > 0 && <span>{t('pagesWithoutText', { p: summary.pagesWithoutText.join(', ') })}</span>}
          {summary.warnings.map((w) => (
            <span key={w} className="import-warning">
              {w}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
