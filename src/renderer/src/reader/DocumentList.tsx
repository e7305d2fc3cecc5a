import type { DocumentSummary } from '../../../shared/types.ts';
import { useLang, useT } from '../app/i18n.ts';
import { docAuthors, docSubtitle, docTitle, docVenueLine } from './doc-labels.ts';
import { readerMessages } from './messages.ts';

interface Props {
  docs: readonly DocumentSummary[];
  selectedId: string | null;
  onSelect(docId: string): void;
}

export function DocumentList({ docs, selectedId, onSelect }: Props) {
  const t = useT(readerMessages);
  const { lang } = useLang();
  if (docs.length === 0) return <p className="muted panel-note">{t('noDocuments')}</p>;
  return (
    <ul className="doc-list">
      {docs.map((doc) => {
        const subtitle = docSubtitle(doc, lang);
        return (
          <li key={doc.id}>
            <button type="button" className="doc-card" aria-current={doc.id === selectedId ? 'true' : undefined} onClick={() => onSelect(doc.id)}>
              <span className="doc-title">{docTitle(doc, lang) ?? t('untitled')}</span>
              {subtitle && <span className="doc-subtitle">{subtitle}</span>}
              <span className="doc-authors">{docAuthors(doc, lang) || t('unknownAuthor')}</span>
              <span className="doc-venue">{docVenueLine(doc, lang) || t('venueUnknown')}</span>
              {doc.doi && <span className="doc-doi">DOI {doc.doi}</span>}
              <span className="doc-counts">
                {t('paragraphs', { n: doc.paragraphCount })}
                {doc.counts.footnote > 0 && ` · ${t('footnotesCount', { n: doc.counts.footnote })}`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
