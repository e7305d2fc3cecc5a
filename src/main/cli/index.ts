#!/usr/bin/env node
// Headless command line on the same core as the desktop app: JSON on stdout, messages on stderr.
import { runCli } from './run.ts';

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  // Only while a migration runs: Ctrl+C then cancels it (rolled back) instead of killing the process.
  onInterrupt: (handler) => {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
});
process.exitCode = code;
