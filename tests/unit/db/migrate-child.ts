// A process that migrates a database and is killed in the middle (tests/unit/db/migration-progress.test.ts):
// after the first batch of the gram index it says so on stdout and waits inside the transaction.
import { openDatabase } from '../../../src/main/core/db/open.ts';

const [file, backupDir] = process.argv.slice(2) as [string, string];
const wait = new Int32Array(new SharedArrayBuffer(4));
openDatabase(file, {
  backupDir,
  migration: {
    onProgress: (p) => {
      if (p.phase !== 'index' || p.done === 0) return;
      process.stdout.write(`indexed ${p.done} of ${p.total}\n`);
      Atomics.wait(wait, 0, 0, 30_000); // the parent kills us here, mid-transaction
    },
  },
}).close();
process.stdout.write('committed\n');
