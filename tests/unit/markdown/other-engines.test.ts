import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import type { ReactElement } from 'react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { InlineToc } from '../../../components/mdx/InlineToc';
import { selectToc, type TocEntry } from '../../../lib/markdown/toc';
import { remarkSingleH1 } from '../../../lib/markdown/remark-plugins';
import { checkPosts } from '../../../lib/check';
import readingTime from 'reading-time';
import { convertHtmlBody } from '../../../lib/markdown/engine-syntax';
import { textFacts } from '../../../lib/markdown/text-facts';
import { renderPost, renderTree } from '../../support/render';

const entries: TocEntry[] = [
  { id: 'overview', text: 'Overview', depth: 2 },
  { id: 'images', text: 'Images', depth: 2 },
  { id: 'sizes', text: 'Sizes', depth: 3 },
  { id: 'code', text: 'Code', depth: 2 },
];
const ids = (list: readonly TocEntry[]) => list.map((entry) => entry.id);

describe('<TOCInline> as tailwind-nextjs-starter-blog writes it', () => {
  it('keeps every heading by default', () => {
    assert.deepEqual(ids(selectToc(entries)), ['overview', 'images', 'sizes', 'code']);
  });

  it('honours toHeading and fromHeading (Markdown levels: ## is 2), as numbers or text', () => {
    assert.deepEqual(ids(selectToc(entries, { toHeading: 2 })), ['overview', 'images', 'code']);
    assert.deepEqual(ids(selectToc(entries, { fromHeading: '3' })), ['sizes']);
  });

  it('leaves out excluded titles: whole title, any case, one or a list, as the starter’s regular expression', () => {
    assert.deepEqual(ids(selectToc(entries, { exclude: 'overview' })), ['images', 'sizes', 'code']);
    assert.deepEqual(ids(selectToc(entries, { exclude: ['Overview', 'Co.e'] })), ['images', 'sizes']);
    assert.deepEqual(ids(selectToc(entries, { exclude: 'View' })), ['overview', 'images', 'sizes', 'code']);
    // Not a valid expression: the literal title.
    assert.deepEqual(ids(selectToc([...entries, { id: 'x', text: 'C++ (', depth: 2 }], { exclude: 'C++ (' })), ['overview', 'images', 'sizes', 'code']);
  });

  it('renders the chosen entries, folded in a <details> with asDisclosure, nothing when none is left', () => {
    type Element = ReactElement<{ children?: Element; entries?: TocEntry[] }>;
    const nav = InlineToc({ entries, exclude: 'Overview', toHeading: 2 }) as Element;
    assert.equal(nav.type, 'nav');
    assert.deepEqual(ids(nav.props.children?.props.entries ?? []), ['images', 'code']);
    const folded = InlineToc({ entries, asDisclosure: true }) as Element;
    assert.equal(folded.props.children?.type, 'details');
    assert.equal(InlineToc({ entries, fromHeading: 4 }), null);
  });
});

describe('one title on an .mdx post', () => {
  it('drops an opening # Title after the frontmatter export mdx-bundler adds', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
    const tree = processor.parse('---\ntitle: Components From the Starter\n---\n\n# Components from the starter\n\nText.\n') as Root;
    // remark-mdx-frontmatter (mdx-bundler) puts `export const frontmatter = …` first.
    tree.children.unshift({ type: 'mdxjsEsm', value: '' } as Root['children'][number]);
    remarkSingleH1()(tree, new VFile());
    assert.deepEqual(tree.children.map((node) => node.type), ['mdxjsEsm', 'yaml', 'paragraph']);
  });
});

describe('a Markdown post with JSON frontmatter (Hugo)', () => {
  it('renders its body only: the fields are read, not printed, and the title heading is not repeated', async () => {
    const html = await renderPost('{\n  "title": "Fees, in JSON",\n  "author": "Ada Lovelace"\n}\n\n# Fees, in JSON\n\nWritten by [Your Name].\n');
    // The author placeholder is filled from the JSON `author`: the plugins read the block before it leaves the tree.
    assert.equal(html, '<p>Written by Ada Lovelace.</p>');
  });
});

describe('a post without `title:` (MkDocs’ blog, Docusaurus, Obsidian)', () => {
  it('takes its opening # heading as the title: not shown twice, checked with a note instead of an error', async () => {
    const text = '---\ndate: 2023-12-31\n---\n\n# Hello world!\n\nLorem ipsum.\n\n# A later heading\n';
    assert.equal(await renderPost(text), '<p>Lorem ipsum.</p>\n<h2 id="a-later-heading">A later heading<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#a-later-heading">#</a></h2>');
    const problems = checkPosts([{ path: 'content/posts/hello-world.md', bytes: new TextEncoder().encode(text) }]);
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
    assert.ok(problems.some((problem) => problem.line === 5 && problem.severity === 'info' && /no `title:`.*opening `# heading` is the post’s title/.test(problem.message)));
    // Without a heading to take it from, the title is still missing.
    assert.ok(checkPosts([{ path: 'content/posts/x.md', bytes: new TextEncoder().encode('---\ndate: 2023-12-31\n---\n\nText.\n') }]).some((problem) => /Missing `title`/.test(problem.message)));
  });
});

