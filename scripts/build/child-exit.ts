import type { ChildProcess } from 'node:child_process';

/** How long output may still arrive after a child has exited before the build stops waiting for it. */
export const DRAIN_MS = 1000;

/**
 * A child's exit code (1 when a signal ended it), once its output has been read. Node's 'close' waits
 * until every process holding the child's stdout or stderr has let go, and a grandchild that outlives
 * the child (contentlayer's esbuild service did, in a CI run) holds them open for good: the build then
 * waited forever. So 'exit' starts a short drain, after which the streams are let go.
 */
export function exited(child: ChildProcess | undefined): Promise<number> {
  if (!child) return Promise.resolve(0);
  const code = (exitCode: number | null) => exitCode ?? 1;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(code(child.exitCode));
  return new Promise((resolve) => {
    let drain: NodeJS.Timeout | undefined;
    child.once('close', (exitCode: number | null) => {
      clearTimeout(drain);
      resolve(code(exitCode));
    });
    child.once('exit', (exitCode: number | null) => {
      drain = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        resolve(code(exitCode));
      }, DRAIN_MS);
    });
  });
}
