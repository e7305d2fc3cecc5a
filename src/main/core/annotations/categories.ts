// Annotation categories the analyst defines (e.g. "补贴竞争 / Subsidy competition"), beside the
// shipped ones. Each is an overlay value under `category/<id>` ({id, name: {zh, en}}), like an added
// domain or actor: written through the edit log (one step, one undo), carried by project files, and
// united by ID when a colleague's project is merged. Commands return steps built inside the log's
// write transaction, so what they check is still true when the value is written.
import { createHash } from 'node:crypto';
import { CATEGORY_ID, CATEGORY_ID_MAX, CATEGORY_NAME_MAX, SHIPPED_CATEGORIES, isShippedCategory } from '../../../shared/categories.ts';
import { keys } from '../../../shared/keys.ts';
import type { AnnotationCategory, Bilingual, CategoryValue, StepLabel } from '../../../shared/types.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../errors.ts';
import { clearValue, setValue } from '../history/edit-log.ts';
import type { Step } from '../history/edit-log.ts';
import { readOverlayPrefix } from '../matrix/overlay.ts';

export const CATEGORY_KEY_PREFIX = 'category/';

const NOWHERE = { domainId: null, actorId: null, evidenceId: null };
const label = (kind: 'add-category' | 'rename-category' | 'remove-category', category: CategoryValue): StepLabel => ({
  kind,
  target: { ...NOWHERE },
  field: null,
  lang: null,
  choice: null,
  category: { id: category.id, name: { ...category.name } },
});

/** A stored category value, or null when the row is not one (a damaged row reads as absent). */
export function asCategoryValue(value: unknown, id: string): CategoryValue | null {
  const v = value as { id?: unknown; name?: { zh?: unknown; en?: unknown } } | null;
  return v && v.id === id && typeof v.name?.zh === 'string' && typeof v.name.en === 'string' ? { id, name: { zh: v.name.zh, en: v.name.en } } : null;
}

/** The categories defined in this project, by ID order. */
export function customCategories(db: Db): CategoryValue[] {
  const out: CategoryValue[] = [];
  for (const [key, row] of readOverlayPrefix(db, CATEGORY_KEY_PREFIX)) {
    const found = asCategoryValue(row.value, key.slice(CATEGORY_KEY_PREFIX.length));
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every category an annotation may take: the shipped ones, this project's own before "other". */
export function listCategories(db: Db): AnnotationCategory[] {
  const custom = customCategories(db).map((c) => ({ ...c, custom: true }));
  const other = SHIPPED_CATEGORIES.filter((c) => c.id === 'other');
  return [...SHIPPED_CATEGORIES.filter((c) => c.id !== 'other'), ...custom, ...other];
}

/** A shipped category or one defined in this project; anything else is refused, nothing changed. */
export function requireCategory(db: Db, id: string): void {
  if (isShippedCategory(id)) return;
  if (readCategory(db, id)) return;
  throw new AppError('invalid-request', `Unknown annotation category "${id}": use a shipped category or define it first. Nothing was changed.`);
}

function readCategory(db: Db, id: string): CategoryValue | null {
  const row = db.prepare('SELECT value FROM overlay WHERE key = ?').pluck().get(keys.category(id)) as string | undefined;
  if (row === undefined) return null;
  try {
    return asCategoryValue(JSON.parse(row), id);
  } catch {
    return null;
  }
}

/** The ID a name gives: its English words as a slug, else (Chinese only) a short hash of the Chinese. */
export function categoryIdFor(name: Bilingual): string {
  const words = name.en
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CATEGORY_ID_MAX - 3)
    .replace(/-+$/, '');
  return words && CATEGORY_ID.test(words) ? words : `c-${createHash('sha1').update(name.zh.trim()).digest('hex').slice(0, 8)}`;
}

const fold = (s: string) => s.trim().normalize('NFKC').toLowerCase();

/** Both names given, short, and no other category called the same in either language. */
function checkName(db: Db, raw: Bilingual, except: string | null): Bilingual {
  const name = { zh: raw.zh.trim(), en: raw.en.trim() };
  if (!name.zh || !name.en) throw new AppError('invalid-request', 'Give the category a name in both Chinese and English. Nothing was changed.');
  for (const lang of ['zh', 'en'] as const) {
    if (name[lang].length > CATEGORY_NAME_MAX) {
      throw new AppError('invalid-request', `A category name has at most ${CATEGORY_NAME_MAX} characters (the ${lang === 'zh' ? 'Chinese' : 'English'} one has ${name[lang].length}). Nothing was changed.`);
    }
    if (/[\r\n\t]/.test(name[lang])) throw new AppError('invalid-request', 'A category name is one line. Nothing was changed.');
  }
  const existing = [...SHIPPED_CATEGORIES, ...customCategories(db).map((c) => ({ ...c, custom: true }))];
  for (const c of existing) {
    if (c.id === except) continue;
    for (const lang of ['zh', 'en'] as const) {
      if (fold(c.name[lang]) === fold(name[lang])) {
        throw new AppError('conflict', `There is a category called “${c.name[lang]}” already. Nothing was changed.`);
      }
    }
  }
  return name;
}

function requireCustom(db: Db, id: string): CategoryValue {
  if (isShippedCategory(id)) throw new AppError('invalid-request', `“${id}” is a shipped category; only categories defined in this project can be changed. Nothing was changed.`);
  const found = readCategory(db, id);
  if (!found) throw new AppError('not-found', `Unknown annotation category "${id}". Nothing was changed.`);
  return found;
}

/** Define a category. Its ID comes from its name (made unique with -2, -3, … if taken). */
export function addCategoryStep(db: Db, raw: Bilingual): Step & { category: CategoryValue } {
  const name = checkName(db, raw, null);
  const base = categoryIdFor(name);
  let id = base;
  for (let n = 2; isShippedCategory(id) || readCategory(db, id); n++) id = `${base}-${n}`;
  const category: CategoryValue = { id, name };
  return { label: label('add-category', category), changes: [setValue(keys.category(id), category)], category };
}

/** Give a category of this project new names; its ID (what annotations store) stays. */
export function renameCategoryStep(db: Db, id: string, raw: Bilingual): Step & { category: CategoryValue } {
  requireCustom(db, id);
  const category: CategoryValue = { id, name: checkName(db, raw, id) };
  return { label: label('rename-category', category), changes: [setValue(keys.category(id), category)], category };
}

/** Remove a category of this project, only while no annotation (nor an open merge conflict's) uses it. */
export function removeCategoryStep(db: Db, id: string): Step {
  const category = requireCustom(db, id);
  const used = db.prepare('SELECT count(*) FROM annotations WHERE category = ?').pluck().get(id) as number;
  if (used > 0) {
    throw new AppError('conflict', `${used} annotation${used === 1 ? ' uses' : 's use'} the category “${category.name.en}”; change ${used === 1 ? 'it' : 'them'} first. Nothing was changed.`);
  }
  const pending = (db.prepare("SELECT value FROM merge_conflicts WHERE key LIKE 'annotation/%'").pluck().all() as string[]).some((json) => {
    try {
      const v = JSON.parse(json) as { theirs?: string | null; state?: string };
      return v.state === 'open' && typeof v.theirs === 'string' && (JSON.parse(v.theirs) as { category?: unknown }).category === id;
    } catch {
      return false;
    }
  });
  if (pending) throw new AppError('conflict', `An open merge conflict offers an annotation in the category “${category.name.en}”; settle it first. Nothing was changed.`);
  return { label: label('remove-category', category), changes: [clearValue(keys.category(id))] };
}
