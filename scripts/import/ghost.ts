/**
 * `npm run import:ghost -- <export.json> [--url https://old.example] [--out content/posts/ghost]`: writes each
 * post of Ghost's export of a site as a file the site reads (lib/content/ghost.ts), never over a file that is
 * there. Says what it left out; exits 1 when a post could not be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ghostExportPosts } from '../../lib/content/ghost';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { url: { type: 'string', default: '' }, out: { type: 'string', default: path.join('content', 'posts', 'ghost') } } });
const [input] = positionals;
if (!input) {
  console.error('Usage: npm run import:ghost -- <export.json> [--url https://your-old-site] [--out content/posts/ghost]');
  process.exit(2);
}
let json: unknown;
try {
  json = JSON.parse(fs.readFileSync(input, 'utf8'));
} catch (error) {
  console.error(`import:ghost: ${input} is not a JSON file that can be read: ${(error as Error).message}`);
  process.exit(2);
}
const { files, notes, problems } = ghostExportPosts(json, { url: values.url });
fs.mkdirSync(values.out, { recursive: true });
let written = 0;
for (const file of files) {
  const target = path.join(values.out, file.name);
  if (fs.existsSync(target)) {
    problems.push(`${target} is there already: not written over.`);
    continue;
  }
  fs.writeFileSync(target, file.text);
  written += 1;
}
for (const note of notes) console.log(`note: ${note}`);
for (const problem of problems) console.error(`not written: ${problem}`);
console.log(`import:ghost: wrote ${written} post(s) to ${values.out}${values.url ? '' : '; its images are site paths, /content/images/…: copy Ghost’s content/images folder into public/content/images, or run again with --url and the old site’s address'}. Run \`npm run content:check\`, then move ${input} out of content/posts/.`);
process.exitCode = problems.length > 0 ? 1 : 0;
