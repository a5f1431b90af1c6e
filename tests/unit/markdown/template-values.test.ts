import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkPosts, type Problem } from '../../../lib/check';
import { evaluateExpression, findMdxProblems, unshownValue } from '../../../lib/check/mdx';
import { bodyOptionsOf, unknownKeysOf } from '../../../lib/content/schema';
import { convertEngineSyntax, convertHtmlBody } from '../../../lib/markdown/engine-syntax';
import { remarkFrontmatterValues } from '../../../lib/markdown/remark-plugins';
import { fieldsShownBy, frontmatterValue, liquidValue, shownValue } from '../../../lib/markdown/template-values';
import { site } from '../../../lib/site/config';
import { readFrontmatter } from '../../../lib/content/frontmatter';
import { textFacts } from '../../../lib/markdown/text-facts';
import { renderPost } from '../../support/render';

const FIELDS = { title: 'Moving *house* & <b>', date: '2024-01-05', tags: ['rust', 'wasm'], author: { name: 'Ann' }, version: 2, draft: false };
const converted = (body: string, fields: Record<string, unknown> = FIELDS) => convertEngineSyntax(body, bodyOptionsOf(fields));
const check = (text: string, file = 'content/posts/a-post.md') => checkPosts([{ path: file, bytes: new TextEncoder().encode(text) }]);
const said = (problems: Problem[]) => problems.map((problem) => `${problem.line} ${problem.severity} ${problem.message}`);

describe('a value shown through Liquid filters', () => {
  it('is the value as text: a string, a number, a yes or no', () => {
    assert.equal(shownValue('Text'), 'Text');
    assert.equal(shownValue(2), '2');
    assert.equal(shownValue(false), 'false');
  });

  it('gives a date in the site’s one format, whatever format the old template asked for', () => {
    assert.equal(shownValue('2024-01-05', ['date: "%B %-d, %Y"']), 'January 5, 2024');
    assert.equal(shownValue('2024-01-05 09:00:00 +0000', [" date: '%Y-%m-%d' "]), 'January 5, 2024');
    assert.equal(shownValue('2024-01-05', ['date_to_string']), 'January 5, 2024');
    assert.equal(shownValue('2024-01-05', ['date_to_long_string']), 'January 5, 2024');
    // `date` without its format, or a value that is no date: not shown as a guess.
    assert.equal(shownValue('2024-01-05', ['date']), undefined);
    assert.equal(shownValue('soon', ['date: "%Y"']), undefined);
  });

  it('joins a list only when asked, and changes case and space', () => {
    assert.equal(shownValue(['a', 'b'], ['join: ", "']), 'a, b');
    assert.equal(shownValue(['a', 'b'], ['join']), 'a b');
    assert.equal(shownValue(['a', 'b']), undefined);
    assert.equal(shownValue([{ a: 1 }], ['join: ", "']), undefined);
    assert.equal(shownValue(' Mixed Case ', ['strip', 'upcase']), 'MIXED CASE');
    assert.equal(shownValue('Mixed', ['downcase']), 'mixed');
    assert.equal(shownValue('word', ['capitalize']), 'Word');
    assert.equal(shownValue('<b>', ['escape']), '<b>');
  });

  it('is undefined for a map, nothing, or a filter the site cannot apply exactly', () => {
    assert.equal(shownValue({ name: 'Ann' }), undefined);
    assert.equal(shownValue(undefined), undefined);
    assert.equal(shownValue(null), undefined);
    assert.equal(shownValue('Text', ['truncate: 5']), undefined);
    assert.equal(shownValue('Text', ['markdownify']), undefined);
    assert.equal(shownValue('Text', ['upcase: "x"']), undefined);
  });
});

