/**
 * `npm run build [-- --clean]`: content:check, then the content step beside Next's compile, then Next's prerendering.
 * Incremental: the check and the content step keep their per-post results in .contentlayer/.cache
 * (keyed on each post's bytes and on everything else that shapes them, see scripts/build/content-build.mjs
 * and scripts/build/content-check.ts), share cards and processed images are files in public/_img/, so a
 * rebuild redoes only what changed; Next's compiled output is kept and reused while no compiled file changes
 * (keepCompiled); prerendering still renders every page. `--clean` (or CLEAN_BUILD=1) starts cold.
 * npm's prebuild and postbuild hooks run around it as before.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { codeKey, compileKey, keepTurbopackCacheForMode } from './cache-keys.mjs';
import { exited } from './child-exit';
import { compileBesideContent, type Step } from './compile-beside-content';
import { copyMermaidAssets } from './mermaid-assets';
import { imagesNamedBy, pruneUnusedImages } from './processed-images.mjs';
import { DEV_STATUS_FILE, writeDevStatus } from '../../lib/dev/status';
import { PARSED_STORE, PARSED_STORE_ENV } from '../../lib/markdown/parsed-store';
import { readGeneratedPosts } from '../../lib/content/generated';
import { isVisible } from '../../lib/content/store';

/** What `next build` keeps of its folder when it starts (its own list, in next/dist/build/index.js). */
const KEPT_BY_NEXT = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);

/**
 * Where old output waits for a child process to delete it: on the project's disk, so moving it there is
 * a rename, and outside every folder a build reads, hashes or cleans.
 */
const TRASH = path.join('node_modules', '.cache', 'build-trash');
/** The child processes deleting old output: the build waits for them before it exits, failed or not. */
const deletions: ChildProcess[] = [];

/**
 * Moves `entries` (absolute paths) into the trash and starts a child process that deletes it. Deleting
 * tens of thousands of files took tens of seconds of a build at 1,000 posts; a few renames take none.
 */
function discard(root: string, entries: string[]): void {
  const present = entries.filter((entry) => fs.existsSync(entry));
  if (present.length === 0) return;
  const trash = path.join(root, TRASH);
  fs.mkdirSync(trash, { recursive: true });
  const batch = fs.mkdtempSync(path.join(trash, 'build-'));
  present.forEach((entry, index) => {
    try {
      fs.renameSync(entry, path.join(batch, `${index}-${path.basename(entry)}`));
    } catch (error) {
      // node_modules on another disk (a link): deleted here instead.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      fs.rmSync(entry, { recursive: true, force: true });
    }
  });
  // The whole folder, so what an interrupted build left goes too. `rm -rf` where there is one: half the
  // CPU time of Node's rmSync on a build's output, and two thirds of its wall time.
  const deleter =
    process.platform === 'win32'
      ? spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', trash], { stdio: 'ignore' })
      : spawn('rm', ['-rf', trash], { stdio: 'ignore' });
  // A system without `rm` after all: deleted here rather than left unhandled (the child still closes).
  deleter.on('error', () => fs.rmSync(trash, { recursive: true, force: true }));
  // At the lowest priority: the build is bound by the CPU, and the deletion only has to end before it does.
  if (deleter.pid !== undefined) {
    try {
      os.setPriority(deleter.pid, 19);
    } catch {
      // Not allowed here: it runs at the build's priority.
    }
  }
  deletions.push(deleter);
}

/**
 * `next build` starts by deleting its previous output file by file; moved to the trash instead, the old
 * output is deleted while the content step runs. Next's cache and the kept compile stay.
 */
function clearOldOutput(root: string): void {
  const dist = path.join(root, '.next');
  if (!fs.existsSync(dist)) return;
  discard(root, fs.readdirSync(dist).filter((entry) => !KEPT_BY_NEXT.has(entry)).map((entry) => path.join(dist, entry)));
}

/** Starts a command with its output held; `done` resolves to its exit code and that output. */
function quietly(args: string[], root: string, env: NodeJS.ProcessEnv = process.env): Step {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...env, PWD: root }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { kill: () => child.kill(), done: exited(child).then((code) => ({ code, output })) };
}

/**
 * What the type check reads besides node_modules (the lockfile is in every codeKey) and files generated
 * from these: route types from app/, next-env.d.ts, contentlayer's types from its config, and the dev
 * status file the content step writes.
 */
const TYPED_SOURCES = ['app', 'components', 'lib', 'instrumentation.ts', 'proxy.ts', 'next.config.ts', 'contentlayer.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build/content-build.mjs'];
/** The key of the last type check that passed; in .next/cache, so `--clean` forgets it. */
const TYPE_CHECK_KEY_FILE = path.join('.next', 'cache', 'type-check.key');

/**
 * TypeScript 7's compiler (the `typescript7` alias), native and several times faster than TypeScript 6's
 * on this project; `typescript` stays at 6 for typescript-eslint, which needs the JavaScript API 7 lacks.
 * `npm run typecheck` runs the same binary. Both packages install a `tsc` command, so it is named by path.
 */
