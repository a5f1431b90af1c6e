/**
 * `npm run build [-- --clean]`: content:check, the content step, then `next build`.
 * Incremental: the check and the content step keep their per-post results in .contentlayer/.cache
 * (keyed on each post's bytes and on everything else that shapes them, see scripts/build/content-build.mjs
 * and scripts/build/content-check.ts), share cards are kept in .next/cache/share-images (lib/seo/share-image.tsx),
 * so a rebuild redoes only what changed; prerendering still renders every page. `--clean` (or CLEAN_BUILD=1) starts cold.
 * npm's prebuild and postbuild hooks run around it as before.
 */
import { spawnSync } from 'node:child_process';
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
  if (reportProblems(checkContent(root, { cache: true }), { quiet: true }) > 0) return 1;
  // Plain Node, not an import: contentlayer's module graph loaded through tsx's loader took minutes.
  // Through sh, which sets PWD to the real folder: contentlayer2 reads its folder from PWD, not cwd.
  const content = spawnSync('sh', ['-c', '"$0" "$@"', process.execPath, path.join(root, 'scripts', 'build', 'content-build.mjs'), ...(clean ? ['--clean'] : [])], {
    stdio: 'inherit',
  });
  if (content.status !== 0) return content.status ?? 1;
  const next = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
  // Share cards are reused from earlier builds while this key holds (lib/seo/share-image.tsx).
  const SHARE_IMAGE_CACHE_KEY = codeKey(root, ['lib', 'app']);
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SHARE_IMAGE_CACHE_KEY } });
  return build.status ?? 1;
}

void main().then((code) => process.exit(code));
