// What needs saying about the sources of a domain, e.g. where the two papers disagree on a fact.
import type { Bilingual } from '../../../../shared/types.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import { panelMessages } from './panel-messages.ts';

export function SourceNote({ note }: { note: Bilingual }) {
  const t = useT(panelMessages);
  const { lang } = useLang();
  return (
    <section className="pm-source-note" aria-label={t('sourceNote')} data-testid="source-note">
      <h3>ⓘ {t('sourceNote')}</h3>
      <p>{pick(note, lang)}</p>
    </section>
  );
}
