// `npm start`: the build's standalone server (.next/standalone/server.js, the supported way to run
// `output: 'standalone'`; `next start` warns that it "does not work" with it) on PORT (default 3000)
// and HOSTNAME (default: all interfaces).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where to listen. Shells and containers set HOSTNAME to the machine's own name, which nobody
 * meant as a listen address (binding to it can hide the site from localhost), so a HOSTNAME equal
 * to the machine name counts as unset. Any other value (127.0.0.1, 0.0.0.0, ::, a name) is used.
 */
export function listenAddress(env, machineName) {
  const port = env.PORT?.trim() || '3000';
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    throw new Error(`PORT must be a number from 1 to 65535, got ${JSON.stringify(env.PORT)}`);
  }
  const hostname = env.HOSTNAME?.trim();
  return { port: Number(port), hostname: hostname && hostname !== machineName ? hostname : undefined };
}

/**
 * Pages are prerendered, so their links (canonical, OpenGraph, feeds) carry the address the build
 * had: SITE_URL, else http://localhost on the build's PORT. Says so when that is a localhost address
 * on another port than the one served (`npm run build` then `PORT=4101 npm start`); undefined when fine.
 */
export function siteUrlNotice(builtUrl, port) {
  if (!builtUrl) return undefined;
  const url = new URL(builtUrl);
  if (url.hostname !== 'localhost' || Number(url.port || 80) === port) return undefined;
  return (
    `npm start: this build's links point to ${url.origin} (built without SITE_URL), while it is served on port ${port}. ` +
    `Build with PORT=${port} (or SITE_URL=https://your.domain) so they match.`
  );
}

/** The site address the build used, from its prerendered robots.txt (`Sitemap: <url>`). */
function builtSiteUrl(dir) {
  try {
    return /^Sitemap: (\S+)/m.exec(fs.readFileSync(path.join(dir, '.next', 'server', 'app', 'robots.txt.body'), 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let address;
  try {
    address = listenAddress(process.env, os.hostname());
  } catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
  }
  const server = path.resolve('.next', 'standalone', 'server.js');
  if (!fs.existsSync(server)) {
    console.error('npm start: no .next/standalone/server.js: run `npm run build` first.');
    process.exit(1);
  }
  const notice = process.env.SITE_URL?.trim() ? undefined : siteUrlNotice(builtSiteUrl(path.resolve('.next', 'standalone')), address.port);
  if (notice) console.warn(notice);
  const child = spawn(process.execPath, [server, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(address.port), HOSTNAME: address.hostname ?? '0.0.0.0' },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
