/**
 * `npm run build [-- --clean]`: content:check, the content step, then `next build`.
 * Incremental: the check and the content step keep their per-post results in .contentlayer/.cache
 * (keyed on each post's bytes and on everything else that shapes them, see scripts/build/content-build.mjs
 * and scripts/build/content-check.ts), share cards are kept in .next/cache/share-images (lib/seo/share-image.tsx),
 * so a rebuild redoes only what changed; prerendering still renders every page. `--clean` (or CLEAN_BUILD=1) starts cold.
 * npm's prebuild and postbuild hooks run around it as before.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { codeKey } from './cache-keys.mjs';
import { checkContent, reportProblems } from './content-check';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--clean');
  if (unknown.length > 0) {
    console.error(`build: unknown option ${unknown.join(' ')}\nusage: npm run build [-- --clean]`);
    return 2;
  }
  const root = process.cwd();
  const clean = args.includes('--clean') || process.env.CLEAN_BUILD === '1';
  if (clean) {
    console.log('build: --clean, starting cold (no content cache, no processed images, no Next cache, no share cards)');
    for (const dir of ['.next', '.contentlayer', path.join('public', '_img')]) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
  }
  // The check and the content step each use one core: they run side by side. The content step's
  // output is held back until the check has passed, so an author with a broken post reads the
  // check's file:line report alone, not contentlayer's failure on the same post.
  // Plain Node, not an import: contentlayer's module graph loaded through tsx's loader took minutes.
  // PWD set: contentlayer2 reads its folder from PWD, not from the working directory.
  const content = spawn(process.execPath, [path.join(root, 'scripts', 'build', 'content-build.mjs'), ...(clean ? ['--clean'] : [])], {
    cwd: root,
    env: { ...process.env, PWD: root },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const held: { stream: NodeJS.WriteStream; chunk: Buffer }[] = [];
  let holding = true;
  const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => (holding ? held.push({ stream, chunk }) : stream.write(chunk));
  content.stdout.on('data', relay(process.stdout));
  content.stderr.on('data', relay(process.stderr));
  const contentExit = new Promise<number>((resolve) => content.on('close', (code) => resolve(code ?? 1)));
  if (reportProblems(checkContent(root, { cache: true }), { quiet: true }) > 0) {
    content.kill();
    await contentExit;
    return 1;
  }
  holding = false;
  for (const { stream, chunk } of held) stream.write(chunk);
  const contentStatus = await contentExit;
  if (contentStatus !== 0) return contentStatus;
  const next = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
  // Share cards are reused from earlier builds while this key holds (lib/seo/share-image.tsx).
  const SHARE_IMAGE_CACHE_KEY = codeKey(root, ['lib', 'app']);
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SHARE_IMAGE_CACHE_KEY } });
  return build.status ?? 1;
}

void main().then((code) => process.exit(code));
