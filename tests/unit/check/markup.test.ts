import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import { findLossyMarkup } from '../../../lib/check/lossy-markup';
import { findMdxProblems } from '../../../lib/check/mdx';
import { findDroppedMarkup } from '../../../lib/check/markup';
import { hostileFiles } from '../../support/hostile-corpus';

function body(name: string): string {
  const file = hostileFiles().find((entry) => entry.name === name);
  assert.ok(file);
  return file.markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

const linesOf = (findings: { line: number }[]) => [...new Set(findings.map((finding) => finding.line))];

describe('findDroppedMarkup', () => {
  it('names every link the sanitiser removes, and no safe one', () => {
    const text = body('links.md');
    const findings = findDroppedMarkup(text).filter((finding) => finding.message.startsWith('The link'));
    const lines = text.split('\n');
    const safeSection = lines.indexOf('## Safe links keep working');
    // Inline links, definitions and script autolinks above the safe section (but the https one
    // with a hostile title, which stays); none below it.
    const hostile = lines.flatMap((value, index) =>
      index < safeSection && /\]\((?!https:)|\]:\s|<(javascript|vbscript):/i.test(value) ? [index + 1] : [],
    );
    assert.ok(hostile.length >= 25);
    assert.deepEqual(linesOf(findings), hostile);
    assert.ok(findings.every((finding) => finding.message.includes('https, http, mailto or a site path')));
  });

  it('leaves images to the image check (lib/check/images.ts), which resolves each one', () => {
    const findings = findDroppedMarkup(body('images.md'));
    assert.ok(!findings.some((finding) => finding.message.startsWith('The image')));
  });

  it('leaves raw HTML to the lossy-markup check, which reports every hostile line of it', () => {
    const text = body('raw-html.md');
    assert.ok(!findDroppedMarkup(text).some((finding) => /raw html/i.test(finding.message)));
    const reported = new Set(findLossyMarkup(text).map((finding) => finding.line));
    // The CDATA line is a comment to an HTML parser: removed, and nothing in it is content.
    const htmlLines = text.split('\n').flatMap((value, index) => (value.startsWith('<') && !value.startsWith('<![CDATA[') ? [index + 1] : []));
    assert.deepEqual(htmlLines.filter((line) => !reported.has(line)), []);
  });

  it('stays quiet about plain Markdown and lone comments', () => {
    const text = '# Title\n\n<!-- a note to editors -->\n\nText with [a link](/posts/x) and ![a picture](/images/a.png).\n';
    assert.deepEqual(findDroppedMarkup(text), []);
  });
});

describe('content:check', () => {
  it('reports dropped markup as warnings at the line of the file', () => {
    const file = hostileFiles().find((entry) => entry.name === 'links.md');
    assert.ok(file);
    const problems = checkPosts([{ path: 'content/posts/links.md', bytes: new TextEncoder().encode(file.markdown) }]);
    const first = problems.find((problem) => problem.message.includes("javascript:window.__pwned='plain'"));
    assert.equal(first?.severity, 'warning');
    assert.equal(first?.line, file.markdown.split('\n').findIndex((value) => value.includes("__pwned='plain'")) + 1);
    assert.ok(!problems.some((problem) => problem.severity === 'error'));
  });
});

describe('attributes the sanitiser removes', () => {
  it('are named as the author wrote them, an element’s plain ones in one warning, a handler and a style each in their own', () => {
    const findings = findLossyMarkup('<p class="codepen" data-slug-hash="abc" data-default-tab="result" aria-describedby="x" onclick="go()" style="color: red">A pen.</p>\n\n<blockquote data-instgrm-permalink="https://www.instagram.com/p/C1/">A post.</blockquote>\n');
    assert.deepEqual(findings.map((finding) => `${finding.line} ${finding.message}`), [
      '1 The event handler `onclick` on <p> is removed for safety; the element and its content stay.',
      '1 The inline style `style` on <p> is removed for safety; the element and its content stay.',
      '1 The attributes `data-slug-hash`, `data-default-tab`, `aria-describedby` on <p> are removed for safety; the element and its content stay.',
      "1 The class `codepen` of the post's HTML is left out with the old site's stylesheet: the text stays, in the site's own look.",
      '3 The attribute `data-instgrm-permalink` on <blockquote> is removed for safety; the element and its content stay.',
    ]);
  });

  it('names the old site’s classes once for the post, from the first line that has one, and none the site keeps', () => {
    const findings = findLossyMarkup('Text.\n\n<p class="lead">A lead.</p>\n\n<div class="wp-block-group has-text-align-center lead"><img src="/a.png" alt="A" class="wp-image-12 size-full only-dark"></div>\n\n<pre><code class="language-js">1</code></pre>\n\n<span class="x-6">six</span>\n');
    assert.deepEqual(findings.map((finding) => `${finding.line} ${finding.severity} ${finding.message}`), [
      "3 info The classes `lead`, `wp-block-group`, `has-text-align-center`, `wp-image-12` and 2 more of the post's HTML are left out with the old site's stylesheet: the text stays, in the site's own look.",
    ]);
    assert.deepEqual(findLossyMarkup('<pre><code class="language-js">1</code></pre>\n\n<img src="/a.png" alt="A" class="only-dark">\n'), []);
  });

  it('in an .mdx post, where they stay, says the site may have no style for them', () => {
    const findings = findMdxProblems('<div className="flex gap-4">A</div>\n\n<Callout type="tip">B <span class="font-bold">C</span></Callout>\n\n<Figure src="./a.png" alt="A" className="wide" />\n');
    assert.deepEqual(findings.filter((finding) => /class/.test(finding.message)).map((finding) => `${finding.line} ${finding.severity} ${finding.message}`), [
      "1 info The classes `flex`, `gap-4`, `font-bold` on the post's HTML are kept, but the site's stylesheet has only the classes its own pages use: readers may see that text without the look they gave it.",
    ]);
  });
});

describe('MkDocs’ snippets (--8<--)', () => {
  it('are named where they would be text, as a line or a block of file names; in code they are code', () => {
    const findings = findLossyMarkup('Intro.\n\n--8<-- "includes/abbreviations.md"\n\n--8<--\nincludes/a.md\n--8<--\n\n```text\n--8<-- "shown.md"\n```\n\nA pair of scissors --8<-- in a sentence.\n');
    assert.deepEqual(findings.map((finding) => `${finding.line} ${finding.severity} ${finding.message}`), [
      '3 error MkDocs\' snippet "--8<-- \\"includes/abbreviations.md\\"" puts another file\'s text in the post, which the site does not do: readers would see the line as text and lose that text.',
      '5 error MkDocs\' snippet "--8<--" puts another file\'s text in the post, which the site does not do: readers would see the line as text and lose that text.',
      '7 error MkDocs\' snippet "--8<--" puts another file\'s text in the post, which the site does not do: readers would see the line as text and lose that text.',
    ]);
  });
});