describe('the values a template names', () => {
  it('reads the post’s own fields by a dotted path, and the site’s name, description and author', () => {
    assert.deepEqual(liquidValue(' page.title ', FIELDS), { text: FIELDS.title, source: "the post's own `title`, as on the old site" });
    assert.equal(liquidValue('page.author.name | upcase', FIELDS)?.text, 'ANN');
    assert.equal(liquidValue('page.tags | join: " · "', FIELDS)?.text, 'rust · wasm');
    assert.equal(liquidValue('page.tags | join: " | " | upcase', FIELDS)?.text, 'RUST | WASM');
    assert.equal(liquidValue('site.title', FIELDS)?.text, site.name);
    assert.equal(liquidValue('site.description', FIELDS)?.text, site.description);
    assert.match(liquidValue('site.title', FIELDS)?.source ?? '', /lib\/site\/config\.ts/);
    assert.equal(frontmatterValue('author.name', FIELDS)?.text, 'Ann');
  });

  it('names nothing it does not have: a missing field, a whole list, an object’s inherited names', () => {
    assert.equal(liquidValue('page.nope', FIELDS), undefined);
    assert.equal(liquidValue('page.tags', FIELDS), undefined);
    assert.equal(liquidValue('page.constructor', FIELDS), undefined);
    assert.equal(liquidValue('page.title.length', FIELDS), undefined);
    assert.equal(liquidValue('site.constructor', FIELDS), undefined);
    assert.equal(liquidValue('site.baseurl', FIELDS), undefined);
    assert.equal(liquidValue('paginator.page', FIELDS), undefined);
    assert.equal(frontmatterValue('__proto__', FIELDS), undefined);
    assert.equal(frontmatterValue('title; alert(1)', FIELDS), undefined);
  });

  it('finds the fields a body shows, so that they are no unknown fields', () => {
    const body = '{{ page.version }} {{- page.level | upcase }} {{ $frontmatter.lang }} {{< param "owner" >}} {{% param team %}} {{ site.title }}';
    assert.deepEqual([...fieldsShownBy(body)].sort(), ['lang', 'level', 'owner', 'team', 'version']);
    assert.deepEqual([...fieldsShownBy('For {frontmatter.difficulty} readers, {frontmatter.author.name}.', true)].sort(), ['author', 'difficulty']);
    assert.deepEqual([...fieldsShownBy('For {frontmatter.difficulty} readers.')], []);
    assert.deepEqual(unknownKeysOf({ title: 'T', version: '2', other: 1 }, fieldsShownBy('{{ page.version }}')), ['other']);
  });
});

