#!/usr/bin/env node
// Writes public/katex/: KaTeX's stylesheet (font-display: swap) and its WOFF2 fonts, served from
// the site (the CSP loads nothing from elsewhere). Pages with math link it (app/posts/[slug]).
// The files are committed; tests/unit/katex-assets.test.ts fails when they drift from the installed
// katex. Run after upgrading katex: node scripts/build/katex-assets.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const KATEX_DIR = path.join('public', 'katex');

/** Every file of public/katex/ by relative path, as the installed katex would give it. */
export function katexAssets() {
  const dist = path.dirname(require.resolve('katex/dist/katex-swap.min.css'));
  // Every browser the site supports reads WOFF2: the .woff and .ttf fallbacks would only add bytes.
  const css = fs
    .readFileSync(path.join(dist, 'katex-swap.min.css'), 'utf8')
    .replace(/src:(url\([^)]*\.woff2\) format\("woff2"\))[^;}]*/g, 'src:$1');
  const files = new Map([['katex.min.css', Buffer.from(css)]]);
  for (const font of fs.readdirSync(path.join(dist, 'fonts')).filter((name) => name.endsWith('.woff2')).sort()) {
    files.set(`fonts/${font}`, fs.readFileSync(path.join(dist, 'fonts', font)));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.rmSync(KATEX_DIR, { recursive: true, force: true });
  for (const [name, bytes] of katexAssets()) {
    fs.mkdirSync(path.dirname(path.join(KATEX_DIR, name)), { recursive: true });
    fs.writeFileSync(path.join(KATEX_DIR, name), bytes);
  }
  console.log(`katex-assets: wrote ${KATEX_DIR}`);
}