describe('an HTML post (Jekyll’s `.html`, as jekyll-import writes WordPress’ posts)', () => {
  const body = '<p>One *two* _three_ &amp; Caf\u00c3\u00a9.</p>\n<!--more-->\n\n    <p>Indented, no code block.</p>\n<h2>Set up</h2>\n<pre>a &lt;b&gt;\n\n  c</pre>\n<p><script>alert(1)</script><img src="/x.png" onerror="alert(1)" alt="X"></p>\n';
  const post = `---\ntitle: T\ndate: 2014-07-14\n---\n${body}`;

  it('renders its body as HTML, through the sanitiser: no Markdown read, text repaired, ids on headings', async () => {
    const { html } = await renderTree(post, '2014-07-14-t.html', { images: false });
    assert.match(html, /^<p>One \*two\* _three_ &#x26; Café\.<\/p>/);
    assert.match(html, /<p>Indented, no code block\.<\/p>/);
    assert.match(html, /<h2 id="set-up">Set up<a class="heading-anchor"/);
    assert.match(html, /<pre>a &#x3C;b>\n\n {2}c<\/pre>/);
    assert.doesNotMatch(html, /<script|onerror|alert|<code/);
    // Read as Markdown (the same text in a `.md` post), the indented paragraph would be shown as code.
    const { html: markdown } = await renderTree(post, '2014-07-14-t.md', { images: false });
    assert.match(markdown, /<code><span class="line"><span>&#x3C;p>Indented, no code block\.&#x3C;\/p>/);
  });

  it('shows WordPress’ captions as figures and its embeds as links, each noted at its line; other shortcodes stay errors', async () => {
    const shortcodes = '<p>Intro.</p>\n[caption id="attachment_5" width="300"]<a href="https://old.example/wp-content/uploads/lake.jpg"><img src="/lake.png" alt="The lake" /></a> The lake at <em>dawn</em>[/caption]\n[caption id="" caption="From the attribute"]<a href="https://example.com/pier"><img src="/pier.png" alt="A pier" /></a>[/caption]\n<p>[embed]https://www.youtube.com/watch?v=abc[/embed] and [gallery ids="1,2"]</p>\n';
    const file = `---\ntitle: T\ndate: 2014-07-14\n---\n${shortcodes}`;
    const { html } = await renderTree(file, 'x.html', { images: false });
    assert.match(html, /<figure><img src="\/lake\.png" alt="The lake"><figcaption>The lake at <em>dawn<\/em><\/figcaption><\/figure>/);
    assert.match(html, /<figure><a href="https:\/\/example\.com\/pier"><img src="\/pier\.png" alt="A pier"><\/a><figcaption>From the attribute<\/figcaption><\/figure>/);
    assert.match(html, /<p><a href="https:\/\/www\.youtube\.com\/watch\?v=abc">Watch the video on YouTube<\/a> and \[gallery ids="1,2"\]<\/p>/);
    assert.doesNotMatch(html, /old\.example|\[caption|\[embed/);
    const problems = checkPosts([{ path: 'content/posts/x.html', bytes: new TextEncoder().encode(file) }]);
    assert.deepEqual(problems.map(({ line, severity, message }) => [line, severity, /^"\[(\w+)/.exec(message)?.[1] ?? /shortcode "\[(\w+)/.exec(message)?.[1]]), [
      [6, 'info', 'caption'],
      [7, 'info', 'caption'],
      [8, 'info', 'embed'],
      [8, 'error', 'gallery'],
    ]);
    assert.match(problems[0]?.message ?? '', /its link to the image's file on the old site \("https:\/\/old\.example\/wp-content\/uploads\/lake\.jpg"\) is dropped/);
    // The fix is written in HTML: the body is no Markdown.
    assert.equal(problems[3]?.fix, 'Write each image of it: <img src="images/photo.jpg" alt="what it shows">.');
  });

  it('keeps the title the page’s only <h1>: an opening <h1> repeating it goes, any other is an <h2>, each noted', async () => {
    const file = '---\ntitle: Hello World\ndate: 2014-07-14\n---\n<h1>Hello world</h1>\n<p>Intro.</p>\n<h1>Part <em>two</em></h1>\n';
    const { html } = await renderTree(file, 'x.html', { images: false });
    assert.doesNotMatch(html, /<h1|Hello world/);
    assert.match(html, /<h2 id="part-two">Part <em>two<\/em><a class="heading-anchor"/);
    // In a Markdown post, HTML's <h1> too; one shown as code is code.
    const markdown = '---\ntitle: Hello World\ndate: 2014-07-14\n---\n\nIntro.\n\n<h1>Raw</h1>\n\nNot `<h1>code</h1>`.\n';
    assert.match((await renderTree(markdown, 'y.md', { images: false })).html, /<h2 id="raw">Raw/);
    const notes = checkPosts([file, markdown].map((text, index) => ({ path: `content/posts/${index ? 'y.md' : 'x.html'}`, bytes: new TextEncoder().encode(text) })));
    assert.deepEqual(notes.map(({ file: name, line, message }) => `${name}:${line} ${message}`), [
      'content/posts/x.html:5 The body opens with the title as `<h1>`; it is not shown twice.',
      'content/posts/x.html:7 An `<h1>` in the body is shown as an `<h2>`: the title is the page’s only H1.',
      'content/posts/y.md:8 An `<h1>` in the body is shown as an `<h2>`: the title is the page’s only H1.',
    ]);
  });

  it('reads Jekyll’s Liquid where it has an exact result: highlight blocks as escaped code, lines kept; paths; raw markers', () => {
    const body = '<p><a href="{% post_url 2013-05-01-older %}">Older</a> <img src="{{ site.baseurl }}/x.png" alt="X"> {% raw %}{{ kept }}{% endraw %}</p>\n{% highlight ruby linenos %}\ndef x\n  1 < 2 && "a" # {{ not Liquid here }}\nend\n{% endhighlight %}\n{% include ad.html %}\n';
    const { text, conversions } = convertHtmlBody(body);
    assert.deepEqual(text.split('\n'), [
      '<p><a href="/posts/older">Older</a> <img src="/x.png" alt="X"> {{ kept }}</p>',
      '<pre>',
      '<code class="language-ruby">def x',
      '  1 &lt; 2 &amp;&amp; &quot;a&quot; # {{ not Liquid here }}',
      'end',
      '</code></pre>',
      '{% include ad.html %}',
      '',
    ]);
    assert.deepEqual(conversions.map(({ line, note }) => [line, note]), [
      [1, 'is left out: the site runs no templates, so it has nothing to do'],
      [1, 'is left out: the site runs no templates, so it has nothing to do'],
      [2, 'and its {% endhighlight %} are read as a <pre><code> of ruby, without its options ("linenos")'],
      [1, 'is left out: the site runs no templates, so it has nothing to do'],
      [1, 'is read as "/posts/older"'],
    ]);
  });

  it('shows what `{% raw %}` protects as written, over lines and in highlight blocks, and does not report it', async () => {
    const file = [
      '---',
      'title: T',
      'date: 2014-07-14',
      '---',
      '<p>Write {% raw %}<code>{{ site.baseurl }}</code>{% endraw %} in a layout, not {{ site.baseurl }}.</p>',
      '{% raw %}',
      '<p>{{ page.title }} and {% if x %}</p>',
      '{% endraw %}',
      '{% highlight liquid %}',
      '{% raw %}{{ page.title | escape }}{% endraw %}',
      '{% endhighlight %}',
      '',
    ].join('\n');
    const { html } = await renderTree(file, 'x.html', { images: false });
    assert.match(html, /<p>Write <code>\{\{ site\.baseurl \}\}<\/code> in a layout, not \.<\/p>/);
    assert.match(html, /<p>\{\{ page\.title \}\} and \{% if x %\}<\/p>/);
    assert.match(html, /data-language="liquid"[^>]*><code><span class="line"><span>\{\{ page\.title \| escape \}\}<\/span><\/span><\/code>/);
    const problems = checkPosts([{ path: 'content/posts/x.html', bytes: new TextEncoder().encode(file) }]);
    // The raw markers and the baseurl outside them are noted; nothing inside is an error.
    assert.deepEqual(
      problems.map(({ line, severity }) => `${line} ${severity}`),
      ['5 info', '5 info', '5 info', '6 info', '8 info', '9 info', '10 info', '10 info'],
    );
  });

  it('repairs end tags whose / jekyll-import wrote as &#47;, noted once a line', async () => {
    const file = '---\ntitle: T\ndate: 2014-07-14\n---\n<p>One<&#47;p><p>Two<&#47;p>\n<p>See http:&#47;&#47;example.com<&#047;p>\n';
    const { html } = await renderTree(file, 'x.html', { images: false });
    assert.equal(html, '<p>One</p><p>Two</p>\n<p>See http://example.com</p>\n');
    const problems = checkPosts([{ path: 'content/posts/x.html', bytes: new TextEncoder().encode(file) }]);
    assert.deepEqual(problems.map(({ line, severity, message }) => `${line} ${severity} ${message}`), [
      '5 info "<&#47;p>" is read as </p>: WordPress\' importer wrote the end tag\'s / as &#47;.',
      '6 info "<&#047;p>" is read as </p>: WordPress\' importer wrote the end tag\'s / as &#47;.',
    ]);
  });

  it('takes its summary and reading time from its text: the paragraphs before `<!--more-->`', () => {
    const facts = textFacts(body, 'html');
    assert.equal(facts.summary, 'One *two* _three_ & Café.');
    assert.equal(facts.words, readingTime('One *two* _three_ & Café. Indented, no code block. Set up a <b> c').words);
    assert.notDeepEqual(textFacts(body, 'markdown'), facts);
  });
});
