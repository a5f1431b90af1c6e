// Makes sure a Chromium exists for the e2e tests: Playwright's own if installed,
// else Debian's `chromium` (installed with apt-get when running as root).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const bundled = (() => {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
})();

if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) process.exit(0);
if (bundled && fs.existsSync(bundled)) process.exit(0);
if (fs.existsSync('/usr/bin/chromium')) process.exit(0);

if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian chromium with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  process.exit(0);
}
console.error(
  'No Chromium for the e2e tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`.',
);
process.exit(1);
