// What needs saying about the sources of a domain, e.g. where the two papers disagree on a fact.
import { useEffect, useRef } from 'react';
import type { Bilingual } from '../../../../shared/types.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import { panelMessages } from './panel-messages.ts';

/** `reveal`: scrolled into view and focused when shown (the cell's ⓘ marker asked for it). */
export function SourceNote({ note, reveal = false }: { note: Bilingual; reveal?: boolean }) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!reveal) return;
    ref.current?.scrollIntoView({ block: 'nearest' });
    ref.current?.focus({ preventScroll: true });
  }, [reveal]);
  return (
    // Not a labelled landmark: the panel and the comparison beside it can both show the same note.
    <section ref={ref} className="pm-source-note" data-testid="source-note" tabIndex={reveal ? -1 : undefined}>
      <h3>ⓘ {t('sourceNote')}</h3>
      <p>{pick(note, lang)}</p>
    </section>
  );
}