function nativeTsc(root: string): string {
  return path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('typescript7/package.json')), 'bin', 'tsc');
}

/**
 * The type check `next build` would run (next.config.ts turns its own off), on a core the content step
 * leaves idle: on the route types Next's compile has just written to .next/types, or, given `next`
 * (a static export, built in one piece), on those `next typegen` writes first.
 * Skipped when no source it reads has changed since it last passed: a post edit changes no type.
 */
async function typeCheck(root: string, next?: string): Promise<{ code: number; output: string; skipped?: true }> {
  const key = codeKey(root, TYPED_SOURCES);
  const keyFile = path.join(root, TYPE_CHECK_KEY_FILE);
  if (fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key) {
    return { code: 0, output: '', skipped: true };
  }
  if (next) {
    const typegen = await quietly([next, 'typegen'], root).done;
    if (typegen.code !== 0) return typegen;
  }
  const tsc = await quietly([nativeTsc(root), '--noEmit', '-p', 'tsconfig.build.json'], root).done;
  if (tsc.code === 0) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    fs.writeFileSync(keyFile, key);
  }
  return tsc;
}

/**
 * Next's compiled output (.next without its cache and the standalone folder, which the second half writes
 * again), kept for a rebuild in which no compiled file changed: after a post edit, Next's second half runs
 * on it at once. Its key (scripts/build/cache-keys.mjs compileKey) is written last, so a copy cut short
 * is never reused. In .next/cache, so `--clean` forgets it and `next build`'s own clean-up keeps it.
 */
const COMPILED_DIR = path.join('.next', 'cache', 'compiled');
/** What .next holds besides the compiled output. */
const NOT_COMPILED_OUTPUT = new Set([...KEPT_BY_NEXT, 'standalone']);

/**
 * Links as they are: .next/node_modules holds relative links to packages (sharp); cpSync would otherwise
 * make them absolute, pointing at this folder's node_modules wherever the output is moved.
 */
const COPY = { recursive: true, verbatimSymlinks: true } as const;

function keepCompiled(root: string, key: string): void {
  const kept = path.join(root, COMPILED_DIR);
  fs.rmSync(kept, { recursive: true, force: true });
  const dist = path.join(root, '.next');
  for (const entry of fs.readdirSync(dist)) {
    if (!NOT_COMPILED_OUTPUT.has(entry)) fs.cpSync(path.join(dist, entry), path.join(kept, 'output', entry), COPY);
  }
  fs.writeFileSync(path.join(kept, 'key'), key);
}

/** Copies the kept compiled output into .next (emptied by clearOldOutput) when its key is `key`. */
function restoreCompiled(root: string, key: string): boolean {
  const kept = path.join(root, COMPILED_DIR);
  const keyFile = path.join(kept, 'key');
  if (!fs.existsSync(keyFile) || fs.readFileSync(keyFile, 'utf8') !== key) return false;
  // Copied, not linked: the second half rewrites some of these files in place.
  fs.cpSync(path.join(kept, 'output'), path.join(root, '.next'), COPY);
  return true;
}

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
    discard(root, ['.next', '.contentlayer', path.join('public', '_img')].map((dir) => path.join(root, dir)));
  }
  // The check parses each post's body and leaves the tree in this store; the content step, which reaches
  // a post later, reads it instead of parsing again (lib/markdown/parse.ts). Empty at the start of every
  // build, so no tree outlives the parser that made it.
  const store = path.join(root, PARSED_STORE);
  fs.rmSync(store, { recursive: true, force: true });
  fs.mkdirSync(store, { recursive: true });
  // For the check (in this process) and the content step (its child, which inherits the environment).
  process.env[PARSED_STORE_ENV] = '1';
  // The check and the content step each use one core: they run side by side. The content step's
  // output is held back until the check has passed, so an author with a broken post reads the
  // check's file:line report alone, not contentlayer's failure on the same post.
  // Plain Node, not an import: contentlayer's module graph loaded through tsx's loader took minutes.
  // PWD set: contentlayer2 reads its folder from PWD, not from the working directory.
  const held: { stream: NodeJS.WriteStream; chunk: Buffer }[] = [];
  let holding = true;
  const startContent = () => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'build', 'content-build.mjs'), ...(clean ? ['--clean'] : [])], {
      cwd: root,
      env: { ...process.env, PWD: root },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => (holding ? held.push({ stream, chunk }) : stream.write(chunk));
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    const exit = exited(child).then((code) => {
      fs.rmSync(store, { recursive: true, force: true });
      return code;
    });
    return { child, exit };
  };
  let content = startContent();
  // Loaded only now: its module graph (the Markdown parsers) takes seconds the content step can use.
  const { checkContentDownloading, reportProblems } = await import('./content-check');
  const checked = await checkContentDownloading(root, { cache: true });
  if (reportProblems(checked, { quiet: true }) > 0) {
    content.child.kill();
    await content.exit;
    return 1;
  }
  if (checked.downloaded) {
    // The content step may have reached a post before the copy of its image existed: it starts over.
    content.child.kill();
    await content.exit;
    held.length = 0;
    fs.mkdirSync(store, { recursive: true });
    content = startContent();
  }
  const contentExit = content.exit;
  // Only now: a post the check rejects leaves the last good build in place.
  clearOldOutput(root);
  // Mermaid's browser modules, which a post with a diagram loads from public/: none when no post has one
  // (the check notes each diagram).
  copyMermaidAssets(root, { needed: checked.problems.some((problem) => problem.diagram !== undefined) });
  if (keepTurbopackCacheForMode(root)) console.log('build: another output mode than the last build (export, base path, site address): Turbopack\'s build cache starts over');
  const next = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  // The layout imports the dev status file, which the content step writes only at its end.
  if (!fs.existsSync(path.join(root, DEV_STATUS_FILE))) writeDevStatus({ version: 0, problems: [] }, root);
  // Next compiles while the content step runs: the pages read the posts from disk when they are
  // prerendered (lib/content/generated.ts), not when they are compiled. Not for a static export:
  // Next's second half then exported only the pages without parameters (11 of the seed site's 96
  // files), so an export is one `next build` after the content step, as before.
  const exporting = process.env.STATIC_EXPORT === '1';
  const key = exporting ? undefined : compileKey(root);
  const reused = key !== undefined && restoreCompiled(root, key);
  const compile = exporting || reused ? undefined : compileBesideContent(() => quietly([next, 'build', '--experimental-build-mode=compile'], root, env), contentExit);
  const types = compile
    ? compile.done.then((compiled) => {
        if (compiled.code !== 0) return undefined;
        // Kept only if no source changed while Next compiled it.
        if (key !== undefined && compileKey(root) === key) keepCompiled(root, key);
        return typeCheck(root);
      })
    : typeCheck(root, exporting ? next : undefined);
  holding = false;
  for (const { stream, chunk } of held) stream.write(chunk);
  if (reused) console.log(`build: no code changed since the last build: Next's compile reused (${COMPILED_DIR})`);
  return finishBuild(root, next, env, contentExit, exporting ? 'export' : compile ?? 'reused', types);
}

