import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts, type Problem } from '../../../lib/check';
import { renderPost } from '../../support/render';

const post = (body: string) => `---\ntitle: T\ndate: 2024-01-01\n---\n\n${body}`;
const check = (body: string): Problem[] => checkPosts([{ path: 'content/posts/a.md', bytes: new TextEncoder().encode(post(body)) }]);
/** Each formula's TeX as KaTeX was given it (its MathML annotation), in order. */
const typeset = (html: string) => [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((match) => match[1]);
/** What a reader sees of each displayed formula: KaTeX's HTML as text (its MathML left out). */
const displayed = (html: string) => html.split('<span class="katex-display">').slice(1).map((part) => part.replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/, '').replace(/<[^>]+>/g, '').split('\n')[0] ?? '');

describe('LaTeX’s \\label, \\eqref and \\ref (MathJax’s numbered equations)', () => {
  const body = [
    'As $\\eqref{eq:mass}$ will show, and as (\\ref) $\\ref{eq:energy}$ says:',
    '',
    '$$',
    '\\begin{equation}',
    'E = mc^2 \\label{eq:energy}',
    '\\end{equation}',
    '$$',
    '',
    '$$\\begin{align} m &= E / c^2 \\label{eq:mass} \\\\ p &= mv \\end{align}$$',
    '',
    '```latex',
    'E = mc^2 \\label{eq:in-code}',
    '```',
    '',
  ].join('\n');

  it('numbers each labelled formula in the order of its label, and writes each reference as its number, before or after it', async () => {
    const html = await renderPost(post(body));
    assert.deepEqual(typeset(html), ['(2)', '1', '\\begin{equation}\nE = mc^2 \\tag{1}\n\\end{equation}', '\\begin{align} m &#x26;= E / c^2 \\tag{2} \\\\ p &#x26;= mv \\end{align}']);
    const [energy = '', mass = ''] = displayed(html);
    assert.match(energy, /^E=mc2.*\(1\)/);
    assert.match(mass, /\(2\)/);
    assert.doesNotMatch(mass, /\(1\)|\(3\)/);
    assert.doesNotMatch(html, /katex-error/);
    // A code block shows what was written.
    assert.match(html.replace(/<[^>]+>/g, ''), /E = mc\^2 \\label\{eq:in-code\}/);
    assert.deepEqual(check(body), []);
  });

  it('leaves a label in inline math, and a reference to no label, for content:check to name at its line', async () => {
    const problems = check('Inline $x \\label{eq:x}$ and $\\eqref{eq:nowhere}$.\n\n$$\ny \\label{eq:y}\n$$\n');
    assert.deepEqual(problems.map((problem) => [problem.line, problem.severity, problem.message.replace(/ \(.*/, '')]), [
      [6, 'error', 'The formula "x \\\\label{eq:x}" cannot be typeset'],
      [6, 'error', 'The formula "\\\\eqref{eq:nowhere}" cannot be typeset'],
    ]);
    assert.deepEqual(typeset(await renderPost(post('$$\ny \\label{eq:y}\n$$\n\nSee $\\eqref{eq:y}$.\n'))), ['y \\tag{1}', '(1)']);
  });
});
