// Child process for the disk-full / read-only tests, run inside its own mount namespace (unshare -m)
// where the parent script mounted a small or read-only tmpfs. Prints one JSON line.
import path from 'node:path';
import { Workspace } from '../../../src/main/core/workspace.ts';

const [op, profile, dataDir, file] = process.argv.slice(2) as [string, string, string, string];
const ws = Workspace.open({ dbPath: path.join(profile, 'policy-matrix.db'), dataDir, appVersion: 'fs-test', backupDir: path.join(profile, 'backups'), writerKind: 'test' });
try {
  if (op === 'save') await ws.saveProject(file);
  else if (op === 'open') {
    const r = await ws.openProject(file, path.join(profile, 'backups'));
    console.log(JSON.stringify({ ok: true, annotations: r.annotations, warnings: r.warnings }));
  }
  if (op === 'save') console.log(JSON.stringify({ ok: true }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, message: (error as Error).message }));
} finally {
  ws.close();
}
