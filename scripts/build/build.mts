/**
 * `npm run build [-- --clean]`: content:check, the content step, then `next build`.
 * Incremental: the check and the content step keep their per-post results in .contentlayer/.cache
 * (keyed on each post's bytes and on everything else that shapes them, see scripts/build/content-build.mjs
 * and scripts/build/content-check.ts), share cards are kept in .next/cache/share-images (lib/seo/share-image.tsx),
 * so a rebuild redoes only what changed; prerendering still renders every page. `--clean` (or CLEAN_BUILD=1) starts cold.
 * npm's prebuild and postbuild hooks run around it as before.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { codeKey } from './cache-keys.mjs';
import { DEV_STATUS_FILE, writeDevStatus } from '../../lib/dev/status';

/** What `next build` keeps of its folder when it starts (its own list, in next/dist/build/index.js). */
const KEPT_BY_NEXT = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);

/**
 * `next build` starts by deleting its previous output file by file: tens of thousands of files on a
 * large site, which took tens of seconds of every rebuild. Moved aside with a few renames instead, the
 * old output is deleted by a child process while the content step runs.
 */
function clearOldOutput(root: string): ChildProcess | undefined {
  const dist = path.join(root, '.next');
  if (!fs.existsSync(dist)) return undefined;
  // Inside .next/cache: the same disk (a rename), and a folder next build leaves alone.
  const trash = path.join(dist, 'cache', 'old-output');
  fs.mkdirSync(trash, { recursive: true });
  const batch = fs.mkdtempSync(path.join(trash, 'build-'));
  for (const entry of fs.readdirSync(dist)) if (!KEPT_BY_NEXT.has(entry)) fs.renameSync(path.join(dist, entry), path.join(batch, entry));
  // The whole folder, so what an interrupted build left goes too.
  return spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', trash], { stdio: 'ignore' });
}

/** Runs a command with its output held; resolves to its exit code and that output. */
function quietly(args: string[], root: string): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, PWD: root }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return exited(child).then((code) => ({ code, output }));
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
 * The type check `next build` would run (next.config.ts turns its own off), here on the core the
 * check leaves idle while the content step finishes: route types (`next typegen`), then tsc.
 * Skipped when no source it reads has changed since it last passed: a post edit changes no type.
 */
async function typeCheck(root: string, next: string): Promise<{ code: number; output: string; skipped?: true }> {
  const key = codeKey(root, TYPED_SOURCES);
  const keyFile = path.join(root, TYPE_CHECK_KEY_FILE);
  if (fs.existsSync(keyFile) && fs.readFileSync(keyFile, 'utf8') === key) {
    return { code: 0, output: '', skipped: true };
  }
  // The layout imports the dev status file; the content step writes it, maybe later than this runs.
  if (!fs.existsSync(path.join(root, DEV_STATUS_FILE))) writeDevStatus({ version: 0, problems: [] }, root);
  const typegen = await quietly([next, 'typegen'], root);
  if (typegen.code !== 0) return typegen;
  const tsc = await quietly([createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.build.json'], root);
  if (tsc.code === 0) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    fs.writeFileSync(keyFile, key);
  }
  return tsc;
}

const exited = (child: ChildProcess | undefined) =>
  new Promise<number>((resolve) => (!child || child.exitCode !== null ? resolve(child?.exitCode ?? 0) : child.on('close', (code) => resolve(code ?? 1))));

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
  const contentExit = exited(content);
  // Loaded only now: its module graph (the Markdown parsers) takes seconds the content step can use.
  const { checkContent, reportProblems } = await import('./content-check');
  if (reportProblems(checkContent(root, { cache: true }), { quiet: true }) > 0) {
    content.kill();
    await contentExit;
    return 1;
  }
  // Only now: a post the check rejects leaves the last good build in place.
  const oldOutput = clearOldOutput(root);
  const next = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
  const types = typeCheck(root, next);
  holding = false;
  for (const { stream, chunk } of held) stream.write(chunk);
  const status = await finishBuild(root, next, contentExit, types);
  // The old output's deletion may still run: it is disk work, and it must end before we do, failed or not.
  await exited(oldOutput);
  return status;
}

/** Waits for the content step and the type check, then runs next build; the exit code of the first to fail. */
async function finishBuild(root: string, next: string, contentExit: Promise<number>, types: ReturnType<typeof typeCheck>): Promise<number> {
  const contentStatus = await contentExit;
  const typed = await types;
  if (contentStatus !== 0) return contentStatus;
  if (typed.code !== 0) {
    console.error(`${typed.output.trim()}\nbuild: type errors (above); \`npm run typecheck\` checks the same and the tests.`);
    return typed.code;
  }
  if (typed.skipped) console.log('build: no code changed since the last passing type check: not checked again');
  // Share cards are reused from earlier builds while this key holds (lib/seo/share-image.tsx).
  const SHARE_IMAGE_CACHE_KEY = codeKey(root, ['lib', 'app']);
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SHARE_IMAGE_CACHE_KEY } });
  return build.status ?? 1;
}

void main().then((code) => process.exit(code));
