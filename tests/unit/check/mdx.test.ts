import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts, type Problem } from '../../../lib/check';
import { evaluateExpression, findMdxProblems } from '../../../lib/check/mdx';

const mdxPost = (body: string, name = 'a-post.mdx') => ({
  path: `content/posts/${name}`,
  bytes: new TextEncoder().encode(`---\ntitle: "A post"\ndate: 2024-01-01\n---\n\n${body}`),
});
/** Problems as `line severity message`, the body starting on file line 6. */
const problemsOf = (body: string): Problem[] => checkPosts([mdxPost(body)]).filter((problem) => problem.severity !== 'info');

describe('content:check on .mdx posts', () => {
  it('accepts every registry component, HTML elements, comments and plain expressions', () => {
    const body = [
      '<TOC />',
      '',
      '## A part',
      '',
      '<Callout type="tip" title="Short">Text with **bold**.</Callout>',
      '',
      '<Details summary="More">Hidden {1 + 1} and {props.toc}</Details>',
      '',
      '{/* a comment */}',
      '',
      '<kbd>Ctrl</kbd> <TOCInline toc={props.toc} />',
    ].join('\n');
    assert.deepEqual(problemsOf(body), []);
  });

  it('names an unknown component, its line and the components there are', () => {
    const [problem, ...rest] = problemsOf('Text.\n\n<Chart data="x" />\n');
    assert.equal(rest.length, 0);
    assert.equal(problem?.line, 8);
    assert.equal(problem?.severity, 'error');
    assert.match(problem?.message ?? '', /Unknown component <Chart>/);
    assert.match(problem?.fix ?? '', /<Figure>, <Image>, <Callout>, <TOC>, <TOCInline>, <Details>, <Tabs>, <TabItem>, <Tabs.Tab>, <Admonition>, <CodeBlock>, <Steps> \(components\/mdx\/\)/);
    assert.match(problem?.fix ?? '', /add <Chart> to components\/mdx\//);
  });

  it('rejects an import or export of a package, at its line', () => {
    const problems = problemsOf("import { Chart } from 'chart-lib'\n\nexport const meta = { a: 1 }\n\nText.\n");
    assert.deepEqual(problems.map((problem) => [problem.line, problem.message]), [
      [6, "An `import` in a post is not supported: import { Chart } from 'chart-lib'"],
      [8, 'An `export` in a post is not supported: export const meta = { a: 1 }'],
    ]);
    assert.match(problems[0]?.fix ?? '', /^Remove it\. Use the site's components, which need no import/);
  });

  it('rejects an expression the build cannot evaluate, in text and in attributes', () => {
    const problems = problemsOf('Total: {price * 2}\n\n<Callout title={label}>x</Callout>\n');
    assert.deepEqual(problems.map((problem) => problem.line), [6, 8]);
    assert.match(problems[0]?.message ?? '', /^The expression \{price \* 2\} cannot be evaluated when the site is built \(ReferenceError: price is not defined\)\.$/);
    assert.match(problems[1]?.message ?? '', /\{label\}/);
    assert.match(problems[0]?.fix ?? '', /write `\\\{` for a literal brace/);
  });

  it('stops an expression that never ends instead of hanging the check', () => {
    const endless = evaluateExpression('(() => { while (true) {} })()', undefined);
    assert.match('problem' in endless ? endless.problem : '', /timed out/);
  });

  it('reports MDX syntax errors with their line and how to write < and { as characters', () => {
    const [problem] = problemsOf('Fine line.\n\nFees < 5 and a {brace\n');
    assert.equal(problem?.line, 8);
    assert.match(problem?.message ?? '', /^This line is not valid MDX: /);
    assert.match(problem?.fix ?? '', /write `\\<` and `\\\{`/);
  });

  it('needs a figure with a text src, an alt text and a known callout type', () => {
    const problems = problemsOf('<Figure caption="x" />\n\n<Callout type="peril">x</Callout>\n');
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity]), [[6, 'error'], [8, 'error']]);
    assert.match(problems[0]?.message ?? '', /<Figure> needs a `src` written as text/);
    assert.match(problems[1]?.fix ?? '', /type="note", "tip", "important", "warning", "caution"/);
    const noAlt = findMdxProblems('<Image src="/images/a.png" />');
    assert.deepEqual(noAlt.map((finding) => finding.severity), ['warning']);
  });

  it('applies the Markdown checks that make sense: images on disk, headings, the body', (t) => {
    const missing = checkPosts([mdxPost('<Figure src="./nope.png" alt="A" />\n\n# Big\n')], { root: process.cwd() });
    const lines = missing.map((problem) => `${problem.line} ${problem.severity}`);
    assert.ok(lines.includes('6 error'), JSON.stringify(missing));
    assert.ok(missing.some((problem) => problem.line === 8 && /shown as an H2/.test(problem.message)));
    assert.match(checkPosts([mdxPost('')]).map((problem) => problem.message).join('\n'), /no text after its frontmatter/);
    t.diagnostic('an .mdx body is not run through the sanitiser checks: JSX is not raw HTML');
    assert.deepEqual(problemsOf('<div className="note">Kept as written.</div>\n'), []);
  });
});

