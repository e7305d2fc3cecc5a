// The claim check of the text being edited, run as the analyst types (after a short pause). It only
// informs: Save stays available whatever it finds.
import { useEffect, useState } from 'react';
import type { DraftCheck as DraftCheckResult } from '../../../../shared/claims.ts';
import type { Lang } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../app/i18n.ts';
import { claimMessages } from './claims-messages.ts';
import { Highlighted } from './Highlighted.tsx';

interface Props {
  domainId: string;
  /** null for the alignment reason. */
  actorId: string | null;
  lang: Lang;
  text: string;
  /** The Chinese draft beside an English one (the side-by-side editor), for the modality hints. */
  counterpart?: string | undefined;
}

const PAUSE_MS = 250;

export function DraftCheck({ domainId, actorId, lang, text, counterpart }: Props) {
  const t = useT(claimMessages);
  const [result, setResult] = useState<{ text: string; check: DraftCheckResult } | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api.checkDraft({ domainId, actorId, lang, text, ...(counterpart !== undefined ? { counterpart } : {}) }).then(
        (check) => current && setResult({ text, check }),
        () => undefined,
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [domainId, actorId, lang, text, counterpart]);

  const stale = result === null || result.text !== text;
  const check = result?.check;
  const issues = check ? check.unsupported.length + check.hints.length : 0;
  return (
    <div className="pm-draft-check" data-testid="draft-check" data-lang={lang} data-state={stale ? 'checking' : issues > 0 ? 'issues' : 'clean'} aria-live="polite">
      {!check ? (
        <p className="pm-muted">{t('draftChecking')}</p>
      ) : issues === 0 ? (
        <p className="pm-muted">{t('draftClean')}</p>
      ) : (
        <>
          <p className="pm-draft-check__lead">{t('draftIssues')}</p>
          <ul className="pm-claims__list">
            {check.unsupported.map((f) => (
              <li key={`${f.start}:${f.item}`} className="pm-claim" data-testid="draft-flag" data-item={f.item}>
                <span className="pm-claim__label">{t('unsupported', { item: f.item })}</span>{' '}
                <span className="pm-claim__sentence" lang={lang}>
                  <Highlighted sentence={f.sentence} item={f.item} />
                </span>
              </li>
            ))}
            {check.hints.map((h) => (
              <li key={`${h.sentence}:${h.hedge}`} className="pm-claim pm-claim--modality" data-testid="draft-hint">
                <span className="pm-claim__label">{t('modality', { hedge: h.hedge })}</span>{' '}
                <span className="pm-claim__sentence" lang={lang}>
                  {h.sentence}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
