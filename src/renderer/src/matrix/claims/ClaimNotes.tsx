// The claim check of the selected cell in the evidence panel: each unsupported item named, with its
// sentence and the item marked, and the sentences whose quote hedges more than they do.
import type { ClaimFlag, ModalityHint } from '../../../../shared/claims.ts';
import { useLang, useT } from '../../app/i18n.ts';
import { claimMessages } from './claims-messages.ts';
import { Highlighted } from './Highlighted.tsx';

interface Props {
  flags: readonly ClaimFlag[];
  hints: readonly ModalityHint[];
}

export function ClaimNotes({ flags, hints }: Props) {
  const t = useT(claimMessages);
  const { lang } = useLang();
  if (flags.length === 0 && hints.length === 0) return null;
  // The interface language first: that is the text the analyst is reading.
  const order = (l: string) => (l === lang ? 0 : 1);
  const langName = (l: string) => (l === 'zh' ? t('langZh') : t('langEn'));
  return (
    <section className="pm-section pm-claims" aria-label={t('section')} data-testid="claim-notes">
      <header className="pm-section__head">
        <h3>⚑ {t('section')}</h3>
      </header>
      <ul className="pm-claims__list">
        {[...flags].sort((a, b) => order(a.lang) - order(b.lang)).map((f) => (
          <li key={`${f.lang}:${f.start}:${f.item}`} className={`pm-claim${f.exception ? ' pm-claim--exception' : ''}`} data-testid="claim-flag" data-item={f.item}>
            <p className="pm-claim__head">
              <span className="pm-claim__label">{t('unsupported', { item: f.item })}</span>
              <span className="pm-muted"> · {langName(f.lang)}</span>
            </p>
            <p className="pm-claim__sentence" lang={f.lang} data-testid="claim-sentence">
              <Highlighted sentence={f.sentence} item={f.item} />
            </p>
            <p className="pm-muted pm-claim__help">{f.exception ? t('exception', { reason: f.exception }) : t('unsupportedHelp')}</p>
          </li>
        ))}
        {[...hints].sort((a, b) => order(a.lang) - order(b.lang)).map((h) => (
          <li key={`${h.lang}:${h.sentence}:${h.hedge}`} className="pm-claim pm-claim--modality" data-testid="modality-hint">
            <p className="pm-claim__head">
              <span className="pm-claim__label">{t('modality', { hedge: h.hedge })}</span>
              <span className="pm-muted"> · {langName(h.lang)}</span>
            </p>
            <p className="pm-claim__sentence" lang={h.lang}>
              {h.sentence}
            </p>
            <p className="pm-muted pm-claim__help" lang="zh">
              「{h.quote}」
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
