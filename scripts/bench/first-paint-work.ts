import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../test/chromium.mjs';
import { median } from './median';

/**
 * The main thread's work to parse, style and lay out a page until it has loaded, from Chromium's own
 * trace, with scripts off so hydration does not mix in. Lighthouse's scores swing by several
 * points between identical runs; these sums move by a few percent, so they show what a change to
 * the markup or the stylesheet did. Each load is a fresh browser context (cold font and style caches,
 * as a first visit), on a phone-sized viewport. The sums are the main thread's CPU time (`tdur`), not
 * its clock time (`dur`): on a busy machine a task's clock time includes waiting for a core, which
 * moved the same page's layout by a quarter between two batches.
 */
export interface FirstPaintWork {
  parseMs: number;
  styleMs: number;
  layoutMs: number;
}

export interface TraceEvent {
  name: string;
  ph?: string;
  dur?: number;
  /** The thread's CPU time over the event; Chromium writes it where the platform counts it. */
  tdur?: number;
}

/** Sums the CPU time of the complete ('X') events of a trace by kind; durations are in microseconds. */
export function firstPaintWork(events: readonly TraceEvent[]): FirstPaintWork {
  const sum = (name: string) => {
    const complete = events.filter((event) => event.name === name && event.ph === 'X');
    // A sum without CPU times would read as no work at all.
    if (complete.some((event) => event.tdur === undefined)) throw new Error(`The trace has ${name} events without CPU time (tdur): this platform does not count thread time`);
    return complete.reduce((total, event) => total + (event.tdur ?? 0), 0) / 1000;
  };
  return { parseMs: sum('ParseHTML'), styleMs: sum('UpdateLayoutTree'), layoutMs: sum('Layout') };
}

/** Each field's median over runs, to a tenth of a millisecond. */
export function medianWork(runs: readonly FirstPaintWork[]): FirstPaintWork {
  const pick = (key: keyof FirstPaintWork) => Math.round(median(runs.map((run) => run[key])) * 10) / 10;
  return { parseMs: pick('parseMs'), styleMs: pick('styleMs'), layoutMs: pick('layoutMs') };
}

/** `loads` loads of each URL, interleaved (a, b, b, a, …), after one unmeasured load of each; medians per URL. */
export async function measureFirstPaintWork(urls: readonly string[], loads: number): Promise<Map<string, FirstPaintWork>> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const runs = new Map(urls.map((url) => [url, [] as FirstPaintWork[]]));
  try {
    for (let round = 0; round <= loads; round++) {
      for (const url of round % 2 ? [...urls].reverse() : urls) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          const session = await context.newCDPSession(page);
          const events: TraceEvent[] = [];
          // The protocol types trace events loosely; these fields are what Chromium writes.
          session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
          const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
          await session.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
          await page.goto(url, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          await session.send('Tracing.end');
          await complete;
          if (round > 0) runs.get(url)?.push(firstPaintWork(events));
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return new Map([...runs].map(([url, measured]) => [url, medianWork(measured)]));
}
