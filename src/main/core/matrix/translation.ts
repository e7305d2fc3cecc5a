// "Translation out of date": every summary and alignment reason exists in Chinese and English. When
// the analyst revises one language alone, the other no longer says the same thing and is flagged
// until it is edited too or confirmed as still right.
//
// What is stored is agreement: "this Chinese text and this English text say the same thing", as the
// pair of their hashes, in one overlay row per text (`…/summary/agreed`, `…/reason/agreed`) written
// through the edit log in the same step as the texts. So a save, a confirmation and their undo are
// one step each, and undo puts the flag back exactly as it was. No row: the shipped baseline pair is
// the agreeing one (a cell the analyst added has none until its first save).
//
// Which saves record agreement (agreementAfterSave): changing both languages; filling an empty one;
// rewriting the one that was out of date (that is the translation). Confirm records the current pair.
// Revising one language of an agreeing pair records nothing, so the pair stops agreeing and the
// language still equal to the agreeing pair is the one left behind (staleLanguage).
import { createHash } from 'node:crypto';
import type { Bilingual, Lang } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';
import { baselineIndex } from './baseline.ts';
import type { Dataset } from './dataset.ts';
import { keys } from './keys.ts';
import { readOverlayRow } from './overlay.ts';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** The Chinese and English hashes of a pair of texts recorded as saying the same thing. */
export interface AgreedPair {
  zh: string;
  en: string;
}

/** A summary (actorId set) or an alignment reason (actorId null). */
export interface TextCell {
  domainId: string;
  actorId: string | null;
}

/** The overlay key of a text's agreement row. Outside the value-key grammar (shared/keys.ts): it holds no text. */
export function agreementKey(cell: TextCell): string {
  return cell.actorId === null ? `alignment/${cell.domainId}/reason/agreed` : `position/${cell.domainId}/${cell.actorId}/summary/agreed`;
}

/** The cell an agreement key belongs to, or null when the key is not one. */
export function parseAgreementKey(key: string): TextCell | null {
  const p = key.split('/');
  if (p.length === 5 && p[0] === 'position' && p[1] && p[2] && p[2] !== '_' && p[3] === 'summary' && p[4] === 'agreed') return { domainId: p[1], actorId: p[2] };
  if (p.length === 4 && p[0] === 'alignment' && p[1] && p[2] === 'reason' && p[3] === 'agreed') return { domainId: p[1], actorId: null };
  return null;
}

/** The value key of one language of the text. */
export function textKey(cell: TextCell, lang: Lang): string {
  return cell.actorId === null ? keys.alignmentReason(cell.domainId, lang) : keys.summary(cell.domainId, cell.actorId, lang);
}

/** Short stable hash of a text, trimmed: whitespace at the ends is not a revision. */
export function textHash(text: string): string {
  return createHash('sha1').update(text.trim()).digest('hex').slice(0, 16);
}

export const pairOf = (texts: Bilingual): AgreedPair => ({ zh: textHash(texts.zh), en: textHash(texts.en) });

const HASH = /^[0-9a-f]{16}$/;

/** A stored agreement value, or null when it is not one (a damaged row from a shared file reads as absent). */
export function asAgreedPair(value: unknown): AgreedPair | null {
  const v = value as Partial<AgreedPair> | null;
  return v && typeof v === 'object' && typeof v.zh === 'string' && HASH.test(v.zh) && typeof v.en === 'string' && HASH.test(v.en) ? { zh: v.zh, en: v.en } : null;
}

export interface TextState {
  current: Bilingual;
  /** The agreeing pair: the recorded one, else the baseline's; null when there is neither. */
  agreed: AgreedPair | null;
  /** When each language was last written by the analyst (ISO time); null while it is the baseline's. */
  writtenAt: Record<Lang, string | null>;
}

/** The language whose text is out of date, or null. Empty texts are never flagged (nothing to be out of date with). */
export function staleLanguage({ current, agreed, writtenAt }: TextState): Lang | null {
  if (!agreed || !current.zh.trim() || !current.en.trim()) return null;
  const zhAgrees = textHash(current.zh) === agreed.zh;
  const enAgrees = textHash(current.en) === agreed.en;
  if (zhAgrees && enAgrees) return null;
  if (zhAgrees) return 'zh';
  if (enAgrees) return 'en';
  // Both moved away from the agreeing pair without being saved together (a merge took one, a newer
  // baseline changed the other): the one written less recently is left behind. '' (baseline) is oldest.
  const zh = writtenAt.zh ?? '';
  const en = writtenAt.en ?? '';
  return zh === en ? null : zh < en ? 'zh' : 'en';
}

/**
 * After a save from `before` to `after` (stale language `staleBefore`): the pair to record, or null
 * when the save is a one-language revision and the agreement stays as it was (the other language
 * falls out of date).
 */
export function agreementAfterSave(before: Bilingual, after: Bilingual, staleBefore: Lang | null): AgreedPair | null {
  const changed = LANGS.filter((l) => textHash(before[l]) !== textHash(after[l]));
  if (changed.length === 0) return null;
  if (changed.length === 2) return pairOf(after);
  const lang = changed[0]!;
  const isTranslation = lang === staleBefore || !before[lang].trim() || !before[otherLang(lang)].trim();
  return isTranslation ? pairOf(after) : null;
}

/** A text's state read from the database now (inside the caller's transaction): for saves and Confirm. */
export function readTextState(db: Db, dataset: Dataset, cell: TextCell): TextState {
  const base = baselineIndex(dataset);
  const baseline: Bilingual | null =
    cell.actorId === null ? (base.domains.get(cell.domainId)?.alignment.reason ?? null) : (base.position(cell.domainId, cell.actorId)?.summary ?? null);
  const current: Bilingual = { zh: baseline?.zh ?? '', en: baseline?.en ?? '' };
  const writtenAt: Record<Lang, string | null> = { zh: null, en: null };
  for (const lang of LANGS) {
    const row = readOverlayRow(db, textKey(cell, lang));
    const value = parseJson(row.value);
    if (typeof value !== 'string') continue;
    current[lang] = value;
    writtenAt[lang] = row.updatedAt;
  }
  const stored = readOverlayRow(db, agreementKey(cell)).value;
  return { current, agreed: agreedPairOf(parseJson(stored), baseline), writtenAt };
}

/** The agreeing pair from a stored agreement value (undefined: no row), else the baseline's. */
export function agreedPairOf(stored: unknown, baseline: Bilingual | null): AgreedPair | null {
  return asAgreedPair(stored) ?? (baseline ? pairOf(baseline) : null);
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // a damaged row (from a shared file) reads as absent, as in the composed matrix
  }
}
