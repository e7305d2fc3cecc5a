import type { Db } from '../../db/open.ts';
import { writeTransaction } from '../../db/write.ts';
import type { OriginalsStore } from './originals.ts';
import { canReadPageLabels, cleanPageLabels, readPageLabels } from './page-labels.ts';

// The PDFs imported before page labels were kept (listed by migration 8 in page_label_reads) get
// them from their stored originals, one source at a time, after the database is open. A missing or
// damaged original, or a document without usable labels, leaves `pageLabels: null` (the page is then
// named "page N of the file"); either way the source leaves the list, so nothing is tried twice.

export interface PageLabelBackfill {
  /** Sources that got labels, that have none (or none usable), and whose original was missing or damaged. */
  labelled: string[];
  none: string[];
  missing: string[];
}

export async function readPendingPageLabels(db: Db, originals: OriginalsStore): Promise<PageLabelBackfill> {
  const out: PageLabelBackfill = { labelled: [], none: [], missing: [] };
  // Without the labels worker every source would be marked "none" for good: leave them listed.
  if (!canReadPageLabels()) return out;
  const pending = db.prepare('SELECT r.doc_id AS docId, s.sha256 AS sha256, s.info AS info FROM page_label_reads r JOIN sources s ON s.doc_id = r.doc_id ORDER BY r.doc_id').all() as Array<{
    docId: string;
    sha256: string;
    info: string;
  }>;
  for (const row of pending) {
    const pages = (JSON.parse(row.info) as { pages?: unknown }).pages;
    let labels: string[] | null = null;
    let bytes: Uint8Array | null;
    try {
      bytes = originals.read(row.sha256);
    } catch {
      bytes = null;
    }
    if (bytes !== null && typeof pages === 'number') labels = cleanPageLabels(await readPageLabels(bytes), pages);
    if (!db.open) return out;
    writeTransaction(db, () => {
      // Replaced while this was reading: the new version came with its own labels.
      db.prepare("UPDATE sources SET info = json_set(info, '$.pageLabels', json(?)) WHERE doc_id = ? AND sha256 = ? AND json_type(info, '$.pageLabels') IS NULL").run(
        JSON.stringify(labels),
        row.docId,
        row.sha256,
      );
      db.prepare('DELETE FROM page_label_reads WHERE doc_id = ?').run(row.docId);
    });
    (bytes === null ? out.missing : labels === null ? out.none : out.labelled).push(row.docId);
  }
  return out;
}
