/**
 * Where Lighthouse's total blocking time comes from. Lantern, its simulation, counts each main-thread
 * task of its simulated load that lasts over 50 ms and lies between first contentful paint and time to
 * interactive, and it does so twice over one simulation: from the pessimistic FCP estimate to the
 * optimistic TTI, and from the optimistic FCP to the pessimistic TTI, then takes the mean. A task that
 * ends after the optimistic TTI counts in one window only. The bare stack's link prefetches share the
 * simulated bandwidth with its framework script, so its framework task runs later and often lands
 * there; the site's does not (BENCHMARKS.md, Lighthouse). This splits the blocking time into the
 * framework's task and the rest, and counts the windows the framework's task blocked in.
 */

/** A task of Lantern's simulated load, ms from navigation; `framework`: it evaluates the framework's script. */
export interface SimulatedTask {
  start: number;
  end: number;
  framework: boolean;
}

/** One of the two windows between a first-paint estimate and an interactive estimate, ms. */
export interface BlockingWindow {
  start: number;
  end: number;
}

export interface BlockingSplit {
  /** Blocking time of the framework's task, the mean over the two windows, ms. */
  frameworkMs: number;
  /** Blocking time of every other task, the same way, ms. */
  otherMs: number;
  /** In how many of the windows (0–2) the framework's task blocked at all. */
  frameworkWindows: number;
}

const THRESHOLD_MS = 50;

/** A task's blocking time within a window, as Lantern clips it (TBTUtils' calculateTbtImpactForEvent). */
function blockingWithin(task: SimulatedTask, window: BlockingWindow): number {
  if (task.end - task.start < THRESHOLD_MS || task.end < window.start || task.start > window.end || window.end <= window.start) return 0;
  const clipped = Math.min(task.end, window.end) - Math.max(task.start, window.start);
  return clipped < THRESHOLD_MS ? 0 : clipped - THRESHOLD_MS;
}

/** The split of Lantern's blocking time over `windows` (its mean), rounded to the millisecond. */
export function splitBlocking(tasks: readonly SimulatedTask[], windows: readonly BlockingWindow[]): BlockingSplit {
  if (windows.length === 0) throw new Error('splitBlocking needs the windows Lantern counted in');
  const mean = (pick: (task: SimulatedTask) => boolean) =>
    Math.round(windows.reduce((sum, window) => sum + tasks.filter(pick).reduce((total, task) => total + blockingWithin(task, window), 0), 0) / windows.length);
  return {
    frameworkMs: mean((task) => task.framework),
    otherMs: mean((task) => !task.framework),
    frameworkWindows: windows.filter((window) => tasks.some((task) => task.framework && blockingWithin(task, window) > 0)).length,
  };
}
