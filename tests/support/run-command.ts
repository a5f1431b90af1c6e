import { spawnSync } from 'node:child_process';

export interface CommandRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout, stderr and, when it ran out of time, a line saying so: for assertion messages. */
  output: string;
}

/** The exit status of coreutils' `timeout` when the command ran out of time. */
const TIMED_OUT = 124;

/**
 * Runs a command to its end in a throwaway copy of the site, through `sh` (contentlayer2 0.5.8
 * misbehaves when Node spawns it directly), under coreutils' `timeout`. node:test's own timeout cannot
 * fire while spawnSync holds the event loop, so a hung build would hold CI until its own limit;
 * `timeout` stops the command's whole process group (Next's build workers too) and the test fails
 * with the output so far. `args` become the command's "$@".
 */
export function runCommand(dir: string, command: string, options: { timeoutMs: number; args?: readonly string[]; env?: NodeJS.ProcessEnv }): CommandRun {
  const seconds = Math.ceil(options.timeoutMs / 1000);
  const run = spawnSync('timeout', ['--kill-after=30', String(seconds), 'sh', '-c', command, 'sh', ...(options.args ?? [])], {
    cwd: dir,
    encoding: 'utf8',
    env: options.env ?? process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const timedOut = run.status === TIMED_OUT ? `\n${command} ran out of time after ${seconds} s and was stopped.` : '';
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}\n${run.stderr}${timedOut}` };
}
