// Runs tests/e2e/core.spec.ts and tests/e2e/request-fuzz.spec.ts against every deployment mode besides plain `next start` (which
// `npm run test:e2e` covers). Expects `npm run build` to have just run; builds the other modes
// itself, so it leaves .next/ and out/ holding the last mode's build.
//   E2E_MODES=standalone,export npm run test:modes   (default: all, in the order below)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const port = Number(process.env.E2E_PORT ?? 3100) + 1;
const origin = `http://127.0.0.1:${port}`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const serveStatic = (basePath) =>
  `node --import tsx ${JSON.stringify(path.join(root, 'scripts/serve-static.ts'))} --dir out --host 127.0.0.1 --port ${port} --base-path "${basePath}"`;

/** Moves the standalone folder out of the project, as an operator would: proves it is self-contained. */
function moveStandalone(name, basePath) {
  const manifest = path.join(root, '.next/standalone/.next/required-server-files.json');
  const built = fs.existsSync(manifest) ? JSON.parse(fs.readFileSync(manifest, 'utf8')).config.basePath || '' : null;
  if (built !== basePath) {
    throw new Error(`e2e-modes: .next/standalone/ is ${built === null ? 'missing' : `a build for base path "${built}"`}; run \`npm run build\` first.`);
  }
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `standalone-${name}-`));
  fs.cpSync(path.join(root, '.next/standalone'), target, { recursive: true });
  return target;
}

const MODES = [
  // Reuses the build `npm test` just made.
  { name: 'standalone', mode: 'standalone', basePath: '', build: null },
  { name: 'base-path-standalone', mode: 'standalone', basePath: '/blog', build: 'build' },
  { name: 'export', mode: 'export', basePath: '', build: 'export' },
  { name: 'base-path-export', mode: 'export', basePath: '/blog', build: 'export' },
];

const wanted = process.env.E2E_MODES?.split(',').map((name) => name.trim()).filter(Boolean);
const unknown = wanted?.filter((name) => !MODES.some((mode) => mode.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`e2e-modes: unknown mode ${unknown.join(', ')}; known: ${MODES.map((mode) => mode.name).join(', ')}`);
  process.exit(1);
}

const timings = [];
for (const spec of MODES.filter((mode) => !wanted || wanted.includes(mode.name))) {
  const started = Date.now();
  // Builds get a SITE_URL (with the base path, which must be accepted too) that absolute URLs must show.
  const siteUrl = spec.build ? `https://example.com${spec.basePath}` : process.env.SITE_URL;
  const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: spec.basePath, SITE_URL: siteUrl };
  console.log(`\n=== e2e mode ${spec.name}${spec.build ? ` (npm run ${spec.build})` : ''} ===`);
  if (spec.build) execFileSync(npm, ['run', spec.build], { stdio: 'inherit', env: buildEnv });
  const built = Date.now();

  const cwd = spec.mode === 'standalone' ? moveStandalone(spec.name, spec.basePath) : root;
  const command = spec.mode === 'standalone' ? 'node server.js' : serveStatic(spec.basePath);
  try {
    execFileSync('npx', ['playwright', 'test', '-c', 'playwright.modes.config.ts'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_MODE: spec.mode,
        E2E_BASE_PATH: spec.basePath,
        E2E_BASE_URL: origin,
        ...(siteUrl ? { E2E_SITE_ORIGIN: new URL(siteUrl).origin } : {}),
        E2E_SERVER_COMMAND: command,
        E2E_SERVER_CWD: cwd,
        // For the standalone server.js, which reads both.
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
      },
    });
  } finally {
    if (cwd !== root) fs.rmSync(cwd, { recursive: true, force: true });
  }
  timings.push(`${spec.name}: build ${((built - started) / 1000).toFixed(0)} s, tests ${((Date.now() - built) / 1000).toFixed(0)} s`);
}
console.log(`\ne2e-modes passed:\n  ${timings.join('\n  ')}`);
