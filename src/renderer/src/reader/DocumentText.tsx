import { Fragment, useLayoutEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import type { DocumentSummary, Paragraph } from '../../../shared/types.ts';
import { DocumentHeader } from './DocumentHeader.tsx';
import { footnoteLinks, paragraphDomId } from './footnotes.ts';
import { ParagraphBlock } from './ParagraphBlock.tsx';
import type { ReaderFocus } from './reader-focus.ts';

interface Props {
  doc: DocumentSummary;
  paragraphs: readonly Paragraph[];
  focus: ReaderFocus | null;
  terms: readonly string[];
  scroller: RefObject<HTMLElement | null>;
  onFollowFootnote: (footnoteId: string) => void;
  onBackFromFootnote: (footnote: Paragraph) => void;
  /** For a PDF source: show a paragraph on its original page. */
  onShowOnPage?: ((paragraph: Paragraph) => void) | undefined;
}

/** A whole document, every paragraph rendered (a few hundred render fast enough not to virtualise). */
export function DocumentText({ doc, paragraphs, focus, terms, scroller, onFollowFootnote, onBackFromFootnote, onShowOnPage }: Props) {
  const links = useMemo(() => footnoteLinks(paragraphs), [paragraphs]);
  const shownSeq = useRef(0);
  const shownDoc = useRef<string | null>(null);
  const focusHere = focus && focus.docId === doc.id ? focus : null;

  // Scroll before paint, so a deep link never shows the top of the document first.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (focusHere && focusHere.seq !== shownSeq.current) {
      const target = document.getElementById(paragraphDomId(focusHere.paragraphId));
      if (!target) return;
      shownSeq.current = focusHere.seq;
      shownDoc.current = doc.id;
      target.scrollIntoView({ block: 'center' });
      if (focusHere.focusElementId) document.getElementById(focusHere.focusElementId)?.focus({ preventScroll: true });
    } else if (!focusHere && shownDoc.current !== doc.id) {
      shownDoc.current = doc.id;
      el.scrollTop = 0;
    }
  }, [focusHere, doc.id, paragraphs, scroller]);

  return (
    <div className="doc-text" lang="zh-CN">
      <DocumentHeader doc={doc} />
      {paragraphs.map((p) => {
        const highlighted = focusHere?.paragraphId === p.id;
        return (
          // Keyed by the request too, so the highlight's fade starts over each time it is asked for.
          <Fragment key={highlighted ? `${p.id}#${focusHere.seq}` : p.id}>
            <ParagraphBlock
              paragraph={p}
              markers={links.get(p.id)}
              terms={terms}
              highlighted={highlighted}
              quote={highlighted ? focusHere.highlight : undefined}
              onFollowFootnote={onFollowFootnote}
              onBackFromFootnote={onBackFromFootnote}
              onShowOnPage={onShowOnPage}
            />
          </Fragment>
        );
      })}
    </div>
  );
}
