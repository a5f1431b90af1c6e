#!/usr/bin/env node
// `contentlayer2 build` without the CLI's debugging aid: its entry point switches on effect-ts
// execution tracing (a trace ring buffer per fiber, copied on every fork). Profiled at 2,000 posts
// that was half of contentlayer's own CPU time and about 15% of the step (BENCHMARKS.md). Same
// steps as the CLI's BuildCommand, through contentlayer2's public core API.
//
// Incremental: contentlayer2 keeps `.contentlayer/.cache` between builds, keyed on the compiled
// config (contentlayer.config.ts and every local module it imports, lib/markdown included) and,
// per post, on the file's mtime. Both fall short: a fresh clone has new mtimes (no hit), and the
// compiled config leaves out packages (a plugin upgrade) and the environment (BASE_PATH). So:
// - every input the config hash misses (lib/, the lockfile, environment, Node, this script) is hashed too,
//   and the whole cache is dropped when that hash changes;
// - posts are keyed on their content: before contentlayer reads its cache, a post whose bytes are
//   unchanged since the cached build gets its cache entry's mtime key updated to the file's mtime
//   (and its warning flag cleared: see rekeyCachedPosts).
// - the images a post may show (files beside the posts, public/) are part of the inputs key too.
// Processed images are their own cache (public/_img/, hashed names, lib/markdown/images.ts).
// Usage: node scripts/build/content-build.mjs [--clean]   (--clean, --clearCache or CLEAN_BUILD=1: a cold build)
//        node scripts/build/content-build.mjs --worker    (npm run dev: builds on request over IPC)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import * as core from 'contentlayer2/core';
import { provideTracing } from '@contentlayer2/utils';
import { NodeFsLive } from '@contentlayer2/utils/node';
import { T, pipe, provideConsole } from '@contentlayer2/utils/effect';
import { assetsKey, codeKey, sha256, shareCardKey } from './cache-keys.mjs';
import { imagesInUse, pruneUnusedImages } from './processed-images.mjs';
import { HTML_EXTENSIONS, isPostFile, mayBePostFile, POST_EXTENSIONS } from '../../lib/content/post-extensions.mjs';

/** Same path as DEV_STATUS_FILE in lib/dev/status.ts: the layout imports it, so it must exist. */
const DEV_STATUS_FILE = path.join('.contentlayer', 'dev', 'status.json');

/** The hash of what the config hash misses; a change drops the whole cache. */
export function cacheInputsKey(cwd, env = process.env) {
  return sha256(
    codeKey(cwd, ['lib', 'components/mdx', 'contentlayer.config.ts', 'scripts/build/content-build.mjs', 'scripts/build/cache-keys.mjs'], env),
    assetsKey(cwd),
  );
}

function cacheDir(cwd) {
  return path.join(core.ArtifactsDir.getDirPath({ cwd }), '.cache');
}

/** Drops the cache when asked to or when an input it does not see has changed. */
function checkCacheInputs(cwd, clean) {
  const dir = cacheDir(cwd);
  const keyFile = path.join(dir, 'inputs-key');
  const key = cacheInputsKey(cwd);
  const previous = fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8') : undefined;
  if (clean || previous !== key) {
    // contentlayer's own artifacts only: content:check keeps its cache here too, under its own key.
    fs.rmSync(path.join(core.ArtifactsDir.getDirPath({ cwd }), 'generated'), { recursive: true, force: true });
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
      if (entry !== 'content-check.json') fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    }
  }
  return { keyFile, key };
}

function contentFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return contentFiles(full, base);
    return [path.relative(base, full).split(path.sep).join('/')];
  });
}

/**
 * A post whose links name another post (its file, `/posts/x`, Jekyll's `post_url`, Hexo's `post_link`, Hugo's
 * `ref`) shows that post's slug (and title, for a link without text), which its own bytes do not hold.
 * Over-broad on purpose: a false match only costs a re-render when a slug or a title changes.
 */
