// The site `playwright.dev.config.ts` tests: a fresh copy of the repository (its own posts) in
// DEV_SITE_DIR (scripts/bench/workspace.ts makes it), running `npm run dev` there, so the tests can
// add, edit and break posts without touching the repository. Removes the copy when stopped.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.DEV_SITE_DIR;
const port = process.env.PORT;
if (!dir || !port) throw new Error('dev-e2e-site: set DEV_SITE_DIR and PORT');
const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Renamed first, so a new run can create the folder while an old copy is still being deleted. */
function discard(folder) {
  if (!fs.existsSync(folder)) return;
  const trash = `${folder}.old-${process.pid}-${Date.now()}`;
  fs.renameSync(folder, trash);
  fs.rmSync(trash, { recursive: true, force: true });
}

discard(dir);
const postsDir = path.join(repoRoot, 'content', 'posts');
const posts = fs
  .readdirSync(postsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ slug: name.replace(/\.md$/, ''), markdown: fs.readFileSync(path.join(postsDir, name), 'utf8') }));
execFileSync(
  process.execPath,
  [tsx, '-e', 'require("./scripts/bench/workspace").createWorkspace(process.cwd(), JSON.parse(process.argv[1]), process.argv[2])', JSON.stringify(posts), dir],
  { cwd: repoRoot, stdio: 'inherit' },
);

const child = spawn(process.execPath, [tsx, 'scripts/dev.mts', '-p', port, '-H', '127.0.0.1'], { cwd: dir, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => {
  discard(dir);
  process.exit(code ?? 0);
});
