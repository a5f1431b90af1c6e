import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import { normaliseFields } from '../../../lib/content/schema';
import { findLossyMarkup } from '../../../lib/check/lossy-markup';
import { parseFence } from '../../../lib/markdown/code-meta';
import { convertEngineSyntax } from '../../../lib/markdown/engine-syntax';
import { iconifyShortcode, packIconShortcode } from '../../../lib/markdown/icons';
import { mdcAttributes, mdcRole, mdcYamlProps } from '../../../lib/markdown/mdc';
import { renderPost } from '../../support/render';

const render = (markdown: string) => renderPost(`---\ntitle: Test\n---\n\n${markdown}`);
const check = (body: string, front = '') =>
  checkPosts([{ path: 'content/posts/nuxt.md', bytes: new TextEncoder().encode(`---\ntitle: Building with Nuxt\ndate: 2024-03-04\n${front}---\n\n${body}`) }]);

// A post as Nuxt Content's blog starters and Nuxt UI's prose components have it written.
const NUXT_POST = [
  '::tip',
  'Read the **docs** first.',
  '::',
  '',
  '::callout{icon="i-lucide-info" color="warning"}',
  '#title',
  'Heads up',
  '',
  '#default',
  'Two slots.',
  '::',
  '',
  '::note',
  '---',
  'title: "With props"',
  '---',
  'Props as YAML.',
  '::',
  '',
  '::tabs',
  '  :::tabs-item{label="Code"}',
  '  ```c',
  '  #include <stdio.h>',
  '  #endif',
  '  ```',
  '  :::',
  '  :::tabs-item{label="Preview"}',
  '  It prints.',
  '  :::',
  '::',
  '',
  '::collapsible{label="The whole log"}',
  'Long output.',
  '::',
  '',
  '::card{title="Nuxt" to="https://nuxt.com"}',
  'The framework.',
  '::',
  '',
  '::youtube{id="dQw4w9WgXcQ"}',
  '::',
].join('\n');

