import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../test/chromium.mjs';

/**
 * Cumulative layout shift of a page as Chromium reports it (the metric Lighthouse scores), observed
 * from navigation until the page has been idle for a moment with fonts loaded. The web font is held
 * back until the page has painted, as on a slow connection: text is laid out in the fallback first,
 * so a fallback that differs from the font in size shows here.
 */
export async function measureLayoutShift(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await recordLayoutShift(page);
    const release = await holdWebFonts(page);
    // Not 'load': the font is preloaded, and the load event waits for it.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    release();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(1000);
    return await layoutShiftSoFar(page);
  } finally {
    await browser.close();
  }
}

/** Holds every web font (.woff2) the page requests until the returned function is called. */
export async function holdWebFonts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.woff2', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Sums layout shifts without recent input from the page's start (call before `goto`). */
export async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { __cls: number };
    state.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShiftSoFar(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}
