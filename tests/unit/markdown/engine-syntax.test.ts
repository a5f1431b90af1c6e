import assert from 'node:assert/strict';
import { bodyOptionsOf } from '../../../lib/content/schema';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import { convertEngineSyntax, convertHtmlBody } from '../../../lib/markdown/engine-syntax';
import { readFrontmatter } from '../../../lib/content/frontmatter';
import { renderPost, renderTree } from '../../support/render';

const render = (markdown: string) => renderPost(`---\ntitle: Test\n---\n\n${markdown}`);
const post = (path: string, title: string, body: string) => ({ path, bytes: new TextEncoder().encode(`---\ntitle: ${title}\ndate: 2023-08-14\n---\n\n${body}`) });
// The post the examples link to with `post_url` and `ref`.
const FIRST = post('content/posts/2023-08-01-first-post.md', 'First post', 'The first one.\n');
const check = (body: string) => checkPosts([post('content/posts/2023-08-14-welcome.md', 'Welcome', body), FIRST]).filter((problem) => problem.file.endsWith('welcome.md'));
const errors = (body: string) => check(body).filter((problem) => problem.severity === 'error');

// `jekyll new` writes this post; its highlight block used to stop the build.
const JEKYLL_WELCOME = `You'll find this post in your \`_posts\` directory.

{% highlight ruby %}
def print_hi(name)
  puts "Hi, #{name}"
end
print_hi('Tom')
#=> prints 'Hi, Tom' to STDOUT.
{% endhighlight %}

Check out the [Jekyll docs]({{ site.baseurl }}/docs/) and [the first post]({% post_url 2023-08-01-first-post %}).
`;

