import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { checkPosts, type Problem } from '../../../lib/check';
import { findLossyMarkup } from '../../../lib/check/lossy-markup';
import { renderTree } from '../../support/render';

/** Real-world constructs written for this project: what must render, and what must be reported. */
const CORPUS = path.join(process.cwd(), 'tests', 'fixtures', 'markdown-corpus');
const read = (name: string) => fs.readFileSync(path.join(CORPUS, name), 'utf8');
const check = (name: string): Problem[] => checkPosts([{ path: `content/posts/${name}`, bytes: new TextEncoder().encode(read(name)) }]);

let supported: Promise<{ html: string; tree: Root }> | undefined;
const rendered = () => (supported ??= renderTree(read('supported.md'), 'supported.md'));
const all = (tree: Root, selector: string) => selectAll(selector, tree) as Element[];
const classes = (element: Element | undefined) => (Array.isArray(element?.properties.className) ? element.properties.className.map(String) : []);

describe('markdown corpus: supported constructs render', () => {
  it('typesets math at build time, MathML included, and leaves dollar amounts alone', async () => {
    const { html, tree } = await rendered();
    assert.equal(all(tree, '.katex').length, 3); // inline, $$ block, ```math block, and none for "$5 and $10"
    assert.equal(all(tree, '.katex-display').length, 2);
    assert.equal(all(tree, '.katex math annotation[encoding="application/x-tex"]').length, 3);
    // The TeX stays only as MathML's annotation, which is not displayed.
    assert.doesNotMatch(html.replace(/<annotation[\s\S]*?<\/annotation>/g, ''), /\$\$|\\frac|\\int/);
    assert.match(html, /it costs \$5 and \$10\./);
  });

  it('keeps allow-listed HTML with the Markdown inside it', async () => {
    const { html, tree } = await rendered();
    const details = all(tree, 'details')[0];
    assert.equal(toString(all(tree, 'details > summary')[0] ?? { type: 'root', children: [] }), 'Open me');
    assert.ok(details && all(details as unknown as Root, 'p > em').length === 1, 'Markdown inside <details> is rendered');
    for (const fragment of ['X<sup>n</sup>', 'H<sub>2</sub>O', '<kbd>Ctrl</kbd>', '<mark>marked</mark>', '<abbr title="HyperText Markup Language">HTML</abbr>', '<ins>new</ins>', '<del>old</del>', '<br>']) {
      assert.ok(html.includes(fragment), fragment);
    }
    const figure = all(tree, 'figure:not(.code-figure)')[0];
    assert.equal(all(figure as unknown as Root, 'img[src^="/_img/fees-per-batch-"]').length, 1);
    assert.equal(toString(all(figure as unknown as Root, 'figcaption')[0] ?? { type: 'root', children: [] }), 'The harbour, photographed by the author');
    // The gallery <div> keeps its photo and its credit (it used to be dropped whole).
    assert.equal(all(tree, 'div img[src^="/_img/fees-per-batch-"]').length, 1);
    assert.match(html, /Photo credit: A\. Author/);
    // Local media only, always with controls, never autoplaying.
    assert.match(html, /<video src="\/media\/clip\.mp4" controls><\/video>/);
    assert.match(html, /<audio controls><source src="\/media\/talk\.mp3" type="audio\/mpeg"><\/audio>/);
    // No tag shows as text outside code.
    const prose = html.replace(/<pre[\s\S]*?<\/pre>/g, '');
    assert.doesNotMatch(prose, /&#x3C;|&lt;|\{\{</);
  });

  it('gives code blocks their title, highlighted lines, line numbers and diff marks', async () => {
    const { tree } = await rendered();
    const titled = all(tree, 'figure.code-figure');
    assert.deepEqual(titled.map((figure) => toString(all(figure as unknown as Root, 'figcaption.code-title')[0] ?? { type: 'root', children: [] })), ['lib/fees.ts', 'rollup.js']);
    const fees = all(titled[0] as unknown as Root, '.line');
    assert.deepEqual(fees.map((line) => classes(line).includes('highlighted')), [false, true, false]);
    const rollup = all(titled[1] as unknown as Root, 'pre')[0];
    assert.ok(classes(rollup).includes('line-numbers'));
    const lines = all(rollup as unknown as Root, '.line').map(classes);
    assert.deepEqual(lines.map((names) => names.filter((name) => name === 'add' || name === 'remove')), [[], ['add'], ['remove']]);
    assert.doesNotMatch(toString(rollup ?? { type: 'root', children: [] }), /\[!code/);
    // Hugo's fence options, as a Hugo post writes them: numbered from 10, lines 2, 4 and 5 of the block marked.
    const hugo = all(tree, 'pre[data-language="go"]')[0];
    assert.ok(classes(hugo).includes('line-numbers'));
    assert.equal(all(hugo as unknown as Root, 'code')[0]?.properties.style, 'counter-reset: line 9');
    assert.deepEqual(all(hugo as unknown as Root, '.line').map((line) => classes(line).includes('highlighted')), [false, true, false, true, true, false]);
  });

  it('maps language aliases and labels a language it cannot colour', async () => {
    const { tree } = await rendered();
    const byLabel = new Map(all(tree, 'pre[data-language]').map((pre) => [String(pre.properties.dataLanguage), pre]));
    for (const label of ['tex', 'astro', 'sh', 'mdx']) {
      const colours = new Set(all(byLabel.get(label) as unknown as Root, 'span[style]').map((span) => String(span.properties.style).split(';')[0]));
      assert.ok(colours.size >= 2, `${label} is highlighted (${[...colours].join(' ')})`);
    }
    assert.ok(byLabel.has('nosuchlang'), 'an unknown language keeps its label');
  });

  it('gives a callout the title written on its first line, and reads Obsidian’s kinds as the nearest alert', async () => {
    const { html } = await renderTree('---\ntitle: T\n---\n\n> [!tip] A **bold** title\n> Body.\n\n> [!example]\n> Shown as a note.\n\n> [!danger]- Folded\n> Shown when opened.\n\n> [!IMPORTANT] Only a title\n\n> [!unknown]\n> A quote.\n');
    const callouts = [...html.matchAll(/<div class="markdown-alert markdown-alert-(\w+)"[^>]*>\s*<p class="markdown-alert-title"[^>]*>([^<]*)<\/p>\s*(<p>[^<]*<\/p>)?/g)].map((match) => [match[1], match[2], match[3] ?? '']);
    assert.deepEqual(callouts, [
      ['tip', 'A bold title', '<p>Body.</p>'],
      ['note', 'Example', '<p>Shown as a note.</p>'],
      ['important', 'Only a title', ''],
    ]);
    // Obsidian's fold mark: a <details>, closed, its title the summary.
    assert.match(html, /<details class="markdown-alert markdown-alert-caution" dir="auto">\s*<summary class="markdown-alert-title" dir="auto">Folded<\/summary>\s*<p>Shown when opened\.<\/p>\s*<\/details>/);
    assert.match(html, /<blockquote>\s*<p>\[!unknown\]\nA quote\.<\/p>/);
    // content:check says so.
    assert.deepEqual(findLossyMarkup('> [!example] Fine\n> Text.\n\n> [!unknown]\n> A quote.\n').map((finding) => `${finding.line} ${finding.severity} ${finding.message}`), [
      '4 warning `[!unknown]` is not a callout kind the site knows: it shows as a quote with `[!unknown]` in it.',
    ]);
  });

  it('shows each GitHub alert as a titled note', async () => {
    const { tree } = await rendered();
    const alerts = all(tree, 'div.markdown-alert[role="note"]');
    assert.deepEqual(alerts.map((alert) => toString(all(alert as unknown as Root, '.markdown-alert-title')[0] ?? { type: 'root', children: [] })), ['Note', 'Tip', 'Important', 'Warning', 'Caution']);
    // Each of GitHub's five kinds keeps its own look.
    assert.deepEqual(alerts.map((alert) => (alert as Element).properties.className), ['note', 'tip', 'important', 'warning', 'caution'].map((kind) => ['markdown-alert', `markdown-alert-${kind}`]));
    assert.equal(all(tree, 'svg').length, 0);
  });

  it('typesets hostile TeX without links, handlers or images', async () => {
    const { html } = await renderTree('---\ntitle: T\n---\n\n$\\href{javascript:alert(1)}{x}$ $\\htmlData{onclick=alert(1)}{y}$ $\\includegraphics{/x.png}$ $\\url{javascript:z}$\n');
    assert.equal((html.match(/class="katex"/g) ?? []).length, 4);
    assert.doesNotMatch(html, /\s(href|src|onclick|data-onclick)=|<a |<img/);
  });

  it('content:check finds nothing lossy in the supported corpus or the showcase post', () => {
    assert.deepEqual(check('supported.md').filter((problem) => problem.severity === 'error'), []);
    // Hugo's `style=monokai` picked Hugo's colours: a note, not an error, and the block still builds.
    const look = check('supported.md').filter((problem) => problem.message.includes('style=monokai'));
    assert.deepEqual(look.map((problem) => problem.severity), ['info']);
    // With the posts it links to: links between posts are checked across the collection.
    const showcase = checkPosts(['content/posts/writing-beyond-plain-markdown.md', 'content/posts/layer-2-solutions-scaling-the-blockchain.md', 'content/posts/layer-2-in-japanese.md'].map((path) => ({ path, bytes: fs.readFileSync(path) })));
    // Its diagram's note (drawn in the browser; its source in the feeds) is the only finding.
    const found = showcase.filter((problem) => problem.file.endsWith('writing-beyond-plain-markdown.md'));
    assert.deepEqual(found.map((problem) => [problem.severity, problem.diagram?.split('\n')[0]]), [['info', 'flowchart LR']]);
  });
});

describe('markdown corpus: content:check names every lossy construct of a mixed post', () => {
  const problems = check('lossy.md');
  const lines = read('lossy.md').split('\n');
  const lineOf = (text: string) => lines.findIndex((value) => value.includes(text)) + 1;

  it('lists each construct that would lose content as an error at its line', () => {
    const expected = [
      ['{{< bilibili', /Hugo shortcode .*bilibili.*lose the embedded bilibili/],
      ['{{% notice custom', /Hugo shortcode .*lose the callout box/],
      ['{{ bilibili(', /Zola shortcode .*bilibili.*lose the embedded bilibili/],
      ['{% note(', /Zola shortcode .*lose the callout box/],
      ['{% end %}', /end of a Zola shortcode/],
      ['import Chart', /MDX import/],
      ['<Chart data', /<Chart> is a JSX component/],
      ['<marquee>', /<marquee> is not an element the site shows/],
      ['<iframe', /<iframe> .*youtube\.com.* readers lose the embedded content/],
      ['<svg', /<svg> is removed .* the drawing/],
      ['```go {hl_lines', /fence says "markers=true"/],
      ['```{r echo', /fence says "\{r"/],
      ['<video src="https://cdn', /video source .*cdn\.example\.com.* lose the media/],
      ['<img src="javascript', /image source "javascript:alert\(1\)" is removed/],
      ['$\\frac{1}{$', /formula .* cannot be typeset/],
    ] as const;
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.deepEqual(errors.map((problem) => problem.line), expected.map(([text]) => lineOf(text)));
    expected.forEach(([, message], index) => assert.match(errors[index]?.message ?? '', message));
    for (const error of errors) assert.ok(error.fix && error.fix.length > 10, `a fix for ${error.message}`);
  });

  it('warns, without an error, about attributes removed for safety, and ignores code', () => {
    const line = lineOf('<p onclick');
    const warnings = problems.filter((problem) => problem.line === line);
    assert.deepEqual(warnings.map((problem) => problem.severity), ['warning', 'warning']);
    assert.match(warnings.map((problem) => problem.message).join(' '), /`onclick`.*`style`/);
    assert.ok(!problems.some((problem) => problem.line === lineOf('inside code is fine')));
  });

  it('still renders the post, showing no raw component or shortcode markup but what the check named', async () => {
    const { html } = await renderTree(read('lossy.md'), 'lossy.md');
    assert.match(html, /Handlers and styles go; this text stays\./);
    assert.match(html, /Breaking news scrolls here/);
    assert.doesNotMatch(html, /<(iframe|svg|marquee)\b|onclick|javascript:/);
  });
});
