import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The author's loop: `npm run dev` in a throwaway copy of the site (scripts/dev-e2e-site.mjs), on
 * E2E_PORT + 2. Tests edit that copy's posts, so they run one at a time.
 */
const port = Number(process.env.E2E_PORT ?? 3100) + 2;
export const DEV_SITE_DIR = path.join(os.tmpdir(), `ledger-dev-e2e-${port}`);

export default defineConfig({
  ...base,
  testDir: './tests/e2e-dev',
  fullyParallel: false,
  workers: 1,
  // next dev compiles each route on its first request: minutes on a busy 2-core machine.
  timeout: 10 * 60_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'node scripts/dev-e2e-site.mjs',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    // Copying the site, the first content build and Next's start-up: many minutes under heavy load.
    timeout: 15 * 60_000,
    stdout: 'pipe',
    env: { NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), DEV_SITE_DIR },
  },
});
