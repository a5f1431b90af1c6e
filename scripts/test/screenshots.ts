/**
 * `npx tsx scripts/test/screenshots.ts http://127.0.0.1:3000` writes docs/screenshots/: home, a post
 * and the archive at 390 px and 1280 px wide, light and dark, from a running production build.
 * Posts carry emoji: without a colour emoji font the browser draws empty boxes, so the script stops
 * first (Debian: `apt-get install fonts-noto-color-emoji`).
 */
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

const PAGES = [
  ['home', '/'],
  ['post', '/posts/layer-2-solutions-scaling-the-blockchain'],
  ['archive', '/archive'],
] as const;
const WIDTHS = [
  [390, 844],
  [1280, 900],
] as const;

async function main(): Promise<void> {
  const base = process.argv[2];
  if (!base) throw new Error('usage: tsx scripts/test/screenshots.ts <site origin>');
  const out = path.join(__dirname, '..', '..', 'docs', 'screenshots');
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const probe = await browser.newPage();
    // A colour emoji has coloured pixels; the box drawn for a missing glyph is grey.
    const coloured = await probe.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      if (!context) return false;
      context.font = '32px sans-serif';
      context.fillText('\u{1F680}', 0, 32);
      const pixels = context.getImageData(0, 0, 48, 48).data;
      for (let i = 0; i < pixels.length; i += 4) {
        const rgb = [...pixels.subarray(i, i + 3)];
        if (Math.max(...rgb) - Math.min(...rgb) > 40) return true;
      }
      return false;
    });
    await probe.close();
    if (!coloured) throw new Error('screenshots: this browser has no colour emoji font, so emoji in posts would show as boxes; install one (Debian: apt-get install fonts-noto-color-emoji) and run again.');
    for (const scheme of ['light', 'dark'] as const) {
      for (const [width, height] of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
        for (const [name, route] of PAGES) {
          await page.goto(new URL(route, base).toString(), { waitUntil: 'networkidle' });
          await page.evaluate(() => document.fonts.ready);
          const file = path.join(out, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file });
          console.log(`screenshots: ${path.relative(process.cwd(), file)}`);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
