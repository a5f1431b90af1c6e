import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { checkPosts, type CheckOptions, type Problem } from '../../../lib/check';
import { configureMarkdown } from '../../../lib/markdown/pipeline';
import { postFileTarget, rehypeSiteLinks, relativePagePath, withSiteBase } from '../../../lib/markdown/links';
import type { Root as HastRoot } from 'hast';
import type {} from 'mdast-util-mdx-jsx';

// A project of its own: the links name files beside each other, as an author's folder holds them.
const POSTS: Record<string, string> = {
  'series/part-1.md': '---\ntitle: Part 1\ndate: 2024-01-01\n---\n\nOn to [part 2](./part-2.md#setup), [the other post](../other/index.md) and [the archive](/archive).\n',
  'series/part-2.md': '---\ntitle: Part 2\ndate: 2024-01-02\nslug: second-part\n---\n\n## Setup\n\nBack to [part 1](part-1.md).\n',
  'other/index.md': '---\ntitle: Other\ndate: 2024-01-03\n---\n\nText.\n',
  'unfinished.md': '---\ntitle: Unfinished\ndate: 2024-01-04\ndraft: true\n---\n\nSoon.\n',
  // As `jekyll new` names its first post.
  'jekyll/2023-08-14-welcome.markdown': '---\ntitle: Welcome\n---\n\n## Next\n\nOn to [part 1](../series/part-1.md).\n',
};
let root = '';

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'links-test-'));
  for (const [name, text] of Object.entries(POSTS)) {
    fs.mkdirSync(path.dirname(path.join(root, 'content/posts', name)), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/posts', name), text);
  }
  fs.writeFileSync(path.join(root, 'README.md'), '# The project\n');
  // Files beside a post that it links.
  fs.writeFileSync(path.join(root, 'content/posts/series/Slides Part 1.pdf'), '%PDF-1.4 slides');
  fs.writeFileSync(path.join(root, 'content/posts/series/demo.html'), '<script>alert(1)</script>');
  fs.writeFileSync(path.join(root, 'outside.pdf'), '%PDF-1.4 outside');
  // The site's sections, as content:check reads them from app/.
  for (const route of ['archive', 'tags']) fs.mkdirSync(path.join(root, 'app', route), { recursive: true });
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

async function render(name: string, text: string, basePath = ''): Promise<string> {
  const previous = process.env.BASE_PATH;
  process.env.BASE_PATH = basePath;
  try {
    const processor = unified();
    configureMarkdown(processor as never, { root, images: false });
    const file = new VFile({ value: text, path: name, data: { rawDocumentData: { sourceFilePath: `posts/${name}` } } });
    return String(await processor.process(file));
  } finally {
    if (previous === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = previous;
  }
}

const post = (name: string, body: string) => ({ path: `content/posts/${name}`, bytes: new TextEncoder().encode(body) });
function check(extra: Record<string, string> = {}, options: Pick<CheckOptions, 'redirects'> = {}): Problem[] {
  const all = { ...POSTS, ...extra };
  return checkPosts(Object.entries(all).map(([name, text]) => post(name, text)), { root, ...options }).filter((problem) => problem.severity !== 'info');
}

describe('links between posts', () => {
  it('a link to another post’s file, relative as an editor previews it, becomes the post’s address', async () => {
    const html = await render('series/part-1.md', POSTS['series/part-1.md'] ?? '');
    // The target's own `slug:` gives the address; the anchor stays; a folder post is its folder's name.
    assert.match(html, /<a href="\/posts\/second-part#setup">part 2<\/a>/);
    assert.match(html, /<a href="\/posts\/other">the other post<\/a>/);
    assert.match(html, /<a href="\/archive">the archive<\/a>/);
    assert.match(await render('series/part-2.md', POSTS['series/part-2.md'] ?? ''), /<a href="\/posts\/part-1">part 1<\/a>/);
  });

  it('a post’s address by its file name (what post_url, ref and authors write) leads to its own slug', async () => {
    const html = await render('other/index.md', '---\ntitle: T\n---\n\n[a](/posts/part-2#setup) [b]({{< ref "posts/series/part-2.md" >}}) [c](/posts/part-1) [d](/posts/nothing)\n');
    assert.match(html, /<a href="\/posts\/second-part#setup">a<\/a>/);
    assert.match(html, /<a href="\/posts\/second-part">b<\/a>/);
    assert.match(html, /<a href="\/posts\/part-1">c<\/a>/);
    assert.match(html, /<a href="\/posts\/nothing">d<\/a>/);
    assert.deepEqual(check({ 'linker.md': '---\ntitle: Linker\ndate: 2024-02-04\n---\n\n[a](/posts/part-2) and {{< ref "series/part-2.md" >}}\n' }), []);
  });

  it('under a base path, site paths and post links get it; links already under it and other sites do not', async () => {
    const html = await render(
      'series/part-1.md',
      '---\ntitle: T\n---\n\n[a](./part-2.md) [b](/archive) [c](/blog/tags) [d](https://example.com/x) [e](#setup) <a href="/search">f</a>\n',
      '/blog',
    );
    assert.match(html, /href="\/blog\/posts\/second-part"/);
    assert.match(html, /href="\/blog\/archive"/);
    assert.match(html, /href="\/blog\/tags"/);
    assert.match(html, /href="https:\/\/example.com\/x"/);
    assert.match(html, /href="#setup"/);
    assert.match(html, /href="\/blog\/search"/);
    assert.equal(withSiteBase('//cdn.example.com/x', '/blog'), '//cdn.example.com/x');
  });

  it('only relative links to Markdown files name a post file', () => {
    const from = '/site/content/posts/a/b.md';
    assert.deepEqual(postFileTarget('../c.md#x', from), { file: '/site/content/posts/c.md', suffix: '#x' });
    assert.deepEqual(postFileTarget('my%20post.mdx', from), { file: '/site/content/posts/a/my post.mdx', suffix: '' });
    assert.deepEqual(postFileTarget('2023-08-14-welcome.markdown', from), { file: '/site/content/posts/a/2023-08-14-welcome.markdown', suffix: '' });
    for (const href of ['/posts/c.md', 'https://github.com/x/README.md', '#a.md', 'photo.png', 'notes.txt']) assert.equal(postFileTarget(href, from), undefined, href);
  });

  it('Zola’s internal links (`@/…`) name a file from the content folder, copied as content/posts or into it', async () => {
    const html = await render('other/index.md', '---\ntitle: T\n---\n\n[a](@/series/part-2.md#setup) [b](@/blog/series/part-1.md) [c](@/other/index.md) [d](@/part-1.md) [e](@/blog/other/index.md)\n');
    assert.match(html, /<a href="\/posts\/second-part#setup">a<\/a>/);
    assert.match(html, /<a href="\/posts\/part-1">b<\/a>/);
    assert.match(html, /<a href="\/posts\/other">c<\/a>/);
    // Copied into a folder of content/posts/: found by the end of its path.
    assert.match(html, /<a href="\/posts\/part-1">d<\/a>/);
    assert.match(html, /<a href="\/posts\/other">e<\/a>/);
    // A folder's index.md is found by its folder, never by the file name alone.
    const problems = check({ 'zola.md': '---\ntitle: Zola\ndate: 2024-02-01\n---\n\nSee [part 2](@/blog/series/part-2.md) and [a missing one](@/blog/missing.md).\n\n[Another](@/gone/index.md).\n' });
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.message]),
      [
        [6, '"@/blog/missing.md" links to content/posts/blog/missing.md, which does not exist: readers would get a 404.'],
        [8, '"@/gone/index.md" links to content/posts/gone/index.md, which does not exist: readers would get a 404.'],
      ],
    );
  });

  it('Pelican’s `{filename}/…` (and `|filename|/…`) is a path from the content folder; `{filename}x.md` one from the post’s', async () => {
    const html = await render('series/part-1.md', '---\ntitle: T\n---\n\n[a]({filename}/series/part-2.md#setup) [b](|filename|/other/index.md) [c]({filename}part-2.md) [d]({attach}/content/series/part-2.md)\n');
    assert.match(html, /<a href="\/posts\/second-part#setup">a<\/a>/);
    assert.match(html, /<a href="\/posts\/other">b<\/a>/);
    assert.match(html, /<a href="\/posts\/second-part">c<\/a>/);
    // Pelican's own content/ folder copied into content/posts/: found by the end of its path.
    assert.match(html, /<a href="\/posts\/second-part">d<\/a>/);
    // Its links to its own pages: a tag's (a category is a tag here) and the home page.
    const pages = await render('series/part-1.md', '---\ntitle: T\n---\n\n[e](<{tag}Static Sites>) [f]({category}python#top) [g]({index})\n');
    assert.match(pages, /<a href="\/tags\/static-sites">e<\/a> <a href="\/tags\/python#top">f<\/a> <a href="\/">g<\/a>/);
    const problems = check({ 'pelican.md': 'Title: Pelican\nDate: 2024-02-01\n\nSee [part 2]({filename}/series/part-2.md) and [a missing one]({filename}/missing.md).\n' });
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.message]),
      [[4, '"{filename}/missing.md" links to content/posts/missing.md, which does not exist: readers would get a 404.']],
    );
  });

  it('a post named alone that is not beside the post is the one of that name elsewhere, as Obsidian finds a note in its vault', async () => {
    const html = await render('other/index.md', '---\ntitle: T\n---\n\n[[part-2|Part two]], [b](part-1.md#setup) and [c](./part-1.md)\n');
    assert.match(html, /<a href="\/posts\/second-part">Part two<\/a>, <a href="\/posts\/part-1#setup">b<\/a>/);
    // A path (`./`, a folder) is followed as written: content:check names it when nothing is there.
    const problems = check({ 'vault/note.md': '---\ntitle: Note\ndate: 2024-02-01\n---\n\n[[part-1]] and [c](./part-1.md) and [[missing]]\n' });
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.message]),
      [
        [6, '"./part-1.md" links to content/posts/vault/part-1.md, which does not exist: readers would get a 404.'],
        [6, '"missing.md" links to content/posts/vault/missing.md, which does not exist: readers would get a 404.'],
      ],
    );
    // Found by its name, with a note naming the file it leads to.
    const all = { ...POSTS, 'vault/note.md': '---\ntitle: Note\ndate: 2024-02-01\n---\n\n[[part-1]]\n' };
    const notes = checkPosts(Object.entries(all).map(([name, text]) => post(name, text)), { root }).filter((problem) => problem.file.endsWith('vault/note.md') && problem.severity === 'info');
    assert.deepEqual(notes.map((note) => [note.line, note.message, note.fix]), [
      [6, '"[[part-1]]" is read as its Markdown equivalent, "[part-1](<part-1.md>)".', 'Nothing to do; or write that in the post.'],
      [6, '"part-1.md" names no post beside this one: it links to content/posts/series/part-1.md, the one post of that name, as Obsidian finds a note.', 'Nothing to do; or write the path from this post (e.g. ../series/part-1.md).'],
    ]);
    // Two posts of that name elsewhere: which one is meant cannot be told, and the error says so.
    const old = '---\ntitle: Old part 1\ndate: 2020-01-01\n---\n\nOld.\n';
    fs.mkdirSync(path.join(root, 'content/posts/archive'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/posts/archive/part-1.md'), old);
    try {
      const twice = { ...POSTS, 'archive/part-1.md': old, 'vault/note.md': '---\ntitle: Note\ndate: 2024-02-01\n---\n\n[[part-1]]\n' };
      const ambiguous = checkPosts(Object.entries(twice).map(([name, text]) => post(name, text)), { root }).filter((problem) => problem.file.endsWith('vault/note.md') && problem.severity === 'error');
      assert.deepEqual(ambiguous.map((problem) => [problem.line, problem.message, problem.fix]), [
        [6, '"part-1.md" names no post beside this one, and 2 posts elsewhere have that name (content/posts/archive/part-1.md, content/posts/series/part-1.md): readers would get a 404.', 'Write the path of the one you mean from this post, e.g. ../archive/part-1.md.'],
      ]);
    } finally {
      fs.rmSync(path.join(root, 'content/posts/archive'), { recursive: true, force: true });
    }
  });

  it('a link to a post with no text shows the post’s title (Hexo’s `{% post_link x %}`); a file in a Hexo asset folder is published', async () => {
    fs.mkdirSync(path.join(root, 'content/posts/hexo-post'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/posts/hexo-post/notes.txt'), 'notes');
    const html = await render('hexo-post.md', '---\ntitle: T\n---\n\n{% post_link part-2 %}, [](./series/part-1.md), [kept](/posts/other) and {% asset_link notes.txt The notes %}\n');
    assert.match(html, /<a href="\/posts\/second-part">Part 2<\/a>, <a href="\/posts\/part-1">Part 1<\/a>, <a href="\/posts\/other">kept<\/a>/);
    assert.match(html, /<a href="\/_img\/notes-[\da-f]{12}\.txt">The notes<\/a>/);
  });

  it('content:check passes links that lead to posts, and names the line of one that leads nowhere', () => {
    assert.deepEqual(check(), []);
    const problems = check({
      'broken.md': '---\ntitle: Broken\ndate: 2024-02-01\n---\n\nSee [this](./no-such-post.md),\n[that](/posts/nothing-here) and <a href="../../README.md">the readme</a>.\n\n[ref]: ./part-3.md\n',
    });
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.severity, problem.message]),
      [
        [6, 'error', '"./no-such-post.md" links to content/posts/no-such-post.md, which does not exist: readers would get a 404.'],
        [7, 'error', '"/posts/nothing-here" links to the post "nothing-here", and no post has that slug: readers would get a 404.'],
        [7, 'error', '"../../README.md" links to README.md, which is not a post: readers would get a 404.'],
        [9, 'error', '"./part-3.md" links to content/posts/part-3.md, which does not exist: readers would get a 404.'],
      ],
    );
  });

  it('a published post linking a draft is warned (production leaves the draft out); a draft may link one', () => {
    const warned = check({ 'teaser.md': '---\ntitle: Teaser\ndate: 2024-02-02\n---\n\nComing: [this](./unfinished.md) and [again](/posts/unfinished).\n' });
    assert.deepEqual(
      warned.map((problem) => [problem.file, problem.line, problem.severity]),
      [
        ['content/posts/teaser.md', 6, 'warning'],
        ['content/posts/teaser.md', 6, 'warning'],
      ],
    );
    assert.match(warned[0]?.message ?? '', /links to the draft "unfinished": a production build leaves drafts out/);
    assert.deepEqual(check({ 'draft-teaser.md': '---\ntitle: Draft teaser\ndate: 2024-02-02\ndraft: true\n---\n\n[this](./unfinished.md)\n' }), []);
  });

  it('a post in a .markdown file (as `jekyll new` writes one) is linked and checked as any other', async () => {
    const html = await render('other/index.md', '---\ntitle: T\n---\n\n[a](../jekyll/2023-08-14-welcome.markdown#next) [b]({% link _posts/2023-08-14-welcome.markdown %})\n');
    assert.match(html, /<a href="\/posts\/welcome#next">a<\/a>/);
    assert.match(html, /<a href="\/posts\/welcome">b<\/a>/);
    assert.match(await render('jekyll/2023-08-14-welcome.markdown', POSTS['jekyll/2023-08-14-welcome.markdown'] ?? ''), /<a href="\/posts\/part-1">part 1<\/a>/);
    const problems = check({ 'linker.md': '---\ntitle: Linker\ndate: 2024-02-04\n---\n\n[a](./jekyll/2023-08-14-welcome.markdown) [b](./jekyll/2023-08-14-farewell.markdown)\n' });
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.line, problem.severity, problem.message]),
      [['content/posts/linker.md', 6, 'error', '"./jekyll/2023-08-14-farewell.markdown" links to content/posts/jekyll/2023-08-14-farewell.markdown, which does not exist: readers would get a 404.']],
    );
  });

  it('a file beside the post that it links is published under a name of its content, and linked there', async () => {
    const text = '---\ntitle: T\ndate: 2024-02-04\n---\n\n[the slides](<./Slides Part 1.pdf#page=2>) [again](Slides%20Part%201.pdf)\n';
    const html = await render('series/part-1.md', text);
    const href = /<a href="(\/_img\/slides-part-1-[\da-f]{12}\.pdf)#page=2">the slides<\/a>/.exec(html)?.[1];
    assert.ok(href, html);
    assert.equal(fs.readFileSync(path.join(root, 'public', href), 'utf8'), '%PDF-1.4 slides');
    assert.match(html, new RegExp(`<a href="${href}">again</a>`));
    assert.match(await render('series/part-1.md', text, '/blog'), new RegExp(`<a href="/blog${href}#page=2">the slides</a>`));
    assert.deepEqual(check({ 'series/linker.md': `${text}` }), []);
  });

  it('a video, its poster, a sound and their captions beside the post play as files of the site do, under the base path too', async () => {
    fs.writeFileSync(path.join(root, 'content/posts/series/clip.mp4'), 'not really a video');
    fs.writeFileSync(path.join(root, 'content/posts/series/clip.vtt'), 'WEBVTT\n');
    const text = '---\ntitle: T\ndate: 2024-02-04\n---\n\n<video controls poster="Slides%20Part%201.pdf">\n  <source src="clip.mp4" type="video/mp4">\n  <track src="./clip.vtt" kind="captions" srclang="en" label="English">\n</video>\n\n<audio src="clip.mp4" controls></audio>\n';
    for (const base of ['', '/blog']) {
      const html = await render('series/part-1.md', text, base);
      const clip = new RegExp(`<source src="${base}(/_img/clip-[\\da-f]{12}\\.mp4)" type="video/mp4">`).exec(html)?.[1];
      assert.ok(clip, html);
      assert.equal(fs.readFileSync(path.join(root, 'public', clip), 'utf8'), 'not really a video');
      assert.match(html, new RegExp(`<video controls poster="${base}/_img/slides-part-1-[\\da-f]{12}\\.pdf">`));
      assert.match(html, new RegExp(`<track src="${base}/_img/clip-[\\da-f]{12}\\.vtt" kind="captions"`));
      assert.match(html, new RegExp(`<audio src="${base}${clip}" controls>`));
    }
    // The files count as linked, and a missing one is named at its line.
    const others = ['content/posts/series/clip.mp4', 'content/posts/series/clip.vtt'];
    assert.deepEqual(checkPosts([post('series/media.md', text)], { root, otherFiles: others }).filter((problem) => problem.severity === 'error'), []);
    const missing = check({ 'series/media.md': '---\ntitle: M\ndate: 2024-02-04\n---\n\n<video src="gone.mp4" controls></video>\n' });
    assert.deepEqual(missing.map((problem) => [problem.line, problem.message]), [[6, '"gone.mp4" links to content/posts/series/gone.mp4, which does not exist: readers would get a 404.']]);
  });

  it('content:check stops a link to a file beside the post that is missing, outside the content folder, or a page a browser would run', async () => {
    const text = '---\ntitle: Linker\ndate: 2024-02-04\n---\n\n[a](./gone.pdf)\n[b](./demo.html) [c](../../../outside.pdf)\n';
    const problems = check({ 'series/linker.md': text });
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.severity, problem.message]),
      [
        [6, 'error', '"./gone.pdf" links to content/posts/series/gone.pdf, which does not exist: readers would get a 404.'],
        [7, 'error', '"./demo.html" links to content/posts/series/demo.html, a type a browser would run as a page of this site: it is not published from beside a post.'],
        [7, 'error', '"../../../outside.pdf" links to outside.pdf, outside the content folder: the build publishes only files beside the posts.'],
      ],
    );
    // A file beside the posts is published when a post links it, and reported when none does.
    const others = ['content/posts/series/Slides Part 1.pdf', 'content/posts/series/unused.csv', 'content/posts/series/Part-4.MD'];
    const linking = post('series/linker.md', '---\ntitle: Linker\ndate: 2024-02-04\n---\n\n[a](<./Slides Part 1.pdf>) [b](./Part-4.MD)\n');
    assert.deepEqual(
      checkPosts([linking], { root, otherFiles: others }).filter((problem) => problem.severity === 'error').map((problem) => [problem.file, problem.message]),
      [
        ['content/posts/series/Part-4.MD', 'Only files ending in `.md` or another Markdown extension in lower case (`.markdown`, …) are posts: this file is not built.'],
        ['content/posts/series/unused.csv', 'This file is not a post (posts end in `.md`, `.markdown` or `.mdx`), and no post links it: it is not published.'],
      ],
    );
    // The build leaves them as written: nothing is published for them.
    const html = await render('series/linker.md', text);
    assert.match(html, /<a href=".\/gone.pdf">a<\/a>\n<a href=".\/demo.html">b<\/a> <a href="..\/..\/..\/outside.pdf">c<\/a>/);
  });

  it('a relative link to a page leads where a static export leads it, in every deploy mode, and is checked there', async () => {
    // From /posts/part-1/ as a folder: `next start` serves /posts/part-1, from which the browser would resolve one folder higher.
    const text = '---\ntitle: Linker\ndate: 2024-02-04\n---\n\n[a](../other/) [b](../part-2/#setup) [c](../../archive?tags=x) [d](older.html)\n[e](../nothing-here/) [f](./)\n';
    const html = await render('series/part-1.md', text);
    assert.match(html, /<a href="\/posts\/other">a<\/a> <a href="\/posts\/second-part#setup">b<\/a> <a href="\/archive\?tags=x">c<\/a> <a href="\/posts\/part-1\/older.html">d<\/a>/);
    assert.match(html, /<a href="\/posts\/nothing-here">e<\/a> <a href="\/posts\/part-1">f<\/a>/);
    assert.match(await render('series/part-1.md', text, '/blog'), /<a href="\/blog\/posts\/other">a<\/a>/);
    // Never another host, and not links of other kinds.
    assert.equal(relativePagePath('../../..//evil.example/x', 'a'), '/evil.example/x');
    for (const href of ['#top', '?q=1', '/archive', '//cdn.example/x', 'mailto:a@b.c', '\\\\host\\x']) assert.equal(relativePagePath(href, 'a'), undefined, href);
    const problems = check({ 'series/part-1.md': text });
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.severity, problem.message]),
      [
        [6, 'warning', '"older.html" leads to no page of this site: readers would get a 404.'],
        [7, 'error', '"../nothing-here/" links to the post "nothing-here", and no post has that slug: readers would get a 404.'],
      ],
    );
  });

  it('an .mdx post’s JSX anchor is linked and checked as a Markdown link is', async () => {
    const tree: HastRoot = {
      type: 'root',
      children: [
        { type: 'mdxJsxTextElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: './part-2.md#setup' }], children: [] },
        { type: 'mdxJsxFlowElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/archive' }], children: [] },
        { type: 'mdxJsxFlowElement', name: 'Callout', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: './part-2.md' }], children: [] },
      ],
    };
    const file = new VFile({ path: 'series/part-1.mdx', data: { rawDocumentData: { sourceFilePath: 'posts/series/part-1.mdx' } } });
    await rehypeSiteLinks({ root, basePath: '/blog' })(tree, file);
    const hrefs = tree.children.map((node) => (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement' ? node.attributes.map((attribute) => attribute.value) : []));
    assert.deepEqual(hrefs, [['/blog/posts/second-part#setup'], ['/blog/archive'], ['./part-2.md']]);
    const problems = check({ 'series/jsx.mdx': '---\ntitle: JSX\ndate: 2024-02-04\n---\n\nSee <a href="./part-2.md">part 2</a> and\n<a href="./part-9.md">part 9</a>.\n' });
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.line, problem.severity, problem.message]),
      [['content/posts/series/jsx.mdx', 7, 'error', '"./part-9.md" links to content/posts/series/part-9.md, which does not exist: readers would get a 404.']],
    );
  });

  it('a site path no page answers is warned, with the post an old address names', () => {
    const problems = check({
      'old-links.md': '---\ntitle: Old links\ndate: 2024-02-05\n---\n\n[a](/2024/01/02/part-2.html) [b](/about/)\n[c](/archive) [d](/tags/rollups) [e](/blog/second-part) [f](/) [g](/archive?tags=x#top) [h](/blog/anything)\n',
    });
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.severity, problem.message, problem.fix]),
      [
        [6, 'warning', '"/2024/01/02/part-2.html" leads to no page of this site: readers would get a 404.', 'Link the post there: /posts/second-part (or add this address to its `aliases`, so old links to it keep working).'],
        [6, 'warning', '"/about/" leads to no page of this site: readers would get a 404.', 'Link a page of this site, or add this address to the `aliases` of the post it was.'],
        // The site-wide rule /blog/:slug answers for each post: another slug there leads to a 404.
        [7, 'warning', '"/blog/anything" leads to no page of this site: readers would get a 404.', 'Link a page of this site, or add this address to the `aliases` of the post it was.'],
      ],
    );
  });

  it('an old dated address a site-wide rule answers is a working link; another day’s is not', () => {
    const linker = { 'dated-links.md': '---\ntitle: Dated links\ndate: 2024-02-05\n---\n\n[a](/2024/01/02/second-part.html) [b](/2024/01/03/second-part.html)\n' };
    const problems = check(linker, { redirects: [{ from: '/:year/:month/:day/:title:output_ext', to: '/posts/:slug' }] });
    assert.deepEqual(problems.map((problem) => [problem.line, problem.message]), [[6, '"/2024/01/03/second-part.html" leads to no page of this site: readers would get a 404.']]);
  });

  it('names the line of a link’s address when its text wraps', () => {
    const problems = check({ 'wrapped.md': '---\ntitle: Wrapped\ndate: 2024-02-05\n---\n\nAssets will move in a future release. [Read more about\nit](/docs/assets/).\n' });
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity]), [[7, 'warning']]);
  });

  it('an old address a post redirects from is a working link', () => {
    const problems = check({
      'renamed.md': '---\ntitle: Renamed\ndate: 2024-02-03\naliases: ["/posts/old-name", "/2019/old-name.html"]\n---\n\nText.\n',
      'linker.md': '---\ntitle: Linker\ndate: 2024-02-04\n---\n\n[old](/posts/old-name) [older](/2019/old-name.html)\n',
    });
    assert.deepEqual(problems, []);
  });
});
