import { checkPosts } from '../lib/check';
import { normaliseFields } from '../lib/content/schema';
import { readFrontmatter } from '../lib/content/frontmatter';
const a = '+++\ntitle = "T"\ndate = 2020-01-01\n[params]\nseries = ["Themes Guide"]\nShowToc = true\n+++\n\nText.\n';
const b = '+++\ntitle = "T"\ndate = 2020-01-01\n[params]\nseries = ["Themes Guide"]\nmermaid = true\n+++\n\nText.\n';
for (const t of [a, b]) {
  for (const p of checkPosts([{ path: 'content/posts/x.md', bytes: Buffer.from(t) }])) if (!/address of/.test(p.message)) console.log(`  ${p.line} ${p.severity} ${p.message.slice(0, 140)}`);
  console.log(normaliseFields(readFrontmatter(t)?.data ?? {}, 'posts/x.md').series);
}
