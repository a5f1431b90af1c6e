#!/usr/bin/env node
// `contentlayer2 build` without the CLI's debugging aid: its entry point switches on effect-ts
// execution tracing (a trace ring buffer per fiber, copied on every fork). Profiled at 2,000 posts
// that was half of contentlayer's own CPU time and about 15% of the step (BENCHMARKS.md). Same
// steps as the CLI's BuildCommand, through contentlayer2's public core API.
// Usage: node scripts/build/content-build.mjs [--clearCache]
import fs from 'node:fs/promises';
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
await pipe(
  core.getConfig({}),
  T.chain((config) => core.generateDotpkg({ config, verbose: false })),
  T.tap(core.logGenerateInfo),
  core.runMain({ tracingServiceName: 'contentlayer-cli', verbose: false }),
);
