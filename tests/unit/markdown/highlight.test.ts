import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPost } from '../../support/render';

const render = (markdown: string) => renderPost(`---\ntitle: Test\n---\n\n${markdown}`);

describe('code highlighting (Shiki, then the sanitiser)', () => {
  it('colours tokens for both themes and labels the language', async () => {
    const html = await render('```ts\nconst a: number = 1; // note\n```\n');
    assert.match(html, /<pre[^>]*class="shiki shiki-themes github-light-default github-dark-default"/);
    assert.match(html, /<pre[^>]*data-language="ts"/);
    const lightColours = new Set([...html.matchAll(/<span style="color:(#\w+);--shiki-dark:#\w+"/g)].map((match) => match[1]));
    // Keywords, names and the comment differ: a line painted in one colour would be a regression.
    assert.ok(lightColours.size >= 3, `only ${[...lightColours].join(', ')}`);
  });

  it('shows an unknown language as plain text with its label, without failing', async () => {
    const html = await render('```nosuchlanguage\n<b>bold</b>\n```\n');
    assert.match(html, /<pre[^>]*class="shiki/);
    assert.match(html, /<pre[^>]*data-language="nosuchlanguage"/);
    assert.doesNotMatch(html, /<span style="color:(?!#1f2328)/i);
    assert.match(html, /&#x3C;b>bold&#x3C;\/b>|&lt;b&gt;bold&lt;\/b&gt;/);
  });

  it('keeps author styles out: only Shiki colour declarations survive on spans', async () => {
    const html = await render('Text with <span style="position:fixed">raw</span> HTML.\n\n```js\nlet x = 1\n```\n');
    assert.doesNotMatch(html, /position:fixed/);
    assert.doesNotMatch(html, /<span style="(?!color:#)/);
  });
});
