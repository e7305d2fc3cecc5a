import { Fragment, memo, useMemo } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import type { Paragraph } from '../../../shared/types.ts';
import { distinctLabel } from '../../../shared/page-labels.ts';
import { useT } from '../app/i18n.ts';
import { markerDomId, paragraphDomId } from './footnotes.ts';
import { readerMessages } from './messages.ts';
import { findTermRanges, layoutParagraph } from './text-segments.ts';
import type { Inline } from './text-segments.ts';

interface Props {
  paragraph: Paragraph;
  /** Its place in the document (0-based) and the document's paragraph count. */
  index: number;
  setSize: number;
  /** In the flow of the virtualised text, or kept rendered out of view (focus, selection) and placed absolutely. */
  slot: 'flow' | 'pinned';
  /** Footnote markers in this paragraph's text → footnote paragraph IDs. */
  markers: ReadonlyMap<string, string> | undefined;
  /** Search terms to mark in the text. */
  terms: readonly string[];
  highlighted: boolean;
  /** The evidence quote to wrap in `<mark class="quote-highlight">`. */
  quote: { start: number; length: number } | undefined;
  onFollowFootnote: (footnoteId: string) => void;
  onBackFromFootnote: (footnote: Paragraph) => void;
  /** Shows the paragraph on its original page (PDF sources only). */
  onShowOnPage?: ((paragraph: Paragraph) => void) | undefined;
  /** PDFs with page labels: the page numbers the author printed, one per page. */
  pageLabels?: readonly string[] | null;
}

const HEADING_TAGS = ['h3', 'h4', 'h5', 'h6'] as const;

/**
 * One numbered paragraph. The element marked `data-paragraph-text` holds exactly `paragraph.text`
 * (markers and marks wrap characters, never add any), so selection offsets can be measured on it.
 */
export const ParagraphBlock = memo(function ParagraphBlock({ paragraph: p, index, setSize, slot, markers, terms, highlighted, quote, onFollowFootnote, onBackFromFootnote, onShowOnPage, pageLabels = null }: Props) {
  const t = useT(readerMessages);
  const layout = useMemo(
    () => layoutParagraph(p.text, { quote, hits: findTermRanges(p.text, terms), ...(markers ? { markers } : {}) }),
    [p.text, quote, terms, markers],
  );

  const linked = new Set<string>();
  const renderRun = (run: Inline): ReactNode => {
    const piece = p.text.slice(run.start, run.end);
    const inner = run.hit ? <mark className="search-hit">{piece}</mark> : piece;
    const footnoteId = run.footnoteId;
    if (!footnoteId) return inner;
    // Only the first citation of a footnote gets the id its ↩ link returns to.
    const first = !linked.has(footnoteId);
    linked.add(footnoteId);
    const follow = (event: MouseEvent) => {
      event.preventDefault();
      onFollowFootnote(footnoteId);
    };
    return (
      <a
        className="fn-ref"
        href={`#/reader/${encodeURIComponent(footnoteId)}`}
        id={first ? markerDomId(footnoteId) : undefined}
        aria-label={t('footnoteRef', { m: piece })}
        onClick={follow}
      >
        {inner}
      </a>
    );
  };
  const runs = (list: Inline[]) => list.map((run) => <Fragment key={run.start}>{renderRun(run)}</Fragment>);

  const content = (
    <>
      {runs(layout.before)}
      {layout.quote && <mark className="quote-highlight">{runs(layout.quote)}</mark>}
      {runs(layout.after)}
    </>
  );
  const lang = p.lang === 'zh' ? 'zh-CN' : p.lang === 'ja' ? 'ja' : 'en';
  const HeadingTag = HEADING_TAGS[Math.min(HEADING_TAGS.length, Math.max(1, p.level ?? 1)) - 1]!;

  return (
    <article
      id={paragraphDomId(p.id)}
      className={slot === 'pinned' ? `para para-${p.kind} para-pinned` : `para para-${p.kind}`}
      data-paragraph-id={p.id}
      data-index={index}
      data-slot={slot}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-kind={p.kind}
      data-highlighted={highlighted ? 'true' : undefined}
      data-level={p.level ?? undefined}
      tabIndex={-1}
    >
      <div className="para-margin">
        <span className="para-ordinal" title={t('paragraphLabel', { n: p.ordinal })}>
          {p.ordinal}
        </span>
        {p.section && <span className="para-section">§{p.section}</span>}
        {p.page != null && (
          <span className="para-page" title={t('pageTitle', { n: p.page })}>
            {t('pageLabel', { n: distinctLabel(pageLabels, p.page) ?? p.page })}
          </span>
        )}
        {onShowOnPage && p.boxes && p.boxes.length > 0 && (
          <button type="button" className="para-show-page" onClick={() => onShowOnPage(p)} aria-label={t('showOnPageOf', { n: p.ordinal })} data-testid="show-on-page">
            {t('showOnPage')}
          </button>
        )}
      </div>
      <div className="para-body">
        {(p.kind === 'abstract' || p.kind === 'caption') && <span className="para-kind">{t(`kind_${p.kind}`)}</span>}
        {/* The footnote's own marker sits outside the text element: it is not part of the stored text. */}
        {p.kind === 'footnote' && p.marker && <span className="fn-marker">{p.marker}</span>}
        {p.kind === 'heading' ? (
          <HeadingTag className="para-text" data-paragraph-text="" lang={lang}>
            {content}
          </HeadingTag>
        ) : (
          <p className="para-text" data-paragraph-text="" lang={lang}>
            {content}
          </p>
        )}
        {p.kind === 'footnote' && p.noteOf && (
          <a
            className="fn-back"
            href={`#/reader/${encodeURIComponent(p.noteOf)}`}
            aria-label={t('footnoteBack', { m: p.marker ?? '' })}
            title={t('footnoteBack', { m: p.marker ?? '' })}
            onClick={(event) => {
              event.preventDefault();
              onBackFromFootnote(p);
            }}
          >
            ↩
          </a>
        )}
      </div>
    </article>
  );
});