describe('tailwind-nextjs-starter-blog MDX (tests/fixtures/engines/tailwind-nextjs/)', () => {
  it('its components, expressions, comments and math pass the MDX checks as written', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.join(process.cwd(), 'tests', 'fixtures', 'engines', 'tailwind-nextjs');
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
    assert.ok(files.length >= 2);
    for (const name of files) {
      const body = fs.readFileSync(path.join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      // A diagram's note (drawn in the browser; its source in the feeds) is the only finding.
      assert.deepEqual(findMdxProblems(body).filter((finding) => finding.diagram === undefined), [], name);
    }
  });
});

describe('Docusaurus in an .mdx post', () => {
  it('passes its containers (titled either way), heading ids, summary dividers and comments; names a container it cannot draw, with a title or without, and a handler', () => {
    const body = [
      ':::tip[Interactive posts]', '', 'Use the power of React.', '', ':::', '',
      ':::note Written the MDX 1 way', '', 'Still a callout.', '', ':::', '',
      '{/* truncate */}', '', '<!--truncate-->', '', 'Text <!-- with a remark --> and on.', '',
      '## Install {#install-it}', '',
      ':::danger', '', 'Careful.', '', ':::', '',
    ].join('\n');
    assert.deepEqual(problemsOf(body), []);
    const wrong = problemsOf([':::aside Old title', '', 'Text.', '', ':::', '', ':::youtube[A talk]', '', 'x', '', ':::', '', '<button onClick={() => alert(1)}>Click me!</button>', ''].join('\n'));
    assert.deepEqual(
      wrong.map((problem) => [problem.line, problem.message.split(':')[0]]),
      [
        [6, '`'],
        [10, '`'],
        [12, 'The container `'],
        [18, '`onClick` on <button> does nothing'],
      ],
    );
    assert.match(wrong[0]?.message ?? '', /`:::aside Old title` would be shown as text/);
    const unclosed = problemsOf('Fine.\n\nA remark <!-- never closed\n\nMore.\n');
    assert.deepEqual(unclosed.map((problem) => problem.line), [8]);
    assert.match(unclosed[0]?.fix ?? '', /Close the comment with `-->`/);
    assert.match(wrong[2]?.fix ?? '', /:::tip\[A title\]/);
  });
});

describe('HTML in an .mdx post that the Content-Security-Policy would block', () => {
  it('names a frame, a plugin and media from another site; a known player’s frame is a link, noted', () => {
    const body = [
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowFullScreen></iframe>',
      '',
      '<iframe src="https://example.com/widget"></iframe>',
      '',
      '<img src="https://example.com/a.png" alt="A" />',
      '',
      '<video src="//cdn.example.com/v.mp4" controls />',
      '',
      '<img src="/images/fees-per-batch.png" alt="On this site" />',
      '',
    ].join('\n');
    const found = findMdxProblems(body).map((problem) => [problem.line, problem.severity, problem.message.split(':')[0]]);
    assert.deepEqual(found, [
      [1, 'info', '<iframe> (https'],
      [3, 'error', '<iframe> would show an empty box'],
      [5, 'error', "<img> loads https"],
      [7, 'error', '<video> loads //cdn.example.com/v.mp4 from another site, which the site\'s Content-Security-Policy blocks'],
    ]);
    assert.match(findMdxProblems(body)[0]?.message ?? '', /is shown as a link to "https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"/);
    // An image on another site can be a <Figure>, whose copy the build serves; a data: address cannot.
    assert.equal(findMdxProblems(body)[2]?.fix, 'Write it <Figure src="https://example.com/a.png" alt="…" /> or ![alt](https://example.com/a.png): the build serves its own copy of an image on another site.');
    assert.match(findMdxProblems('<img src="data:image/png;base64,AAAA" alt="A" />\n')[0]?.fix ?? '', /^Save the image beside the post/);
  });
});

describe('what an .mdx post shows wrong without its old site, named as in a .md post', () => {
  it('names code fence options the site cannot read and a custom element; reads the ones it can, and notes a diagram', () => {
    const body = [
      '```js mode=live', 'const a = 1;', '```', '',
      '```js {1,3} title="a.js"', 'const b = 2;', '```', '',
      '```mermaid', 'graph TD; A-->B;', '```', '',
      '<callout-warning class="aside">Careful with this.</callout-warning>', '',
      '<kbd>Ctrl</kbd> is HTML.', '',
    ].join('\n');
    const found = problemsOf(body).map((problem) => [problem.line, problem.severity, problem.message.split(':')[0]]);
    assert.deepEqual(found, [
      [6, 'error', 'The code fence says "mode=live", which the site does not understand'],
      [18, 'warning', '<callout-warning> is a custom element of the old site, which the site has no style or script for'],
    ]);
    assert.match(problemsOf(body).at(-1)?.fix ?? '', /<Callout type="warning">/);
    // The diagram is drawn (lib/markdown/diagrams.ts): a note carrying its source, for Mermaid to read.
    const diagram = checkPosts([mdxPost(body)]).find((problem) => problem.diagram !== undefined);
    assert.deepEqual([diagram?.line, diagram?.severity, diagram?.diagram], [14, 'info', 'graph TD; A-->B;']);
    assert.deepEqual(problemsOf('A claim.^[A source.]\n').map((problem) => problem.message.split(':')[0]), ['^[A source.] would be shown as text']);
  });
});