describe('a template of the post’s own values, in its body', () => {
  it('is the value, as text that no Markdown is read in, with a note of where it came from', () => {
    const result = converted('Read **{{ page.title }}** from {{ page.date | date: "%b %-d, %Y" }}, on {{ site.title }}.');
    assert.equal(result.text, `Read **Moving \\*house\\* \\& \\<b\\>** from January 5\\, 2024, on ${site.name.replace(/[!-/:-@[-`{-~]/g, '\\$&')}.`);
    assert.deepEqual(
      result.conversions.map((conversion) => [conversion.line, conversion.note]),
      [
        [1, 'is the post\'s own `title`, as on the old site: "Moving *house* & <b>"'],
        [1, 'is the post\'s own `date`, as on the old site: "January 5, 2024"'],
        [1, `is the site's name from lib/site/config.ts, where the old site showed its own: "${site.name}"`],
      ],
    );
  });

  it('reads VuePress’ and VitePress’ $frontmatter and Hugo’s param the same way', () => {
    assert.equal(converted('# {{ $frontmatter.author.name }}\n\nBy {{< param "author.name" >}}, v{{% param version %}}.').text, '# Ann\n\nBy Ann, v2.');
  });

  it('reads Hugo’s param from the page’s `[params]` table too, and accepts the table when the body shows all it holds', () => {
    assert.equal(converted('Kept by {{< param "owner" >}}.', { title: 'T', params: { owner: 'the release team' } }).text, 'Kept by the release team.');
    const post = (table: string) => `+++\ntitle = "T"\ndate = 2024-04-21\n[params]\n${table}\n+++\n\nKept by {{< param "owner" >}}.\n`;
    assert.deepEqual(said(check(post('  owner = "the release team"'))), [
      "4 info `owner` of Hugo's `params` is shown in the post's text, where `{{< param >}}` names it.",
      '8 info "{{< param \\"owner\\" >}}" is the post\'s own `owner`, as on the old site: "the release team".',
    ]);
    assert.deepEqual(unknownKeysOf({ title: 'T', params: { owner: 'x' } }, fieldsShownBy('{{< param "owner" >}}')), []);
    // A field of the table the body does not show stays an error, named alone.
    const problems = said(check(post('  owner = "the release team"\n  team = "core"')));
    assert.match(problems.join('\n'), /4 error Hugo's `params` holds `team`, which the site does not read/);
    assert.deepEqual(unknownKeysOf({ title: 'T', params: { owner: 'x', team: 'y' } }, fieldsShownBy('{{< param "owner" >}}')), ['params']);
  });

  it('leaves what it cannot show for content:check: inline code, a missing field, a list, Liquid turned off', () => {
    const body = 'Write `{{ page.title }}` to show {{ page.nope }}, {{ page.tags }} and {{ $frontmatter.nope }}.';
    assert.equal(converted(body).text, body);
    assert.equal(converted('{{ page.title }}', { ...FIELDS, render_with_liquid: false }).text, '{{ page.title }}');
    const problems = said(check(`---\ntitle: T\ndate: 2024-01-01\n---\n\n${body}\n`));
    assert.deepEqual(problems.filter((problem) => / error /.test(problem)), ['6 error The Liquid output `{{ page.nope }}` is not run here: it would be published as text.', '6 error The Liquid output `{{ page.tags }}` is not run here: it would be published as text.']);
  });

  it('reads Eleventy’s fields named alone, through the same filters; a name that is no field stays text', () => {
    const result = converted('By {{ author.name }}: {{ title | upcase }}, v{{- version -}}, {{ date | date: "%b %-d, %Y" }}. Vue shows {{ count }}.');
    assert.equal(result.text, 'By Ann: MOVING \\*HOUSE\\* \\& \\<B\\>, v2, January 5\\, 2024. Vue shows {{ count }}.');
    assert.equal(result.conversions[0]?.note, 'is the post\'s own `author.name`, as its templates showed it (Eleventy names a post\'s fields alone): "Ann"');
    assert.deepEqual([...fieldsShownBy('{{ level }} {{- team | upcase }} {{ owner.name }} {{ .Title }} {{ youtube(id="x") }}')].sort(), ['level', 'owner', 'team']);
    // An HTML post the same way, each output read once: a value that looks like a template is shown as written.
    const html = convertHtmlBody('<p>{{ title }} / {{ page.title }}</p>', bodyOptionsOf({ title: '{{ secret }} {{ page.secret }} <i>', secret: 'no' }));
    assert.equal(html.text, '<p>{{ secret }} {{ page.secret }} &lt;i&gt; / {{ secret }} {{ page.secret }} &lt;i&gt;</p>');
  });

  it('names a field it cannot show alone as an error at its line; leaves a name that is no field, and code, alone', () => {
    const problems = said(check('---\ntitle: T\ndate: 2024-01-01\ntags: [a, b]\n---\n\nTags {{ tags }}, {{ title | safe }}, {{ count }} and `{{ tags }}`.\n\n```\n{{ tags }}\n```\n'));
    assert.deepEqual(problems.filter((problem) => / error /.test(problem)), [
      "7 error The template value `{{ tags }}` names the post's own field, which the site fills in only as text (through Liquid's `date`, `join` and case filters): it would be published as written.",
      "7 error The template value `{{ title | safe }}` names the post's own field, which the site fills in only as text (through Liquid's `date`, `join` and case filters): it would be published as written.",
    ]);
  });

  it('never runs a value as a template or Markdown: a reader sees it as written', async () => {
    const title = '{{ page.secret }} [a](javascript:alert(1)) <script>alert(1)</script> $x$ *b*';
    const html = await renderPost(`---\ntitle: ${JSON.stringify(title)}\ndate: 2024-01-01\nsecret: no\n---\n\nShown: {{ page.title }}\n`);
    assert.match(html, /<p>Shown: \{\{ page\.secret \}\} \[a\]\(javascript:alert\(1\)\) &#x3C;script>alert\(1\)&#x3C;\/script> \$x\$ \*b\*<\/p>/);
    assert.doesNotMatch(html, /<script|<a |katex|<em>/);
  });

  it('reads a post whose frontmatter YAML makes circular (an alias inside itself) without stopping', () => {
    const front = '---\ntitle: T\ndate: 2024-01-01\nextra: &x\n  b: *x\n---\n\n';
    assert.equal(textFacts(`{{ page.title }} and {{ page.extra }}.`, 'markdown', bodyOptionsOf(readFrontmatter(`${front}x`)?.data ?? {})).summary, 'T and {{ page.extra }}.');
    assert.deepEqual(said(check(`${front}{{ page.title }} and {{ page.extra }}.\n`)).map((problem) => problem.split(' ').slice(0, 2).join(' ')), ['4 info', '8 info', '8 error']);
  });

  it('is HTML-escaped text in an HTML post', () => {
    assert.equal(convertHtmlBody('<p>{{ page.title }} for {{ page.nope }}</p>', bodyOptionsOf(FIELDS)).text, '<p>Moving *house* &amp; &lt;b&gt; for {{ page.nope }}</p>');
  });

  it('is shown on the page, and the field it shows is accepted, with a note', async () => {
    const post = '---\ntitle: Release notes\ndate: 2024-05-06\nversion: 2.0.1\n---\n\nUpgrade to **{{ page.version }}**, said {{ site.author }}.\n';
    assert.match(await renderPost(post), new RegExp(`<p>Upgrade to <strong>2\\.0\\.1</strong>, said ${site.author}\\.</p>`));
    assert.deepEqual(said(check(post)), [
      "4 info `version` is shown in the post's text, where a template of the old site names it.",
      '7 info "{{ page.version }}" is the post\'s own `version`, as on the old site: "2.0.1".',
      `7 info "{{ site.author }}" is the site's author from lib/site/config.ts, where the old site showed its own: "${site.author}".`,
    ]);
    // Two posts with the same body show their own values.
    assert.match(await renderPost(post.replace('2.0.1', '3.1')), /<strong>3\.1<\/strong>/);
  });
});

