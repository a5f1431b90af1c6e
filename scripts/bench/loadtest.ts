/**
 * `npm run loadtest`: starts `next start` on localhost (after `npm run build`), drives the home page, a
 * post and a tag page with the bench's load runner (./load.ts), prints req/s, p50/p99 latency and
 * errors, then stops the server. Exits non-zero on any error, timeout or non-2xx answer.
 * A benchmark, not part of `npm test`. LOADTEST_PORT, LOADTEST_CONNECTIONS, LOADTEST_SECONDS.
 */
import os from 'node:os';
import path from 'node:path';
import { runLoad, startServer, type ServerHandle } from './load';

const PORT = Number(process.env.LOADTEST_PORT ?? 3250);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 50);
const DURATION = Number(process.env.LOADTEST_SECONDS ?? 10);
// Seconds a single request may take before it counts as an error: generous, the machine is shared.
const REQUEST_TIMEOUT = 30;
const repoRoot = path.resolve(__dirname, '..', '..');

/** The first post and tag the home page links to: whatever content the site has. */
function targetsFrom(homeHtml: string): { name: string; path: string }[] {
  const post = /href="(\/posts\/[^"#?]+)"/.exec(homeHtml)?.[1];
  const tag = /href="(\/tags\/[^"#?/]+)"/.exec(homeHtml)?.[1];
  if (!post || !tag) throw new Error('the home page links to no post or no tag');
  return [
    { name: 'home', path: '/' },
    { name: 'post', path: post },
    { name: 'tag', path: tag },
  ];
}

const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');

async function main(): Promise<boolean> {
  const origin = `http://127.0.0.1:${PORT}`;
  let server: ServerHandle | undefined;
  try {
    server = await startServer(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
      probeUrl: `${origin}/`,
    });
    const targets = targetsFrom(await (await fetch(`${origin}/`)).text());
    console.log(`loadtest: ${CONNECTIONS} connections, ${DURATION} s per page, ${origin}`);
    console.log(`machine: ${os.cpus().length} cores, load average before ${load()}\n`);
    console.log('| page | path | req/s (avg) | p50 ms | p99 ms | requests | errors | timeouts | non-2xx |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    let failed = false;
    for (const target of targets) {
      const url = `${origin}${target.path}`;
      await runLoad(url, { connections: 10, durationSeconds: 2, timeoutSeconds: REQUEST_TIMEOUT }); // warm-up, not recorded
      const r = await runLoad(url, { connections: CONNECTIONS, durationSeconds: DURATION, timeoutSeconds: REQUEST_TIMEOUT });
      if (r.errors + r.timeouts + r.non2xx > 0) failed = true;
      console.log(`| ${target.name} | \`${target.path}\` | ${Math.round(r.requestsPerSecond)} | ${r.p50Ms} | ${r.p99Ms} | ${r.requests} | ${r.errors} | ${r.timeouts} | ${r.non2xx} |`);
    }
    console.log(`\nload average after ${load()}`);
    console.log(failed ? '\nloadtest: FAILED (errors, timeouts or non-2xx answers)' : '\nloadtest: zero errors');
    return !failed;
  } finally {
    await server?.stop();
  }
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(`loadtest: ${error instanceof Error ? error.message : String(error)} (did you run npm run build?)`);
    process.exit(1);
  },
);
