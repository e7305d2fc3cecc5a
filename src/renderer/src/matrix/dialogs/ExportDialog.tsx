// "Export": choose Excel workbook or Word briefing, the language and which domains, then main asks
// where to save (null = the analyst cancelled that dialog), reports progress, and we offer to show
// the file.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { ExportLang, Request } from '../../../../shared/contract.ts';
import type { ExportProgress, ExportResult } from '../../../../shared/types.ts';
import type { DomainRow } from '../../../../shared/types.ts';
import { api, canRevealFiles, onEvent } from '../../api/client.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import { describeError } from '../../app/status.ts';
import type { Messages } from '../../app/i18n.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Button } from '../../ui/Button.tsx';
import { InlineError } from '../../ui/InlineError.tsx';

const text = {
  title: { zh: '导出', en: 'Export' },
  format: { zh: '格式', en: 'Format' },
  xlsx: { zh: 'Excel 工作簿（.xlsx）：矩阵、证据、批注、来源', en: 'Excel workbook (.xlsx): matrix, evidence, notes, sources' },
  docx: { zh: 'Word 简报（.docx）：每句话以脚注注明出处', en: 'Word briefing (.docx): every sentence footnoted to its source' },
  language: { zh: '语言', en: 'Language' },
  zh: { zh: '中文', en: '中文 (Chinese)' },
  en: { zh: 'English（英文）', en: 'English' },
  both: { zh: '中英双语', en: 'Both languages' },
  scope: { zh: '范围', en: 'Scope' },
  all: { zh: '整个矩阵（{n} 个领域）', en: 'Whole matrix ({n} domains)' },
  filtered: { zh: '当前筛选出的行（{n} 个领域）', en: 'Rows currently shown in the grid ({n} domains)' },
  filters: { zh: '筛选条件：{description}', en: 'Filters: {description}' },
  domains: { zh: '选定的领域', en: 'Chosen domains' },
  selectAll: { zh: '全选', en: 'Select all' },
  selectNone: { zh: '全不选', en: 'Select none' },
  export: { zh: '导出', en: 'Export' },
  exporting: { zh: '正在导出…', en: 'Exporting…' },
  cancel: { zh: '取消', en: 'Cancel' },
  close: { zh: '关闭', en: 'Close' },
  cancelled: { zh: '已取消导出', en: 'Export cancelled' },
  done: { zh: '已导出到 {path}', en: 'Exported to {path}' },
  rows: { zh: '{matrix} 行矩阵、{evidence} 条引文、{annotations} 条批注', en: '{matrix} matrix rows, {evidence} quotes, {annotations} annotations' },
  rowsDocx: { zh: '{matrix} 个领域、{evidence} 条引文、{footnotes} 条脚注', en: '{matrix} domains, {evidence} quotes, {footnotes} footnotes' },
  showInFolder: { zh: '在文件夹中显示', en: 'Show in folder' },
  error: { zh: '导出失败：{message}', en: 'Export failed: {message}' },
} satisfies Messages;

type ExportFormat = 'xlsx' | 'docx';
type ScopeKind = 'all' | 'filtered' | 'domains';

interface Props {
  rows: DomainRow[];
  /** The grid's rows after filters and sorting, and what the filters are. */
  filtered: { domainIds: string[]; description: string };
  onExported: (result: ExportResult) => void;
  onClose: () => void;
}

