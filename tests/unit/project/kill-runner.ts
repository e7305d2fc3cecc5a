// Child process for the kill -9 tests: opens a workspace, makes one acknowledged edit, then runs one
// project operation. The parent kills it at a random moment and checks what is left on disk.
import path from 'node:path';
import { Workspace } from '../../../src/main/core/workspace.ts';

const [op, dbPath, dataDir, file] = process.argv.slice(2) as [string, string, string, string];
const backups = path.join(path.dirname(dbPath), 'backups');
const ws = Workspace.open({ dbPath, dataDir, appVersion: 'kill-test', backupDir: backups, writerKind: 'test' });
const acked = ws.addAnnotation({ domainId: 'semiconductors', actorId: null, evidenceId: null }, 'other', 'acknowledged before').annotation;
process.stdout.write(`ack ${acked.id}\n`);
process.stdout.write('go\n');
const started = performance.now();
if (op === 'open') await ws.openProject(file, backups);
else if (op === 'merge') await ws.mergeProject(file);
else if (op === 'save') await ws.saveProject(file);
process.stdout.write(`done ${Math.round(performance.now() - started)}\n`);
ws.close();
