/**
 * `npm run dev`: `next dev` with the content kept in step with content/.
 * On start and on every change under content/ (or public/illustrations/), runs content:check, then
 * the content step (scripts/content-build.mjs, incremental, in this process), and writes the dev status file
 * (lib/dev/status.ts). The layout imports that file, so Next refreshes the open page by itself: an
 * edit shows without a reload, and a content error shows over the page as file:line, message and fix
 * until it is fixed. The terminal prints each new set of errors once.
 * Arguments go to `next dev` (`npm run dev -- -p 4000`). An ES module (.mts): loaded as CommonJS by
 * tsx, contentlayer's ESM-only packages spun at 100% CPU without finishing a build.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatProblem, type Problem } from '../lib/content-check';
import { writeDevStatus } from '../lib/dev/status';
import { buildContent } from './content-build.mjs';
import { checkContent } from './content-check';

const root = process.cwd();
const WATCHED = ['content', path.join('public', 'illustrations')];

let version = Date.now();
let lastReport: string | undefined;

/** Runs contentlayer and returns what it printed, so a failure can be shown in the page as well. */
async function contentStep(): Promise<Problem[]> {
  const lines: string[] = [];
  const original = { log: console.log, error: console.error, warn: console.warn };
  const capture =
    (write: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
      write(...args);
    };
  Object.assign(console, { log: capture(original.log), error: capture(original.error), warn: capture(original.warn) });
  try {
    const result = await buildContent({ cwd: root });
    if (result.ok) return [];
    const said = lines.filter((line) => !line.startsWith('Generated ')).join('\n').trim();
    if (!result.printed) original.error(result.message);
    return [
      {
        file: 'content/posts',
        line: 1,
        severity: 'error',
        message: said || result.message,
        fix: 'Fix the post named above; the page updates when it builds again.',
      },
    ];
  } finally {
    Object.assign(console, original);
  }
}

async function refresh(): Promise<void> {
  const { files, problems } = checkContent(root);
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
function changed(): void {
  clearTimeout(timer);
  // Editors write a file in several steps: wait for them to settle.
  timer = setTimeout(schedule, 150);
}

async function main(): Promise<void> {
  // The content exists before Next serves its first page.
  schedule();
  await running;
  for (const dir of WATCHED) {
    const full = path.join(root, dir);
    if (fs.existsSync(full)) fs.watch(full, { recursive: true }, changed);
  }
  const next = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
