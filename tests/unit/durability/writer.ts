// Child process for the crash test: writes annotations as fast as it can and acknowledges each one
// on stdout only after its transaction has committed.
import path from 'node:path';
import { Workspace } from '../../../src/main/core/workspace.ts';

const [dbPath, dataDir] = process.argv.slice(2);
const ws = Workspace.open({ dbPath: dbPath!, dataDir: dataDir!, appVersion: 'crash-test', backupDir: path.join(path.dirname(dbPath!), 'backups') });
for (let i = 0; ; i++) {
  const a = ws.addAnnotation({ domainId: 'investment-review', actorId: 'JP', evidenceId: null }, 'timing', `write ${i}: 事前审查与事后审查`);
  process.stdout.write(`ack ${a.annotation.id}\n`);
}
