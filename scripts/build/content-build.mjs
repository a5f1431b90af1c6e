#!/usr/bin/env node
// `contentlayer2 build` without the CLI's debugging aid: its entry point switches on effect-ts
// execution tracing (a trace ring buffer per fiber, copied on every fork). Profiled at 2,000 posts
// that was half of contentlayer's own CPU time and about 15% of the step (BENCHMARKS.md). Same
// steps as the CLI's BuildCommand, through contentlayer2's public core API.
// Usage: node scripts/build/content-build.mjs [--clearCache]
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as core from 'contentlayer2/core';
import { T, pipe } from '@contentlayer2/utils/effect';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--clearCache');
if (unknown.length > 0) {
  console.error(`content-build: unknown option ${unknown.join(' ')}\nusage: node scripts/build/content-build.mjs [--clearCache]`);
  process.exit(2);
}

if (args.includes('--clearCache')) {
  await fs.rm(core.ArtifactsDir.getDirPath({ cwd: process.cwd() }), { recursive: true, force: true });
}

// runMain prints contentlayer's own error and exits 1 when the build fails.
const build = () =>
  pipe(
    core.getConfig({}),
    T.chain((config) => core.generateDotpkg({ config, verbose: false })),
    T.tap(core.logGenerateInfo),
    core.runMain({ tracingServiceName: 'contentlayer-cli', verbose: false }),
  );
await build();

// contentlayer reuses a post's cached HTML while the file is unchanged, but the processed images it
// names live in public/_img/ (lib/markdown/images.ts), which may have been deleted since: then the
// posts are rendered again, which writes the images again.
const IMAGES = path.join('public', '_img');
const missing = [...imagesInUse()].filter((name) => !existsSync(path.join(IMAGES, name)));
if (missing.length > 0) {
  console.log(`content-build: ${missing.length} processed image(s) missing from public/_img/ (e.g. ${missing[0]}); rebuilding without the cache`);
  await fs.rm(core.ArtifactsDir.getDirPath({ cwd: process.cwd() }), { recursive: true, force: true });
  await build();
}
// Files of images no post shows any more would otherwise pile up and ship with every deploy.
const inUse = imagesInUse();
for (const name of existsSync(IMAGES) ? readdirSync(IMAGES) : []) if (!inUse.has(name)) rmSync(path.join(IMAGES, name), { force: true });

/** The files in public/_img/ the generated posts name (body HTML, cover sources and share crops). */
function imagesInUse() {
  let index = '';
  for (const type of ['Post', 'MdxPost']) {
    try {
      index += readFileSync(path.join('.contentlayer', 'generated', type, '_index.json'), 'utf8');
    } catch {
      // no posts of this type
    }
  }
  return new Set([...index.matchAll(/\/_img\/([\w.-]+)/g)].map((match) => match[1]));
}
