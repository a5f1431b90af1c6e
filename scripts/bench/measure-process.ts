import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface ProcessMeasurement {
  wallMs: number;
  /** Highest resident memory of any single process in the tree (Next's build workers are separate processes). */
  peakLargestRssBytes: number;
  /** Highest sum of resident memory over the whole tree at one moment. */
  peakTreeRssBytes: number;
  output: string;
}

const PAGE_SIZE_BYTES = 4096;

function readChildren(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces or parentheses: fields start after the last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent);
      if (list) list.push(Number(entry));
      else children.set(parent, [Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function rssBytes(pid: number): number {
  try {
    const resident = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1];
    return Number(resident) * PAGE_SIZE_BYTES;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, read from /proc (Linux). */
export function sampleTree(rootPid: number): { largest: number; total: number } {
  const children = readChildren();
  let largest = 0;
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    const rss = rssBytes(pid);
    largest = Math.max(largest, rss);
    total += rss;
    pending.push(...(children.get(pid) ?? []));
  }
  return { largest, total };
}

/**
 * Runs a command to completion, timing it and polling the memory of its process tree.
 * Rejects with the command's output when it fails, so a broken build is never reported as a number.
 */
export function measureCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; pollMs?: number; echo?: boolean },
): Promise<ProcessMeasurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // PWD set to cwd: contentlayer2 takes its folder from PWD, and with the parent's it built (or, at
    // scale, spun on) the repository instead of the workspace (workspace.ts).
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), PWD: options.cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakLargestRssBytes = 0;
    let peakTreeRssBytes = 0;
    const poll = () => {
      if (child.pid === undefined || !fs.existsSync('/proc/self/statm')) return;
      const sample = sampleTree(child.pid);
      peakLargestRssBytes = Math.max(peakLargestRssBytes, sample.largest);
      peakTreeRssBytes = Math.max(peakTreeRssBytes, sample.total);
    };
    const timer = setInterval(poll, options.pollMs ?? 200);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output.slice(-4000)}`));
        return;
      }
      resolve({ wallMs, peakLargestRssBytes, peakTreeRssBytes, output });
    });
  });
}