describe('another engine\'s template syntax (lib/markdown/engine-syntax.ts)', () => {
  it('turns a Jekyll highlight block into a fence, every line kept in place', () => {
    const { text, conversions } = convertEngineSyntax(JEKYLL_WELCOME);
    assert.equal(text.split('\n').length, JEKYLL_WELCOME.split('\n').length);
    const lines = text.split('\n');
    assert.equal(lines[2], '```ruby');
    assert.equal(lines[8], '```');
    assert.equal(lines[3], 'def print_hi(name)');
    assert.equal(lines[10], 'Check out the [Jekyll docs](/docs/) and [the first post](/posts/first-post).');
    assert.deepEqual(conversions.map((conversion) => conversion.line), [3, 9, 11, 11]);
  });

  it('renders the converted post: the code highlighted as Ruby, the links as site paths', async () => {
    const html = await render(JEKYLL_WELCOME);
    assert.match(html, /<pre[^>]*data-language="ruby"/);
    assert.match(html, /<a href="\/docs\/">Jekyll docs<\/a>/);
    assert.match(html, /<a href="\/posts\/first-post">the first post<\/a>/);
    assert.doesNotMatch(html, /\{%|%\}|\{\{/);
  });

  it('passes content:check, naming each rewrite as a note on its line', () => {
    const problems = check(JEKYLL_WELCOME);
    // The old site's /docs/ page is not one of this site's: a warning, not an error.
    assert.deepEqual(problems.filter((problem) => problem.severity !== 'info').map((problem) => `${problem.line} ${problem.severity} ${problem.message}`), ['16 warning "/docs/" leads to no page of this site: readers would get a 404.']);
    const notes = problems.filter((problem) => /is read as|is left out/.test(problem.message));
    assert.deepEqual(notes.map((note) => note.line), [8, 14, 16, 16]);
    assert.match(notes[0]?.message ?? '', /"\{% highlight ruby %\}" is read as its Markdown equivalent, "```ruby"/);
  });

  it('numbers lines for `linenos`, and fences code that holds backticks with a longer fence', () => {
    const { text } = convertEngineSyntax('{% highlight markdown linenos %}\n```js\nx\n```\n{% endhighlight %}');
    assert.equal(text, '````markdown showLineNumbers\n```js\nx\n```\n````');
  });

  it('marks the lines of `mark_lines`, and leaves a block with an option it cannot show to content:check', async () => {
    const body = '{% highlight js linenos=table mark_lines="1 3" %}\na\nb\nc\n{% endhighlight %}\n';
    assert.equal(convertEngineSyntax(body).text.split('\n')[0], '```js showLineNumbers {1,3}');
    const html = await render(body);
    assert.deepEqual([...html.matchAll(/<span class="line( highlighted)?">/g)].map((line) => Boolean(line[1])), [true, false, true]);
    assert.match(html, /<pre[^>]*class="[^"]*line-numbers/);
    const unknown = '{% highlight js hl_linenos="2" %}\na\n{% endhighlight %}\n';
    assert.equal(convertEngineSyntax(unknown).text, unknown);
    assert.ok(errors(unknown).length >= 1);
  });

  it('reads Minimal Mistakes’ and al-folio’s video includes: a player’s page as a link, a file of the site as its player', async () => {
    const body = [
      '{% include video id="XsxDH4HcOWA" provider="youtube" %}', '',
      '{% include responsive_video id="97649261" provider="vimeo" %}', '',
      '{% include video.liquid path="assets/video/clip.mp4" class="img-fluid rounded z-depth-1" controls=true autoplay=true loop=true %}', '',
      '{% include video.html path="https://www.youtube.com/embed/jNQXAC9IVRw" class="img-fluid" %}', '',
      '{% include video.html path="javascript:alert(1)" %}',
    ].join('\n');
    assert.deepEqual(convertEngineSyntax(body).text.split('\n'), [
      '[Watch the video on YouTube](https://www.youtube.com/watch?v=XsxDH4HcOWA)', '',
      '[Watch the video on Vimeo](https://vimeo.com/97649261)', '',
      '<video src="/assets/video/clip.mp4" controls loop></video>', '',
      '[Watch the video on YouTube](https://www.youtube.com/watch?v=jNQXAC9IVRw)', '',
      '{% include video.html path="javascript:alert(1)" %}',
    ]);
    assert.match(await render(body), /<video src="\/assets\/video\/clip\.mp4" controls loop><\/video>/);
    // The player's file must exist, and an address the site cannot play stays for content:check to name.
    const found = checkPosts([post('content/posts/2023-08-14-welcome.md', 'Welcome', body)], { root: process.cwd() }).filter((problem) => problem.severity === 'error');
    assert.deepEqual(found.map((problem) => `${problem.line} ${problem.message.split(':')[0]}`), ['10 The media file public/assets/video/clip.mp4 does not exist', '14 The Liquid tag `{% include video.html path="javascript']);
  });

  it('reads Blowfish’s and Docsy’s {{< chart >}} as a ```chartjs block: its source shown, with a warning as al-folio’s', () => {
    const body = '{{< chart >}}\ntype: \'bar\',\ndata: { labels: [\'A\'] }\n{{< /chart >}}\n';
    assert.equal(convertEngineSyntax(body).text, "```chartjs\ntype: 'bar',\ndata: { labels: ['A'] }\n```\n");
    const problems = check(body);
    assert.deepEqual(problems.filter((problem) => problem.severity !== 'info').map((problem) => [problem.line, problem.severity, problem.message.split(':')[0]]), [[6, 'warning', 'This `chartjs` block is a diagram that other tools draw']]);
    // Without its end, it is not read.
    assert.equal(convertEngineSyntax('{{< chart >}}\ntype: \'bar\'\n').text, "{{< chart >}}\ntype: 'bar'\n");
  });

  it('reads the Mermaid shortcodes of Hugo themes, Zola and jekyll-mermaid as a ```mermaid block, drawn as a diagram', async () => {
    const body = [
      '{{< mermaid align="center" >}}', 'graph TD', '  A["</pre><script>x()</script>"] --> B', '{{< /mermaid >}}', '',
      '{{%mermaid%}}', 'pie', '{{% /mermaid %}}', '',
      '{% mermaid(invertible=true) %}', 'flowchart LR', '{% end %}', '',
      '{% mermaid %}', 'gitGraph', '{% endmermaid %}', '',
      '{%/* mermaid() */%}', '',
      '`{{< mermaid >}}` in code.',
    ].join('\n');
    const { text } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n').slice(0, 16), ['```mermaid', 'graph TD', '  A["</pre><script>x()</script>"] --> B', '```', '', '```mermaid', 'pie', '```', '', '```mermaid', 'flowchart LR', '```', '', '```mermaid', 'gitGraph', '```']);
    assert.equal(text.split('\n').length, body.split('\n').length);
    const html = await render(body);
    // The source is text: the browser draws it (components/MermaidDiagrams.tsx), and no markup in it runs.
    assert.match(html, /<figure class="diagram" data-pagefind-ignore=""><pre class="mermaid">graph TD\n  A\["&#x3C;\/pre>&#x3C;script>x\(\)&#x3C;\/script>"\] --> B<\/pre><\/figure>/);
    assert.equal([...html.matchAll(/<pre class="mermaid">/g)].length, 4);
    assert.doesNotMatch(html, /<script/);
    // Zola's escaped shortcode is shown as written (its own finding names it), and so is inline code.
    assert.match(html, /<code>\{\{&#x3C; mermaid >\}\}<\/code> in code\./);
  });

  it("reads Jekyll's `{% link _posts/… %}` as the post's address", () => {
    assert.equal(convertEngineSyntax('[Welcome]({% link _posts/2023-08-01-first-post.md %})').text, '[Welcome](/posts/first-post)');
    assert.deepEqual(errors('[Welcome]({% link _posts/2023-08-01-first-post.md %})\n'), []);
    // A page of the old site (not a post) has no address here: it stays an error.
    assert.equal(convertEngineSyntax('[About]({% link about.md %})').text, '[About]({% link about.md %})');
    assert.ok(errors('[About]({% link about.md %})\n').length >= 1);
  });

  it('turns a Hugo highlight block into a fence with its options, and its figure and ref into Markdown', async () => {
    const body = '{{< highlight go "linenos=table,hl_lines=2 3-4,linenostart=10" >}}\na\nb\nc\nd\n{{< /highlight >}}\n\n{{< figure src="/images/fees-per-batch.png" alt="Fees" caption="Fees per batch" >}}\n\nSee [the first post]({{< ref "posts/first-post.md" >}}).\n';
    const { text } = convertEngineSyntax(body);
    assert.equal(text.split('\n')[0], '```go {linenos=table,hl_lines=[2,"3-4"],linenostart=10}');
    assert.match(text, /^!\[Fees\]\(\/images\/fees-per-batch\.png "Fees per batch"\)$/m);
    assert.match(text, /^See \[the first post\]\(\/posts\/first-post\)\.$/m);
    assert.equal(convertEngineSyntax('[e]({{% relref "posts/first-post.md" %}}), [f]({{< ref "#costs" >}})').text, '[e](/posts/first-post), [f](#costs)');
    assert.equal(convertEngineSyntax('- item\n\n  {% highlight js %}\n  x\n  {% endhighlight %}').text, '- item\n\n  ```js\n  x\n  ```');
    const html = await render(body);
    assert.match(html, /<pre[^>]*class="[^"]*line-numbers[^>]*data-language="go"|<pre[^>]*data-language="go"[^>]*class="[^"]*line-numbers/);
    assert.match(html, /<code style="counter-reset: line 9">/);
    assert.equal([...html.matchAll(/<span class="line highlighted">/g)].length, 3);
    assert.match(html, /<a href="\/posts\/first-post">the first post<\/a>/);
    assert.match(html, /<figure[^>]*>[\s\S]*?alt="Fees"[\s\S]*?<figcaption[^>]*>Fees per batch<\/figcaption><\/figure>/);
    assert.deepEqual(errors(body), []);
  });

  it('drops `{% raw %}` and shows what it protects as written, without reporting it', async () => {
    const body = 'Liquid prints {% raw %}{{ site.title }}{% endraw %} here.\n\n{% raw %}\nAlso {{ page.title }}.\n{% endraw %}\n';
    const { text, outsideRaw } = convertEngineSyntax(body);
    assert.equal(text, 'Liquid prints {{ site.title }} here.\n\n\nAlso {{ page.title }}.\n\n');
    assert.equal(outsideRaw, `Liquid prints ${' '.repeat('{{ site.title }}'.length)} here.\n\n\n${' '.repeat('Also {{ page.title }}.'.length)}\n\n`);
    // Template syntax beside it, outside raw, is still reported.
    assert.equal(errors('A {% raw %}{{ x }}{% endraw %} and {% include note.html %}.\n').length, 1);
    assert.deepEqual(errors(body), []);
    assert.match(await render(body), /Liquid prints \{\{ site\.title \}\} here\./);
  });

  it('reads `{% raw %}` in a code block as Jekyll does, markers gone; `{{ "{{" }}` prints its string', async () => {
    const body = '```liquid\n{% raw %}{{ page.title }}{% endraw %}\n```\n\n```html\n{% raw %}\n<h1>{{ page.title }}</h1>\n{% endraw %}\n```\n\nWrite {{ "{{" }} page.title }} or {{ \'{%\' }} if %}.\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text, '```liquid\n{{ page.title }}\n```\n\n```html\n\n<h1>{{ page.title }}</h1>\n\n```\n\nWrite {{ page.title }} or {% if %}.\n');
    assert.deepEqual(conversions.map(({ line, from }) => `${line} ${from}`), ['2 {% raw %}', '2 {% endraw %}', '6 {% raw %}', '8 {% endraw %}', '11 {{ "{{" }}', '11 {{ \'{%\' }}']);
    assert.deepEqual(errors(body), []);
    assert.match(await render(body), /<p>Write \{\{ page\.title \}\} or \{% if %\}\.<\/p>/);
    // In inline code, a pair of markers in one span goes; one marker named alone opens nothing.
    const inline = convertEngineSyntax('Use `{% raw %}{{ layout }}{% endraw %}`, or name `{% raw %}` alone; {{ page.tagline }} is still Liquid.\n');
    assert.equal(inline.text, 'Use `{{ layout }}`, or name `{% raw %}` alone; {{ page.tagline }} is still Liquid.\n');
    assert.equal(errors('Use `{% raw %}{{ layout }}{% endraw %}`, or name `{% raw %}` alone; {{ page.tagline }} is still Liquid.\n').length, 1);
    // In a code block, a string is code (Vue's `{{ "x" }}`), not Liquid.
    const vue = '```vue\n<p>{{ "hello" }}</p>\n```\n';
    assert.equal(convertEngineSyntax(vue).text, vue);
    // An HTML post's, as Blogger's importer escapes every `{{` and `{%`.
    const html = convertHtmlBody('<p>Use {{ "{{" }} page.title }} and {{ "{%" }} if x %}.</p>\n');
    assert.equal(html.text, '<p>Use {{ page.title }} and {% if x %}.</p>\n');
    assert.equal(html.outsideRaw, '<p>Use    page.title }} and    if x %}.</p>\n');
  });

  it('reads Eleventy’s quoted highlight language and its marked lines, and its image shortcode’s widths', () => {
    const body = '{% highlight "js" %}\nconst a = 1; // {% for x in y %}\n{% endhighlight %}\n\n{% highlight \'html 1,3-4\' %}\n<p>x</p>\n{% endhighlight %}\n\n{% image "./setup.png", "The setup", [300, 600] %}\n';
    assert.equal(convertEngineSyntax(body).text, '```js\nconst a = 1; // {% for x in y %}\n```\n\n```html {1,3-4}\n<p>x</p>\n```\n\n![The setup](./setup.png)\n');
    assert.deepEqual(errors(body), []);
    assert.equal(convertHtmlBody('{% highlight "js" %}\na < b\n{% endhighlight %}\n').text, '<pre>\n<code class="language-js">a &lt; b\n</code></pre>\n');
  });

  it('shows Hugo’s escaped shortcodes as Hugo does, in prose, inline code and code blocks, without reporting them', async () => {
    const body = 'Write `{{</* notice note */>}}` or {{%/* ref "x" */%}} in prose.\n\n```go-html-template\n{{</* highlight go */>}}\n{{</* /highlight */>}}\n```\n';
    assert.equal(convertEngineSyntax(body).text, 'Write `{{< notice note >}}` or {{% ref "x" %}} in prose.\n\n```go-html-template\n{{< highlight go >}}\n{{< /highlight >}}\n```\n');
    assert.deepEqual(check(body).filter((problem) => problem.severity !== 'info'), []);
    assert.match(await render(body), /<p>Write <code>\{\{&#x3C; notice note >\}\}<\/code> or \{\{% ref "x" %\}\} in prose\.<\/p>/);
  });

  it('leaves out Blowfish’s `{{< katex >}}` and reads Hugo’s `vimeo_simple` and `twitter_simple` as links', () => {
    const { text, conversions } = convertEngineSyntax('{{< katex >}}\n\n{{< vimeo_simple 48912912 >}}\n\n{{< twitter_simple user="golang" id="1141" >}}\n');
    assert.equal(text, '\n\n[Watch the video on Vimeo](https://vimeo.com/48912912)\n\n[Read the post on X](https://x.com/golang/status/1141)\n');
    assert.match(conversions[0]?.note ?? '', /math is always on here/);
  });

  it('reads MathJax’s delimiters around TeX as math, and leaves escaped brackets in prose and code alone', async () => {
    const body = 'Inline: \\(\\varphi = \\dfrac{1}{2}\\) and \\\\(a^2+b^2\\\\).\n\nSee \\[1\\] and \\(not math\\).\n\n\\[\n\\int_0^1 x\\,dx\n\\]\n\n`\\(x^2\\)` in code.\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text, 'Inline: $\\varphi = \\dfrac{1}{2}$ and $a^2+b^2$.\n\nSee \\[1\\] and \\(not math\\).\n\n$$\n\\int_0^1 x\\,dx\n$$\n\n`\\(x^2\\)` in code.\n');
    assert.deepEqual(conversions.map(({ line }) => line), [1, 1, 5]);
    const html = await render(body);
    assert.equal(html.match(/class="katex"/g)?.length, 3);
    assert.match(html, /katex-display/);
    assert.match(html, /See \[1\] and \(not math\)\./);
  });

  it('reads a formula whose `$$` share its lines whole, as Obsidian and kramdown do; a paragraph of `$$…$$` is displayed', async () => {
    // Each block as written, and as read (the same lines).
    const blocks: [string[], string[]][] = [
      [['$$\\begin{vmatrix}a & b\\\\', 'c & d', '\\end{vmatrix}=ad-bc$$'], ['$$', '\\begin{vmatrix}a & b\\\\ c & d \\end{vmatrix}=ad-bc', '$$']],
      [['$$x^2', 'y^2', '$$'], ['$$', 'x^2 y^2', '$$']],
      [['> $$', '> a +', '> b$$'], ['> $$', '> a + b', '> $$']],
      [['$$p +', 'q$$'], ['$$p + q$$', '']],
    ];
    // Already a block, money, a `%` that would swallow what is joined to it, code: left as written.
    const kept = ['$$\nkept\n$$', 'Money: $5 and $$10.', '$$1 % one\n2$$', '```\n$$code\nstays$$\n```'];
    const body = [...blocks.map(([from]) => from.join('\n')), ...kept, ''].join('\n\n');
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text, [...blocks.map(([, to]) => to.join('\n')), ...kept, ''].join('\n\n'));
    assert.deepEqual(conversions.map(({ line }) => line), [1, 5, 9, 13]);
    assert.match(conversions[0]?.note ?? '', /as one formula/);
    const html = await render([...blocks.map(([from]) => from.join('\n')), kept[0]].join('\n\n'));
    assert.equal(html.match(/class="katex-display"/g)?.length, 5);
    assert.doesNotMatch(html, /katex-error|\$\$/);
    // One line of `$$…$$` alone is displayed too; within a sentence it is inline.
    const one = await render('$$e^{i\\pi}+1=0$$\n\nIn a sentence $$x^2$$ stays inline.\n');
    assert.equal(one.match(/class="katex-display"/g)?.length, 1);
    assert.match(one, /<p>In a sentence <span class="katex">/);
  });

  it('reads DEV’s Liquid tags and Hashnode’s embeds: a link to each page, folded details, math, a call to action', async () => {
    // Each tag as written, and as read.
    const tags: [string, string][] = [
      ['{% embed https://www.youtube.com/watch?v=dQw4w9WgXcQ %}', '[Watch the video on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ)'],
      ['{% embed https://stackblitz.com/edit/demo?embed=1&file=src%2Fapp.ts %}', '<https://stackblitz.com/edit/demo?embed=1&file=src%2Fapp.ts>'],
      ['{% github vercel/next.js no-readme %}', '<https://github.com/vercel/next.js>'],
      ['{% codepen https://codepen.io/ann/pen/abcdef default-tab=result %}', '[See the pen on CodePen](https://codepen.io/ann/pen/abcdef)'],
      ['{% stackblitz ball-demo file=index.js %}', '<https://stackblitz.com/edit/ball-demo>'],
      ['{% link https://dev.to/ben/a-post-1abc %}', '<https://dev.to/ben/a-post-1abc>'],
      ['{% user ben %} and {% tag webdev %}', '<https://dev.to/ben> and <https://dev.to/t/webdev>'],
      ['{% spotify spotify:track:4uLU6hMCjMI75M1A2tKUQC %}', '[Listen on Spotify](https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC)'],
      ['{% cta https://example.com/join %} Join **us** {% endcta %}', '[Join \\*\\*us\\*\\*](https://example.com/join)'],
      ['Inline {% katex inline %}x^2{% endkatex %} math.', 'Inline $x^2$ math.'],
      ['%[https://vimeo.com/76979871]', '[Watch the video on Vimeo](https://vimeo.com/76979871)'],
      ['%[https://example.com/a-card]', '<https://example.com/a-card>'],
      ['![A chart](/images/fees-per-batch.png align="center")', '![A chart](/images/fees-per-batch.png)'],
      ['![](/images/fees-per-batch.png "Fees" align=left)', '![](/images/fees-per-batch.png "Fees")'],
    ];
    const blocks = '{% details Why it works %}\nBecause *it* does.\n{% enddetails %}\n\n{% katex %}\nc = \\pm\\sqrt{a^2 + b^2}\n{% endkatex %}\n';
    const body = `${tags.map(([from]) => from).join('\n\n')}\n\n${blocks}`;
    const { text } = convertEngineSyntax(body);
    assert.equal(text, `${tags.map(([, to]) => to).join('\n\n')}\n\n> [!note]- Why it works\n> Because *it* does.\n\n\n$$\nc = \\pm\\sqrt{a^2 + b^2}\n$$\n`);
    assert.deepEqual(errors(body), []);
    const notes = check(body).map((problem) => problem.message);
    assert.ok(notes.some((message) => /"\{% github vercel\/next\.js no-readme %\}" is shown as a link to "https:\/\/github\.com\/vercel\/next\.js": the site shows no other site's preview card/.test(message)));
    const html = await render(blocks);
    assert.match(html, /<details class="markdown-alert markdown-alert-note"[^>]*>\s*<summary class="markdown-alert-title"[^>]*>Why it works<\/summary>\s*<p>Because <em>it<\/em> does\.<\/p>/);
    assert.match(html, /class="katex-display"/);
    // A tag without an address, or with one that names no page, and a tag DEV has no page for stay for content:check to name.
    for (const kept of ['{% github %}', '{% stackblitz a/b/c %}', '{% podcast_episode x %}']) assert.equal(errors(kept).length, 1, kept);
  });

  it('reads an address with a space and an image’s size as Typora and VS Code do; names link syntax Markdown left as text', async () => {
    const body = '![The network tab](network tab.png) and [notes](My Notes.md).\n\n![Fees](/images/fees-per-batch.png =250x) and ![Fees](/images/fees-per-batch.png "Per batch" =250x100)\n\n`![code](a b.png)` stays.\n';
    assert.equal(convertEngineSyntax(body).text, '![The network tab](<network tab.png>) and [notes](<My Notes.md>).\n\n![Fees](/images/fees-per-batch.png) and ![Fees](/images/fees-per-batch.png "Per batch")\n\n`![code](a b.png)` stays.\n');
    assert.match(await render('![Fees](/images/fees-per-batch.png =250x)\n'), /<img [^>]*alt="Fees"/);
    // What is still no link: an error at its line, even when a bare URL in it was made a link.
    const unread = errors('Intro.\n\n[the docs](https://example.com/a page) and ![a](x.png?v=1 big)\n');
    assert.deepEqual(unread.map((problem) => [problem.line, /^(.*?) is not read as (a link|an image):/.exec(problem.message)?.slice(1, 3)]), [[8, ['"[the docs](https://example.com/a page)"', 'a link']], [8, ['"![a](x.png?v=1 big)"', 'an image']]]);
    assert.match(unread[0]?.fix ?? '', /angle brackets/);
    // Escaped brackets, template syntax (named by its own finding), code and words in brackets are not.
    for (const fine of ['Write \\[text\\](address.md) for a link.\n', 'See [1](p. 3) maybe.\n'.replace('[1](p. 3)', '[see](page three)'), '```\n[a](b c.md)\n```\n']) assert.deepEqual(errors(fine), [], fine);
  });

  it('keeps the indentation of code and nested lists inside a callout, whichever engine wrote it', async () => {
    const code = '```python\ndef badges(colors):\n    return " ".join(colors)\n```';
    const bodies = [
      `:::tip[Code]\n${code}\n\n- a\n    - nested\n:::\n`,
      `{% details Code %}\n${code}\n\n- a\n    - nested\n{% enddetails %}\n`,
      `!!! tip "Code"\n    ${code.split('\n').join('\n    ')}\n\n    - a\n        - nested\n`,
      `> :::tip[Code]\n> ${code.split('\n').join('\n> ')}\n>\n> - a\n>     - nested\n> :::\n`,
    ];
    for (const body of bodies) {
      const html = await render(body);
      assert.ok(html.replace(/<[^>]+>/g, '').includes('def badges(colors):\n    return'), body);
      assert.match(html, /<li>a\s*<ul>\s*<li>nested<\/li>/, body);
    }
  });

  it('reads Minimal Mistakes’ demo posts: a notice right after an HTML block, `{% raw %}` in a highlight block, a variable through `markdownify`', async () => {
    const notice = '<div>\nAn HTML block.\n</div>\n\n**Info Notice:** Lorem [ipsum](#) dolor.\n{: .notice--info}\n\nAfter.\n';
    const html = await render(notice);
    assert.match(html, /<\/div>\s*<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Note<\/p>\s*<p><strong>Info Notice:<\/strong> Lorem <a href="#">ipsum<\/a> dolor\.<\/p>\s*<\/div>\s*<p>After\.<\/p>/);
    assert.doesNotMatch(html, /\[!note\]/);
    assert.equal(convertEngineSyntax(notice).text.split('\n').length, notice.split('\n').length);
    // As the first paragraph of the post, too.
    assert.match(await render('**First.**\n{: .notice--warning}\n'), /^<div class="markdown-alert markdown-alert-warning"/);
    const highlight = '{% highlight liquid %}\n{% raw %}{{ page.title }}\n{{ site.url }}{% endraw %}\n{% endhighlight %}\n';
    assert.equal(convertEngineSyntax(highlight).text, '```liquid\n{{ page.title }}\n{{ site.url }}\n```\n');
    assert.deepEqual(errors(highlight), []);
    assert.deepEqual(errors('<div class="notice">{{ notice-2 | markdownify }}</div>\n').map((problem) => problem.message.split(' is not run')[0]), ['The Liquid output `{{ notice-2 | markdownify }}`']);
    // Vue's `{{ count }}` and a filter of its own are not Liquid.
    assert.deepEqual(errors('The template shows {{ count }} and {{ price | currency }}.\n'), []);
  });

  it('reads Chirpy’s, al-folio’s, TeXt’s and Beautiful Jekyll’s boxes as callouts, and Chirpy’s `{: file="…" }` as a code title', async () => {
    const body = 'Intro.\n\n> A tip, as Chirpy writes it.\n{: .prompt-tip }\n\n> ##### WARNING\n>\n> As al-folio writes it.\n{: .block-warning }\n\nAs TeXt writes it.\n{:.error}\n\nAs Beautiful Jekyll writes it.\n{: .box-note}\n\n> A box of no kind the site draws.\n{: .prompt-sparkle }\n\n```shell\necho hi\n```\n{: file="scripts/hi.sh" .nolineno }\n';
    const { text } = convertEngineSyntax(body);
    assert.equal(text.split('\n').length, body.split('\n').length);
    const html = await render(body);
    const kinds = [...html.matchAll(/markdown-alert-(\w+)"[^>]*>\s*<p class="markdown-alert-title"[^>]*>\w+<\/p>\s*(?:<h5[^>]*>[\s\S]*?<\/h5>\s*)?<p>([^<]*)/g)].map((match) => [match[1], match[2]]);
    assert.deepEqual(kinds, [['tip', 'A tip, as Chirpy writes it.'], ['warning', 'As al-folio writes it.'], ['caution', 'As TeXt writes it.'], ['note', 'As Beautiful Jekyll writes it.']]);
    assert.match(html, /<blockquote>\s*<p>A box of no kind the site draws\.<\/p>\s*<\/blockquote>/);
    assert.match(html, /<figure class="code-figure"><figcaption class="code-title">scripts\/hi\.sh<\/figcaption>/);
    assert.doesNotMatch(html, /\{:|\[!/);
  });

  it('leaves out Hugo’s comment shortcode, on one line or over lines, the shortcodes in it too', () => {
    const body = 'Intro {{% comment %}} rewrite this {{% /comment %}} text.\n\n{{< comment >}}\nA note, with {{< figure src="x.png" >}} in it.\n{{< /comment >}}\n\nAfter `{{% comment %}}` in code.\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text, 'Intro  text.\n\n\n\n\n\nAfter `{{% comment %}}` in code.\n');
    assert.deepEqual(conversions.map((conversion) => [conversion.line, conversion.note]), [
      [1, 'is left out: a Hugo comment, not shown'],
      [3, 'and what follows up to `{{% /comment %}}` are left out: a Hugo comment, not shown'],
    ]);
    assert.deepEqual(errors(body), []);
    // Never closed: not read, and content:check names it.
    assert.equal(convertEngineSyntax('{{% comment %}}\nstill here\n').text, '{{% comment %}}\nstill here\n');
  });

  it('leaves out a Liquid comment, the Liquid in it too, and reads al-folio’s figure and Chirpy’s embed includes', () => {
    // minima's own example post: a comment that holds an include.
    const body = 'Text {% comment %}hidden {% include x.html %}{% endcomment %} shown.\n\n{% comment %}\nMight you have an include in your theme? Why not try:\n{% include note.html %}\n{% endcomment %}\n\n{% include figure.liquid loading="eager" path="assets/img/9.jpg" class="img-fluid rounded" zoomable=true %}\n\n{% include embed/youtube.html id=\'Balreaj8Yqs\' %}\n';
    assert.equal(convertEngineSyntax(body).text, 'Text  shown.\n\n\n\n\n\n\n![](/assets/img/9.jpg)\n\n[Watch the video on YouTube](https://www.youtube.com/watch?v=Balreaj8Yqs)\n');
    assert.deepEqual(errors(body).filter((problem) => !problem.message.includes('9.jpg')), []);
    // Without its end, a comment is not read: content:check names the tag.
    assert.equal(errors('{% comment %}\nNever closed.\n').length, 1);
    // A blog's own player include, as the tutorials write it: a link too; one given the page's value is not read.
    const own = '{% include youtube.html id="Balreaj8Yqs" %}\n\n{% include youtubePlayer.html id=Balreaj8Yqs %}\n\n{% include vimeo.liquid id=\'55073825\' %}\n\n{% include youtubePlayer.html id=page.youtubeId %}\n';
    assert.deepEqual(convertEngineSyntax(own).text.split('\n\n').slice(0, 3), ['[Watch the video on YouTube](https://www.youtube.com/watch?v=Balreaj8Yqs)', '[Watch the video on YouTube](https://www.youtube.com/watch?v=Balreaj8Yqs)', '[Watch the video on Vimeo](https://vimeo.com/55073825)']);
    assert.deepEqual(errors(own).map((problem) => problem.line), [12]);
  });

  it('reads an inline footnote as a footnote, a gist’s script as a link to it, and keeps <address>', async () => {
    const body = 'OLS is unbiased.^[See [the notes](https://example.com/n).] And more.^[Second.]\n\nMath $x^[a]$ and `code ^[x]` stay.\n\n<script src="https://gist.github.com/ann/6d78a3ca0ef3.js"></script>\n\n<address>Written by Ann.</address>\n';
    const { text } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n').slice(body.split('\n').length), ['', '[^inline-1]: See [the notes](https://example.com/n).', '[^inline-2]: Second.']);
    const html = await render(body);
    assert.match(html, /OLS is unbiased\.<sup><a href="#user-content-fn-inline-1"[^>]*>1<\/a><\/sup> And more\.<sup>/);
    assert.match(html, /<li id="user-content-fn-inline-1">\s*<p>See <a href="https:\/\/example\.com\/n">the notes<\/a>\./);
    assert.match(html, /<code>code \^\[x\]<\/code>/);
    assert.match(html, /<a href="https:\/\/gist\.github\.com\/ann\/6d78a3ca0ef3">Read the gist on GitHub<\/a>/);
    assert.match(html, /<address>Written by Ann\.<\/address>/);
    assert.deepEqual(errors(body), []);
  });

  it('reports no template syntax an HTML comment holds: the comment is never shown', () => {
    assert.deepEqual(errors('Text.\n\n<!-- {% embed %}, not {% codepen %}: see the README. -->\n\n<!--\n{{ site.repository }}\n-->\n'), []);
    // Outside the comment, on its line or after it, it is named.
    assert.deepEqual(errors('<!-- a note --> {% codepen %}\n\n{{ site.repository }}\n').map((problem) => problem.line), [6, 8]);
    assert.equal(errors('<!-- never closed {% codepen %}\n').length, 1);
  });

  it('names a Liquid tag that is not closed on its line, which was published as text unreported', () => {
    const found = errors('{% link https://dev.to/ann/a-post }\n\n{% include figure\n  image_path="/a.png"\n\nFine: {{% notice %}} is Hugo’s, 100{%} is text.\n');
    assert.deepEqual(found.map((problem) => [problem.line, problem.message.split(' is not closed')[0]]).filter(([, message]) => String(message).startsWith('The Liquid tag')), [[6, 'The Liquid tag "{% link https://dev.to/ann/a-post }"'], [8, 'The Liquid tag "{% include figure"']]);
    assert.match(found[0]?.fix ?? '', /whole on one line/);
  });

  it('reads a Liquid tag written over lines as one tag on its first line, every later line kept blank', () => {
    const body = 'Before.\n\n{% include figure\n   image_path="/assets/a.png"\n   alt="A harbour"\n   caption="At dawn." %}\n\nAfter.\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n'), ['Before.', '', '![A harbour](/assets/a.png "At dawn.")', '', '', '', '', 'After.', '']);
    assert.equal(conversions[0]?.note, 'is read with its next 3 lines as one tag, as Liquid reads a tag over lines');
    // Not over a blank line, another tag or a fence; never a highlight's code.
    for (const open of ['{% include figure\n\n  image_path="/a.png" %}\n', '{% include figure\n{% raw %} %}\n', '{% include figure\n```\nx %}\n```\n', '{% highlight ruby\n  linenos %}\nputs 1\n{% endhighlight %}\n']) {
      assert.equal(convertEngineSyntax(open).text.split('\n')[0], open.split('\n')[0], open);
    }
    assert.deepEqual(errors(body), [], 'no tag left unclosed on its line');
  });

  it('reads Hugo’s raw HTML shortcode as the HTML it printed: no blank line ends it, no indent makes it code', async () => {
    const body = 'Inline {{< rawhtml >}}<span>raw</span>{{< /rawhtml >}} here.\n\n{{< rawhtml >}}\n    <div>\n      <p>Indented</p>\n\n      <p>After a blank line</p>\n    </div>\n{{< /rawhtml >}}\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n'), ['Inline <span>raw</span> here.', '', '', '<div>', '  <p>Indented</p>', '<!-- -->', '  <p>After a blank line</p>', '</div>', '', '']);
    assert.deepEqual(conversions.map((conversion) => conversion.line), [1, 3, 9]);
    const html = await render(body);
    assert.match(html, /<div>\s*<p>Indented<\/p>\s*<p>After a blank line<\/p>\s*<\/div>/);
    assert.doesNotMatch(html, /\{\{|<pre/);
    // Without its end it is left for content:check.
    assert.deepEqual(errors('{{< rawhtml >}}\n<b>x</b>\n').map((problem) => problem.line), [6]);
    // Hugo Blox's math shortcode: its markers go, its math is read as written (blank lines too).
    const math = convertEngineSyntax('{{< math >}}\n$$\n  x_1\n\n$$\n{{< /math >}}\n\nInline {{< math >}}$x_2${{< /math >}}.\n');
    assert.deepEqual(math.text.split('\n'), ['', '$$', '  x_1', '', '$$', '', '', 'Inline $x_2$.', '']);
  });

  it('reads a theme’s spoiler as a folded callout, Hexo’s pullquote as a quote and its jsfiddle as a link', async () => {
    const html = await render('{{< spoiler text="Show the answer" >}}\nIt is **42**.\n{{< /spoiler >}}\n\n{% pullquote right %}\nA line worth pulling out.\n{% endpullquote %}\n\n{% jsfiddle heyitsjames/w7DMx %}\n');
    assert.match(html, /<details class="markdown-alert markdown-alert-note"[^>]*>\s*<summary[^>]*>Show the answer<\/summary>\s*<p>It is <strong>42<\/strong>\.<\/p>\s*<\/details>/);
    assert.match(html, /<blockquote>\s*<p>A line worth pulling out\.<\/p>\s*<\/blockquote>/);
    assert.match(html, /<a href="https:\/\/jsfiddle\.net\/heyitsjames\/w7DMx\/">See the fiddle on JSFiddle<\/a>/);
    assert.doesNotMatch(html, /\{[{%]/);
  });

  it('leaves out Pandoc’s and MkDocs’ attributes after an image or a link, and reads a Pandoc span as its text', async () => {
    const body = '![A](a.png){width=50%} ![B](b.png){ width="300" align=left }\n\n[Subscribe](https://example.com/s){ .md-button } [x](https://example.com){target="_blank"}\n\nA [marked]{.mark} and a [plain]{.smallcaps} word.\n\nKept: $f(x){y}$, (a){b}, `![c](c.png){.x}`.\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n').slice(0, 5), ['![A](a.png) ![B](b.png)', '', '[Subscribe](https://example.com/s) [x](https://example.com)', '', 'A <mark>marked</mark> and a plain word.']);
    assert.equal(text.split('\n')[6], 'Kept: $f(x){y}$, (a){b}, `![c](c.png){.x}`.');
    assert.deepEqual(conversions.map((conversion) => conversion.line), [1, 1, 3, 3, 5, 5]);
    const { html } = await renderTree(`---\ntitle: Test\n---\n\n${body}`, 'test-post.md', { images: false });
    assert.match(html, /<img src="a\.png" alt="A"> <img src="b\.png" alt="B">/);
    assert.doesNotMatch(html, /\{(?:width|\.md|target|\.mark)/);
  });

  it('leaves code alone, and what has no exact Markdown to content:check', () => {
    const inCode = 'Write `{{< figure src="/a.png" >}}` in Hugo.\n\n```liquid\n{% highlight ruby %}\n{{ site.baseurl }}\n```\n';
    assert.deepEqual(convertEngineSyntax(inCode), { text: inCode, conversions: [], outsideRaw: inCode });
    // An include, a block without its end, a highlight inside a line: written as they were, and reported.
    for (const body of ['{% include note.html %}\n', '{% highlight ruby %}\nx\n', 'Code: {% highlight ruby %} x {% endhighlight %}\n', '{{ site.repository }}\n']) {
      assert.equal(convertEngineSyntax(body).text, body);
      assert.equal(errors(body).length >= 1, true, body);
    }
  });

  it('stops the build on a post_url or ref to a post that does not exist, as Jekyll and Hugo do', () => {
    const body = 'See [it]({% post_url 2023-08-01-first-post %}), [gone]({% post_url 2022-01-01-gone %}) and [also]({{< ref "posts/missing.md#part" >}}).\n';
    assert.equal(convertEngineSyntax(body).text, 'See [it](/posts/first-post), [gone](/posts/gone) and [also](/posts/missing#part).\n');
    assert.deepEqual(errors(body).map((problem) => `${problem.line} ${problem.message}`), [
      '6 "{% post_url 2022-01-01-gone %}" links to the post "gone", and no post has that slug: readers would get a 404.',
      '6 "{{< ref \\"posts/missing.md#part\\" >}}" links to the post "missing", and no post has that slug: readers would get a 404.',
    ]);
  });

  it('rewrites a figure only when nothing of it would be lost', () => {
    assert.equal(convertEngineSyntax('{{< figure src="a b.png" alt="[x]" title="T" >}}').text, '![\\[x\\]](<a b.png> "T")');
    for (const kept of ['{{< figure src="a.png" link="https://example.com" >}}', '{{< figure src="a.png" width="50%" >}}', '{{< figure src="a.png" title="T" caption="C" >}}']) {
      assert.equal(convertEngineSyntax(kept).text, kept);
    }
  });

  it('reads a figure written over several lines as its image on its first line, the lines after it blank', async () => {
    const body = 'Intro.\n\n{{< figure\n    src="/images/fees-per-batch.png"\n    alt="Fees"\n    caption="Fees per batch"\n/>}}\n\nAfter.\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text, 'Intro.\n\n![Fees](/images/fees-per-batch.png "Fees per batch")\n\n\n\n\n\nAfter.\n');
    assert.equal(text.split('\n').length, body.split('\n').length);
    assert.deepEqual(conversions.map((conversion) => conversion.line), [3]);
    assert.match(await render(body), /<figure[^>]*>[\s\S]*?alt="Fees"[\s\S]*?<figcaption[^>]*>Fees per batch<\/figcaption><\/figure>/);
    // Without its end, or with a link that Markdown cannot keep, it stays for content:check to name.
    for (const kept of ['{{< figure\n  src="a.png"\n\nText.', '{{< figure\n  src="a.png"\n  link="https://example.com"\n>}}']) assert.equal(convertEngineSyntax(kept).text, kept);
  });

  it('reads a figure’s caption as inline Markdown, as Hugo and Minimal Mistakes render it, and content:check follows its links', async () => {
    const hugo = '{{< figure src="/images/fees-per-batch.png" alt="Fees" caption="Data by [L2Beat](https://l2beat.com), *weekly*, see [the first post](/posts/first-post)" >}}\n';
    assert.match(await render(hugo), /<figcaption>Data by <a href="https:\/\/l2beat\.com">L2Beat<\/a>, <em>weekly<\/em>, see <a href="\/posts\/first-post">the first post<\/a><\/figcaption><\/figure>/);
    // A title that reads as more than a line of text, or has no Markdown, is shown as written; HTML in it is sanitised.
    assert.match(await render('![A](/images/fees-per-batch.png "# 1 of 3")\n'), /<figcaption># 1 of 3<\/figcaption>/);
    assert.match(await render('![A](/images/fees-per-batch.png "file_name_here.png")\n'), /<figcaption>file_name_here\.png<\/figcaption>/);
    assert.match(await render('![A](/images/fees-per-batch.png "By <a href=\'https://example.com\' style=\'color:red\' onclick=\'x()\'>Ann</a><script>alert(1)</script>")\n'), /<figcaption>By <a href="https:\/\/example\.com">Ann<\/a><\/figcaption>/);
    const broken = errors(hugo.replace('/posts/first-post', '/posts/no-such-post'));
    assert.deepEqual(broken.map((problem) => [problem.line, problem.message.split(':')[0]]), [[6, '"/posts/no-such-post" links to the post "no-such-post", and no post has that slug']]);
    assert.deepEqual(errors(hugo), []);
  });

  it('shows other engines’ tabs one after another, each under its label: jekyll-tabs (al-folio) and Hugo themes’', async () => {
    const jekyll = '{% tabs log %}\n\n{% tab log php %}\n\n```php\nvar_dump(1);\n```\n\n{% endtab %}\n\n{% tab log "Node.js" %}\n\nText.\n\n{% endtab %}\n\n{% endtabs %}';
    const converted = convertEngineSyntax(jekyll);
    assert.equal(converted.text, '\n**php**\n\n\n```php\nvar_dump(1);\n```\n\n\n**Node.js**\n\n\nText.\n\n\n\n');
    assert.equal(converted.text.split('\n').length, jekyll.split('\n').length);
    assert.deepEqual(converted.conversions.map((conversion) => conversion.line), [1, 3, 9, 11, 15, 17]);
    // Hugo's: labelled by name=, title= or header=; a label right under its frame still a paragraph of its own.
    const hugo = '{{< tabgroup align="right" >}}\n{{< tab name="Hello" >}}\nHello World!\n{{< /tab >}}\n{{% tab title="Two" %}}\nMore.\n{{% /tab %}}\n{{< /tabgroup >}}';
    const html = await render(`${hugo}\n`);
    // (Right under the end of the last tab, the label is its own line by a line break.)
    assert.match(html, /^<p><strong>Hello<\/strong><\/p>\s*<p>Hello World!<\/p>\s*<p><strong>Two<\/strong><br>\s*More\.<\/p>\s*$/);
    // Not on a line of its own: Liquid left for content:check to name.
    assert.equal(convertEngineSyntax('Text {% tab log php %} here').text, 'Text {% tab log php %} here');
  });

  it('labels Hextra’s unlabelled tabs from their frame’s `items`, in order, a tab on one line too', async () => {
    const hextra = [
      '{{< tabs items="JSON,YAML, TOML" >}}', '',
      '  {{< tab >}}**JSON**: JavaScript Object Notation.{{< /tab >}}',
      '  {{< tab >}}A human-readable language.{{< /tab >}}',
      '  {{< tab >}}**TOML**: minimal.{{< /tab >}}', '',
      '{{< /tabs >}}', '',
      '{{< tabs items="macOS,Linux" >}}', '{{< tab >}}', 'Mac text.', '{{< /tab >}}', '', '{{< tab >}}', '', 'Linux text.', '', '{{< /tab >}}', '{{< /tabs >}}', '',
      // Past its frame, a tab has no label to take: the frame line goes, as before.
      '{{< tab >}}', 'After.', '{{< /tab >}}', '',
    ].join('\n');
    const converted = convertEngineSyntax(hextra);
    assert.equal(converted.text.split('\n').length, hextra.split('\n').length);
    const html = await render(hextra);
    assert.equal(
      html.replace(/\n/g, ''),
      '<p><strong>JSON</strong>: JavaScript Object Notation.<br><strong>YAML</strong><br>A human-readable language.<br><strong>TOML</strong>: minimal.</p><p><strong>macOS</strong></p><p>Mac text.</p><p><strong>Linux</strong></p><p>Linux text.</p><p>After.</p>',
    );
    assert.deepEqual(errors(hextra), []);
  });

  it('shows Chirpy’s `{: .light }` and `{: .dark }` images in that colour scheme only, and drops other classes', async () => {
    const body = '![Light](/images/fees-per-batch.png){: .light .w-75 .shadow w="1212" }\n![Dark](/images/fees-per-batch.png "Dark"){: .dark }\n![Any](/images/fees-per-batch.png){: .shadow }';
    const converted = convertEngineSyntax(body);
    assert.equal(converted.text, '![Light](/images/fees-per-batch.png#only-light)\n![Dark](/images/fees-per-batch.png#only-dark "Dark")\n![Any](/images/fees-per-batch.png)');
    assert.match(converted.conversions[0]?.note ?? '', /light mode only/);
    const html = await render(`${body}\n`);
    assert.match(html, /<picture class="only-light"><source [^>]*><img [^>]*alt="Light"/);
    assert.match(html, /<picture class="only-dark"><source [^>]*><img [^>]*alt="Dark"/);
    assert.match(html, /<picture><source [^>]*><img [^>]*alt="Any"/);
    assert.doesNotMatch(html, /#only-/);
  });

  it('reads an italic line right under an image as its caption (Chirpy’s `_caption_`), and nothing else', async () => {
    for (const under of ['\n_The fees, by [L2Beat](https://l2beat.com)_', '  \n*The fees, by [L2Beat](https://l2beat.com)*']) {
      assert.match(await render(`![Fees](/images/fees-per-batch.png)${under}\n`), /<figure class="image-figure">(?:(?!<\/figure>)[\s\S])*<img [^>]*alt="Fees"[\s\S]*<figcaption>The fees, by <a href="https:\/\/l2beat\.com">L2Beat<\/a><\/figcaption><\/figure>/);
    }
    // On the image's own line, with more text after it, or under an image that has its title: text as written.
    for (const kept of ['![Fees](/images/fees-per-batch.png) _beside it_', '![Fees](/images/fees-per-batch.png)\n_a line_ and more', '![Fees](/images/fees-per-batch.png "Title")\n_a line_']) {
      const html = await render(`${kept}\n`);
      assert.match(html, /<em>[^<]+<\/em>/, kept);
      assert.doesNotMatch(html, /<figcaption>[^<]*(?:beside|a line)/, kept);
    }
  });

  it('turns Hexo’s tag plugins into Markdown: images and files of the asset folder, post links, links', () => {
    const convert = (body: string) => convertEngineSyntax(body).text;
    // The file is found in the post's asset folder (lib/markdown/image-source.ts); classes and size are the theme's.
    assert.equal(convert('{% asset_img diagram.png 架构图 %}'), '![架构图](diagram.png)');
    assert.equal(convert('{% asset_img left diagram.png 300 200 "The title" "What it shows" %}'), '![What it shows](diagram.png "The title")');
    assert.equal(convert('{% asset_img my photo.jpg %}'), '![](photo.jpg)');
    assert.equal(convert('{% img /images/fees.png "Fees [per] batch" %}'), '![Fees \\[per\\] batch](/images/fees.png)');
    assert.equal(convert('[the slides]({% asset_path slides.pdf %}) and {% asset_link slides.pdf The slides %}'), '[the slides](slides.pdf) and [The slides](slides.pdf)');
    assert.equal(convert('{% post_link 2023-08-01-first-post %} and {% post_link first-post "the first post" %}, {% post_path first-post %}'), '[](/posts/first-post) and [the first post](/posts/first-post), /posts/first-post');
    assert.equal(convert('{% link Hexo https://hexo.io/ true Hexo’s site %}'), '[Hexo](https://hexo.io/ "Hexo’s site")');
    // Without a file, or with a title Markdown cannot hold, the tag stays for content:check to name.
    for (const kept of ['{% asset_img %}', '{% asset_img photo.jpg "a \\"quoted\\" title" "alt" %}', '{% post_link %}']) assert.equal(convert(kept), kept);
  });

  it('reads Minimal Mistakes’ captured Markdown shown through `markdownify`: a notice’s callout, a figure’s image and caption, lines in place', async () => {
    const body = [
      '{% capture notice-2 %}', '#### New Site Features', '', '* Cover images', '* Drafts save themselves', '{% endcapture %}', '',
      '<div class="notice--info">', '  {{ notice-2 | markdownify }}', '</div>', '',
      '{%- capture fig_img -%}', '[![Foo](/images/fees-per-batch.png)](https://unsplash.com/)', '{%- endcapture -%}', '',
      '{%- capture fig_caption -%}', 'Image with a caption.', '{%- endcapture -%}', '',
      '<figure>', '  {{ fig_img | markdownify | remove: "<p>" | remove: "</p>" }}', '  <figcaption>{{ fig_caption | markdownify | remove: "<p>" | remove: "</p>" }}</figcaption>', '</figure>', '',
      '{% capture short %}Not on lines of its own{% endcapture %}', '',
      '{% capture elsewhere %}', '**Bold** words', '{% endcapture %}', '<p>{{ elsewhere | markdownify }}</p>', '',
      '```html', '{% capture code %}', 'Shown as code.', '{% endcapture %}', '<div class="notice">{{ code | markdownify }}</div>', '```',
    ].join('\n');
    const { text, conversions } = convertEngineSyntax(body);
    const lines = text.split('\n');
    assert.equal(lines.length, body.split('\n').length, 'every line in place');
    assert.deepEqual(lines.slice(0, 11), ['<div class="notice--info" markdown="1">', '#### New Site Features', '', '* Cover images', '* Drafts save themselves', '</div>', '', '', '', '', '']);
    assert.deepEqual(lines.slice(11, 24), ['', '', '', '', '', '', '', '', '<figure markdown="1">', '  [![Foo](/images/fees-per-batch.png)](https://unsplash.com/)', '  <figcaption>Image with a caption.</figcaption>', '</figure>', '']);
    // A capture on one line, or shown inside other HTML with Markdown in it, or in a code block: as written.
    assert.deepEqual(lines.slice(24), body.split('\n').slice(24));
    assert.match(conversions[0]?.note ?? '', /^is read as the Markdown that line 9 showed through `markdownify`: nothing here runs Liquid/);
    const html = await render(body);
    assert.match(html, /<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Note<\/p>\s*<h4[^>]*>New Site Features.*?<\/h4>\s*<ul>\s*<li>Cover images<\/li>\s*<li>Drafts save themselves<\/li>\s*<\/ul>\s*<\/div>/s);
    assert.match(html, /<figure>\s*<p><a href="https:\/\/unsplash\.com\/"><picture>.*?alt="Foo".*?<\/picture><\/a><\/p>\s*<figcaption>Image with a caption\.<\/figcaption>\s*<\/figure>/s);
    assert.deepEqual(errors(body).map((problem) => problem.line - 5), [25, 25, 27, 29, 30]);
  });

  it('reads tabi’s one-line admonition as a callout (its text Markdown, a link’s parentheses too), and a callout written on one line with <br>', async () => {
    const body = [
      '{{ admonition(type="tip", text="Use the [Mermaid Live Editor](https://mermaid.live/) (online).") }}', '',
      '{{ admonition(type="danger", icon="tip", title="IMPORTANT", text="It needs `JavaScript` and **care**.") }}', '',
      '> [!NOTE] Written<br>on one line', '',
      'Text {{ admonition(type="tip", text="not alone on its line") }}', '',
      '{{ admonition(type="sparkles", text="A kind no callout has") }}',
    ].join('\n');
    const { text } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n').slice(0, 3), ['> [!TIP]<br>Use the [Mermaid Live Editor](https://mermaid.live/) (online).', '', '> [!CAUTION] IMPORTANT<br>It needs `JavaScript` and **care**.']);
    const html = await render(body);
    assert.match(html, /<div class="markdown-alert markdown-alert-tip"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Tip<\/p>\s*<p>Use the <a href="https:\/\/mermaid\.live\/">Mermaid Live Editor<\/a> \(online\)\.<\/p>\s*<\/div>/);
    assert.match(html, /<div class="markdown-alert markdown-alert-caution"[^>]*>\s*<p class="markdown-alert-title"[^>]*>IMPORTANT<\/p>\s*<p>It needs <code>JavaScript<\/code> and <strong>care<\/strong>\.<\/p>/);
    assert.match(html, /<p class="markdown-alert-title"[^>]*>Written<\/p>\s*<p>on one line<\/p>/);
    // Inside a paragraph, or of a kind no callout has: left to content:check.
    assert.deepEqual(errors(body).map((problem) => problem.line - 5), [7, 9]);
  });

  it('reads tabi’s image shortcodes as images, its code source as a link and its aside as a footnote, each with a note', async () => {
    const body = [
      '{{ dual_theme_image(light_src="img/day.webp", dark_src="img/night.webp" alt="The tower") }}',
      '{{ invertible_image(src="img/graph.webp", alt="A graph") }} {{ dimmable_image(src="img/desert.webp", alt="A desert") }} {{ full_width_image(src="img/canal.webp", alt="A canal") }}',
      '{{ image_hover(default_src="img/edited.webp", hovered_src="img/raw.webp", default_alt="Edited", hovered_alt="Raw") }}',
      '{{ image_toggler(default_src="img/day.webp", toggled_src="img/night.webp", default_alt="Day", toggled_alt="Night") }}',
      '{{ add_src_to_code_block(src="https://github.com/a/b/blob/main/.gitignore") }}',
      'A word{{ aside(text="*Sidenote* comes from Latin *nota* (\'mark\').") }} more.',
      '{{ spoiler(text="not shown") }} {{ invertible_image(src="my photo.webp") }}',
    ].join('\n');
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n'), [
      '![The tower](img/day.webp#only-light) ![The tower](img/night.webp#only-dark)',
      '![A graph](img/graph.webp) ![A desert](img/desert.webp) ![A canal](img/canal.webp)',
      '![Edited](img/edited.webp) ![Raw](img/raw.webp)',
      '![Day](img/day.webp) ![Night](img/night.webp)',
      'Source: <https://github.com/a/b/blob/main/.gitignore>',
      'A word[^inline-1] more.',
      // A spoiler would show what it hid; an address Markdown cannot hold: left to content:check.
      '{{ spoiler(text="not shown") }} {{ invertible_image(src="my photo.webp") }}',
      '',
      '[^inline-1]: *Sidenote* comes from Latin *nota* (\'mark\').',
    ]);
    assert.match(conversions.find((conversion) => conversion.line === 3)?.note ?? '', /both images, one after the other/);
    assert.match(await render('A word{{ aside(text="A *margin* note.") }} more.'), /<li id="user-content-fn-inline-1">\s*<p>A <em>margin<\/em> note\./);
  });

  it('reads tabi’s blocks that only laid out their Markdown (their tags go) and its text direction (an element of that direction)', async () => {
    const body = [
      '{% wide_container() %}', '', '| a | b |', '|---|---|', '| 1 | 2 |', '', '{% end %}', '',
      '{% references() %}', '', '- One. *A book*.', '', '{% end %}', '',
      '{% force_text_direction(direction="rtl") %}', '', 'مرحبا **بالعالم**', '', '{% end %}', '',
      '{% wide_container() %}', 'Never ended.',
    ].join('\n');
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n').filter((line, index) => [0, 6, 8, 12, 14, 18, 20].includes(index)), ['', '', '', '', '<div dir="rtl" markdown="1">', '</div>', '{% wide_container() %}']);
    assert.match(conversions.find((conversion) => conversion.line === 7)?.note ?? '', /^is left out: it closed "\{% wide_container\(\) %\}"/);
    const html = await render(body);
    assert.match(html, /^<table>[\s\S]*<\/table>\s*<ul>\s*<li>One\. <em>A book<\/em>\.<\/li>\s*<\/ul>\s*<div dir="rtl">\s*<p>مرحبا <strong>بالعالم<\/strong><\/p>\s*<\/div>/);
    assert.deepEqual(errors(body).map((problem) => problem.line - 5), [21]);
  });

  it('reads a Zola theme’s `{% katex(block=…) %}x{% end %}` on one line as inline or display math', async () => {
    const body = 'Inline {% katex(block=false) %} e^{i\\pi}+1=0 {% end %} here.\n\n{% katex(block=true) %} \\int_0^1 x^2 dx {% end %}\n\n`{% katex() %}x{% end %}` and {% katex(block=true) %}{% end %}';
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n'), ['Inline $e^{i\\pi}+1=0$ here.', '', '$$\\int_0^1 x^2 dx$$', '', '`{% katex() %}x{% end %}` and {% katex(block=true) %}{% end %}']);
    assert.equal(conversions.length, 2);
    const html = await render(body);
    assert.match(html, /<p>Inline <span class="katex">[\s\S]*?<\/span> here\.<\/p>/);
    assert.match(html, /class="katex-display"/);
  });

  it('shows Hexo’s `{% iframe %}` as a link to the page it framed, and NexT’s button as a link or, leading nowhere, its text', () => {
    const { text, conversions } = convertEngineSyntax([
      '{% iframe /show/koch.html 290px 350px %}',
      '{% iframe https://www.wolframcloud.com/obj/a/b?_embed=iframe 600 400 %} {% iframe https://www.youtube.com/embed/dQw4w9WgXcQ %}',
      'Press {% button #, Ctrl %} + {% button #, P %}, {% button /docs/, Read the *docs*, book %} or {% btn https://a.example/x,Go %}.',
      '{% iframe javascript:alert(1) %} {% button javascript:alert(1), Hi %} {% iframe %}',
    ].join('\n'));
    assert.deepEqual(text.split('\n'), [
      '[/show/koch.html](/show/koch.html)',
      '<https://www.wolframcloud.com/obj/a/b?_embed=iframe> [Watch the video on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
      'Press Ctrl + P, [Read the \\*docs\\*](/docs/) or [Go](https://a.example/x).',
      '{% iframe javascript:alert(1) %} {% button javascript:alert(1), Hi %} {% iframe %}',
    ]);
    assert.deepEqual(conversions.map((conversion) => conversion.note?.replace(/^is shown as a link to "[^"]*"/, 'is shown as a link')), [
      'is shown as a link: the site frames no page in a post',
      'is shown as a link: the site frames no page in a post',
      'is shown as a link: the site embeds no other site\'s player',
      'is its text: the site has no button look, and it led nowhere',
      'is its text: the site has no button look, and it led nowhere',
      'is a link: the site has no button look',
      'is a link: the site has no button look',
    ]);
  });

  it('turns Hexo’s codeblock into a fence with its options, and its blockquote into a signed quote, lines in place', async () => {
    const body = '{% codeblock Array.map lang:js mark:2 first_line:5 %}\nconst a = [1];\nconst b = a.map((x) => x * 2);\n{% endcodeblock %}\n\n{% blockquote David Levithan, Wide Awake %}\nDo not just seek happiness for yourself.\n\nSeek happiness for all.\n{% endblockquote %}\n\n{% blockquote @DevDocs https://twitter.com/devdocs/status/356095192085962752 %}\nWe just made a big update.\n{% endblockquote %}\n';
    const { text } = convertEngineSyntax(body);
    assert.equal(text.split('\n').length, body.split('\n').length);
    assert.equal(
      text,
      '```js title="Array.map" {2} showLineNumbers{5}\nconst a = [1];\nconst b = a.map((x) => x * 2);\n```\n\n\n> Do not just seek happiness for yourself.\n>\n> Seek happiness for all.\n> <br>— **David Levithan**, *Wide Awake*\n\n\n> We just made a big update.\n> <br>— **@DevDocs**, [https://twitter.com/devdocs/status/356095192085962752](https://twitter.com/devdocs/status/356095192085962752)\n',
    );
    const html = await render(body);
    assert.match(html, /<pre[^>]*data-language="js"/);
    assert.match(html, /Array\.map/);
    assert.equal([...html.matchAll(/<span class="line highlighted">/g)].length, 1);
    assert.match(html, /<blockquote>[\s\S]*Seek happiness for all\.\n<br>— <strong>David Levithan<\/strong>, <em>Wide Awake<\/em>[\s\S]*<\/blockquote>/);
    // After a list or code, the signature is a paragraph of its own: no line break before it.
    assert.equal(convertEngineSyntax('{% blockquote A %}\n- one\n{% endblockquote %}\n').text, '\n> - one\n> — **A**\n');
    assert.doesNotMatch(html, /\{%|%\}/);
    assert.deepEqual(errors(body), []);
    // A caption that links somewhere, or text right after the quote's end (it would join the quote): left to content:check.
    for (const kept of ['{% codeblock _.compact http://underscorejs.org/#compact Underscore.js %}\nx\n{% endcodeblock %}', '{% blockquote A %}\nq\n{% endblockquote %}\nNext line.']) {
      assert.equal(convertEngineSyntax(kept).text, kept);
      assert.ok(errors(kept).length >= 1, kept);
    }
  });

  it('turns Hugo themes’ quote (Stack’s, Blowfish’s) into a signed quote: the author, the source linked to its url', async () => {
    const body = '{{< quote author="A famous person" source="The book they wrote" url="https://en.wikipedia.org/wiki/Book">}}\nLorem ipsum.\n{{< /quote >}}\n\n{{< quote source="Anonymous book" >}}\nTwo.\n{{< /quote >}}\n\n{{% quote %}}\nThree.\n{{% /quote %}}\n';
    const { text } = convertEngineSyntax(body);
    assert.equal(text, '\n> Lorem ipsum.\n> <br>— **A famous person**, [*The book they wrote*](https://en.wikipedia.org/wiki/Book)\n\n\n> Two.\n> <br>— *Anonymous book*\n\n\n> Three.\n\n');
    const html = await render(body);
    assert.match(html, /<blockquote>\s*<p>Lorem ipsum\.\n<br>— <strong>A famous person<\/strong>, <a href="https:\/\/en\.wikipedia\.org\/wiki\/Book"><em>The book they wrote<\/em><\/a><\/p>\s*<\/blockquote>/);
    assert.deepEqual(errors(body), []);
    // A url that is not http(s), or an argument the site would not show: left to content:check.
    for (const kept of ['{{< quote author="X" url="javascript:alert(1)" >}}\nq\n{{< /quote >}}\n', '{{< quote author="X" class="wide" >}}\nq\n{{< /quote >}}\n']) {
      assert.equal(convertEngineSyntax(kept).text, kept);
      assert.ok(errors(kept).length >= 1, kept);
    }
  });

  it('reads Stack’s popup footnote as a footnote, Blowfish’s button as a link, its badge and lead as their text', async () => {
    const body = [
      'A claim{{< footnote id="1" >}}The **source**, [linked](https://example.com).{{< /footnote >}} and more.', '',
      '{{< button href="#button" target="_self" >}}Call to action{{< /button >}}', '',
      'New {{< badge >}}v2{{< /badge >}} release.', '',
      '{{< lead >}}', 'When life gives you lemons.', '{{< /lead >}}', '',
      '`{{< badge >}}code{{< /badge >}}` stays.',
    ].join('\n');
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text.split('\n').length, body.split('\n').length + 2, 'its note after the body');
    assert.match(conversions.find((conversion) => conversion.line === 1)?.note ?? '', /^is a footnote/);
    const html = await render(body);
    assert.match(html, /<p>A claim<sup><a href="#user-content-fn-inline-1"[^>]*>1<\/a><\/sup> and more\.<\/p>/);
    assert.match(html, /<li id="user-content-fn-inline-1">\s*<p>The <strong>source<\/strong>, <a href="https:\/\/example\.com">linked<\/a>\./);
    assert.match(html, /<p><a href="#button">Call to action<\/a><\/p>\s*<p>New v2 release\.<\/p>\s*<p>When life gives you lemons\.<\/p>/);
    assert.match(html, /<code>\{\{&#x3C; badge >\}\}code\{\{&#x3C; \/badge >\}\}<\/code> stays\./);
    assert.deepEqual(errors(body), []);
    // A button to an address that is no link, or with an option the site would not show: left to content:check.
    for (const kept of ['{{< button href="javascript:alert(1)" >}}x{{< /button >}}', '{{< button href="/a" target="_blank" size="large" >}}x{{< /button >}}']) {
      assert.equal(convertEngineSyntax(kept).text, kept);
      assert.ok(errors(kept).length >= 1, kept);
    }
  });

  it('reads the same shortcodes written over lines, as Blowfish’s documentation writes them, each line kept in place', async () => {
    const body = [
      'Intro.', '',
      '{{< badge >}}', 'New article!', '{{< /badge >}}', '',
      '{{< button href="#button" target="_self" >}}', '{{< icon "github" >}} Call to action', '{{< /button >}}', '',
      '{{< badge >}}', '', 'A badge never closed.',
    ].join('\n');
    const { text } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n'), [
      'Intro.', '',
      'New article!', '', '', '',
      '[:fontawesome-brands-github: Call to action](#button)', '', '', '',
      '{{< badge >}}', '', 'A badge never closed.',
    ]);
    assert.match(await render(body), /<p>New article!<\/p>\s*<p><a href="#button"><svg [^>]*aria-label="github"[^>]*>.*?<\/svg> Call to action<\/a><\/p>/);
    assert.deepEqual(errors(body).map((problem) => problem.message.slice(0, 40)), ['The Hugo shortcode "{{< badge >}}" is no']);
  });

  it('reads Pandoc’s and Quarto’s fenced divs: a callout’s class is that callout, titled and folded as written; any other div’s fences go', async () => {
    const body = '::: {.callout-note}\nA Quarto note.\n:::\n\n::: {.callout-tip title="My tip" collapse="true"}\nFolded.\n:::\n\n::: callout-warning\nShort form.\n:::\n\n::: {.panel-tabset}\n## One\n\nFirst tab.\n\n::: {.callout-important}\nInside.\n:::\n\n## Two\n\nSecond tab.\n:::\n\n> ::: {#fig-a .column-margin}\n> In a quote.\n> :::\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text.split('\n').length, body.split('\n').length);
    assert.equal(
      text,
      '> [!note]\n> A Quarto note.\n\n\n> [!tip]- My tip\n> Folded.\n\n\n> [!warning]\n> Short form.\n\n\n\n## One\n\nFirst tab.\n\n> [!important]\n> Inside.\n\n\n## Two\n\nSecond tab.\n\n\n>\n> In a quote.\n>\n',
    );
    assert.ok(conversions.some((conversion) => conversion.note === "is left out with its closing `:::`: a Pandoc div's classes (.panel-tabset) were the old theme's look, and its text is shown as it is"));
    const html = await render(body);
    assert.match(html, /<details class="markdown-alert markdown-alert-tip"[^>]*>\s*<summary class="markdown-alert-title"[^>]*>My tip<\/summary>\s*<p>Folded\.<\/p>/);
    assert.doesNotMatch(html, /:::|\{\./);
    assert.deepEqual(errors(body), []);
  });

  it('turns Docusaurus’ and VitePress’ containers and MkDocs’ admonitions into callouts, lines in place, one inside another too', async () => {
    const body = ':::tip[Use React]\n\nWrite **JSX**.\n\n:::\n\n::: warning\nVitePress style.\n:::\n\n::::info Outer\n\nOuter text.\n\n:::danger\n\nInner.\n\n:::\n\n::::\n\n!!! note "A note"\n\n    Its body.\n\n    ```js\n    const x = 1;\n    ```\n\nAfter it.\n\n??? example\n    Folded.\n\n???+ tip "Open"\n    Unfolded.\n\n::: details Click me\nHidden.\n:::\n';
    const { text } = convertEngineSyntax(body);
    assert.equal(text.split('\n').length, body.split('\n').length);
    assert.equal(
      text,
      '> [!tip] Use React\n>\n> Write **JSX**.\n>\n\n\n> [!warning]\n> VitePress style.\n\n\n> [!info] Outer\n>\n> Outer text.\n>\n> > [!danger]\n> >\n> > Inner.\n> >\n>\n>\n\n\n> [!note] A note\n>\n> Its body.\n>\n> ```js\n> const x = 1;\n> ```\n\nAfter it.\n\n> [!example]-\n> Folded.\n\n> [!tip]+ Open\n> Unfolded.\n\n> [!note]- Click me\n> Hidden.\n\n',
    );
    const html = await render(body);
    const callouts = [...html.matchAll(/<div class="markdown-alert markdown-alert-(\w+)"[^>]*>\s*<p class="markdown-alert-title"[^>]*>([^<]*)<\/p>/g)].map((match) => `${match[1]} ${match[2]}`);
    assert.deepEqual(callouts, ['tip Use React', 'warning Warning', 'note Outer', 'caution Danger', 'note A note']);
    // MkDocs' `???` and VitePress' `::: details` fold: closed, or open with `???+`; the title is what a reader clicks.
    const folded = [...html.matchAll(/<details class="markdown-alert markdown-alert-(\w+)"([^>]*)>\s*<summary class="markdown-alert-title"[^>]*>([^<]*)<\/summary>\s*<p>([^<]*)<\/p>\s*<\/details>/g)].map((match) => `${match[1]}${/ open\b/.test(match[2] ?? '') ? ' open' : ''} ${match[3]}: ${match[4]}`);
    assert.deepEqual(folded, ['note Example: Folded.', 'tip open Open: Unfolded.', 'note Click me: Hidden.']);
    assert.match(html, /Write <strong>JSX<\/strong>\./);
    assert.match(html, /<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p[^>]*>Outer<\/p>\s*<p>Outer text\.<\/p>\s*<div class="markdown-alert markdown-alert-caution"/);
    assert.match(html, /markdown-alert-title[^>]*>A note<\/p>\s*<p>Its body\.<\/p>\s*<div class="code-block"><pre[^>]*data-language="js"/);
    assert.doesNotMatch(html, /:::|!!!|\?\?\?/);
    assert.deepEqual(errors(body), []);
    // Code inside a callout stays code; text right after an admonition's body is left (it would join the callout).
    assert.equal(convertEngineSyntax(':::note\n```liquid\n{{ site.baseurl }}\n:::tip\n```\n:::\n').text, '> [!note]\n> ```liquid\n> {{ site.baseurl }}\n> :::tip\n> ```\n\n');
    // A bare `:::` line in that code (a container shown as an example) does not end the callout.
    assert.equal(convertEngineSyntax(':::tip\n```md\n:::note\nInner\n:::\n```\n:::\n').text, '> [!tip]\n> ```md\n> :::note\n> Inner\n> :::\n> ```\n\n');
    assert.equal(convertEngineSyntax('{{< hint info >}}\n~~~\n{{< /hint >}}\n~~~\n{{< /hint >}}\n').text, '> [!info]\n> ~~~\n> {{< /hint >}}\n> ~~~\n\n');
    assert.equal(convertEngineSyntax('!!! note\n    Body.\nNext paragraph.\n').text, '!!! note\n    Body.\nNext paragraph.\n');
    // An unknown kind, or a container without its end: shown as text, so content:check stops the build.
    assert.deepEqual(errors(':::custom\nx\n:::\n\n:::note\nno end\n\n!!! unknown\n    body\n\n```\n:::tip\n```\n').map((problem) => `${problem.line} ${problem.message.split(': readers')[0]}`), [
      '6 This container (Docusaurus, VitePress) ":::custom" is not one the site reads',
      '10 This container (Docusaurus, VitePress) ":::note" is not one the site reads',
      '13 This MkDocs admonition "!!! unknown" is not one the site reads',
    ]);
  });

  it('turns Hugo themes’ callout shortcodes into callouts with their kinds and titles', async () => {
    const body = '{{% notice style="tip" title="Before you start" %}}\nBack up **first**.\n{{% /notice %}}\n\n{{< admonition type=warning title="Careful" >}}\nText.\n{{< /admonition >}}\n\n{{< callout type="info" >}}\nHextra.\n{{< /callout >}}\n\n{{% alert title="Docsy" color="primary" %}}\nDocsy text.\n{{% /alert %}}\n\n{{< hint danger >}}\nBook.\n{{< /hint >}}\n\n{{< details "More" >}}\nFolded.\n{{< /details >}}\n\n{{< details summary="Open" open=true >}}\nUnfolded.\n{{< /details >}}\n';
    const { text } = convertEngineSyntax(body);
    assert.equal(text.split('\n').length, body.split('\n').length);
    const html = await render(body);
    const callouts = [...html.matchAll(/<div class="markdown-alert markdown-alert-(\w+)"[^>]*>\s*<p class="markdown-alert-title"[^>]*>([^<]*)<\/p>\s*<p>([\s\S]*?)<\/p>/g)].map((match) => `${match[1]} ${match[2]}: ${match[3]}`);
    assert.deepEqual(callouts, ['tip Before you start: Back up <strong>first</strong>.', 'warning Careful: Text.', 'note Info: Hextra.', 'note Docsy: Docsy text.', 'caution Danger: Book.']);
    assert.match(html, /<details class="markdown-alert markdown-alert-note" dir="auto">\s*<summary class="markdown-alert-title" dir="auto">More<\/summary>\s*<p>Folded\.<\/p>\s*<\/details>\s*<details class="markdown-alert markdown-alert-note" dir="auto" open>\s*<summary class="markdown-alert-title" dir="auto">Open<\/summary>/);
    assert.deepEqual(errors(body), []);
    // A kind the site has no look for stays, and content:check names it.
    const unknown = '{{% notice custom %}}\nx\n{{% /notice %}}\n';
    assert.equal(convertEngineSyntax(unknown).text, unknown);
    assert.match(errors(unknown)[0]?.message ?? '', /Hugo shortcode .*notice custom.*callout box/);
  });

  it('turns Obsidian’s wiki-links and image embeds into Markdown, and names the ones it cannot read', () => {
    assert.equal(
      convertEngineSyntax('See [[2023-08-01-first-post]], [[2023-08-01-first-post|the first post]], ![[chart.png|Fees per batch]] and ![[chart.png|300]].\n\n`[[in code]]`\n').text,
      'See [2023-08-01-first-post](<2023-08-01-first-post.md>), [the first post](<2023-08-01-first-post.md>), ![Fees per batch](<chart.png>) and ![](<chart.png>).\n\n`[[in code]]`\n',
    );
    // A heading of another note or of this one, by the id it gets here; a block of this note is its text.
    assert.equal(
      convertEngineSyntax('[[2023-08-01-first-post#Setup steps]], [[#Supported types]], [[#^list|the list]]\n').text,
      '[2023-08-01-first-post](<2023-08-01-first-post.md#setup-steps>), [Supported types](#supported-types), the list\n',
    );
    // The note links lead to the post's file (checked as any link); a note embedded and a bare block link are not read.
    assert.deepEqual(errors('[[2023-08-01-first-post|first]] and [[#^abc]]\n\n![[2023-08-01-first-post]] and [[Missing note]]\n').map((problem) => `${problem.line} ${problem.message}`), [
      '6 The Obsidian link "[[#^abc]]" is not read here: readers would see it as text.',
      '8 The Obsidian embed "![[2023-08-01-first-post]]" is not read here: readers would see it as text.',
      '8 "Missing note.md" links to content/posts/Missing note.md, which does not exist: readers would get a 404.',
    ]);
  });

  it('turns Jekyll themes’ figure includes into images with their captions, and drops Minimal Mistakes’ {% include toc %}', () => {
    const body = [
      '{% include figure image_path="/assets/images/unsplash-image-10.jpg" alt="A placeholder" caption="This is a figure caption." %}',
      '{% include figure popup=true image_path="/assets/images/b.jpg" alt="B" %}',
      '{% include image.html url="/images/a.png" description="A description" %}',
      '{% include toc icon="cog" title="Contents" %}',
      '{% include figure image_path=page.teaser %}',
      '{% include figure image_path="/a.jpg" caption="By <a href=\'x\'>me</a>" %}',
      '{% include figure image_path="/a.jpg" url="https://example.com" %}',
    ].join('\n');
    assert.deepEqual(convertEngineSyntax(body).text.split('\n'), [
      '![A placeholder](/assets/images/unsplash-image-10.jpg "This is a figure caption.")',
      '![B](/assets/images/b.jpg)',
      '![A description](/images/a.png "A description")',
      '',
      // A Liquid variable, a caption with markup, an include argument the image would lose: left for content:check.
      '{% include figure image_path=page.teaser %}',
      '{% include figure image_path="/a.jpg" caption="By <a href=\'x\'>me</a>" %}',
      '{% include figure image_path="/a.jpg" url="https://example.com" %}',
    ]);
    // The include that goes says why.
    assert.deepEqual(convertEngineSyntax(body).conversions.find((conversion) => conversion.line === 4)?.note, 'is left out: every post has its table of contents');
  });

  it('ends a block at kramdown’s `^`, as kramdown does: two lists stay two, a quote ends, and no caret is shown', async () => {
    const body = '* one\n* two\n^\n* three\n\n> A quote\n^\nText after.\n\n```\n^\n```\n\nA caret ^ in text, and `^` in code.\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text, body.replace('two\n^', 'two\n<!-- -->').replace('quote\n^', 'quote\n<!-- -->'));
    assert.deepEqual(conversions.map((conversion) => conversion.line), [3, 7]);
    const html = await render(body);
    assert.match(html, /<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>\s*<ul>\s*<li>three<\/li>\s*<\/ul>/);
    assert.match(html, /<blockquote>\s*<p>A quote<\/p>\s*<\/blockquote>\s*<p>Text after\.<\/p>/);
    assert.match(html, /<span>\^<\/span>/);
    assert.match(html, /A caret \^ in text, and <code>\^<\/code> in code\./);
    assert.deepEqual(errors(body), []);
  });

  it('reads kramdown’s attribute lists and extensions (Jekyll’s Markdown) instead of publishing them as text', async () => {
    const body = '* TOC\n{:toc}\n\nSee [the docs](https://example.com){:target="_blank"} now.\n\n**Watch out!** Emphasized\nover two lines.\n{: .notice--warning}\n\n![A chart](chart.png){: .align-center}\n\n{::comment}\nA note to myself.\n{:/comment}\n\n## Heading\n{: #custom}\n\n`{: .in-code}`\n\n```\n{: .in-fence}\n```\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text.split('\n').length, body.split('\n').length);
    assert.deepEqual(text.split('\n').slice(0, 17), [
      '',
      '',
      '',
      'See [the docs](https://example.com) now.',
      // Minimal Mistakes' notice: the paragraph above it, as a callout whose marker takes the blank line before it.
      '> [!warning]',
      '> **Watch out!** Emphasized',
      '> over two lines.',
      '',
      '',
      '![A chart](chart.png)',
      '',
      '',
      '',
      '',
      '',
      // The id under a heading is the heading's (lib/markdown/heading-ids.ts).
      '## Heading {#custom}',
      '',
    ]);
    // In code it is code.
    assert.match(text, /`\{: \.in-code\}`\n\n```\n\{: \.in-fence\}\n```/);
    assert.deepEqual(conversions.map((conversion) => [conversion.line, conversion.note?.split(':')[0]]), [
      [1, 'is left out'],
      [4, 'is left out'],
      [8, 'makes the paragraph above it the callout `> [!warning]`'],
      [10, 'is left out'],
      [12, 'and what follows up to `{'],
      [17, undefined],
    ]);
    const html = await render(body.replace('![A chart](chart.png)', 'Text'));
    assert.match(html, /<div class="markdown-alert markdown-alert-warning"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Warning<\/p>\s*<p><strong>Watch out!<\/strong> Emphasized\nover two lines\.<\/p>/);
    assert.doesNotMatch(html.replace(/<code>[\s\S]*?<\/code>/g, ''), /\{:|A note to myself|TOC/);
  });

  it('leaves out the other engines’ table-of-contents markers, as kramdown’s, unless `[toc]` is the post’s own link', async () => {
    const markers = ['[[toc]]', '[TOC]', '@[toc]', '${toc}', '[[_TOC_]]', '{{< toc >}}', '{{% toc %}}'];
    const body = `${markers.join('\n\n')}\n\n## One\n\nText.\n\n\`[[toc]]\`\n\n\`\`\`\n[TOC]\n\`\`\`\n`;
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(conversions.map((conversion) => [conversion.line, conversion.from, conversion.note]), markers.map((marker, at) => [at * 2 + 1, marker, 'is left out: every post has its table of contents']));
    assert.match(text, /^\n{14}## One\n\nText\.\n\n`\[\[toc\]\]`\n\n```\n\[TOC\]\n```\n$/);
    const html = await render(body);
    assert.doesNotMatch(html.replace(/<code>[\s\S]*?<\/code>/g, ''), /toc/i);
    assert.deepEqual(errors(body), []);
    // With `[toc]: …` defined, `[TOC]` is that link, as Markdown reads it.
    const linked = 'See:\n\n[TOC]\n\n[toc]: https://example.com/contents\n';
    assert.deepEqual(convertEngineSyntax(linked).conversions, []);
    assert.match(await render(linked), /<a href="https:\/\/example\.com\/contents">TOC<\/a>/);
  });

  it('writes a heading’s attributes as its `{#id}`, and says which classes, attributes and ids it leaves out', () => {
    const body = '## A {: #a .big}\n\n## B\n{: .wide #b}\n\n## C {#c}\n\n## D {#d-1.2 data-x="1"}\n\n# E {.unnumbered}\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n'), ['## A {#a}', '', '## B {#b}', '', '', '## C {#c}', '', '## D', '', '# E', '']);
    assert.deepEqual(
      conversions.map(({ line, from, to, note }) => [line, from, to, note]),
      [
        [1, '{: #a .big}', '{#a}', "keeps the heading and leaves out its .big (the old theme's classes and attributes)"],
        [4, '{: .wide #b}', '{#b}', "keeps the heading and leaves out its .wide (the old theme's classes and attributes)"],
        [8, '{#d-1.2 data-x="1"}', '', 'keeps the heading and leaves out its data-x="1" (the old theme\'s classes and attributes), and its id #d-1.2, which is not letters, digits, - and _ (the heading\'s id is made from its text)'],
        [10, '{.unnumbered}', '', "keeps the heading and leaves out its .unnumbered (the old theme's classes and attributes)"],
      ],
    );
    // The title a post takes from its opening heading is the heading's text.
    assert.equal(readFrontmatter('---\ndate: 2024-01-01\n---\n# Intro {#intro}\n')?.data.title, 'Intro');
  });

  it('reads a heading’s attribute block once, however the line is made: no attribute can be split two ways', { timeout: 60_000 }, () => {
    // Under the first pattern each extra `a-b=c` doubled the work: 14 of them took 80 s, 40 would take years.
    const line = `## Fees {${'a-b=c'.repeat(40)}`;
    assert.equal(convertEngineSyntax(line).text, line);
    assert.equal(readFrontmatter(`---\ndate: 2024-01-01\n---\n# Fees {${'a-b=c'.repeat(40)}\n`)?.data.title, `Fees {${'a-b=c'.repeat(40)}`);
    assert.equal(convertEngineSyntax('## Fees {#fees  .wide   data-x="a b"}').text, '## Fees {#fees}');
  });

  it('reads a megabyte of unclosed shortcodes and blocks in time that grows with its length, leaving them as text', { timeout: 60_000 }, () => {
    // Each of these once made every opening scan the rest of its line or of the post: the time grew with
    // the square of its length.
    const size = 1_000_000;
    for (const opening of ['{{ a(', '{{< youtube ', '{{ site.x', '{{ "/x" | ', '[caption ', '[caption]', '](a ', '[x](a b ', '![a](x.png =', '%[https://', '![a](b align="c" ', '{% katex inline %}x', '{% embed a%', 'x^[a [b', '<script src="https://gist.github.com/a', '![a](b){: .dark ', '{% tab a ', '{{< tab name="', '{{< mermaid ', '{% mermaid(', '{{< quote author="', '{{< tab >}}x', '{{< footnote >}}a', '{{< button href="a" >}}']) {
      const line = opening.repeat(Math.ceil(size / opening.length));
      assert.equal(convertEngineSyntax(line).text, line, opening);
    }
    for (const opening of [':::tip', '{::comment}', '{% highlight ruby %}', '```\n:::tip', '$$x', '{% katex %}', '{% details a %}', '{{< mermaid >}}', '{{< chart >}}', '{{% comment %}}', '{% mermaid %}', '{{< quote >}}', '|---', '|' + '-+'.repeat(500)]) {
      const body = `${opening}\n`.repeat(Math.ceil(size / (opening.length + 1)));
      assert.equal(convertEngineSyntax(body).text, body, opening);
    }
    // An HTML post's highlight blocks, and its shortcodes and Liquid on one line.
    const blocks = '{% highlight ruby %}\n'.repeat(size / 21);
    assert.equal(convertHtmlBody(blocks).text, blocks);
    // End tags written `<&#47;p>`: one note a line, however many lines.
    const endTags = '<p>a<&#47;p><p>b<&#47;p>\n'.repeat(size / 25);
    assert.equal(convertHtmlBody(endTags).conversions.length, size / 25);
    for (const opening of ['[caption ', '{{ site.x', '{% post_url ']) {
      const line = opening.repeat(Math.ceil(size / opening.length));
      assert.equal(convertHtmlBody(line).text, line, opening);
    }
    // A megabyte of kramdown table (rows and rules): read in blocks, every line kept.
    const table = '| a | b\n|-+-\n'.repeat(size / 14);
    assert.equal(convertEngineSyntax(table).text.split('\n').length, table.split('\n').length);
    // A post's closed blocks are read as before, past many an unclosed one.
    const closed = `${'{% highlight ruby %}\n'.repeat(40)}\n:::note\nRead me.\n:::\n`;
    assert.match(convertEngineSyntax(closed).text, /> \[!note\]\n> Read me\./);
  });

  it('reads a megabyte of unclosed icons, shortcodes over lines and Liquid captures in time that grows with its length', { timeout: 60_000 }, () => {
    const size = 1_000_000;
    for (const opening of ['{{< icon "', '{% katex(block=true) %}x', '{{ admonition("', '{{ admonition(a="x" ', '{{ aside(text="', '{{ image_hover(a=b ']) {
      const line = opening.repeat(Math.ceil(size / opening.length));
      assert.equal(convertEngineSyntax(line).text, line, opening);
    }
    for (const opening of ['{{< badge >}}', '{{< button href="a" >}}\nx', '{% capture a %}', '{% capture a %}\nx', '{% wide_container() %}', '{% references() %}\nx']) {
      const body = `${opening}\n`.repeat(Math.ceil(size / (opening.length + 1)));
      assert.equal(convertEngineSyntax(body).text, body, opening);
    }
    // Templates of the post's own values (lib/markdown/template-values.ts), opened and never closed.
    const fields = bodyOptionsOf({ title: 'T', version: '2' });
    for (const opening of ['{{ $frontmatter.title', '{{< param "title', '{{ page.title | upcase', '{{ page.', '{{ $frontmatter.a.b.c.']) {
      const line = opening.repeat(Math.ceil(size / opening.length));
      assert.equal(convertEngineSyntax(line, fields).text, line, opening);
    }
    assert.equal(convertEngineSyntax('{{ page.version }}'.repeat(50_000), fields).text, '2'.repeat(50_000));
  });

  it('turns WordPress’ [caption] into an image with its caption, and [embed] into a link, as exported or as written', async () => {
    const body = [
      '\\[caption id="attachment\\_12" align="aligncenter" width="480"\\]![Mist at dawn](images/dawn.png) The lake at "dawn"\\[/caption\\]',
      '',
      '[caption id="attachment_13" width="480"]<a href="https://old.example/wp-content/uploads/lake.png"><img class="size-full" src="images/lake.png" alt="The lake" /></a> Noon[/caption]',
      '',
      '[caption id="" align="alignleft" width="200" caption="From the attribute"]<img src="images/pier.png" alt="" />[/caption]',
      '',
      '\\[embed\\]https://www.youtube.com/watch?v=a\\_b\\[/embed\\] and [youtube=https://youtu.be/x]',
      '',
      '`[caption]![a](b.png) in code[/caption]`',
    ].join('\n');
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n'), [
      '![Mist at dawn](images/dawn.png "The lake at \\"dawn\\"")',
      '',
      '![The lake](images/lake.png "Noon")',
      '',
      '![From the attribute](images/pier.png "From the attribute")',
      '',
      '[Watch the video on YouTube](https://www.youtube.com/watch?v=a_b) and [Watch the video on YouTube](https://youtu.be/x)',
      '',
      '`[caption]![a](b.png) in code[/caption]`',
    ]);
    // The link around the image, to its file on the old site, is dropped with a note; so is the player.
    assert.deepEqual(conversions.map((conversion) => [conversion.line, conversion.note !== undefined]), [[1, false], [3, true], [5, false], [7, true], [7, true]]);
    assert.match(conversions[1]?.note ?? '', /link to the image's file on the old site \("https:\/\/old\.example\/wp-content\/uploads\/lake\.png"\) is dropped/);
    const { html } = await renderTree(`---\ntitle: Test\n---\n\n${text}`, 'test-post.md', { images: false });
    assert.match(html, /<figure class="image-figure"><img src="images\/dawn\.png" alt="Mist at dawn"><figcaption>The lake at "dawn"<\/figcaption><\/figure>/);
    // A caption with a link in it, or a link to a page around the image, has no exact form: left for content:check.
    for (const written of ['[caption]![a](b.png) By [Ann](https://ann.example)[/caption]', '[caption]<a href="https://old.example/page/"><img src="b.png" alt="a"></a> A[/caption]']) {
      assert.equal(convertEngineSyntax(written).text, written);
    }
  });

  it('names the WordPress shortcodes it cannot rewrite, and leaves text in brackets alone', () => {
    const found = (body: string) => errors(body).map((problem) => `${problem.line} ${problem.message} | ${problem.fix}`);
    assert.deepEqual(found('\\[gallery ids="12,13,14"\\]\n\n[contact-form-7 id="5" title="Contact"]\n\n[code language="python"]\nprint(1)\n[/code]\n\n[myplugin]Hi[/myplugin]\n'), [
      '6 The WordPress shortcode "\\\\[gallery ids=\\"12,13,14\\"\\\\]" is not run here: readers would see it as text and lose the gallery (its images are named by their WordPress ids). | Write each image of it: ![what it shows](images/photo.jpg).',
      '8 The WordPress shortcode "[contact-form-7 id=\\"5\\" title=\\"Contact\\"]" is not run here: readers would see it as text and lose the form (the site is static: nothing would receive it). | Write how to reach you instead, e.g. [Email me](mailto:me@example.com).',
      '10 The WordPress shortcode "[code language=\\"python\\"]" is not run here: readers would see it as text and lose the code block. | Use a fenced code block: ```python … ```, with the code as it was written.',
      '14 The WordPress shortcode "[myplugin]" is not run here: readers would see it as text and lose whatever the shortcode produced. | Rewrite it in Markdown (or with details/summary, figure/figcaption, sup, sub, kbd, mark, abbr, ins, del, u, small, cite, br, div, span, and video/audio with a file from public/).',
    ]);
    assert.deepEqual(found('- [x] done\n- [ ] to do\n\nA quote [sic], a [citation needed], a [link](https://example.com), a [reference][1] and `[gallery]`.\n\n[1]: https://example.com\n'), []);
  });

  it('reads Python-Markdown’s CodeHilite lines (Pelican): `:::python` names an indented block’s language, `#!python` numbers it', async () => {
    const body = 'Text.\n\n    :::python\n    def f():\n        return 1\n\n    x = f()\n\nMore.\n\n    #!python\n    print(1)';
    const { text } = convertEngineSyntax(body);
    // The blank line after a block becomes its closing fence, so every line keeps its number.
    assert.equal(text, 'Text.\n\n```python\ndef f():\n    return 1\n\nx = f()\n```\nMore.\n\n```python showLineNumbers\nprint(1)\n```');
    assert.equal(text.split('\n').length, body.split('\n').length + 1, 'a fence closing the last block is added after the last line');
    const html = await render(body);
    assert.match(html, /<pre[^>]*data-language="python"[^>]*><code><span class="line"><span[^>]*>def/);
    assert.doesNotMatch(html, /:::python|#!python/);
    // A shebang with a path is code to keep; a `:::` line in a paragraph is no code block.
    for (const kept of ['Text.\n\n    #!/usr/bin/env python\n    print(1)\n', 'Text\n    :::python\n']) assert.equal(convertEngineSyntax(kept).text, kept);
  });

  it('renders a Pelican post: its metadata lines are read, not printed', async () => {
    const html = await renderPost('Title: Pelican\nDate: 2024-01-01\nAuthor: Ada Lovelace\n\n# Pelican\n\nWritten by [Your Name].\n');
    assert.equal(html, '<p>Written by Ada Lovelace.</p>');
  });

  it('hides Obsidian’s comments, on one line or over several, and marks its `==highlights==`', async () => {
    const body = 'Shown %%hidden%% and ==marked *words*==, not a==b or `==code==`.\n\n%%\nA private note.\n%%\n\nBefore %% a comment\nover lines %% after.\n';
    const { text, conversions } = convertEngineSyntax(body);
    assert.equal(text.split('\n').length, body.split('\n').length);
    assert.deepEqual(text.split('\n'), ['Shown  and <mark>marked *words*</mark>, not a==b or `==code==`.', '', '', '', '', '', 'Before', ' after.', '']);
    assert.deepEqual(conversions.map((conversion) => [conversion.line, conversion.note?.split(':')[0]]), [
      [1, 'is left out'],
      [1, undefined],
      [3, 'and what follows up to the next `%%` are left out'],
      [7, 'and what follows up to the next `%%` are left out'],
    ]);
    const html = await render(body);
    assert.match(html, /<mark>marked <em>words<\/em><\/mark>/);
    assert.doesNotMatch(html, /hidden|private|a comment|%%/);
  });

  it('shows MkDocs’ content tabs one after another under their labels, and Hexo’s `{% note %}` as a callout', async () => {
    const body = '=== "pip"\n\n    ```sh\n    pip install x\n    ```\n\n=== "conda"\n\n    conda install x\n    with *care*\n\nAfter.\n\n{% note warning %}\n**Careful** here.\n{% endnote %}\n\n{% note blue fas fa-bullhorn simple %}\nButterfly\n{% endnote %}\n';
    const { text } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n').slice(0, 12), ['**pip**', '', '```sh', 'pip install x', '```', '', '**conda**', '', 'conda install x', 'with *care*', '', 'After.']);
    const html = await render(body);
    assert.match(html, /<p><strong>pip<\/strong><\/p>\s*<div class="code-block"><pre[^>]*data-language="sh"/);
    assert.match(html, /<p><strong>conda<\/strong><\/p>\s*<p>conda install x\nwith <em>care<\/em><\/p>/);
    assert.match(html, /<div class="markdown-alert markdown-alert-warning"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Warning<\/p>\s*<p><strong>Careful<\/strong> here\.<\/p>/);
    assert.match(html, /<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Note<\/p>\s*<p>Butterfly<\/p>/);
    assert.doesNotMatch(html, /===|\{%/);
  });

  it('shows an embed shortcode (Hugo, Hexo, Jekyll, Zola) as a link to what it showed, with a note, and leaves other calls alone', async () => {
    const body = [
      '{{< youtube w7Ft2ymGmfc >}}',
      '{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}',
      '{{< gist spf13 7896402 >}}',
      '{% vimeo 146022717 %} {% gist parkr/c08ee0f2726fd0e3909d %}',
      'Watch {{ youtube(id="dQw4w9WgXcQ", title="The [first] talk") }} now.',
      '{{ greet(name="x") }} and {% include figure image_path="/a.jpg" url="https://example.com" %}',
      '{{< bilibili av498363026 >}} {{< bilibili BV1Xx411c7mD 2 >}} {{< gitlab 2349278 >}} {{< bilibili not-an-id >}}',
    ].join('\n\n');
    const { text, conversions } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n\n'), [
      '[Watch the video on YouTube](https://www.youtube.com/watch?v=w7Ft2ymGmfc)',
      '[Read the post on X](https://x.com/SanDiegoZoo/status/1453110110599868418)',
      '[Read the gist on GitHub](https://gist.github.com/spf13/7896402)',
      '[Watch the video on Vimeo](https://vimeo.com/146022717) [Read the gist on GitHub](https://gist.github.com/parkr/c08ee0f2726fd0e3909d)',
      'Watch [Watch “The \\[first\\] talk” on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ) now.',
      '{{ greet(name="x") }} and {% include figure image_path="/a.jpg" url="https://example.com" %}',
      // Stack's Bilibili (its second argument the part of the video) and GitLab snippets.
      '[Watch the video on Bilibili](https://www.bilibili.com/video/av498363026) [Watch the video on Bilibili](https://www.bilibili.com/video/BV1Xx411c7mD?p=2) [Read the snippet on GitLab](https://gitlab.com/-/snippets/2349278) {{< bilibili not-an-id >}}',
    ]);
    assert.equal(conversions[0]?.note, 'is shown as a link to "https://www.youtube.com/watch?v=w7Ft2ymGmfc": the site embeds no other site\'s player');
    assert.match(await render(body), /<p>Watch <a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"[^>]*>Watch “The \[first\] talk” on YouTube<\/a> now\.<\/p>/);
  });

  it('does nothing a second time', () => {
    const once = convertEngineSyntax(JEKYLL_WELCOME).text;
    assert.deepEqual(convertEngineSyntax(once).conversions, []);
  });
});