export function ExportDialog({ rows: domains, filtered, onExported, onClose }: Props) {
  const t = useT(text);
  const { lang } = useLang();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [exportLang, setExportLang] = useState<ExportLang>(lang);
  const [scope, setScope] = useState<ScopeKind>(filtered.domainIds.length < domains.length ? 'filtered' : 'all');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(filtered.domainIds));
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'done'; result: ExportResult } | { kind: 'cancelled' } | { kind: 'error'; message: string } | null>(null);

  useEffect(() => (busy ? onEvent('export:progress', setProgress) : undefined), [busy]);

  function scopeRequest(): NonNullable<Request<'export:xlsx'>>['scope'] {
    if (scope === 'filtered') return { kind: 'filtered', domainIds: filtered.domainIds, description: filtered.description.slice(0, 500) };
    // Chosen domains go in matrix order, whatever order they were ticked in.
    if (scope === 'domains') return { kind: 'domains', domainIds: domains.filter((d) => chosen.has(d.id)).map((d) => d.id) };
    return { kind: 'all' };
  }

  async function run(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProgress(null);
    setOutcome(null);
    try {
      const request = { lang: exportLang, scope: scopeRequest() };
      const result = format === 'docx' ? await api.exportDocx(request) : await api.exportXlsx(request);
      if (result) {
        setOutcome({ kind: 'done', result });
        onExported(result);
      } else setOutcome({ kind: 'cancelled' });
    } catch (e) {
      setOutcome({ kind: 'error', message: describeError(e) });
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const invalid = (scope === 'domains' && chosen.size === 0) || (scope === 'filtered' && filtered.domainIds.length === 0);

  return (
    <Dialog title={t('title')} onClose={() => !busy && onClose()} testId="export-dialog">
      <form className="pm-form" onSubmit={(e) => void run(e)}>
        <fieldset className="pm-fieldset" disabled={busy}>
          <legend>{t('format')}</legend>
          {(['xlsx', 'docx'] as const).map((f) => (
            <label key={f} className="pm-radio">
              <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(f)}
            </label>
          ))}
        </fieldset>
        <fieldset className="pm-fieldset" disabled={busy}>
          <legend>{t('language')}</legend>
          {(['zh', 'en', 'both'] as const).map((l) => (
            <label key={l} className="pm-radio">
              <input type="radio" name="export-lang" value={l} checked={exportLang === l} onChange={() => setExportLang(l)} />
              {t(l)}
            </label>
          ))}
        </fieldset>
        <fieldset className="pm-fieldset" disabled={busy}>
          <legend>{t('scope')}</legend>
          <label className="pm-radio">
            <input type="radio" name="export-scope" value="all" checked={scope === 'all'} onChange={() => setScope('all')} />
            {t('all', { n: domains.length })}
          </label>
          <label className="pm-radio">
            <input type="radio" name="export-scope" value="filtered" checked={scope === 'filtered'} onChange={() => setScope('filtered')} />
            {t('filtered', { n: filtered.domainIds.length })}
          </label>
          {scope === 'filtered' && filtered.description && <p className="pm-muted pm-indent">{t('filters', { description: filtered.description })}</p>}
          <label className="pm-radio">
            <input type="radio" name="export-scope" value="domains" checked={scope === 'domains'} onChange={() => setScope('domains')} />
            {t('domains')}
          </label>
          {scope === 'domains' && (
            <div className="pm-checklist" role="group" aria-label={t('domains')}>
              <div className="pm-actions pm-actions--small">
                <Button variant="link" onClick={() => setChosen(new Set(domains.map((d) => d.id)))}>
                  {t('selectAll')}
                </Button>
                <Button variant="link" onClick={() => setChosen(new Set())}>
                  {t('selectNone')}
                </Button>
              </div>
              {domains.map((d) => (
                <label key={d.id} className="pm-checklist__item">
                  <input type="checkbox" checked={chosen.has(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} value={d.id} />
                  {pick(d.name, lang)}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {busy && (
          <div className="pm-progress" role="status" data-testid="export-progress">
            <span>{progress ? `${progress.phase} (${progress.done}/${progress.total})` : t('exporting')}</span>
            <progress max={progress?.total || 1} value={progress?.done ?? 0} />
          </div>
        )}
        {outcome?.kind === 'done' && (
          <div className="pm-notice pm-notice--success" role="status" data-testid="export-result">
            <span className="pm-notice__text">
              {t('done', { path: outcome.result.path })}
              <br />
              <small>
                {outcome.result.footnotes === undefined
                  ? t('rows', outcome.result.rows)
                  : t('rowsDocx', { matrix: outcome.result.rows.matrix, evidence: outcome.result.rows.evidence, footnotes: outcome.result.footnotes })}
              </small>
            </span>
            {canRevealFiles && (
              <Button size="small" onClick={() => void api.revealFile({ path: outcome.result.path })}>
                {t('showInFolder')}
              </Button>
            )}
          </div>
        )}
        {outcome?.kind === 'cancelled' && <p className="pm-muted" role="status">{t('cancelled')}</p>}
        {outcome?.kind === 'error' && (
          <InlineError>
            {t('error', { message: outcome.message })}
          </InlineError>
        )}
        <div className="pm-actions pm-actions--end">
          <Button onClick={onClose} disabled={busy}>
            {outcome?.kind === 'done' ? t('close') : t('cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={busy || invalid}>
            {busy ? t('exporting') : t('export')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
