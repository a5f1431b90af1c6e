import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { checkPosts } from '../../../lib/check';
import { remarkAlerts } from '../../../lib/markdown/alerts';
import { remarkComponentImports } from '../../../lib/markdown/mdx-imports';
import { remarkMdxContainers } from '../../../lib/markdown/mdx-containers';
import { remarkPartials } from '../../../lib/markdown/mdx-partials';

// A throwaway site: posts and their partials under content/posts.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mdx-partials-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
const post = (body: string) => `---\ntitle: A post\ndate: 2024-01-01\n---\n\n${body}`;

/** An `.mdx` post of `root` through the partials, imports and callouts steps, as HTML (no components rendered). */
const render = async (file: string, text: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkPartials, { root })
      .use(remarkComponentImports)
      .use(remarkMdxContainers)
      .use(remarkAlerts)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(new VFile({ path: path.join(root, file), value: text })),
  );
// With the post it links to.
const check = (file: string, text: string) =>
  checkPosts([{ path: file, bytes: new TextEncoder().encode(text) }, { path: 'content/posts/blog/guide.md', bytes: new TextEncoder().encode(post('The guide.\n')) }], { root })
    .filter((problem) => problem.file === file).map((problem) => `${problem.line} ${problem.severity} ${problem.message} | ${problem.fix}`);

write('content/posts/blog/shared/_notice.mdx', "---\nsidebar_label: Notice\n---\n\nimport TabItem from '@theme/TabItem';\n\n:::warning[Before you upgrade]\n\nRead [the guide](../guide.md) and [the docs](https://example.com/docs).\n\n:::\n\n![A chart](./chart.png)\n\n### What changes\n");
before(async () => write('content/posts/blog/shared/chart.png', await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0f766e' } }).png().toBuffer()));
write('content/posts/blog/guide.md', post('The guide.\n'));
write('content/posts/blog/_intro.md', 'Shared **intro**.\n\nimport Notice from "./shared/_notice.mdx"\n\n<Notice />\n');

describe('Docusaurus’ partials in an .mdx post (`import Intro from "./_intro.mdx"`, then `<Intro />`)', () => {
  const body = "import Tabs from '@theme/Tabs';\nimport Intro from './_intro.md';\n\n<Intro />\n\nBetween.\n\n<Tabs>\n<TabItem value=\"a\" label=\"A\">\n\n<Intro />\n\n</TabItem>\n</Tabs>\n";

  it('reads the file’s text as the post’s own at each place it is named, its partials, callouts and paths included', async () => {
    const html = await render('content/posts/blog/post.mdx', post(body));
    // Twice, where it is named: its own partial inside it, its callout a callout, its paths from the post's folder.
    assert.equal(html.split('<strong>intro</strong>').length - 1, 2);
    assert.equal(html.split('markdown-alert-warning').length - 1, 2);
    assert.match(html, /<p class="markdown-alert-title"[^>]*>Before you upgrade<\/p>\s*<p>Read <a href="guide\.md">the guide<\/a> and <a href="https:\/\/example\.com\/docs">the docs<\/a>\.<\/p>/);
    assert.match(html, /<img src="shared\/chart\.png" alt="A chart">/);
    assert.match(html, /<h3>What changes<\/h3>\s*<p>Between\.<\/p>/);
    // Nothing of the imports or the partial's frontmatter is left as text.
    assert.doesNotMatch(html, /import|sidebar_label|<Intro|Notice/);
  });

  it('is checked as the post’s text, at the line that names it: the image, the link and the theme’s imports', () => {
    write('content/posts/blog/post.mdx', post(body));
    const said = check('content/posts/blog/post.mdx', post(body));
    assert.ok(!said.some((line) => / error /.test(line)), said.join('\n'));
    // The partial's import of its theme's <TabItem> is named, as the post's own are.
    assert.ok(said.some((line) => /^9 info import TabItem from '@theme\/TabItem'; is left out/.test(line)), said.join('\n'));
  });

  it('names a file that does not exist, one that imports itself, one that is not valid MDX, and one named inside a paragraph', () => {
    write('content/posts/blog/_loop.mdx', "import Loop from './_loop.mdx';\n\n<Loop />\n");
    write('content/posts/blog/_broken.mdx', 'Fine.\n\nA <broken line.\n');
    const text = post("import Missing from './_missing.mdx';\nimport Loop from './_loop.mdx';\nimport Broken from './_broken.mdx';\nimport Intro from './_intro.md';\n\n<Missing />\n\n<Loop />\n\n<Broken />\n\nText and <Intro /> in it.\n");
    const errors = check('content/posts/blog/bad.mdx', text).filter((line) => / error /.test(line));
    assert.deepEqual(errors.map((line) => line.split(' | ')[0]), [
      '6 error The file of <Missing />, ./_missing.mdx, does not exist: readers would lose its text.',
      '7 error The file of <Loop />, ./_loop.mdx, has an error: The file of <Loop />, ./_loop.mdx, imports this file again (itself, or through another): its text would never end.',
      '8 error The file of <Broken />, ./_broken.mdx, is not valid MDX at its line 3: Unexpected character `.` (U+002E) in attribute name, expected an attribute name character such as letters, digits, `$`, or `_`; `=` to initialize a value; whitespace before attributes; or the end of the tag',
      '17 error <Intro> is the text of ./_intro.md, which the site reads only from a line of its own, with nothing inside it: readers would lose it here.',
    ]);
    // Each once: no "unknown component" or "import not supported" besides.
    assert.equal(check('content/posts/blog/bad.mdx', text).length, errors.length);
  });

  it('stops the build on what it cannot read, naming the line', async () => {
    await assert.rejects(render('content/posts/blog/bad.mdx', post("import Missing from './_missing.mdx';\n\n<Missing />\n")), (error: Error & { line?: number }) => {
      assert.match(error.message, /The file of <Missing \/>, \.\/_missing\.mdx, does not exist/);
      assert.equal(error.line, 6);
      return true;
    });
  });
});
