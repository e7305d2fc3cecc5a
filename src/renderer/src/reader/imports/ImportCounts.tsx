// What an import read: format and pages, paragraphs by kind, footnotes linked, pages without text
// and the warnings — in the preview before storing and in the summary after.
import type { ImportSummary, ParagraphKind } from '../../../../shared/types.ts';
import { useT } from '../../app/i18n.ts';
import { readerMessages } from '../messages.ts';
import { sourceMessages } from './messages.ts';

const KINDS: ParagraphKind[] = ['heading', 'body', 'abstract', 'list', 'footnote', 'caption'];

export function ImportCounts({ summary }: { summary: ImportSummary }) {
  const t = useT(readerMessages);
  const s = useT(sourceMessages);
  const counts = summary.counts as Partial<Record<ParagraphKind, number>>;
  return (
    <div className="import-counts">
      <span>
        {summary.format.toUpperCase()}
        {summary.pages !== null && ` · ${t('pagesCount', { n: summary.pages })}`} · {t('paragraphs', { n: summary.paragraphs })}
      </span>
      <span className="import-counts__kinds">
        {KINDS.filter((k) => (counts[k] ?? 0) > 0)
          .map((k) => `${s(`kind_${k}`)} ${counts[k]}`)
          .join(' · ')}
      </span>
      {summary.counts.footnote > 0 && <span>{t('footnotesLinked', { n: summary.footnotesLinked, total: summary.counts.footnote })}</span>}
      {summary.pagesWithoutText.length > 0 && <span className="import-warning">{t('pagesWithoutText', { p: summary.pagesWithoutText.join(', ') })}</span>}
      {summary.warnings.map((w) => (
        <span key={w} className="import-warning">
          {w}
        </span>
      ))}
    </div>
  );
}
