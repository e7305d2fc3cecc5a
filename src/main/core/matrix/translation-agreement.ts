// The translation_agreement table (migration 7): pairs of Chinese and English texts recorded as
// saying the same thing, per summary or reason. See translation-state.ts for the rule.
import type { Db } from '../db/open.ts';

/** `position/<d>/<a>/summary` or `alignment/<d>/reason`: the text both language keys belong to. */
export function textKeyOf(languageKey: string): string {
  return languageKey.replace(/\/(zh|en)$/, '');
}

export function recordAgreement(db: Db, textKey: string, zhHash: string, enHash: string): void {
  db.prepare('INSERT OR IGNORE INTO translation_agreement(text_key, zh_hash, en_hash) VALUES (?, ?, ?)').run(textKey, zhHash, enHash);
}

/** Every recorded pair as `textKey \n zhHash \n enHash`: one query per matrix composition. */
export function readAgreements(db: Db): Set<string> {
  const rows = db.prepare('SELECT text_key, zh_hash, en_hash FROM translation_agreement').all() as Array<{ text_key: string; zh_hash: string; en_hash: string }>;
  return new Set(rows.map((r) => `${r.text_key}\n${r.zh_hash}\n${r.en_hash}`));
}
