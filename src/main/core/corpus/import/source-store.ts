// The edit log's store for `source/<docId>` keys: whether an imported source is removed. The value is
// `{"removed":true}` while it is removed (its document and paragraphs kept in the sources row's
// trash) and no value while it is in the corpus, so removing a source is one step, and Undo puts it
// back with the same paragraphs and IDs.
import type { Db } from '../../db/open.ts';
import type { SourceInfo, SourceMetaFields } from '../../../../shared/types.ts';
import type { ValueStore } from '../../history/edit-log.ts';
import { documentMetaFor } from './service.ts';
import { getSource, restoreSource, trashSource, updateSourceInfo } from './sources-repo.ts';

export const SOURCE_KEY_PREFIX = 'source/';

export function sourceStore(db: Db): ValueStore {
  const docIdOf = (key: string) => key.slice(SOURCE_KEY_PREFIX.length);
  return {
    read(key) {
      const s = getSource(db, docIdOf(key));
      return { json: s?.state === 'removed' ? JSON.stringify({ removed: true }) : null, hash: null };
    },
    write(key, json) {
      const docId = docIdOf(key);
      const s = getSource(db, docId);
      if (!s) return;
      if (json === null && s.state === 'removed') restoreSource(db, docId);
      else if (json !== null && s.state === 'active') trashSource(db, docId);
    },
  };
}

export const SOURCE_INFO_KEY_PREFIX = 'source-info/';

/** The metadata fields of a stored source's info, as the edit log keeps them (one JSON value). */
export function metaFieldsOf(info: SourceInfo): SourceMetaFields {
  return { title: info.title, authors: info.authors, date: info.date, publisher: info.publisher, language: info.language, sourceUrl: info.sourceUrl };
}

/**
 * The edit log's store for `source-info/<docId>` keys: an imported source's editable metadata, so a
 * correction is one step that Undo takes back. The value is always present while the source exists.
 */
export function sourceInfoStore(db: Db): ValueStore {
  const docIdOf = (key: string) => key.slice(SOURCE_INFO_KEY_PREFIX.length);
  return {
    read(key) {
      const s = getSource(db, docIdOf(key));
      return { json: s ? JSON.stringify(metaFieldsOf(s.info)) : null, hash: null };
    },
    write(key, json) {
      const docId = docIdOf(key);
      const s = getSource(db, docId);
      if (!s || json === null) return;
      const info: SourceInfo = { ...s.info, ...(JSON.parse(json) as SourceMetaFields) };
      updateSourceInfo(db, documentMetaFor(docId, info), info);
    },
  };
}
