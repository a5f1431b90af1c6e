import type { Element, Root as HastRoot } from 'hast';
import type { KatexOptions } from 'katex';
import rehypeKatex from 'rehype-katex';
import type { Paragraph, Root, Text } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Math (`$…$`, `$$…$$`, ```` ```math ````) is typeset at build time by KaTeX (rehype-katex, after the
 * sanitiser: its HTML and MathML are generated, never author-written). No client JS; the stylesheet
 * is public/katex/, linked only by pages with math.
 */
const KATEX_OPTIONS: KatexOptions = {
  // Nothing in a formula may load a URL, add a class or set attributes (\href, \includegraphics, \htmlData).
  trust: false,
  strict: 'ignore',
  output: 'htmlAndMathml',
};

/**
 * KaTeX's options for one post's formulas, typeset in order: a macro one formula defines (`\def`, what
 * mathjaxDefinitions makes of `\newcommand`) holds in the post's later formulas, as MathJax keeps it for the
 * page, and in no other post. MathJax's `\mbox` is KaTeX's `\text`.
 */
export function postKatexOptions(): KatexOptions {
  return { ...KATEX_OPTIONS, globalGroup: true, macros: { '\\mbox': '\\text{#1}' } };
}

/** rehype-katex with a post's own options (postKatexOptions), fresh for each post. */
export function rehypeKatexPost() {
  return (tree: HastRoot, file: VFile) => rehypeKatex(postKatexOptions())(tree, file);
}

/**
 * Dollar math as the engines posts come from read it. `$5 and $10` is money, not math: like Pandoc, a
 * `$…$` span whose TeX starts or ends with a space, or whose closing `$` is followed by a digit, stays
 * text. A paragraph that is only `$$…$$` is a displayed formula, as GitHub, Obsidian, kramdown and
 * MathJax show it (Markdown's math block wants `$$` alone on its lines).
 */
export function remarkDollarMath() {
  return (tree: Root, file: VFile) => {
    const sourceOf = (node: Node) => {
      const { start, end } = node.position ?? {};
      return start?.offset !== undefined && end?.offset !== undefined ? String(file.value).slice(start.offset, end.offset) : undefined;
    };
    visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
      if (!parent || index === undefined) return;
      const next = parent.children[index + 1];
      // The TeX as written between its dollars: the step may run again on a tree whose TeX it has rewritten.
      const written = sourceOf(node)?.replace(/^\$+|\$+$/g, '') ?? node.value;
      const moneyLike = /^\s|\s$/.test(written) || (next?.type === 'text' && /^\d/.test(next.value));
      if (!moneyLike) return;
      // The source text as written (`$$x$$` inline included), so nothing the author typed goes missing.
      const text: Text = { type: 'text', value: sourceOf(node) ?? `$${node.value}$`, position: node.position };
      parent.children[index] = text;
    });
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const [only, ...rest] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
      if (only?.type !== 'inlineMath' || rest.length > 0 || !sourceOf(only)?.startsWith('$$')) return;
      parent.children[index] = displayMath(only.value, node);
    });
    displayEnvironments(tree, sourceOf);
    numberEquations(tree);
    rewriteMath(tree, mathjaxDefinitions);
  };
}

// What MathJax reads that KaTeX reads otherwise or not at all: `\newcommand{\R}{…}` (KaTeX refuses to define a
// name it has, as `\R`; MathJax redefines it), `\renewcommand` of a name KaTeX lacks, `\DeclareMathOperator`,
// and `\require{cancel}`, MathJax's loading of an extension KaTeX has built in (or names as unknown).
const NEW_COMMAND = /\\(?:re)?newcommand\*?\s*(?:\{\s*(\\[A-Za-z]+)\s*\}|(\\[A-Za-z]+))\s*(?:\[(\d)\])?/g;
const MATH_OPERATOR = /\\DeclareMathOperator(\*?)\s*(?:\{\s*(\\[A-Za-z]+)\s*\}|(\\[A-Za-z]+))\s*\{([^{}]*)\}/g;
const REQUIRE = /\\require\s*\{[\w-]*\}/g;

/** MathJax's definitions as KaTeX's (`\def`, global to the post through postKatexOptions). */
export function mathjaxDefinitions(tex: string): string {
  return tex
    .replace(NEW_COMMAND, (_whole, braced: string | undefined, bare: string | undefined, count: string | undefined) => `\\def${braced ?? bare ?? ''}${Array.from({ length: Number(count ?? 0) }, (_, at) => `#${at + 1}`).join('')}`)
    .replace(MATH_OPERATOR, (_whole, star: string, braced: string | undefined, bare: string | undefined, name: string) => `\\def${braced ?? bare ?? ''}{\\operatorname${star}{${name}}}`)
    .replace(REQUIRE, '')
    .trim();
}

/** A displayed formula in the shape mdast-util-math gives a block, so it is typeset as one (rehypeMathBlocks, rehype-katex), where `from` stood. */
function displayMath(tex: string, from: Node): Math {
  const code: Element = { type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text', value: tex }] };
  return { type: 'math', value: tex, meta: null, position: from.position, data: { hName: 'pre', hChildren: [code] } };
}

/** Each formula's TeX through `rewrite`, in the node and in the HTML it becomes (mdast-util-math's `hChildren`). */
function rewriteMath(tree: Root, rewrite: (tex: string, math: Math | InlineMath) => string): void {
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    const math = node as Math | InlineMath;
    const value = rewrite(math.value, math);
    if (value === math.value || value.trim() === math.value.trim()) return;
    visit({ type: 'root', children: (math.data?.hChildren ?? []) as never[] } as Node, 'text', (text: Text) => {
      if (text.value === math.value) text.value = value;
    });
    math.value = value;
  });
}

// LaTeX's display environments, which MathJax typesets where they stand in the text (`\begin{align}` … `\end{align}`
// on lines of their own, no `$$` around them), as Jekyll's and Hugo's themes turn it on.
const ENVIRONMENT = /^\\begin\{(equation|align|gather|multline|eqnarray|alignat|flalign)(\*?)\}(?:\{\d+\})?[\s\S]*\\end\{\1\2\}$/;

/**
 * A paragraph that is one LaTeX display environment and nothing else: a displayed formula, as MathJax showed
 * it. Its TeX is the paragraph's source, as written (Markdown's escapes, `\\` and `\_`, are TeX there).
 */
function displayEnvironments(tree: Root, sourceText: (node: Node) => string | undefined): void {
  visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
    if (!parent || index === undefined || !node.children.every((child) => child.type === 'text' || child.type === 'break' || child.type === 'emphasis' || child.type === 'strong')) return;
    const source = sourceText(node);
    if (source === undefined || !ENVIRONMENT.test(source.trim())) return;
    parent.children[index] = displayMath(source.trim(), node);
  });
}

// LaTeX's cross-references: MathJax reads them (as al-folio's and other Jekyll themes' posts rely on), KaTeX does not.
const LABEL = /\\label\{([^{}\n]{1,100})\}/g;
const REFERENCE = /\\(eq)?ref\{([^{}\n]{1,100})\}/g;

/**
 * `\label{eq:x}` in a displayed formula numbers it, and `\eqref{eq:x}` and `\ref{eq:x}` anywhere in the post name
 * that number, as MathJax showed them: KaTeX knows none of the three, so `\label` becomes `\tag{n}` (numbered in
 * the order of the labels), `\eqref` `(n)` and `\ref` `n`. A label in inline math, or a reference to no label,
 * stays as written, for content:check to name. Once done, nothing is left to do: the step may run again.
 */
function numberEquations(tree: Root): void {
  const numbers = new Map<string, number>();
  visit(tree, 'math', (node: Math) => {
    for (const [, key = ''] of node.value.matchAll(LABEL)) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  });
  if (numbers.size === 0) return;
  const numbered = (whole: string, eq: string | undefined, key: string) => {
    const number = numbers.get(key);
    return number === undefined ? whole : eq ? `(${number})` : String(number);
  };
  // MathJax reads a reference in the text too, outside any formula (its `processRefs`): the number, when the label is the post's.
  visit(tree, 'text', (node: Text) => {
    node.value = node.value.replace(REFERENCE, numbered);
  });
  rewriteMath(tree, (tex, math) => tex.replace(LABEL, (whole, key: string) => (math.type === 'math' ? `\\tag{${numbers.get(key) ?? ''}}` : whole)).replace(REFERENCE, numbered));
}

/**
 * Display math arrives as `<pre><code class="language-math">`: re-labelled a `<div>` here so the code
 * highlighter leaves it to KaTeX.
 */
export function rehypeMathBlocks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const code = node.children[0];
      if (node.tagName !== 'pre' || code?.type !== 'element' || code.tagName !== 'code') return;
      const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
      if (!classes.includes('language-math')) return;
      node.tagName = 'div';
      node.properties = { className: ['math-display'] };
      code.properties.className = ['language-math', 'math-display'];
    });
  };
}