/**
 * What the compile printed, as one `next build` prints it up to prerendering: its warnings included,
 * without its list of routes (all "dynamic" until the second half has run) and its own notes on the split.
 */
function compileReport(output: string): string {
  const lines = output.split('\n');
  const end = lines.findIndex((line) => /^Route \(/.test(line));
  return (end === -1 ? lines : lines.slice(0, end))
    .filter((line) => !/Build ran with "compile" mode|Collecting page data|Finalizing page optimization/.test(line))
    .join('\n')
    .trimEnd();
}

/**
 * Waits for the content step, Next's compile (unless reused or an export) and the type check, then runs
 * Next's second half: page data, prerendering every page, the standalone folder (or, for an export, the
 * whole of `next build`).
 * Returns the first failure's code. The two halves make the same files as one `next build` (BENCHMARKS.md).
 */
async function finishBuild(
  root: string,
  next: string,
  env: NodeJS.ProcessEnv,
  contentExit: Promise<number>,
  compile: ReturnType<typeof quietly> | 'reused' | 'export',
  types: Promise<Awaited<ReturnType<typeof typeCheck>> | undefined>,
): Promise<number> {
  const contentStatus = await contentExit;
  if (contentStatus !== 0) {
    if (typeof compile === 'object') compile.kill();
    await types;
    return contentStatus;
  }
  // The content step keeps the images of drafts and scheduled posts for `npm run dev`; public/ would serve
  // them to anyone (a later build that publishes a scheduled post finds them missing and writes them again).
  pruneUnusedImages(root, imagesNamedBy(readGeneratedPosts(root).filter((doc) => isVisible(doc, 'production'))));
  if (typeof compile === 'object') {
    const compiled = await compile.done;
    if (compiled.code !== 0) {
      console.error(`${compiled.output.trim()}\nbuild: next build could not compile the site (above).`);
      return compiled.code;
    }
    console.log(compileReport(compiled.output));
  }
  const typed = await types;
  if (typed && typed.code !== 0) {
    console.error(`${typed.output.trim()}\nbuild: type errors (above); \`npm run typecheck\` checks the same and the tests.`);
    return typed.code;
  }
  if (typed?.skipped) console.log('build: no code changed since the last passing type check: not checked again');
  const build = spawnSync(process.execPath, [next, 'build', ...(compile === 'export' ? [] : ['--experimental-build-mode=generate'])], { stdio: 'inherit', env });
  return build.status ?? 1;
}

// The old output's deletion may still run: it is disk work, and it must end before we do, failed or not.
void main().then(async (code) => {
  await Promise.all(deletions.map(exited));
  process.exit(code);
});