const LINKS_A_POST = new RegExp(
  String.raw`(?:\]\(|\]:|href\s*=)[^\n]*?(?:\.(?:${[...POST_EXTENSIONS, ...HTML_EXTENSIONS].join('|')})\b|\/posts\/)|\bpost_(?:url|link|path)\b|\blink\s+_posts\/|\{\{[<%]\s*(?:rel)?ref\b`,
);
/**
 * Every line that could set a slug or a title (any `slug` or `title` key, in any frontmatter format and
 * any case, as Pelican's `Slug:` lines, or a line of text alike): a link to a post shows its slug, and its title when the link has no text of its own.
 */
const SLUG_LINE = /^[ \t]*["']?(?:slug|title)["']?[ \t]*[:=].*$/gim;

/**
 * Re-keys contentlayer's cached posts from mtime to content: an entry whose file has the bytes it had
 * when cached gets the file's current mtime (what contentlayer compares); any other entry misses.
 */
function rekeyCachedPosts(cwd, contentDir) {
  const dir = cacheDir(cwd);
  const hashesFile = path.join(dir, 'content-hashes.json');
  const current = new Map(
    contentFiles(contentDir)
      .filter(mayBePostFile)
      .map((file) => {
        const full = path.join(contentDir, file);
        const bytes = fs.readFileSync(full);
        return { file, full, bytes, text: bytes.toString('utf8') };
      })
      // An HTML file is a post when it opens with frontmatter.
      .filter(({ file, text }) => isPostFile(file, () => text))
      .map(({ file, full, bytes, text }) => [file, { sha: sha256(bytes), mtime: fs.statSync(full).mtime.getTime().toString(), linksPosts: LINKS_A_POST.test(text), slugLines: text.match(SLUG_LINE) ?? [] }]),
  );
  // Which posts exist and what slugs and titles they may give: a change re-renders every post that links one.
  const slugsFile = path.join(dir, 'post-slugs-key');
  const slugsKey = sha256(...[...current].flatMap(([file, { slugLines }]) => [file, ...slugLines]));
  const slugsKept = fs.existsSync(slugsFile) && fs.readFileSync(slugsFile, 'utf8') === slugsKey;
  const cached = fs.existsSync(hashesFile) ? JSON.parse(fs.readFileSync(hashesFile, 'utf8')) : {};
  const dataFiles = fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true }).filter((file) => /(^|\/)data-[^/]*\.json$/.test(String(file)))
    : [];
  for (const dataFile of dataFiles) {
    const file = path.join(dir, String(dataFile));
    const cache = JSON.parse(fs.readFileSync(file, 'utf8'));
    let changed = false;
    for (const [relativePath, item] of Object.entries(cache.cacheItemsMap ?? {})) {
      const now = current.get(relativePath);
      if (!now) continue;
      // Unchanged bytes: a hit whatever the mtime. Changed bytes: a miss even if the mtime matches. A post
      // that links another post misses too when the posts or their slugs have changed.
      const documentHash = cached[relativePath] === now.sha && (slugsKept || !now.linksPosts) ? now.mtime : `changed:${now.sha}`;
      // contentlayer reuses no entry with a warning, and every post has one: no field is declared to it
      // (contentlayer.config.ts), so all its keys are "extra". Unknown keys stop the step in the config instead.
      if (item.documentHash === documentHash && item.hasWarnings === false) continue;
      item.documentHash = documentHash;
      item.hasWarnings = false;
      changed = true;
    }
    if (changed) fs.writeFileSync(file, JSON.stringify(cache));
  }
  return () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(hashesFile, JSON.stringify(Object.fromEntries([...current].map(([file, { sha }]) => [file, sha]))));
    fs.writeFileSync(slugsFile, slugsKey);
  };
}

let contentStepRuns = 0;

/**
 * Runs the content step. Resolves `{ ok: true }`, or `{ ok: false, message, printed }`: contentlayer
 * prints a post's data error itself (`printed`), and its internal error object is never printed. Never exits the process: the dev runner
 * (scripts/dev.ts) calls it on every change.
 */
