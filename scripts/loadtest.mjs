#!/usr/bin/env node
// Load benchmark: starts `next start` on localhost (after `npm run build`), hits the home page, a post
// and a tag page with autocannon, prints req/s, p50/p99 latency and errors, then stops the server.
// Exits non-zero on any error, timeout or non-2xx answer. A benchmark, not part of `npm test`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import autocannon from 'autocannon';

const require = createRequire(import.meta.url);
const PORT = Number(process.env.LOADTEST_PORT ?? 3250);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 50);
const DURATION = Number(process.env.LOADTEST_SECONDS ?? 10);
const ORIGIN = `http://127.0.0.1:${PORT}`;
// Seconds a single request may take before it counts as an error: generous, the machine is shared.
const REQUEST_TIMEOUT = 30;
// Everything (start, three runs, stop) must finish well within this, or the run fails.
const DEADLINE_MS = (60 + 3 * (DURATION + 3 + REQUEST_TIMEOUT)) * 1000;

const server = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
});

function stopServer() {
  if (server.exitCode === null && server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM'); // the group we created: next and any worker it forked
    } catch {
      server.kill('SIGTERM');
    }
  }
}

const deadline = setTimeout(() => {
  console.error(`loadtest: gave up after ${DEADLINE_MS / 1000} s`);
  stopServer();
  process.exit(1);
}, DEADLINE_MS);

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode} (did you run npm run build?)`);
    try {
      const response = await fetch(`${ORIGIN}/`);
      if (response.ok) return response.text();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('next start did not answer within 60 s');
}

/** The first post and tag the home page links to: whatever content the site has. */
function targetsFrom(homeHtml) {
  const post = /href="(\/posts\/[^"#?]+)"/.exec(homeHtml)?.[1];
  const tag = /href="(\/tags\/[^"#?/]+)"/.exec(homeHtml)?.[1];
  if (!post || !tag) throw new Error('the home page links to no post or no tag');
  return [
    { name: 'home', path: '/' },
    { name: 'post', path: post },
    { name: 'tag', path: tag },
  ];
}

function run(path, connections, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${ORIGIN}${path}`, connections, duration, timeout: REQUEST_TIMEOUT }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');

let failed = false;
try {
  const targets = targetsFrom(await waitForServer());
  console.log(`loadtest: ${CONNECTIONS} connections, ${DURATION} s per page, ${ORIGIN}`);
  console.log(`machine: ${os.cpus().length} cores, load average before ${load()}\n`);
  const rows = [];
  for (const target of targets) {
    await run(target.path, 10, 2); // warm-up: first requests compile and fill caches; not recorded
    const result = await run(target.path, CONNECTIONS, DURATION);
    const problems = result.errors + result.timeouts + result.non2xx;
    if (problems > 0) failed = true;
    rows.push(
      `| ${target.name} | \`${target.path}\` | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.total} | ${result.errors} | ${result.timeouts} | ${result.non2xx} |`,
    );
  }
  console.log('| page | path | req/s (avg) | p50 ms | p99 ms | requests | errors | timeouts | non-2xx |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(`\nload average after ${load()}`);
  console.log(failed ? '\nloadtest: FAILED (errors, timeouts or non-2xx answers)' : '\nloadtest: zero errors');
} catch (error) {
  console.error(`loadtest: ${error instanceof Error ? error.message : String(error)}`);
  failed = true;
} finally {
  clearTimeout(deadline);
  stopServer();
}
process.exit(failed ? 1 : 0);
