// `npm run serve`: the desktop app in the local browser, for machines where Electron cannot run.
// Same core, same handlers, same database and lock as the desktop app; only the shell differs.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors.ts';
import { DB_FILE_NAME, defaultUserDataDir, repoDataDir } from '../core/paths.ts';
import { Workspace } from '../core/workspace.ts';
import { createHandlers } from '../ipc/handlers.ts';
import { startAppServer } from './app-server.ts';
import type { AppServer } from './app-server.ts';
import { openBrowser } from './open-browser.ts';
import { migrateFirst } from '../cli/migrate-first.ts';
import type { MigrateFirstIo } from '../cli/migrate-first.ts';
import { MigrationCancelled } from '../core/db/migration-progress.ts';
import { buildRenderer, rendererBuildReason } from './renderer-build.ts';

const USAGE = `Usage: npm run serve -- [options]

Serves Policy Matrix to your web browser on this computer only (127.0.0.1) and prints its address.

Options:
  --db PATH     database file (default: the desktop app's; POLICY_MATRIX_HOME moves the folder)
  --data DIR    folder with corpus/ and matrix/ (default: the repository's data/)
  --port N      port to listen on (default: a free one)
  --no-open     do not open the browser, only print the address
  -h, --help    this text
`;

export interface ServeIo extends MigrateFirstIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Start serving; resolves with a stop function once the address is printed, or an exit code. */
export async function serve(argv: string[], io: ServeIo): Promise<{ stop(): Promise<void> } | number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        db: { type: 'string' },
        data: { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`--port must be a whole number from 0 to 65535, not "${values.port}".\n`);
    return 2;
  }

  const dataDir = path.resolve(values.data ?? repoDataDir());
  const root = path.dirname(dataDir);
  const userData = defaultUserDataDir();
  const dbPath = path.resolve(values.db ?? path.join(userData, DB_FILE_NAME));
  // The desktop app keeps backups in its user-data folder; a database elsewhere keeps them beside it.
  const backupDir = values.db ? path.join(path.dirname(dbPath), 'backups') : path.join(userData, 'backups');

  let ws: Workspace;
  try {
    // An older database is migrated first, progress in the terminal (in both languages); Ctrl+C
    // cancels it and leaves the project as it was. The browser opens once the project is current.
    // A bad data folder is said before an older database is touched.
    await migrateFirst(dbPath, io, { backupDir, writerKind: 'browser server', langs: ['zh', 'en'], checkInputs: () => Workspace.checkInputs({ dataDir }) });
  } catch (error) {
    if (error instanceof MigrationCancelled) {
      io.stderr(`Policy Matrix did not start: ${error.message}\n`);
      return 130;
    }
    const message = error instanceof AppError ? error.message : `unexpected error: ${(error as Error).message}`;
    io.stderr(`Policy Matrix cannot start: ${message}\nNothing was changed.\n`);
    return 1;
  }
  try {
    // The same writer lock as the desktop app and the CLI: one process writes a database at a time.
    ws = Workspace.open({ dbPath, dataDir, appVersion: appVersion(root), backupDir, writerKind: 'browser server' });
  } catch (error) {
    const message = error instanceof AppError ? error.message : `unexpected error: ${(error as Error).message}`;
    io.stderr(`Policy Matrix cannot start: ${message}\nNothing was changed.\n`);
    return 1;
  }
  // PDFs imported before page labels were kept get them from their originals (migration 8).
  void ws.sources.readPendingPageLabels().catch(() => undefined);
  const why = rendererBuildReason(root);
  if (why) {
    io.stdout(`Building the interface first: ${why}.\n`);
    try {
      buildRenderer(root);
    } catch (error) {
      ws.close();
      io.stderr(`${(error as Error).message}\n`);
      return 1;
    }
  }
  let server: AppServer;
  try {
    server = await startAppServer({
      rendererDir: path.join(root, 'out/renderer'),
      handlers: (host) => createHandlers(ws, host, { backupDir }),
      version: ws.options.appVersion,
      port,
    });
  } catch (error) {
    ws.close();
    io.stderr(`Policy Matrix cannot start: cannot listen on 127.0.0.1:${port} (${(error as Error).message}).\n`);
    return 1;
  }

  io.stdout(
    [
      '',
      'Policy Matrix is running. Open this address in your browser (it works on this computer only):',
      '',
      `  ${server.url}`,
      '',
      `Database: ${dbPath}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  if (!values['no-open'] && !openBrowser(server.url)) io.stdout('(No desktop browser to open from here: copy the address above into one.)\n');

  let stopping: Promise<void> | null = null;
  return {
    stop: () =>
      (stopping ??= (async () => {
        await server.close();
        ws.close();
      })()),
  };
}

function appVersion(root: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