describe('Nuxt Content’s MDC (lib/markdown/mdc.ts, read by lib/markdown/engine-syntax.ts)', () => {
  it('reads a component’s attributes, its YAML props and what the site makes of it', () => {
    assert.deepEqual(mdcAttributes('type="info" .wide .red #top open :count=2 label=\'A b\''), { type: 'info', class: 'wide red', id: 'top', open: 'true', count: '2', label: 'A b' });
    assert.deepEqual(mdcYamlProps(['::alert', '---', 'type: warning', "title: 'A: b'", '---', 'Text'], 0), { attributes: { type: 'warning', title: 'A: b' }, last: 4 });
    assert.equal(mdcYamlProps(['::alert', '---', 'not yaml at all', '---'], 0), undefined);
    assert.deepEqual(mdcRole('alert', { type: 'danger' }), { role: 'callout', kind: 'danger', fold: '' });
    assert.deepEqual(mdcRole('callout', { color: 'neutral', title: 'Hm' }), { role: 'callout', kind: 'note', title: 'Hm', fold: '' });
    assert.equal(mdcRole('callout', { color: 'rainbow' }), undefined);
    assert.deepEqual(mdcRole('div', { label: 'npm' }, { inTabs: true }), { role: 'tab', label: 'npm' });
    assert.equal(mdcRole('div', { label: 'npm' }), undefined);
    assert.equal(mdcRole('my-chart', {}), undefined);
    assert.deepEqual(mdcRole('card', { title: 'X', to: '/posts/a' }), { role: 'callout', kind: 'note', title: 'X', fold: '', link: '/posts/a' });
    assert.deepEqual(mdcRole('card', { title: 'X', to: 'javascript:alert(1)' }), { role: 'callout', kind: 'note', title: 'X', fold: '' });
  });

  it('turns block components into callouts, tabs and links, every line kept in place and code left alone', () => {
    const { text, conversions } = convertEngineSyntax(NUXT_POST);
    const lines = text.split('\n');
    assert.equal(lines.length, NUXT_POST.split('\n').length);
    assert.deepEqual(lines.slice(0, 3), ['> [!tip]', '> Read the **docs** first.', '']);
    assert.deepEqual(lines.slice(4, 11), ['> [!warning]', '>', '> Heads up', '>', '>', '> Two slots.', '']);
    assert.deepEqual(lines.slice(12, 18), ['> [!note] With props', '>', '>', '>', '> Props as YAML.', '']);
    // The tab's code keeps its `#include` and `#endif`: they are C, not slots.
    assert.deepEqual(lines.slice(19, 30), ['', '**Code**', '  ```c', '  #include <stdio.h>', '  #endif', '  ```', '', '**Preview**\\', '  It prints.', '', '']);
    assert.equal(lines[31], '> [!note]- The whole log');
    assert.deepEqual(lines.slice(35, 38), ['> [!note] Nuxt', '> The framework.', '> [https://nuxt.com](https://nuxt.com)']);
    assert.equal(lines[39], '[Watch the video on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ)');
    assert.ok(conversions.some((conversion) => conversion.line === 6 && /slot’s name/.test(conversion.note ?? '')));
    assert.ok(conversions.some((conversion) => conversion.line === 20 && /every tab, one after another/.test(conversion.note ?? '')));
  });

  it('shows them in the page as the site’s own callouts, folds and labels', async () => {
    const html = await render(NUXT_POST);
    assert.match(html, /markdown-alert-tip[\s\S]*?<p>Read the <strong>docs<\/strong> first\.<\/p>/);
    assert.match(html, /markdown-alert-warning[\s\S]*?Heads up[\s\S]*?Two slots\./);
    assert.match(html, /markdown-alert-title"[^>]*>With props<\/p>\s*<p>Props as YAML\.<\/p>/);
    assert.match(html, /<p><strong>Code<\/strong><\/p>\s*<div class="code-block"><pre[^>]*data-language="c"/);
    assert.match(html, /<details[^>]*>\s*<summary[^>]*>The whole log<\/summary>/);
    assert.match(html, /markdown-alert-title"[^>]*>Nuxt<\/p>\s*<p>The framework\.\n<a href="https:\/\/nuxt\.com">https:\/\/nuxt\.com<\/a><\/p>/);
    assert.doesNotMatch(html, /::|#title|#default|:::/);
  });

  it('reads inline components, MDC’s attributes on text and `{{ $doc.field }}`', async () => {
    const body = 'New :badge[Beta] here. Press :kbd{value="Ctrl"} + :kbd[<K>]. :icon{name="i-simple-icons-github"} :icon{name="mdi:home"} **bold**{.text-red-500} `npm i`{lang="sh"} and :my-link[the docs]{to="/x"}. $\\sum_{i=1}^n x$ stays math. Its title: {{ $doc.title }}.';
    const { text } = convertEngineSyntax(body, { fields: { title: 'Building with Nuxt' } });
    assert.equal(text, 'New Beta here. Press <kbd>Ctrl</kbd> + <kbd>&lt;K&gt;</kbd>. :simple-github: :material-home: **bold** `npm i` and the docs. $\\sum_{i=1}^n x$ stays math. Its title: Building with Nuxt.');
    const html = await render(body);
    assert.match(html, /<kbd>Ctrl<\/kbd> \+ <kbd>&#x3C;K><\/kbd>/);
    assert.match(html, /<svg[^>]*aria-label="github"/);
    assert.doesNotMatch(html, /:badge|:kbd|:icon|\{\.|\{lang/);
    // The content step reads the frontmatter for a body that shows a field so.
    assert.match(await renderPost('---\ntitle: Nuxt notes\n---\n\nIn {{ $doc.title }}.\n'), /<p>In Nuxt notes\.<\/p>/);
    assert.equal(iconifyShortcode('i-lucide-sun'), undefined);
    assert.equal(iconifyShortcode('i-fa6-brands-github'), ':fontawesome-brands-github:');
  });

  it('names what it cannot draw at its line: the old site’s own components, an icon of another set', () => {
    const problems = check('Intro.\n\n::my-chart{data="sales"}\n::\n\nA :icon{name="i-lucide-sun"} and :spacer{size="2"}, but `:x{y}` is code.\n\n::tip\nNo end.\n');
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.deepEqual(errors.map((problem) => problem.line), [8, 11, 11, 13]);
    assert.match(errors[0]?.message ?? '', /^The component "::my-chart\{data=\\"sales\\"\}" \(Nuxt Content's MDC\) is not one the site draws: it was the old site’s own Vue component/);
    assert.match(errors[1]?.message ?? '', /^":icon\{name=\\"i-lucide-sun\\"\}" is a Nuxt Content \(MDC\) component the site does not draw/);
    assert.match(errors[1]?.fix ?? '', /Iconify name/);
    assert.match(errors[2]?.message ?? '', /^":spacer\{size=\\"2\\"\}"/);
    assert.match(problems.find((problem) => problem.line === 13)?.message ?? '', /closing `::` is missing/);
  });

  it('takes Nuxt Content’s own fields without an error', () => {
    const problems = check('Text.\n', 'navigation: false\nhead:\n  meta:\n    - name: keywords\n      content: nuxt\n');
    assert.deepEqual(problems.filter((problem) => problem.severity !== 'info'), []);
    assert.ok(problems.some((problem) => problem.line === 4 && /navigation/.test(problem.message)));
    // Nuxt UI's blog template: the badge's label is a tag; an author's `to` and `avatar: { src }`.
    const fields = normaliseFields({ title: 'A', date: '2024-03-04', tags: ['nuxt'], badge: { label: 'Tutorial' }, authors: [{ name: 'Ben', to: 'https://x.com/ben', avatar: { src: '/blog/ben.png', alt: 'Ben' } }] }, 'posts/a.md');
    assert.deepEqual([fields.tags, fields.author], [['nuxt', 'Tutorial'], [{ name: 'Ben', url: 'https://x.com/ben', picture: '/blog/ben.png' }]]);
    assert.deepEqual(check('Text.\n', 'badge:\n  label: Tutorial\n').filter((problem) => problem.severity !== 'info'), []);
  });
});

describe('code blocks as VitePress and Nuxt Content write them', () => {
  it('reads `[file.ts]` as the title, `:line-numbers` as numbering, and a bracket of numbers as lines to highlight', () => {
    assert.deepEqual(parseFence('ts', '[nuxt.config.ts]', 3).title, 'nuxt.config.ts');
    const vitepress = parseFence('ts:line-numbers=5', '[my config.ts]{2}', 3);
    assert.deepEqual([vitepress.title, vitepress.showLineNumbers, vitepress.firstLineNumber, vitepress.highlightLines, vitepress.unsupported], ['my config.ts', true, 5, [2], []]);
    assert.deepEqual([parseFence('ts:no-line-numbers', '', 3).showLineNumbers, parseFence('ts:no-line-numbers', '', 3).title], [false, undefined]);
    assert.deepEqual(parseFence('tsx', '[2, 4-5]', 6).highlightLines, [2, 4, 5]);
    assert.deepEqual(findLossyMarkup('```ts [a.ts]\nconst a = 1\n```\n'), []);
  });

  it('shows a code group’s blocks one after another under their labels, and VitePress’ line notations', async () => {
    const body = '::: code-group\n\n```sh [npm]\nnpm add -D vitepress\n```\n\n```sh [pnpm]\npnpm add -D vitepress\n```\n\n:::\n\n```ts\nconst a = 1 // [!code highlight]\nconst b = 2 // [!code focus]\nconst c = hello // [!code word:hello]\n```\n';
    const { conversions } = convertEngineSyntax(body);
    assert.deepEqual(conversions.map((conversion) => conversion.line), [1, 11]);
    assert.deepEqual(findLossyMarkup(convertEngineSyntax(body).text), []);
    const html = await render(body);
    assert.match(html, /<figcaption class="code-title">npm<\/figcaption>[\s\S]*<figcaption class="code-title">pnpm<\/figcaption>/);
    assert.equal(html.match(/<span class="line highlighted">/g)?.length, 2);
    assert.match(html, /class="highlighted-word">hello</);
    assert.doesNotMatch(html, /code-group|\[!code/);
  });
});

describe('VuePress’ and VitePress’ other syntax', () => {
  it('shows VuePress’ tabs (`::: tabs#id`, `@tab`, `@tab:active`) one after another under their labels, code left alone', () => {
    const body = '::: code-tabs#shell\n\n@tab pnpm\n\n```bash\n@tab not-a-tab\n```\n\n@tab:active npm#npm\n\nnpm i\n\n:::\n\n::: center\nMiddle.\n:::\n';
    const { text } = convertEngineSyntax(body);
    assert.deepEqual(text.split('\n'), ['', '', '**pnpm**', '', '```bash', '@tab not-a-tab', '```', '', '**npm**', '', 'npm i', '', '', '', '', 'Middle.', '', '']);
  });

  it('reads `H~2~O` and `19^th^` as Pandoc and VuePress do, and leaves strikethrough, math, addresses, notes and faces alone', async () => {
    const body = 'H~2~O, CO~2~ and the 19^th^ [x]^2^ but ~gone~, ~~struck~~, $x~i~$ and $a^b^c$, https://example.com/a~b~c, note[^1], an^[inline note], ^^ins^^ and ^_^.\n\n[^1]: The note.\n';
    const { text } = convertEngineSyntax(body);
    assert.equal(text.split('\n')[0], 'H<sub>2</sub>O, CO<sub>2</sub> and the 19<sup>th</sup> [x]<sup>2</sup> but ~gone~, ~~struck~~, $x~i~$ and $a^b^c$, https://example.com/a~b~c, note[^1], an[^inline-1], ^^ins^^ and ^_^.');
    // TeX's own: its `~` a space, its `^` a power, in `$$` or MathJax's `\(…\)`.
    assert.deepEqual(convertEngineSyntax('$$\na~\\cdot~b = x~i~\n$$\n\nAnd \\(a^2+b^2^\\).\n').text.split('\n'), ['$$', 'a~\\cdot~b = x~i~', '$$', '', 'And $a^2+b^2^$.', '']);
    assert.match(await render(body), /<p>H<sub>2<\/sub>O, CO<sub>2<\/sub> and the 19<sup>th<\/sup> \[x\]<sup>2<\/sup> but <del>gone<\/del>, <del>struck<\/del>, <span class="katex">/);
  });

  it('shows VitePress’ <Badge> as its text and `::: v-pre` as written; names an include, and a code import whose file is missing', () => {
    const { text } = convertEngineSyntax('New <Badge type="tip" text="v1.0" /> and <Badge type="warning">beta</Badge>.\n\n::: v-pre\n`{{ x }}` and {{ page.title }}\n:::\n', { fields: { title: 'T' } });
    assert.deepEqual(text.split('\n'), ['New v1.0 and beta.', '', '', '`{{ x }}` and {{ page.title }}', '', '']);
    const problems = check('Text.\n\n<<< @/snippets/a.js{2}\n\n<!--@include: ./parts/basics.md-->\n', 'outline: deep\nprev: false\neditLink: true\n');
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error').map((problem) => [problem.line, problem.message.slice(0, 40)]), [
      [11, 'The code import `<<< @/snippets/a.js{2}`'],
      [13, '`<!--@include: ./parts/basics.md-->` is '],
    ]);
  });

  it('reads the Hope theme’s `star` as featured and `article: false` as unlisted', () => {
    const fields = normaliseFields({ title: 'A', date: '2024-01-01', star: true, article: false, tag: ['red'], category: ['Guide'] }, 'posts/a.md');
    assert.deepEqual([fields.featured, fields.unlisted, fields.tags], [true, true, ['Guide', 'red']]);
    assert.deepEqual(check('Text.\n', 'star: 2\narticle: true\nisOriginal: true\ntimeline: false\norder: 3\n').filter((problem) => problem.severity !== 'info'), []);
  });
});

describe('Hugo Blox’s shortcodes', () => {
  it('draws `{{< icon name pack >}}`, plays `{{< video src >}}` and reads `{{< figure >}}` with its look’s options', () => {
    const { text } = convertEngineSyntax('{{< icon name="python" pack="fab" >}} and {{< icon name="orcid" pack="ai" >}}\n\n{{< video src="clip.mp4" controls="yes" >}}\n\n{{< figure src="chart.png" caption="A chart" width="300" lightbox="true" >}}\n\n{{< figure src="chart.png" caption="A chart" numbered="true" >}}\n');
    assert.deepEqual(text.split('\n\n'), [
      ':fontawesome-brands-python: and {{< icon name="orcid" pack="ai" >}}',
      '<video src="clip.mp4" controls></video>',
      '![A chart](chart.png "A chart")',
      // A number would be lost: content:check names it.
      '{{< figure src="chart.png" caption="A chart" numbered="true" >}}\n',
    ]);
    assert.equal(packIconShortcode('python', 'fab'), ':fontawesome-brands-python:');
    assert.equal(packIconShortcode('orcid', 'ai'), undefined);
    assert.deepEqual(check('Text.\n', 'projects: []\ncommentable: true\nreading_time: false\nprofile: false\nshow_related: true\n').filter((problem) => problem.severity !== 'info'), []);
  });
});

