import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFence } from '../../../lib/markdown/code-meta';
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

  it('writes one span per run of one colour, not one per token', async () => {
    // The grammar makes each argument a token of its own; `vitest tsx` is two arguments in one colour.
    const html = await render('```bash\nnpm install --save-dev vitest tsx\n```\n');
    const line = html.match(/<span class="line">(.*?)<\/span>\n?<\/code>/s)?.[1] ?? '';
    const styles = [...line.matchAll(/<span style="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(styles.length >= 3, line);
    styles.forEach((style, index) => assert.notEqual(style, styles[index + 1], `two neighbouring spans share ${style}`));
    assert.match(line.replace(/<[^>]+>/g, ''), /^npm install --save-dev vitest tsx$/);
  });

  it('puts each block in its own box (for the copy button), inside the figure when the block has a title', async () => {
    const plain = await render('```ts\nconst a = 1\n```\n');
    assert.match(plain, /^<div class="code-block"><pre[^>]*class="shiki[^]*<\/pre><\/div>$/m);
    const titled = await render('```ts title="lib/a.ts"\nconst a = 1\n```\n');
    assert.match(titled, /<figure class="code-figure"><figcaption class="code-title">lib\/a.ts<\/figcaption><div class="code-block"><pre/);
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

  it('numbers lines from where the fence says: showLineNumbers{10}, showLineNumbers=10, Hugo linenostart', async () => {
    for (const fence of ['```go showLineNumbers{10}', '```go showLineNumbers=10', '```go {linenos=table,linenostart=10}']) {
      const html = await render(`${fence}\npackage main\nfunc main() {}\n\`\`\`\n`);
      assert.match(html, /<pre[^>]*class="[^"]*line-numbers/, fence);
      assert.match(html, /<code style="counter-reset: line 9">/, fence);
    }
    const fromOne = await render('```go showLineNumbers\npackage main\n```\n');
    assert.match(fromOne, /<pre[^>]*class="[^"]*line-numbers/);
    assert.doesNotMatch(fromOne, /counter-reset/);
  });

  it('keeps an author-written counter-reset out of code', async () => {
    const html = await render('Inline <code style="counter-reset: line 4">x</code> code.\n');
    assert.doesNotMatch(html, /counter-reset/);
  });

  it('marks the lines Hugo\'s hl_lines names, counted within the block whatever linenostart says', async () => {
    const html = await render('```go {linenos=inline hl_lines=[2,"4-5"] linenostart=100 style=emacs}\na\nb\nc\nd\ne\nf\n```\n');
    const lines = [...html.matchAll(/<span class="line( highlighted)?"/g)].map((match) => Boolean(match[1]));
    assert.deepEqual(lines, [false, true, false, true, true, false]);
    assert.match(html, /<code style="counter-reset: line 99">/);
  });
});

describe('fence options (lib/markdown/code-meta.ts, read by the renderer and the check alike)', () => {
  it('reads Hugo\'s options in any case, with spaces or commas, lists or quoted ranges', () => {
    const fence = parseFence('go', '{LineNos=true, HL_Lines="1 3-4", lineNoStart=5}', 6);
    assert.equal(fence.showLineNumbers, true);
    assert.equal(fence.firstLineNumber, 5);
    assert.deepEqual(fence.highlightLines, [1, 3, 4]);
    assert.deepEqual(fence.unsupported, []);
  });

  it('notes the options that only chose Hugo\'s look, and rejects what it cannot read', () => {
    assert.deepEqual(parseFence('go', '{hl_lines=[1] style=monokai anchorlinenos=true}', 3).ignored, ['style=monokai', 'anchorlinenos=true']);
    assert.deepEqual(parseFence('go', '{hl_lines=[1] markers=true}', 3).unsupported, ['markers=true']);
    assert.deepEqual(parseFence('go', '{hl_lines=[one]}', 3).unsupported, ['hl_lines=[one]']);
    assert.deepEqual(parseFence('go', '{linenos=sideways}', 3).unsupported, ['linenos=sideways']);
    // Not Hugo's key=value form at all: the whole braces are reported, as before.
    assert.deepEqual(parseFence('go', '{1,3 and more}', 3).unsupported, ['{1,3 and more}']);
  });
});
