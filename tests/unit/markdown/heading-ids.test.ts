import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import type { Heading, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { checkPosts } from '../../../lib/check';
import { MARKDOWN_SYNTAX } from '../../../lib/markdown/parse';
import { RESERVED_IDS } from '../../../lib/markdown/reserved-ids';
import { renderPost } from '../../support/render';

function idsAndTargets(html: string) {
  const ids: { id: string; tag: string }[] = [];
  const hrefs: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.push({ id: node.properties.id, tag: node.tagName });
    if (typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) hrefs.push(node.properties.href.slice(1));
    // A footnote reference is described by the footnotes' heading: the name must land too.
    for (const name of [node.properties.ariaDescribedBy ?? []].flat()) hrefs.push(String(name));
  });
  return { ids, hrefs };
}

describe('heading ids cannot collide with the site’s or the footnotes’ ids (finding 8)', () => {
  it('suffixes a heading that would take a reserved or footnote id; a footnote reference still reaches its footnote', async () => {
    const names = [...RESERVED_IDS, 'user-content-fn-1', 'user-content-fnref-1', 'user-content-fn-note'];
    const markdown = `---\ntitle: T\n---\n\nText with a note[^1] and another[^note].\n\n${names.map((name) => `## ${name}\n\nx\n`).join('\n')}\n[^1]: The first footnote.\n[^note]: The second.\n`;
    const { ids, hrefs } = idsAndTargets(await renderPost(markdown));
    const all = ids.map(({ id }) => id);
    assert.equal(new Set(all).size, all.length, `duplicate ids: ${all.join(' ')}`);
    const headingIds = ids.filter(({ tag }) => /^h[2-6]$/.test(tag) && all.length > 0).map(({ id }) => id);
    for (const reserved of RESERVED_IDS) assert.ok(!headingIds.includes(reserved) || reserved === 'footnote-label', `a heading took ${reserved}`);
    // …but GFM's footnotes heading keeps its own, which the references' aria-describedby names.
    assert.equal(ids.find(({ id }) => id === 'footnote-label')?.tag, 'h2');
    assert.ok(hrefs.includes('footnote-label'));
    for (const id of headingIds) assert.ok(!/^user-content-fn(ref)?-(1|note)$/.test(id), `a heading took ${id}`);
    // Every in-page link lands on exactly one element; footnote links land on the footnote, not a heading.
    for (const target of hrefs) assert.equal(all.filter((id) => id === target).length, 1, `#${target}`);
    assert.equal(ids.find(({ id }) => id === 'user-content-fn-1')?.tag, 'li');
    assert.equal(ids.find(({ id }) => id === 'user-content-fnref-1')?.tag, 'a');
    assert.ok(headingIds.includes('main-1') && headingIds.includes('user-content-fn-1-1'), headingIds.join(' '));
  });

  it('lists every fixed id the site’s pages use', () => {
    const found = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name)) {
          const source = fs.readFileSync(full, 'utf8');
          for (const match of source.matchAll(/\bid=(?:\{)?["'`]([\w-]+)["'`]/g)) found.add(match[1] ?? '');
          for (const match of source.matchAll(/\bid=\{[^}]*\?\s*'([\w-]+)'\s*:\s*'([\w-]+)'/g)) [match[1], match[2]].forEach((id) => found.add(id ?? ''));
        }
      }
    };
    walk('app');
    walk('components');
    assert.ok(found.has('main'));
    for (const id of found) assert.ok(RESERVED_IDS.includes(id), `id="${id}" in app/ or components/ is missing from RESERVED_IDS`);
  });
});

