import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkAlerts } from '../../../lib/markdown/alerts';
import { legacyContainerTitles, remarkMdxCompat } from '../../../lib/markdown/mdx-compat';
import { remarkMdxContainers } from '../../../lib/markdown/mdx-containers';

/** An `.mdx` body parsed as the build parses it (MDX, then Docusaurus' compatibility), as HTML. */
const render = async (body: string) =>
  String(await unified().use(remarkParse).use(remarkMdx).use(remarkMdxCompat).use(remarkMdxContainers).use(remarkAlerts).use(remarkRehype).use(rehypeStringify).process(body));

describe('an HTML comment in an .mdx post, as Docusaurus reads it', () => {
  it('is left out as a block, over lines and blank lines, inside a quote and a list, and inside text', async () => {
    const html = await render(
      ['Before.', '', '<!--truncate-->', '', '<!--', 'A draft', '', 'paragraph.', '-->', '', '> <!-- in a quote', '> over two lines -->', '> Quoted.', '', '- one <!-- aside -->', '- two', '', 'Text <!-- a', 'note --> goes on.', '', '<!-- first --> then words.', ''].join('\n'),
    );
    assert.doesNotMatch(html, /truncate|draft|paragraph\.|in a quote|aside|note|first|<!--/);
    assert.match(html, /<p>Before\.<\/p>\s*<blockquote>\s*<p>Quoted\.<\/p>\s*<\/blockquote>/);
    assert.match(html, /<li>one <\/li>\s*<li>two<\/li>/);
    assert.match(html, /<p>Text\ngoes on\.<\/p>/);
    assert.match(html, /<p> then words\.<\/p>/);
  });

  it('stays as written in code, and an unclosed one is MDX’s error with its line', async () => {
    const html = await render('```html\n<!-- kept -->\n```\n\nInline `<!-- kept too -->`.\n');
    assert.match(html, /<code class="language-html">&#x3C;!-- kept -->\n<\/code>/);
    assert.match(html, /<code>&#x3C;!-- kept too --><\/code>/);
    await assert.rejects(render('Fine.\n\n<!-- never closed\n\nMore.\n'), (error: { line?: number }) => error.line === 3);
  });

  it('counts `<!---->` and `<!-->` as comments; `<!- x ->` is no comment', async () => {
    assert.equal(await render('<!---->\n\n<!-->\n\nShown.\n'), '<p>Shown.</p>');
    await assert.rejects(render('<!- x ->\n'));
  });
});

describe('a container’s title after a space (`:::note Your title`), as Docusaurus reads it', () => {
  it('is the callout’s title, in a quote and nested too; a code fence and an unknown name are left', async () => {
    const html = await render(['::::warning Mind **this**', '', ':::tip Inner', '', 'Inside.', '', ':::', '', '::::', '', '> :::note Quoted', '>', '> Body.', '>', '> :::', ''].join('\n'));
    assert.match(html, /markdown-alert-warning[^>]*>\s*<p class="markdown-alert-title"[^>]*>Mind this<\/p>\s*<div class="markdown-alert markdown-alert-tip"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Inner<\/p>\s*<p>Inside\.<\/p>/);
    assert.match(html, /<blockquote>\s*<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Quoted<\/p>\s*<p>Body\.<\/p>/);
    const source = ['````md', ':::note Not a callout', '```', ':::tip Still code', '````', ':::aside Unknown name', ':::tip[Already labelled]', ':::details Show more', ''].join('\n');
    assert.equal(legacyContainerTitles(source), source.replace(':::details Show more', ':::details[Show more]'));
  });

  it('keeps the line of each node, and the file’s value is what was parsed', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxCompat).use(remarkMdxContainers);
    const source = ':::tip A title\n\nText.\n\n:::\n\nAfter.\n';
    const tree = processor.parse(source);
    const last = tree.children.at(-1);
    assert.equal(last?.position?.start.line, 7);
    assert.equal(last?.position?.start.offset, source.length - 'After.\n'.length + 1);
  });
});