export async function buildContent({ cwd = process.cwd(), clean = false } = {}) {
  // The share cards' names (contentlayer.config.ts, lib/markdown/cover.ts): read again on every build,
  // so a change to the drawing code while `npm run dev` runs gives new cards.
  process.env.SHARE_CARD_KEY = shareCardKey(cwd);
  // The Markdown pipeline reads the posts' slugs once per run (lib/markdown/links.ts `postSlugs`).
  process.env.CONTENT_STEP_RUN = `${process.pid}-${++contentStepRuns}`;
  const { keyFile, key } = checkCacheInputs(cwd, clean);
  const saveHashes = rekeyCachedPosts(cwd, path.join(cwd, 'content'));
  const result = await pipe(
    core.getConfig({}),
    T.chain((config) => core.generateDotpkg({ config, verbose: false })),
    T.tap(core.logGenerateInfo),
    provideTracing('contentlayer-cli', 'based-on-env'),
    core.provideCwd,
    T.either,
    provideConsole,
    T.provideSomeLayer(NodeFsLive),
    T.runPromise,
  ).catch((error) => ({ _tag: 'Left', left: error }));
  if (result._tag === 'Left') {
    const error = result.left;
    // A post's data error: contentlayer has printed its message already ("alreadyHandled").
    const handled = error?._tag === 'SourceFetchDataError' && error.alreadyHandled === true;
    const message = handled
      ? 'contentlayer could not build the posts: see its message above.'
      : typeof error?.message === 'string'
        ? error.message
        : // contentlayer's own errors are tagged objects (a file it could not read or write, with the Node error
          // inside): printed whole, where String() gave "[object Object]".
          inspect(error, { depth: 4, breakLength: Infinity });
    return { ok: false, message, printed: handled };
  }
  saveHashes();
  fs.writeFileSync(keyFile, key);
  // A cached post names processed images in public/_img/ (lib/markdown/images.ts) that may have been
  // deleted since: then the posts are rendered again, which writes the images again.
  const images = path.join(cwd, 'public', '_img');
  const inUse = imagesInUse(cwd);
  const missing = [...inUse].filter((name) => !fs.existsSync(path.join(images, name)));
  if (missing.length > 0 && !clean) {
    console.log(`content-build: ${missing.length} processed image(s) missing from public/_img/ (e.g. ${missing[0]}); rebuilding without the cache`);
    return buildContent({ cwd, clean: true });
  }
  pruneUnusedImages(cwd, inUse);
  if (!fs.existsSync(path.join(cwd, DEV_STATUS_FILE))) {
    fs.mkdirSync(path.dirname(path.join(cwd, DEV_STATUS_FILE)), { recursive: true });
    fs.writeFileSync(path.join(cwd, DEV_STATUS_FILE), JSON.stringify({ version: 0, problems: [] }));
  }
  return { ok: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  if (args.includes('--worker') && process.send) {
    // `npm run dev` (scripts/dev.mts) keeps one of these running and asks for a build on each change:
    // loading contentlayer and the Markdown pipeline once saves seconds per edit. One build at a time.
    let queue = Promise.resolve();
    process.on('message', (message) => {
      if (message?.type !== 'build') return;
      queue = queue.then(async () => {
        const result = await buildContent().catch((error) => ({ ok: false, message: String(error?.message ?? error), printed: false }));
        process.send?.({ type: 'built', id: message.id, result });
      });
    });
    process.on('disconnect', () => process.exit(0));
  } else {
    const unknown = args.filter((arg) => arg !== '--clean' && arg !== '--clearCache');
    if (unknown.length > 0) {
      console.error(`content-build: unknown option ${unknown.join(' ')}\nusage: node scripts/build/content-build.mjs [--clean]`);
      process.exit(2);
    }
    const clean = args.includes('--clean') || args.includes('--clearCache') || process.env.CLEAN_BUILD === '1';
    buildContent({ clean }).then((result) => {
      if (result.ok) return;
      if (!result.printed) console.error(result.message);
      process.exit(1);
    });
  }
}