describe('Astro’s {frontmatter.x} in an .mdx post', () => {
  const mdxTree = (source: string) => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkFrontmatterValues);
    return processor.runSync(processor.parse(source)) as Root;
  };

  it('is the field’s text, read as the site reads frontmatter (a date as written)', () => {
    const tree = mdxTree('---\ntitle: T & <b>\npubDatetime: 2024-01-05\nauthor:\n  name: Ann\n---\n\n{frontmatter.title}\n\nOn {frontmatter.pubDatetime} by {frontmatter.author.name}.\n');
    assert.deepEqual(tree.children.slice(1).map((node) => [node.type, toString(node)]), [['paragraph', 'T & <b>'], ['paragraph', 'On 2024-01-05 by Ann.']]);
  });

  it('leaves any other expression, and a field without text, to the MDX compiler', () => {
    const tree = mdxTree('---\ntags: [a, b]\n---\n\n{frontmatter.tags} {frontmatter.tags.join(", ")} {props.x}\n');
    assert.deepEqual(JSON.stringify(tree).match(/"type":"mdxTextExpression"/g)?.length, 3);
  });

  it('passes content:check when the field holds text; one it lacks, or a map, is an error at its line', () => {
    const frontmatter = { title: 'T', difficulty: 'easy', author: { name: 'Ann' }, tags: ['a'] };
    assert.deepEqual(findMdxProblems('For {frontmatter.difficulty} readers, by {frontmatter.author.name}; {frontmatter.tags}.\n', undefined, frontmatter), []);
    const problems = findMdxProblems('Fine.\n\n{frontmatter.nope}\n\nBy {frontmatter.author}.\n', undefined, frontmatter);
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity]), [[3, 'error'], [5, 'error']]);
    assert.equal(problems[0]?.message, 'The expression {frontmatter.nope} would show nothing: the frontmatter has no `nope`.');
    assert.equal(problems[1]?.message, 'The expression {frontmatter.author} holds fields of its own, not text: the build would stop (React shows no map).');
    assert.match(problems[0]?.fix ?? '', /a field of the frontmatter that holds text/);
  });

  it('evaluates expressions with a copy of the frontmatter, which an expression cannot change for the next', () => {
    const frontmatter = { title: 'T' };
    assert.deepEqual(evaluateExpression('frontmatter.title = "changed"', undefined, frontmatter), { value: 'changed' });
    assert.equal(frontmatter.title, 'T');
    assert.deepEqual(evaluateExpression('frontmatter.title', undefined, frontmatter), { value: 'T' });
    // An attribute's value may be anything a component takes; only text shown must be text.
    assert.equal(unshownValue('frontmatter.title', 'T'), undefined);
    assert.equal(unshownValue('frontmatter.tags', ['a', 'b']), undefined);
    assert.match(unshownValue('({ a: 1 })', { a: 1 }) ?? '', /holds fields of its own, not text/);
    assert.match(unshownValue('frontmatter.nope', undefined) ?? '', /the frontmatter has no `nope`/);
    assert.equal(unshownValue('props.x', undefined), undefined);
  });

  it('accepts in content:check the fields the body shows, with a note at the field', () => {
    const post = '---\ntitle: T\ndate: 2024-01-01\ndifficulty: easy\n---\n\nFor {frontmatter.difficulty} readers.\n';
    assert.deepEqual(said(check(post, 'content/posts/a-post.mdx')), ["4 info `difficulty` is shown in the post's text, where a template of the old site names it."]);
    assert.match(said(check(post.replace('{frontmatter.difficulty}', 'easy'), 'content/posts/a-post.mdx')).join('\n'), /4 error Unknown frontmatter field `difficulty`/);
  });
});
