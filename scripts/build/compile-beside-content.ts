/** A running step: its exit code and output once done, and a way to stop it. */
export type Step = { kill(): void; done: Promise<{ code: number; output: string }> };

/**
 * Whether Next's compile stopped on Turbopack's internal error about a file of .contentlayer/generated
 * ("… could not be resolved because a component does not exist", traced from lib/content/generated.ts).
 * It came rarely, in CI, as the content step printed that it had written the posts: the compile runs while
 * contentlayer2 creates that folder and deletes each file before writing it again. Deleting and rewriting
 * them in a loop beside a compile did not bring it back, so the exact moment is not known; an upstream
 * race, not an error in the site, and a compile started after the content step has nothing to race.
 */
export function stoppedOnContentBeingWritten(output: string): boolean {
  return /Turbopack(?:InternalError| error)/.test(output) && /\.contentlayer[\\/]generated[\\/]/.test(output);
}

/**
 * Next's compile beside the content step (scripts/build/build.mts). When the compile stops on the race above,
 * it runs once more after the content step has finished, when no file it traces changes any more; any other
 * failure, or a content step that failed, is returned as it is. `kill` stops whichever compile is running.
 */
export function compileBesideContent(start: () => Step, contentStep: Promise<number>, log: (line: string) => void = console.log): Step {
  let current = start();
  let stopped = false;
  const done = current.done.then(async (first) => {
    if (first.code === 0 || !stoppedOnContentBeingWritten(first.output)) return first;
    const contentStatus = await contentStep;
    if (stopped || contentStatus !== 0) return first;
    log('build: Turbopack stopped on a file the content step was writing (.contentlayer/generated); compiling again now that it is written');
    current = start();
    return current.done;
  });
  return {
    kill: () => {
      stopped = true;
      current.kill();
    },
    done,
  };
}
