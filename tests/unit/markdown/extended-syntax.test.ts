import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textFacts } from '../../../lib/markdown/text-facts';
import { renderPost } from '../../support/render';

const render = (body: string) => renderPost(`---\ntitle: T\n---\n\n${body}`);

describe('definition lists (Hugo, kramdown, PHP Markdown Extra, Pandoc, MkDocs)', () => {
  it('are a <dl> of terms and what they mean, instead of a paragraph with colons in it', async () => {
    const html = await render('Rollup\n: A chain that posts its batches to another.\n: Also a *verb*.\n\nSequencer\n:   Orders the transactions.\n\nA plain: paragraph.\n');
    assert.match(html, /<dl><dt>Rollup<\/dt><dd><p>A chain that posts its batches to another\.<\/p><\/dd><dd><p>Also a <em>verb<\/em>\.<\/p><\/dd><dt>Sequencer<\/dt><dd><p>Orders the transactions\.<\/p><\/dd><\/dl>/);
    assert.match(html, /<p>A plain: paragraph\.<\/p>/);
  });
});

describe('abbreviations (kramdown, PHP Markdown Extra, MkDocs)', () => {
  it('make each whole word an <abbr> with its meaning, and are not shown themselves', async () => {
    const body = 'The HTML and HTML5 specs, not HTMLX, and `HTML` in code.\n\n## About HTML\n\n*[HTML]: HyperText Markup Language\n*[HTML5]: The fifth HTML\n';
    const html = await render(body);
    assert.match(html, /<p>The <abbr title="HyperText Markup Language">HTML<\/abbr> and <abbr title="The fifth HTML">HTML5<\/abbr> specs, not HTMLX, and <code>HTML<\/code> in code\.<\/p>/);
    assert.match(html, /<h2 id="about-html">About <abbr title="HyperText Markup Language">HTML<\/abbr>/);
    assert.doesNotMatch(html, /\*\[|HyperText Markup Language<\/p>/);
    // Nor read as the post's summary.
    assert.doesNotMatch(textFacts('*[HTML]: HyperText Markup Language\n\nFirst paragraph.\n').summary, /HyperText/);
  });
});