describe('a heading’s own id, as other engines write it', () => {
  it('keeps `{#id}`, kramdown’s `{: #id}` after the text or under it, and Pandoc’s id among classes; old links land', async () => {
    const markdown = [
      '---', 'title: T', '---', '',
      '## Install {#install-it}', '',
      '### Setup', '{: #old-setup}', '',
      '## Other {: #kram-id .big}', '',
      '## Pandoc {#pan .unnumbered}', '',
      '## Classes only {.wide}', '',
      '> ## Quoted {#quoted}', '',
      '## The {foo} syntax', '',
      '```', '## Code {#not-an-id}', '```', '',
    ].join('\n');
    const html = await renderPost(markdown);
    const { ids } = idsAndTargets(html);
    assert.deepEqual(ids.filter(({ tag }) => /^h\d$/.test(tag)).map(({ id }) => id), ['install-it', 'old-setup', 'kram-id', 'pan', 'classes-only', 'quoted', 'the-foo-syntax']);
    // The attributes are not text a reader sees; a brace that is no attribute list, and code, stay.
    assert.doesNotMatch(html.replace(/<pre[\s\S]*?<\/pre>/g, ''), /\{[#:.]/);
    assert.match(html, />The \{foo\} syntax</);
    assert.match(html, /## Code \{#not-an-id\}/);
  });

  it('gives way to the site’s ids, a footnote’s and an earlier heading’s own id, and to ids not made of letters, digits, - and _', async () => {
    const markdown = '---\ntitle: T\n---\n\n## Later {#first}\n\n## First\n\n## Main {#main}\n\n## Again {#first}\n\n## Dotted {#v1.2}\n';
    const { ids } = idsAndTargets(await renderPost(markdown));
    // The first heading that names an id keeps it, even from a heading after it whose text would give it.
    assert.deepEqual(ids.map(({ id }) => id), ['first', 'first-1', 'main-1', 'again', 'dotted']);
  });

  it('is named by content:check wherever the build gives an own id way, in .md and .mdx, and nowhere else', async () => {
    const body = '## Later {#first}\n\n## First\n\n## Main {#main}\n\n## Again {#first}\n\n## Kept {#kept}\n\n```\n## Code {#main}\n```\n';
    const { ids } = idsAndTargets(await renderPost(`---\ntitle: T\n---\n\n${body}`));
    assert.deepEqual(ids.map(({ id }) => id), ['first', 'first-1', 'main-1', 'again', 'kept']);
    for (const file of ['content/posts/ids.md', 'content/posts/ids.mdx']) {
      const problems = checkPosts([{ path: file, bytes: new TextEncoder().encode(`---\ntitle: T\ndate: 2024-01-01\n---\n\n${body}`) }]);
      const named = problems.filter((problem) => /^The heading id/.test(problem.message));
      assert.deepEqual(named.map(({ line, severity, message }) => [line, severity, /"\{#\w+\}" (is [^:]*)/.exec(message)?.slice(1).join('')]), [
        [10, 'warning', 'is one the page itself uses'],
        [12, 'warning', 'is an earlier heading’s'],
      ], file);
    }
  });

  it('parses `{#id}` in an .mdx heading as text for the id, not as an expression', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).use(MARKDOWN_SYNTAX);
    const parsed = tree.runSync(tree.parse('## Install {#install-it}\n\nA {1 + 1} expression.\n')) as Root;
    const heading = parsed.children[0] as Heading;
    assert.equal(heading.data?.hProperties?.id, 'install-it');
    assert.deepEqual(heading.children, [{ type: 'text', value: 'Install', position: heading.children[0]?.position }]);
    // Other braces are still expressions.
    assert.ok(JSON.stringify(parsed.children[1]).includes('mdxTextExpression'));
  });
});

describe('an anchor the author wrote in HTML (`<a name>`, an id), as old themes and exports write them', () => {
  const anchorPost = (body: string, file = 'content/posts/a-post.md') => ({ path: file, bytes: new TextEncoder().encode(`---\ntitle: T\ndate: 2024-01-01\n---\n\n${body}`) });

  it('is kept under a prefix no page id has, and the post’s links to it, Markdown or HTML, follow', async () => {
    const html = await renderPost(
      '---\ntitle: T\ndate: 2024-01-01\n---\n\nJump to <a href="#details">the details</a> or [the same](#details), or [a heading](#the-details-part).\n\n<a name="details"></a>\n## The details part\n\nA note<sup><a href="#n%C3%A9-1" id="ref-1">1</a></sup>.\n\n<ol><li id="né-1">The note. <a href="#ref-1">↩︎</a></li></ol>\n',
    );
    assert.equal((html.match(/href="#user-content-details"/g) ?? []).length, 2, html);
    assert.match(html, /<a id="user-content-details"><\/a>/);
    assert.match(html, /href="#the-details-part"/, 'a heading’s id as the site made it');
    assert.match(html, /<sup><a href="#user-content-né-1" id="user-content-ref-1">1<\/a><\/sup>/);
    assert.match(html, /<li id="user-content-né-1">The note\. <a href="#user-content-ref-1">/);
    assert.doesNotMatch(html, /\bname=|id="details"|id="ref-1"/);
  });

  it('never takes the site’s ids or a footnote’s, and is kept once; one it cannot keep is named', async () => {
    const html = await renderPost('---\ntitle: T\ndate: 2024-01-01\n---\n\nA[^1] and <span id="main">main</span>, <span id="fn-1">a copy</span>, <span id="x">one</span> <span id="x">two</span> <span id="a b">three</span>.\n\n[^1]: The note.\n');
    assert.match(html, /<span id="user-content-main">main<\/span>/, 'prefixed: the skip link’s #main stays the page’s');
    assert.equal((html.match(/id="user-content-fn-1"/g) ?? []).length, 1, 'the footnote keeps its id alone');
    assert.equal((html.match(/id="user-content-x"/g) ?? []).length, 1);
    assert.doesNotMatch(html, /id="a b"|id="user-content-a/);
    const problems = checkPosts([anchorPost('<span id="x">one</span> <span id="x">two</span> <span id="a b">three</span> <a name="kept">kept</a>\n')]).map((problem) => `${problem.line} ${problem.severity} ${problem.message}`);
    assert.deepEqual(problems, [
      '6 warning The anchor "x" on <span> is given earlier in the post too: links to it lead to the first.',
      '6 warning The anchor "a b" (`id` on <span>) is removed: an anchor\'s name may hold only letters, digits and _ . : -, so links to it lead nowhere.',
    ]);
  });
});
