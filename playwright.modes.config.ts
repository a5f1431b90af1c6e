import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The core checks (tests/e2e/core.spec.ts) against one deployment mode, started by the command
// scripts/test/e2e-modes.mjs passes in. Playwright waits for the health check, then stops the server.
const origin = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3101';
const command = process.env.E2E_SERVER_COMMAND;
if (!command) throw new Error('E2E_SERVER_COMMAND is not set: run this through `npm run test:modes`.');

export default defineConfig({
  ...base,
  testMatch: ['core.spec.ts', 'request-fuzz.spec.ts'],
  use: { ...base.use, baseURL: origin },
  webServer: {
    command,
    cwd: process.env.E2E_SERVER_CWD,
    url: `${origin}${process.env.E2E_BASE_PATH ?? ''}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
