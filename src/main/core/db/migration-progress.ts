// What a long migration tells whoever opens the database, and how it is stopped. A migration that
// rebuilds an index over every paragraph (schema 4's short-term index, schema 7's gram index) takes
// a minute on a 50 MB corpus; it reports how far it is and checks for a cancel between batches.
// Cancelling throws inside the migration's transaction, so SQLite rolls it back: the file stays at
// its old schema, exactly as it was (the backup taken first is a second guarantee).

export type MigrationPhase =
  /** Copying the database to backups/ before changing it (one step, no count). */
  | { phase: 'backup' }
  /** Rebuilding an index: paragraphs done of total, for the migration to `version`. */
  | { phase: 'index'; version: number; done: number; total: number }
  /** Writing the result (the commit). */
  | { phase: 'commit' };

export interface MigrationControl {
  onProgress?: (progress: MigrationPhase) => void;
  /** Asked between batches; true stops the migration and rolls it back (MigrationCancelled). */
  cancelled?: () => boolean;
}

export class MigrationCancelled extends Error {
  constructor() {
    super('The update was cancelled; the project was left as it was.');
    this.name = 'MigrationCancelled';
  }
}

/** What a rebuild calls after each batch of paragraphs (throws MigrationCancelled when asked to stop). */
export type BatchHook = (done: number, total: number) => void;

/** The hook a migration to `version` gives its rebuilds. */
export function batchHook(version: number, control: MigrationControl): BatchHook {
  return (done, total) => {
    if (control.cancelled?.()) throw new MigrationCancelled();
    control.onProgress?.({ phase: 'index', version, done, total });
  };
}
