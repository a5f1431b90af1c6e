// `npm start`: `next start` on PORT (default 3000) and HOSTNAME (default: all interfaces).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let address;
  try {
    address = listenAddress(process.env, os.hostname());
  } catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
  }
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const args = [next, 'start', '-p', String(address.port)];
  if (address.hostname) args.push('-H', address.hostname);
  const child = spawn(process.execPath, [...args, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
