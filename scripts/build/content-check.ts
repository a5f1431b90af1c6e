/**
 * `npm run content:check`: every problem of every post at once, by file and line.
 * Exits 1 on errors; `npm run build` runs it first so a broken post never ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkPosts, formatProblem } from '../../lib/check';
import { classifyPostFile, listFiles, unreadFileProblems } from '../../lib/check/post-files';

const root = process.cwd();
const postsDir = path.join(root, 'content', 'posts');

const all = listFiles(postsDir, root);
const files = all
  .filter((file) => classifyPostFile(path.basename(file)).kind === 'post')
  .map((file) => ({ path: file, bytes: new Uint8Array(fs.readFileSync(path.join(root, file))) }));
const problems = [
  ...checkPosts(files, { hasPublicFile: (sitePath) => fs.existsSync(path.join(root, 'public', sitePath)), root }),
  ...unreadFileProblems(all),
];
const quiet = process.argv.includes('--quiet');
for (const problem of problems) {
  if (quiet && problem.severity === 'info') continue;
  console.log(formatProblem(problem));
}
const count = (severity: string) => problems.filter((problem) => problem.severity === severity).length;
const errors = count('error');
console.log(`\ncontent:check: ${files.length} posts, ${errors} errors, ${count('warning')} warnings, ${count('info')} notes`);
if (errors > 0) {
  console.error('content:check failed: fix the errors above (file:line) and build again.');
  process.exit(1);
}
