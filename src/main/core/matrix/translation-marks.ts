// Puts the translation-out-of-date flags (translation-state.ts) on a composed matrix.
import type { Bilingual, Lang, Matrix } from '../../../shared/types.ts';
import type { Dataset } from './dataset.ts';
import { keys } from './keys.ts';
import type { OverlayRow } from './overlay.ts';
import { textKeyOf } from './translation-agreement.ts';
import { staleLanguages } from './translation-state.ts';

export function staleOf(
  current: Bilingual,
  baseline: Bilingual | null,
  keyOf: (lang: Lang) => string,
  overlay: ReadonlyMap<string, OverlayRow>,
  agreements: ReadonlySet<string>,
): Lang[] {
  const at = (lang: Lang) => {
    const row = overlay.get(keyOf(lang));
    return row && typeof row.value === 'string' ? row.updatedAt : null;
  };
  const textKey = textKeyOf(keyOf('zh'));
  return staleLanguages({
    current,
    baseline,
    writtenAt: { zh: at('zh'), en: at('en') },
    agrees: (zh, en) => agreements.has(`${textKey}\n${zh}\n${en}`),
  });
}

/** The same matrix with `summaryStale` / `reasonStale` set where a language is out of date. */
export function markStaleTranslations(matrix: Matrix, dataset: Dataset, overlay: ReadonlyMap<string, OverlayRow>, agreements: ReadonlySet<string>): Matrix {
  const baseDomains = new Map(dataset.domains.map((d) => [d.id, d]));
  return {
    ...matrix,
    domains: matrix.domains.map((domain) => {
      const base = baseDomains.get(domain.id);
      const reasonStale = staleOf(domain.alignment.reason, base?.alignment.reason ?? null, (l) => keys.alignmentReason(domain.id, l), overlay, agreements);
      const positions = Object.fromEntries(
        Object.entries(domain.positions).map(([actorId, p]) => {
          const stale = staleOf(p.summary, base?.positions[actorId]?.summary ?? null, (l) => keys.summary(domain.id, actorId, l), overlay, agreements);
          return [actorId, stale.length > 0 ? { ...p, summaryStale: stale } : p];
        }),
      );
      return { ...domain, alignment: reasonStale.length > 0 ? { ...domain.alignment, reasonStale } : domain.alignment, positions };
    }),
  };
}
