// The one Chromium lookup, for Playwright (playwright.config.ts), the bench's layout-shift check,
// scripts/test/ensure-browser.mjs and CI (.ci/run): CHROMIUM_PATH if set, else Playwright's own
// browser when installed, else Debian's /usr/bin/chromium.
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
