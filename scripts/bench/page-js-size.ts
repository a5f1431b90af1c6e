/**
 * Gzipped JS a prerendered page loads: every <script src> in its HTML, read from the build.
 * Usage: npx tsx scripts/bench/page-js-size.ts [route …]   (routes as paths, e.g. / /posts/foo)
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { assetsOf, htmlFileOf } from './page-weight';

const nextDir = '.next';
const routes = process.argv.slice(2);
if (routes.length === 0) {
  console.error('usage: npx tsx scripts/bench/page-js-size.ts / /posts/<slug> …');
  process.exit(2);
}

const gz = (bytes: Buffer) => zlib.gzipSync(bytes, { level: 9 }).length;

for (const route of routes) {
  const file = htmlFileOf(nextDir, route);
  if (!fs.existsSync(file)) {
    console.error(`${route}: no prerendered HTML at ${file} (run npm run build)`);
    process.exitCode = 1;
    continue;
  }
  const html = fs.readFileSync(file, 'utf8');
  // Module browsers skip `nomodule` polyfills, so assetsOf leaves them out.
  const { scripts } = assetsOf(html);
  let raw = 0;
  let gzipped = 0;
  for (const src of scripts) {
    // Under a base path the URL is /blog/_next/…; the file is .next/… either way.
    const bytes = fs.readFileSync(path.join(nextDir, src.replace(/^.*?\/_next\//, '')));
    raw += bytes.length;
    gzipped += gz(bytes);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('');
  console.log(
    `${route}  scripts=${scripts.length}  js=${(raw / 1024).toFixed(1)} kB  js.gz=${(gzipped / 1024).toFixed(1)} kB  ` +
      `inline.gz=${(gz(Buffer.from(inline)) / 1024).toFixed(1)} kB  html=${(html.length / 1024).toFixed(1)} kB`,
  );
}
