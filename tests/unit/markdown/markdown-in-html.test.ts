import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import { parseBody } from '../../../lib/markdown/parse';
import { renderPost } from '../../support/render';

const post = (body: string) => `---\ntitle: T\ndate: 2024-01-01\n---\n\n${body}`;

describe('HTML with Markdown in it (kramdown’s and MkDocs’ markdown="1")', () => {
  it('reads the Markdown inside instead of showing it as written, and keeps the element', async () => {
    const html = await renderPost(post('<div class="photos" markdown="1">\n**Bold** and *emphasis*.\n</div>\n\n<details markdown>\n<summary>More</summary>\nSome *text*.\n</details>\n\n<section markdown="block">\n## Inside {#inside}\n</section>\n'));
    assert.match(html, /<div[^>]*>\s*<p><strong>Bold<\/strong> and <em>emphasis<\/em>\.<\/p>\s*<\/div>/);
    assert.match(html, /<details>\s*<summary>More<\/summary>\s*<p>Some <em>text<\/em>\.<\/p>\s*<\/details>/);
    assert.match(html, /<h2 id="inside">Inside<a/);
    assert.doesNotMatch(html, /\*\*|markdown=/);
  });

  it('makes a Minimal Mistakes notice the callout of its colour, and leaves markdown="0" and other HTML as HTML', async () => {
    const html = await renderPost(post('<div class="notice--warning" markdown="1">\n**Watch out!** Fees *rise*.\n</div>\n\n<div markdown="0">\n*As written*\n</div>\n\n<div>\n*Also as written*\n</div>\n'));
    assert.match(html, /<div class="markdown-alert markdown-alert-warning"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Warning<\/p>\s*<p><strong>Watch out!<\/strong> Fees <em>rise<\/em>\.<\/p>\s*<\/div>/);
    assert.match(html, /<div>\n\*As written\*\n<\/div>/);
    assert.match(html, /<div>\n\*Also as written\*\n<\/div>/);
  });

  it('keeps what follows a blank line inside the element, up to its end tag (CommonMark ends the HTML block at the blank line)', async () => {
    const html = await renderPost(post([
      '<div class="notice" markdown="1">', '#### New Site Features', '', '* Cover images', '* Drafts save themselves', '</div>', '',
      '<section markdown="1">', 'Before.', '', '<div markdown="1">', 'Inner.', '', '*Still inner.*', '</div>', '', 'After the inner one.', '', '</section>', '<p>Outside.</p>', '',
      'The end.',
    ].join('\n')));
    assert.match(html, /<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Note<\/p>\s*<h4[^>]*>New Site Features.*?<\/h4>\s*<ul>\s*<li>Cover images<\/li>\s*<li>Drafts save themselves<\/li>\s*<\/ul>\s*<\/div>/s);
    assert.match(html, /<section>\s*<p>Before\.<\/p>\s*<div>\s*<p>Inner\.<\/p>\s*<p><em>Still inner\.<\/em><\/p>\s*<\/div>\s*<p>After the inner one\.<\/p>\s*<\/section>\s*<p>Outside\.<\/p>\s*<p>The end\.<\/p>/);
    assert.doesNotMatch(html, /markdown=|<\/div>\s*<\/div>/);
  });

  it('keeps each line’s number, so content:check names the line inside the block', () => {
    const body = '<div markdown="1">\nText.\n\n## A heading\n</div>\n';
    const heading = parseBody(body).tree.children.find((node) => node.type === 'heading');
    assert.equal(heading?.position?.start.line, 4);
    assert.equal(body.slice(heading?.position?.start.offset, heading?.position?.end.offset), '## A heading');
    const problems = checkPosts([{ path: 'content/posts/a.md', bytes: new TextEncoder().encode(post('<div markdown="1">\nText.\n\n<iframe src="https://example.com/player"></iframe>\n</div>\n')) }]);
    const embed = problems.find((problem) => problem.severity === 'error' && /<iframe>/.test(problem.message));
    assert.equal(embed?.line, 9, JSON.stringify(problems));
    // The attribute is read, not removed for safety: no warning about it.
    assert.ok(!problems.some((problem) => /markdown/.test(problem.message)), JSON.stringify(problems));
  });
});
