// Typed labels for history written before steps existed (schema 3 and older), whose label was
// English text such as `summary export-control/JP (en)` or `keep my edit over the new baseline: …`.
import { parseKey, placeOf } from '../../../shared/keys.ts';
import type { StepKind, StepLabel } from '../../../shared/types.ts';

export function legacyStepLabel(key: string, label: string, before: string | null, after: string | null): StepLabel {
  const parsed = parseKey(key);
  const resolve = label.startsWith('keep my edit') ? 'mine' : label.startsWith('take the new baseline') ? 'baseline' : null;
  const base = { target: parsed ? placeOf(parsed) : { domainId: null, actorId: null, evidenceId: null }, lang: null, choice: resolve } as const;
  if (!parsed) return { ...base, kind: 'set-summary', field: null };
  if (resolve) return { ...base, kind: 'resolve-conflict', field: parsed.kind, lang: 'lang' in parsed ? parsed.lang : null };
  const kind = ((): StepKind => {
    switch (parsed.kind) {
      case 'summary':
        return 'set-summary';
      case 'alignment-value':
      case 'alignment-reason':
        return 'set-alignment';
      case 'evidence':
        return label.startsWith('remove') || after === 'null' ? 'remove-evidence' : 'add-evidence';
      case 'domain':
        return 'add-domain';
      case 'actor':
        return 'add-actor';
      case 'annotation':
        return before === null ? 'add-annotation' : after === null ? 'delete-annotation' : 'update-annotation';
      case 'category':
        return before === null ? 'add-category' : after === null ? 'remove-category' : 'rename-category';
    }
  })();
  const target = parsed.kind === 'annotation' ? annotationTarget(after ?? before) ?? base.target : base.target;
  const field = kind === 'set-summary' || kind === 'set-alignment' ? parsed.kind : null;
  return { ...base, kind, target, field, lang: 'lang' in parsed ? parsed.lang : null };
}

function annotationTarget(json: string | null): StepLabel['target'] | null {
  if (!json) return null;
  try {
    const t = (JSON.parse(json) as { target?: { domainId?: unknown; actorId?: unknown; evidenceId?: unknown } }).target;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return t ? { domainId: str(t.domainId), actorId: str(t.actorId), evidenceId: str(t.evidenceId) } : null;
  } catch {
    return null;
  }
}
