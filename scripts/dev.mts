/**
 * `npm run dev`: `next dev` with the content kept in step with content/.
 * On start and on every change under content/ (or public/illustrations/), runs content:check, then
 * the content step (scripts/build/content-build.mjs, incremental), and writes the dev status file
 * (lib/dev/status.ts). The layout imports that file, so Next refreshes the open page by itself: an
 * edit shows without a reload, and a content error shows over the page as file:line, message and fix
 * until it is fixed. The terminal prints each new set of errors once.
 * Arguments go to `next dev` (`npm run dev -- -p 4000`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isReadBySite } from '../lib/content/post-extensions.mjs';
import { formatProblem, type Problem } from '../lib/check';
import { writeDevStatus } from '../lib/dev/status';
import { checkContentDownloading } from './build/content-check';
import { copyMermaidAssets } from './build/mermaid-assets';

const root = process.cwd();
// Mermaid's browser modules, which a post with a diagram loads from public/ (as the build copies them).
copyMermaidAssets(root);
const WATCHED = ['content', path.join('public', 'illustrations')];

let version = Date.now();
let lastReport: string | undefined;

/**
 * The content step (scripts/build/content-build.mjs --worker) in one plain-Node child process kept for the
 * whole session: contentlayer and the Markdown pipeline load once, so an edit rebuilds in a second or two
 * instead of paying their start-up each time. Not an import: their module graph through tsx's loader
 * took minutes. Returns contentlayer's error as a problem, with what it printed.
 */
let worker: ChildProcess | undefined;
let output = '';
let nextId = 0;
const pending = new Map<number, (result: { ok: boolean; message?: string }) => void>();

function contentWorker(): ChildProcess {
  if (worker) return worker;
  // PWD set to the real folder: contentlayer2 reads its folder from PWD, and a PWD inherited from
  // elsewhere (a test's copy of the site) made it build that folder and spin.
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'build', 'content-build.mjs'), '--worker'], {
    cwd: root,
    env: { ...process.env, PWD: root },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const relay = (write: NodeJS.WriteStream) => (chunk: Buffer) => {
    output += chunk.toString();
    write.write(chunk);
  };
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  child.on('message', (message: { type?: string; id?: number; result?: { ok: boolean; message?: string } }) => {
    if (message.type !== 'built' || message.id === undefined || !message.result) return;
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  child.on('exit', (code) => {
    // A crash fails the builds it owed; the next change starts a new worker.
    worker = undefined;
    for (const resolve of pending.values()) resolve({ ok: false, message: `the content step stopped (exit ${code})` });
    pending.clear();
  });
  worker = child;
  return child;
}

function contentStep(): Promise<Problem[]> {
  output = '';
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (result) => {
      if (result.ok) return resolve([]);
      const said = output
        .split('\n')
        .filter((line) => !line.startsWith('Generated '))
        .join('\n')
        .trim();
      resolve([
        {
          file: 'content/posts',
          line: 1,
          severity: 'error',
          message: said || result.message || 'the content step failed',
          fix: 'Fix the post named above; the page updates when it builds again.',
        },
      ]);
    });
    contentWorker().send({ type: 'build', id });
  });
}

async function refresh(): Promise<void> {
  // A download that failed is not tried again on every save (offline, each would wait for its timeout).
  const { files, problems } = await checkContentDownloading(root, { cache: true, retryFailedAfterMs: 5 * 60_000 });
  const errors = problems.filter((problem) => problem.severity === 'error');
  const shown = errors.length > 0 ? errors : await contentStep();
  // content:check's errors are printed here, once per change of the set; contentlayer prints its own.
  const report = errors.map(formatProblem).join('\n');
  if (report !== lastReport) {
    if (report) console.error(`\ncontent:check: ${errors.length} error(s); the site shows the last good build\n${report}\n`);
    else if (lastReport) console.log(`content:check: ${files} posts, no errors`);
    lastReport = report;
  }
  version += 1;
  writeDevStatus({ version, problems: shown });
}

// One run at a time; changes during a run queue exactly one more.
let running: Promise<void> | undefined;
let again = false;
function schedule(): void {
  if (running) {
    again = true;
    return;
  }
  running = refresh()
    .catch((error: unknown) => console.error('npm run dev: the content step failed:', error))
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule();
      }
    });
}

let timer: NodeJS.Timeout | undefined;
function changed(_event?: string, file?: string | null): void {
  // Not in a hidden folder (Obsidian saves its layout in `.obsidian/` whenever a note opens), but the vault settings the site reads.
  if (file && !isReadBySite(file)) return;
  clearTimeout(timer);
  // Editors write a file in several steps: wait for them to settle.
  timer = setTimeout(schedule, 150);
}

/**
 * Watches a folder for any change. Node's recursive watch reads each new folder as it appears: a folder
 * removed while it reads it is an error, which, unhandled, stopped the dev server. It is a change too: the
 * content is built again, and the watch starts over.
 */
function watch(full: string): void {
  const watcher = fs.watch(full, { recursive: true }, changed);
  watcher.on('error', () => {
    watcher.close();
    changed();
    if (fs.existsSync(full)) watch(full);
  });
}

async function main(): Promise<void> {
  // The content exists before Next serves its first page.
  schedule();
  await running;
  for (const dir of WATCHED) {
    const full = path.join(root, dir);
    if (fs.existsSync(full)) watch(full);
  }
  const next = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    worker?.kill();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

void main();
