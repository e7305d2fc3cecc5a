#!/usr/bin/env node
// `npm run serve`: Policy Matrix in the local browser. Stops cleanly on Ctrl+C or a termination signal.
import { serve } from './serve.ts';

const io = {
  stdout: (s: string) => process.stdout.write(s),
  stderr: (s: string) => process.stderr.write(s),
  // Only while an older database is being migrated: Ctrl+C cancels the migration (rolled back).
  onInterrupt: (handler: () => void) => {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
};
const started = await serve(process.argv.slice(2), io);
if (typeof started === 'number') {
  process.exitCode = started;
} else {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      io.stdout('\nStopping Policy Matrix…\n');
      void started.stop().then(() => process.exit(0));
    });
  }
}
