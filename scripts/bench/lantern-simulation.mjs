// Lighthouse's own Lantern, rerun on a saved run (its trace and DevTools log) with the settings of the
// bench's runs (the CLI's defaults: mobile, simulated slow 4G and 4x CPU), to read what the report
// leaves out: each simulated task's place and the two windows total blocking time is counted in
// (scripts/bench/lantern-blocking.ts). Deep imports of the pinned lighthouse package: plain JavaScript
// here, typed in lantern-simulation.d.mts.
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternInteractive } from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';
import { defaultSettings } from 'lighthouse/core/config/constants.js';

/**
 * @param {{ url: string, trace: unknown, devtoolsLog: unknown }} run
 * @returns {Promise<{ windows: { start: number, end: number }[], tasks: { start: number, end: number, scripts: string[] }[] }>}
 */
export async function simulateBlocking({ url, trace, devtoolsLog }) {
  const settings = { ...defaultSettings, throttlingMethod: 'simulate' };
  const data = { trace, devtoolsLog, gatherContext: { gatherMode: 'navigation' }, settings, simulator: null, URL: { requestedUrl: url, mainDocumentUrl: url, finalDisplayedUrl: url }, SourceMaps: [] };
  const context = { computedCache: new Map(), settings };
  const fcp = await LanternFirstContentfulPaint.request(data, context);
  const interactive = await LanternInteractive.request(data, context);
  const tbt = await LanternTotalBlockingTime.request(data, context);
  const tasks = [];
  // Both estimates of blocking time come from the one simulation of the whole page; only the windows differ.
  for (const [node, timing] of tbt.pessimisticEstimate.nodeTimings) {
    if (node.type !== 'cpu') continue;
    tasks.push({ start: timing.startTime, end: timing.endTime, scripts: [...node.getEvaluateScriptURLs()] });
  }
  return {
    windows: [
      { start: fcp.pessimisticEstimate.timeInMs, end: interactive.optimisticEstimate.timeInMs },
      { start: fcp.optimisticEstimate.timeInMs, end: interactive.pessimisticEstimate.timeInMs },
    ],
    tasks,
  };
}
