// Child process for the concurrent-writers test: opens the workspace as the command line does and
// adds N annotations as fast as it can, printing each ID once its transaction has committed.
import { Workspace } from '../../../src/main/core/workspace.ts';

const [dbPath, dataDir, count, tag] = process.argv.slice(2);
const ws = Workspace.open({ dbPath: dbPath!, dataDir: dataDir!, appVersion: 'concurrency-test', writerKind: 'command line' });
const ids: string[] = [];
for (let i = 0; i < Number(count); i++) {
  ids.push(ws.addAnnotation({ domainId: 'investment-review', actorId: i % 2 ? 'JP' : 'US', evidenceId: null }, 'timing', `${tag} ${i}`).annotation.id);
}
ws.close();
process.stdout.write(`${JSON.stringify(ids)}\n`);
