import type { DocumentSummary } from '../../../shared/types.ts';
import { useLang, useT } from '../app/i18n.ts';
import { docAuthors, docSubtitle, docTitle, docVenueLine } from './doc-labels.ts';
import { readerMessages } from './messages.ts';
import { SourceActions } from './imports/SourceActions.tsx';

/** The citation block above a document's text. */
export function DocumentHeader({ doc }: { doc: DocumentSummary }) {
  const t = useT(readerMessages);
  const { lang } = useLang();
  const subtitle = docSubtitle(doc, lang);
  return (
    <header className="doc-header">
      <h2 className="doc-header-title">{docTitle(doc, lang) ?? t('untitled')}</h2>
      {subtitle && <p className="doc-header-subtitle">{subtitle}</p>}
      <p className="doc-header-meta">
        <span>{docAuthors(doc, lang) || t('unknownAuthor')}</span>
        <span>{docVenueLine(doc, lang) || t('venueUnknown')}</span>
        {doc.doi && <span>DOI {doc.doi}</span>}
        <span>{t('paragraphs', { n: doc.paragraphCount })}</span>
      </p>
      {doc.note && (
        <p className="doc-header-note">
          <strong>{t('note')}:</strong> {doc.note}
        </p>
      )}
      <SourceActions doc={doc} />
    </header>
  );
}
