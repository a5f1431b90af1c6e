import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { autoParagraphs } from '../../../lib/markdown/auto-paragraphs';
import { renderTree } from '../../support/render';

const read = (html: string) => unified().use(rehypeStringify).stringify(autoParagraphs(fromHtml(html, { fragment: true })));

describe('an HTML post’s text outside any block (lib/markdown/auto-paragraphs.ts)', () => {
  it('is a paragraph for each blank line, at the top and in a quote; a newline stays a space', () => {
    assert.equal(
      read('One <a href="/x">link</a>.\n\nTwo, with <em>words</em>\nwrapped.\n<blockquote>Quoted.\n\nAgain.</blockquote>\n<ul>\n<li>Item</li>\n</ul>\nLast.'),
      '<p>One <a href="/x">link</a>.</p>\n<p>Two, with <em>words</em>\nwrapped.</p>\n<blockquote><p>Quoted.</p>\n<p>Again.</p>\n</blockquote>\n<ul>\n<li>Item</li>\n</ul>\n<p>Last.</p>\n',
    );
  });

  it('leaves HTML with its own paragraphs, a list item or quote of one paragraph, and code as they are', () => {
    for (const html of ['<p>One.</p>\n\n<p>Two.</p>\n', '<ul>\n<li>One line</li>\n</ul>', '<blockquote>One line.</blockquote>', '<pre>a\n\nb</pre>']) assert.equal(read(html), html);
    // A Blogger post's text on one line, with its own line breaks: one paragraph, the breaks kept.
    assert.equal(read('First.<br /><br />Second.'), '<p>First.<br><br>Second.</p>\n');
    // An old post's <font>: phrasing, so in the paragraph.
    assert.equal(read('<font color="red">Red</font> text.\n\nNext.'), '<p><font color="red">Red</font> text.</p>\n<p>Next.</p>\n');
  });

  it('applies to an .html post only: a Markdown post’s HTML block is Markdown’s business', async () => {
    const body = '---\ntitle: T\n---\nFirst.\n\nSecond.\n';
    assert.match((await renderTree(body, '2010-01-01-t.html', { images: false })).html, /^<p>First\.<\/p>\s*<p>Second\.<\/p>\s*$/);
    const markdown = '---\ntitle: T\n---\n<div>\nLoose text in a block.\n</div>\n';
    assert.match((await renderTree(markdown, 't.md', { images: false })).html, /<div>\nLoose text in a block\.\n<\/div>/);
  });
});
