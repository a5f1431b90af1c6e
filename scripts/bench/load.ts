import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

/** Autocannon, the one load runner: `npm run bench` (beside a static server) and `npm run loadtest` use it. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface ServerHandle {
  url: string;
  stop(): Promise<void>;
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server for ${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Starts a server process and resolves once `probeUrl` answers 200. Its own process group, so stop() ends all of it. */
export async function startServer(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; probeUrl: string },
): Promise<ServerHandle> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'ignore', detached: true });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  try {
    await waitUntilServing(options.probeUrl, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: new URL(options.probeUrl).origin, stop };
}

/** `timeoutSeconds`: how long one request may take before it counts as an error (autocannon's default is 10). */
export async function runLoad(url: string, options: { durationSeconds: number; connections: number; timeoutSeconds?: number }): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections, duration: options.durationSeconds, timeout: options.timeoutSeconds ?? 10 });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
