// The one Chromium lookup, for Playwright (playwright.config.ts), the bench (layout shift, first-paint
// work, Lighthouse), the screenshots, scripts/test/ensure-browser.mjs and CI (.ci/run): CHROMIUM_PATH if
// set, else Playwright's own browser when installed, else Debian's /usr/bin/chromium.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a browser that makes no outside connection (this machine and CI have no internet). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The executable to launch: undefined means Playwright's own (installed), a path means that file;
 * null means none is installed.
 */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  try {
    if (fs.existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no Playwright browser: fall through to the system one
  }
  return fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
}

/** The same browser as a file path (the bench's launches, and Lighthouse, which starts its own); throws when none is installed. */
export function chromiumExecutable() {
  const found = chromiumPath();
  if (found === null) throw new Error('No Chromium: run `node scripts/test/ensure-browser.mjs` or set CHROMIUM_PATH.');
  return found ?? chromium.executablePath();
}
