// Two ways to run the command line in tests: in-process through runCli (the function the entry point
// calls; fast, for the logic) and spawned exactly as the README documents it (`npm run --silent cli
// -- …`; one smoke run per command, in cli-smoke.test.ts, for the entry point, arguments and exit codes).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../../../src/main/cli/run.ts';
import { ROOT } from '../helpers.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function cliInProcess(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export function cliSpawned(args: string[]): CliResult {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env['PATH']}` },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
