// Makes sure a Chromium exists for the browser tests (scripts/test/chromium.mjs says which):
// else installs Debian's `chromium` with apt-get when running as root. `npm run test:e2e` and
// .ci/run call it.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromiumPath } from './chromium.mjs';

if (chromiumPath() !== null) process.exit(0);

if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian chromium with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  process.exit(0);
}
console.error(
  'No Chromium for the browser tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
);
process.exit(1);
