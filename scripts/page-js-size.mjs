#!/usr/bin/env node
// Gzipped JS a prerendered page loads: every <script src> in its HTML, read from the build.
// Usage: node scripts/page-js-size.mjs [route …]   (routes as paths, e.g. / /posts/foo)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const appDir = path.join('.next', 'server', 'app');
const routes = process.argv.slice(2);
if (routes.length === 0) {
  console.error('usage: node scripts/page-js-size.mjs / /posts/<slug> …');
  process.exit(2);
}

const gz = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

for (const route of routes) {
  const file = path.join(appDir, route === '/' ? 'index.html' : `${route.replace(/^\/+/, '')}.html`);
  if (!fs.existsSync(file)) {
    console.error(`${route}: no prerendered HTML at ${file} (run npm run build)`);
    process.exitCode = 1;
    continue;
  }
  const html = fs.readFileSync(file, 'utf8');
  // Module browsers skip `noModule` polyfills, so they are not counted.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const sources = [...new Set(tags.map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]).filter(Boolean))];
  let raw = 0;
  let gzipped = 0;
  for (const src of sources) {
    const local = path.join('.next', src.replace(/^.*?\/_next\//, ''));
    const bytes = fs.readFileSync(local);
    raw += bytes.length;
    gzipped += gz(bytes);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('');
  console.log(
    `${route}  scripts=${sources.length}  js=${(raw / 1024).toFixed(1)} kB  js.gz=${(gzipped / 1024).toFixed(1)} kB  ` +
      `inline.gz=${(gz(Buffer.from(inline)) / 1024).toFixed(1)} kB  html=${(html.length / 1024).toFixed(1)} kB`,
  );
}
