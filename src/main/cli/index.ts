#!/usr/bin/env node
// Headless command line on the same core as the desktop app: JSON on stdout, messages on stderr.
import { runCli } from './run.ts';

const code = await runCli(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
process.exitCode = code;
