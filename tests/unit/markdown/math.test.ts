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

describe('what MathJax reads that KaTeX reads otherwise', () => {
  it('typesets a LaTeX environment written alone in the text, as MathJax did, its label referred to from the text', async () => {
    const body = 'The system:\n\n\\begin{align}\nx_1 &= 1 \\\\\ny_2 &= 2 \\label{eq:y}\n\\end{align}\n\nAs \\eqref{eq:y} and \\ref{eq:y} show; \\ref{eq:other} is left.\n\n\\begin{itemize} is no formula \\end{itemize}\n';
    const html = await renderPost(post(body));
    assert.deepEqual(typeset(html), ['\\begin{align}\nx_1 &#x26;= 1 \\\\\ny_2 &#x26;= 2 \\tag{1}\n\\end{align}']);
    assert.match(displayed(html)[0] ?? '', /\(1\)/);
    assert.match(html, /<p>As \(1\) and 1 show; \\ref\{eq:other\} is left\.<\/p>/);
    assert.match(html, /<p>\\begin\{itemize\} is no formula \\end\{itemize\}<\/p>/);
    assert.doesNotMatch(html, /katex-error/);
    assert.deepEqual(check(body), []);
  });

  it('reads \\newcommand (of a name KaTeX has too), \\DeclareMathOperator, \\require and \\mbox; a definition holds for the post’s later formulas only', async () => {
    const body = [
      '$$\\newcommand{\\R}{\\mathbb{R}} f: \\R \\to \\R$$',
      '',
      'Then $\\newcommand{\\vect}[1]{\\mathbf{#1}} \\vect{v}$ and $\\vect{w}$, $\\DeclareMathOperator*{\\argmax}{arg\\,max} \\argmax_x f$, $\\require{cancel} \\cancel{x}$, $\\mbox{if } x$.',
    ].join('\n');
    const html = await renderPost(post(body));
    assert.deepEqual(typeset(html), ['\\def\\R{\\mathbb{R}} f: \\R \\to \\R', '\\def\\vect#1{\\mathbf{#1}} \\vect{v}', '\\vect{w}', '\\def\\argmax{\\operatorname*{arg\\,max}} \\argmax_x f', '\\cancel{x}', '\\mbox{if } x']);
    assert.doesNotMatch(html, /katex-error/);
    assert.deepEqual(check(body), []);
    // Another post does not know this one's \vect: named by content:check, as in the build.
    assert.match(await renderPost(post('$\\vect{u}$\n')), /<mtext>\\vect<\/mtext>/, 'shown in red, unknown');
    assert.deepEqual(check('$\\vect{u}$\n').map((problem) => problem.line), [6]);
  });
});
