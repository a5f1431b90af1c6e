// Hashes the build caches are keyed on (content, not mtimes: a fresh clone or CI hits them too).
// Shared by the content step (content-build.mjs) and content:check (content-check.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isPostFile, isReadBySite, UNDERSCORE_FILE } from '../../lib/content/post-extensions.mjs';
import { REMOTE_IMAGES_DIR } from '../../lib/markdown/remote-images-dir.mjs';

/** sha256 of the parts, each ended by a NUL so that ('ab', 'c') and ('a', 'bc') differ. */
export function sha256(...parts) {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** Every file under `dir` (absolute paths, sorted); none when it does not exist. */
export function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Folders of public/ the build writes itself: their files are output, not input. (`_mermaid` holds Mermaid's
 * modules, copied when a post has a diagram: MERMAID_DIR of lib/browser/diagrams.ts.)
 */
const GENERATED = new Set(['_img', 'pagefind', '_mermaid']);
/** Whether `file` (absolute) is in one of those folders. */
const isWrittenByBuild = (root, file) => GENERATED.has(path.relative(path.join(root, 'public'), file).split(path.sep)[0] ?? '');

/**
 * Everything a post may show besides its own text: the files beside the posts under content/ (images, and
 * the partials an `.mdx` post imports: files named with `_`, which are no posts),
 * the files in public/ (a post may name `/images/x.png`; illustrations) and the copies of remote images. Any change there renders
 * and checks every post again: over-broad, but never stale.
 */
export function assetsKey(root) {
  // Not the hidden folders (Obsidian saves its layout there whenever a note opens), but the vault settings the site reads.
  const content = filesUnder(path.join(root, 'content'))
    .filter((file) => isReadBySite(path.relative(path.join(root, 'content'), file)))
    .filter((file) => UNDERSCORE_FILE.test(file) || !isPostFile(file, () => fs.readFileSync(file, 'utf8')));
  const publicFiles = filesUnder(path.join(root, 'public')).filter((file) => !isWrittenByBuild(root, file));
  // The copies of images on other sites, and the reasons of failed downloads.
  const remote = filesUnder(path.join(root, REMOTE_IMAGES_DIR));
  return sha256(...[...content, ...publicFiles, ...remote].flatMap((file) => [path.relative(root, file), fs.readFileSync(file)]));
}

/** The environment the output depends on (base path, export mode, the site's address and its default port). */
export const OUTPUT_ENV = ['BASE_PATH', 'NEXT_PUBLIC_BASE_PATH', 'STATIC_EXPORT', 'NEXT_PUBLIC_TRAILING_SLASH', 'SITE_URL', 'PORT'];

/** OUTPUT_ENV's values, as one string. */
function outputEnvKey(env) {
  return JSON.stringify(OUTPUT_ENV.map((name) => [name, env[name] ?? '']));
}

/**
 * The code and packages that shape the output: every file of `paths` (folders or files under `root`),
 * the lockfile (a plugin's version), Node's version and OUTPUT_ENV. Over-broad on purpose: an
 * unrelated change costs a cold rebuild, a missed one would ship stale pages.
 */
export function codeKey(root, paths, env = process.env) {
  const files = paths.flatMap((name) => {
    const full = path.join(root, name);
    if (!fs.existsSync(full)) return [];
    return fs.statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
  return sha256(
    ...[...files, path.join(root, 'package-lock.json')].flatMap((file) => [path.relative(root, file), fs.existsSync(file) ? fs.readFileSync(file) : '']),
    process.version,
    outputEnvKey(env),
  );
}

/**
 * Keeps Turbopack's build cache (.next/cache/turbopack, on by default in Next 16.4) for one output mode:
 * dropped when OUTPUT_ENV differs from the build that filled it. Kept across a switch between a static
 * export and a server build, it often stopped the compile with a Turbopack panic ("InstrumentationEndpoint::
 * node_chunk was canceled", "… could not be resolved because a component does not exist"); builds of one
 * mode reuse it. Returns whether it was dropped.
 */
export function keepTurbopackCacheForMode(root, env = process.env) {
  const cache = path.join(root, '.next', 'cache');
  const keyFile = path.join(cache, 'turbopack-mode.key');
  const key = outputEnvKey(env);
  const dropped = fs.existsSync(path.join(cache, 'turbopack')) && (!fs.existsSync(keyFile) || fs.readFileSync(keyFile, 'utf8') !== key);
  if (dropped) fs.rmSync(path.join(cache, 'turbopack'), { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(keyFile, key);
  return dropped;
}

/**
 * What a share card's pixels depend on besides its text: the drawing code, the site's name, the date
 * format, and (through codeKey) the packages that draw it. lib/markdown/cover.ts names each card by it.
 */
export function shareCardKey(root) {
  return codeKey(root, ['lib/seo', 'lib/site', 'lib/content/dates.ts', 'lib/markdown/cover.ts']);
}

/** Top-level entries Next's compile never reads: the posts, what builds and tests write, tests, docs, benchmarks. */
const NOT_COMPILED = new Set(['.git', '.next', '.contentlayer', 'node_modules', 'content', 'out', 'tests', 'docs', 'benchmarks', 'test-results', 'playwright-report', '.ci']);

/**
 * What Next's compile (scripts/build/build.mts) turns into code: every file of the project but those above,
 * the files of public/ the build writes and tsc's incremental records; the dev status file the layout imports;
 * npm's record of what node_modules holds; and every environment variable any of these files reads, with
 * Next's own (`NEXT_*`). A denylist, not a list of folders, so a file added anywhere counts: an unrelated
 * change costs a compile, a missed one would ship stale pages. A post edit leaves it unchanged.
 */
export function compileKey(root, env = process.env) {
  const files = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => !NOT_COMPILED.has(entry.name))
    .flatMap((entry) => {
      const full = path.join(root, entry.name);
      return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
    })
    .filter((file) => !file.endsWith('.tsbuildinfo') && !isWrittenByBuild(root, file));
  files.push(path.join(root, '.contentlayer', 'dev', 'status.json'), path.join(root, 'node_modules', '.package-lock.json'));
  const read = files.map((file) => [path.relative(root, file), fs.existsSync(file) ? fs.readFileSync(file) : '']);
  const names = new Set(OUTPUT_ENV);
  for (const [, bytes] of read) {
    const text = bytes.toString('latin1');
    for (const match of text.matchAll(/process\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*['"`]([^'"`]+)['"`]\s*\])/g)) names.add(match[1] ?? match[2]);
    // `const { SITE_URL, PORT: port = '3000' } = process.env`: each key before its rename or default.
    for (const match of text.matchAll(/\{([^{}]*)\}\s*=\s*process\.env\b/g)) {
      for (const part of match[1].split(',')) {
        const name = part.split(/[:=]/)[0].trim().replace(/^['"`]|['"`]$/g, '');
        if (/^[A-Za-z_$][\w$]*$/.test(name)) names.add(name);
      }
    }
  }
  // Next's own settings too (NEXT_PUBLIC_*, NEXT_DEPLOYMENT_ID…), but not whether it reports usage.
  for (const name of Object.keys(env)) if (/^(__)?NEXT_/.test(name) && name !== 'NEXT_TELEMETRY_DISABLED') names.add(name);
  return sha256(
    ...read.flat(),
    process.version,
    JSON.stringify([...names].sort().map((name) => [name, env[name] ?? ''])),
  );
}
