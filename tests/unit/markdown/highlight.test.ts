import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLossyMarkup } from '../../../lib/check/lossy-markup';
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

  it('draws other engines\' fence options: MkDocs numbering and marks, Eleventy\'s added and removed lines', async () => {
    const mkdocs = await render('```py title="sort.py" linenums="10" hl_lines="2"\na = 1\nb = 2\n```\n');
    assert.match(mkdocs, /<figcaption class="code-title">sort.py<\/figcaption>/);
    assert.match(mkdocs, /<pre[^>]*class="[^"]*line-numbers/);
    assert.match(mkdocs, /<code style="counter-reset: line 9">/);
    assert.deepEqual([...mkdocs.matchAll(/<span class="line( highlighted)?"/g)].map((match) => Boolean(match[1])), [false, true]);
    const eleventy = await render('```js/1/3\nlet a = 1;\nlet b = 2;\nlet c = 3;\n```\n');
    assert.deepEqual([...eleventy.matchAll(/<span class="line([^"]*)"/g)].map((match) => match[1]), [' diff add', '', ' diff remove']);
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

  it('reads LekoArts\' Gatsby themes\' highlight= and withLineNumbers, and Kent C. Dodds\' [ranges]', () => {
    const gatsby = parseFence('jsx', 'title=src/a.jsx highlight=2-3,5 withLineNumbers', 6);
    assert.deepEqual([gatsby.title, gatsby.highlightLines, gatsby.showLineNumbers, gatsby.unsupported], ['src/a.jsx', [2, 3, 5], true, []]);
    const kent = parseFence('tsx', '[2,4-5]', 6);
    assert.deepEqual([kent.highlightLines, kent.unsupported], [[2, 4, 5], []]);
    // Brackets of anything else name the file (VitePress, Nuxt Content).
    assert.deepEqual([parseFence('tsx', '[a-b]', 6).title, parseFence('tsx', '[a-b]', 6).unsupported], ['a-b', []]);
  });

  it('shows Docusaurus\' `npm2yarn` block as its npm command, with a note that Yarn\'s and pnpm\'s are not drawn', async () => {
    const fence = parseFence('bash', 'npm2yarn', 1);
    assert.deepEqual([fence.language, fence.npm2yarn, fence.unsupported], ['bash', true, []]);
    const findings = findLossyMarkup('```bash npm2yarn\nnpm install @docusaurus/core\n```\n');
    assert.deepEqual(findings.map((finding) => [finding.line, finding.severity]), [[1, 'info']]);
    assert.match(findings[0]?.message ?? '', /Yarn and pnpm too.*the npm command as written/);
    assert.match(await renderPost('---\ntitle: T\n---\n\n```bash npm2yarn\nnpm install @docusaurus/core\n```\n'), /data-language="bash"[\s\S]*>npm<\/span><span [^>]*> install @docusaurus\/core</);
  });

  it('shows Docusaurus\' `live` block as its code, highlighted, with a warning that its result is not shown', async () => {
    const fence = parseFence('jsx', 'live title="Clock"', 3);
    assert.deepEqual([fence.language, fence.live, fence.title, fence.unsupported], ['jsx', true, 'Clock', []]);
    const findings = findLossyMarkup('```jsx live\nfunction Clock() {\n  return <div>Hi</div>;\n}\n```\n');
    assert.deepEqual(findings.map((finding) => [finding.line, finding.severity]), [[1, 'warning']]);
    assert.match(findings[0]?.message ?? '', /the site shows the code, highlighted, and not its result/);
    assert.match(await renderPost('---\ntitle: T\n---\n\n```jsx live\nfunction Clock() {}\n```\n'), /data-language="jsx"[\s\S]*>function<\/span>/);
  });

  it('notes the options that only chose Hugo\'s look, and rejects what it cannot read', () => {
    assert.deepEqual(parseFence('go', '{hl_lines=[1] style=monokai anchorlinenos=true}', 3).ignored, ['style=monokai', 'anchorlinenos=true']);
    assert.deepEqual(parseFence('go', '{hl_lines=[1] markers=true}', 3).unsupported, ['markers=true']);
    assert.deepEqual(parseFence('go', '{hl_lines=[one]}', 3).unsupported, ['hl_lines=[one]']);
    assert.deepEqual(parseFence('go', '{linenos=sideways}', 3).unsupported, ['linenos=sideways']);
    // Not Hugo's key=value form at all: the whole braces are reported, as before.
    assert.deepEqual(parseFence('go', '{1,3 and more}', 3).unsupported, ['{1,3 and more}']);
  });

  it('reads MkDocs\' options on the fence line and its attribute list', () => {
    const line = parseFence('py', 'title="bubble_sort.py" linenums="1" hl_lines="2 3-4"', 5);
    assert.deepEqual([line.language, line.title, line.showLineNumbers, line.firstLineNumber, line.highlightLines, line.unsupported], [
      'python', 'bubble_sort.py', true, 1, [2, 3, 4], [],
    ]);
    // A start and a step: the site numbers from the start.
    assert.equal(parseFence('py', 'linenums="10 2"', 1).firstLineNumber, 10);
    // ``` { .py .annotate title="a.py" linenums="5" hl_lines="1-2" }: Markdown splits it at the first space.
    const list = parseFence('{', '.py .annotate title="a.py" linenums="5" hl_lines="1-2" }', 3);
    assert.deepEqual([list.language, list.label, list.title, list.firstLineNumber, list.highlightLines, list.ignored, list.unsupported], [
      'python', 'py', 'a.py', 5, [1, 2], ['.annotate'], [],
    ]);
    assert.equal(parseFence('{.python', '.numberLines startFrom="3"}', 2).firstLineNumber, 3);
    assert.deepEqual(parseFence('{.python', 'hl_lines="x"}', 2).unsupported, ['hl_lines="x"']);
  });

  it('reads Gatsby\'s braces against the language, and its title', () => {
    const ranges = parseFence('js{1,3-4}', '', 5);
    assert.deepEqual([ranges.language, ranges.label, ranges.highlightLines, ranges.unsupported], ['javascript', 'js', [1, 3, 4], []]);
    const numbered = parseFence('js{2}{numberLines:', '5}', 3);
    assert.deepEqual([numbered.highlightLines, numbered.showLineNumbers, numbered.firstLineNumber], [[2], true, 5]);
    assert.equal(parseFence('js{numberLines:', 'true}', 3).firstLineNumber, 1);
    assert.equal(parseFence('js:title=src/a.js', '', 1).title, 'src/a.js');
  });

  it('reads Eleventy\'s line sets, and leaves a word with a slash that is not one alone', () => {
    assert.deepEqual(parseFence('js/2,4-5', '', 6).highlightLines, [2, 4, 5]);
    const diff = parseFence('js/1,2/4', '', 4);
    assert.deepEqual([diff.addedLines, diff.removedLines, diff.highlightLines], [[1, 2], [4], []]);
    assert.deepEqual(parseFence('js/1/2/3', '', 3).unsupported, ['/1/2/3']);
    const mime = parseFence('text/plain', '', 1);
    assert.deepEqual([mime.label, mime.unsupported], ['text/plain', []]);
  });

  it('draws Prism\'s `diff-js` (Eleventy\'s starter) as a diff, labelled as written', async () => {
    const fence = parseFence('diff-js', '', 3);
    assert.deepEqual([fence.language, fence.label, fence.unknownLanguage], ['diff', 'diff-js', false]);
    const html = await render('```diff-js\nfunction f() {\n+\tlet counter = 0;\n-\tlet counter = 1;\n}\n```\n');
    assert.match(html, /<pre[^>]*data-language="diff-js"/);
    assert.match(html, />\+\s*let counter = 0;</);
    assert.deepEqual(findLossyMarkup('```diff-js\n+a\n```\n'), []);
  });

  it('reads Zola\'s comma-separated options, and reports hidden lines', () => {
    // ```rust,linenos,linenostart=10,hl_lines=1 3-4: Markdown splits it at the space.
    const fence = parseFence('rust,linenos,linenostart=10,hl_lines=1', '3-4', 5);
    assert.deepEqual([fence.language, fence.showLineNumbers, fence.firstLineNumber, fence.highlightLines, fence.unsupported], [
      'rust', true, 10, [1, 3, 4], [],
    ]);
    assert.deepEqual(parseFence('rust,hide_lines=2', '', 3).unsupported, ['hide_lines=2']);
  });

  it('lets posts from these engines pass the check as they are', () => {
    const post = ['```py title="a.py" linenums="1" hl_lines="2"', 'a', 'b', '```', '', '``` { .py .annotate }', 'a', '```', '', '```js{1}{numberLines: true}', 'a', '```', '', '```js/1/2', 'a', 'b', '```', '', '```rust,linenos,hl_lines=1 2', 'a', 'b', '```', ''].join('\n');
    assert.deepEqual(findLossyMarkup(post).filter((finding) => finding.severity === 'error'), []);
  });
});
