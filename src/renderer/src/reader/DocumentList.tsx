import type { DocumentSummary } from '../../../shared/types.ts';
import { useLang, useT } from '../app/i18n.ts';
import { docAuthors, docSubtitle, docTitle, docVenueLine } from './doc-labels.ts';
import { readerMessages } from './messages.ts';

interface Props {
  docs: readonly DocumentSummary[];
  selectedId: string | null;
  onSelect: (docId: string) => void;
}

export function DocumentList({ docs, selectedId, onSelect }: Props) {
  const t = useT(readerMessages);
  if (docs.length === 0) return <p className="muted panel-note">{t('noDocuments')}</p>;
  const shipped = docs.filter((d) => d.origin !== 'imported');
  const imported = docs.filter((d) => d.origin === 'imported');
  if (imported.length === 0) return <Cards docs={shipped} selectedId={selectedId} onSelect={onSelect} />;
  return (
    <>
      <h3 className="doc-group">{t('shippedSources')}</h3>
      <Cards docs={shipped} selectedId={selectedId} onSelect={onSelect} />
      <h3 className="doc-group">{t('importedSources')}</h3>
      <Cards docs={imported} selectedId={selectedId} onSelect={onSelect} />
    </>
  );
}

function Cards({ docs, selectedId, onSelect }: Props) {
  const t = useT(readerMessages);
  const { lang } = useLang();
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
              {doc.source && (
                <span className="doc-format" data-format={doc.source.format}>
                  {doc.source.pages ? t('formatPages', { f: doc.source.format.toUpperCase(), n: doc.source.pages }) : doc.source.format.toUpperCase()}
                </span>
              )}
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
