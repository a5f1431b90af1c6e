import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/*
 * Docusaurus' own components in an `.mdx` post: `import Tabs from '@theme/Tabs'` and its kin name components
 * the site has under the same names (components/mdx/), so the imports go and the components stay:
 * <Tabs> and <TabItem> (every tab shown, one after another, under its label), <Admonition> (a callout),
 * <CodeBlock> (a fenced code block, highlighted as any). Any other import stays an error of content:check.
 */

/** The theme modules a post may import, by the name Docusaurus' documentation imports each as. */
export const DOCUSAURUS_IMPORTS: Readonly<Record<string, string>> = {
  '@theme/Tabs': 'Tabs',
  '@theme/TabItem': 'TabItem',
  '@theme/Admonition': 'Admonition',
  '@theme/CodeBlock': 'CodeBlock',
};

// One default import on its line: `import Tabs from '@theme/Tabs';`.
const IMPORT = /^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"\n]+)\2\s*;?\s*$/;

/**
 * The components an ESM block imports from Docusaurus' theme, when that is all it does (each under its
 * usual name); undefined when it does anything else, which content:check names.
 */
export function docusaurusImports(esm: string): string[] | undefined {
  const lines = esm.split('\n').filter((line) => line.trim() !== '' && !/^\s*\/\//.test(line));
  const names = lines.map((line) => {
    const [, name, , module = ''] = IMPORT.exec(line) ?? [];
    return name !== undefined && Object.hasOwn(DOCUSAURUS_IMPORTS, module) && DOCUSAURUS_IMPORTS[module] === name ? name : undefined;
  });
  return names.length > 0 && names.every((name) => name !== undefined) ? (names as string[]) : undefined;
}

const literal = (element: MdxJsxFlowElement, name: string): string | undefined => {
  const found = element.attributes.find((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
  if (!found) return undefined;
  return found.value === null ? '' : typeof found.value === 'string' ? found.value : undefined;
};

// A template literal without `${…}`, or a quoted string: the code a <CodeBlock> holds, as written.
const TEMPLATE = /^\s*`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`\s*$/;
const QUOTED = /^\s*(["'])((?:(?!\1)[^\\\n]|\\.)*)\1\s*$/;

/**
 * Docusaurus' `<CodeBlock language="jsx" title="a.js" showLineNumbers>{`…`}</CodeBlock>` as the fence it
 * stands for (highlighted, titled, numbered as ```jsx title="a.js" showLineNumbers is), when its code is
 * written out; undefined otherwise (the component then shows it as plain code).
 */
export function codeBlockFence(element: MdxJsxFlowElement): Code | undefined {
  if (element.name !== 'CodeBlock') return undefined;
  const [child, ...rest] = element.children;
  if (!child || rest.length > 0) return undefined;
  const source = child.type === 'mdxFlowExpression' ? child.value : undefined;
  const template = source === undefined ? undefined : TEMPLATE.exec(source);
  const quoted = source === undefined || template ? undefined : QUOTED.exec(source);
  const code = template ? (template[1] ?? '').replace(/\\([\s\S])/g, '$1') : quoted ? (quoted[2] ?? '').replace(/\\(.)/g, '$1') : undefined;
  if (code === undefined) return undefined;
  const language = literal(element, 'language');
  const title = literal(element, 'title');
  const known = new Set(['language', 'title', 'showLineNumbers']);
  if (element.attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute' || !known.has(attribute.name)) || (title !== undefined && title.includes('"'))) return undefined;
  const meta = [title ? `title="${title}"` : '', literal(element, 'showLineNumbers') === '' ? 'showLineNumbers' : ''].filter(Boolean).join(' ');
  // Docusaurus trims the code's first and last line breaks, as a template literal written on lines of its own has them.
  return { type: 'code', lang: language ?? null, meta: meta || null, value: code.replace(/^\n|\n$/g, ''), ...(element.position ? { position: element.position } : {}) };
}

/** The imports of Docusaurus' theme go (the site has those components), and its written-out <CodeBlock>s become fences. */
export function remarkDocusaurusComponents() {
  return (tree: Root) => {
    tree.children = tree.children.filter((node) => node.type !== 'mdxjsEsm' || docusaurusImports(node.value) === undefined);
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, index, parent) => {
      const fence = codeBlockFence(node);
      if (fence && parent && index !== undefined) (parent.children as RootContent[])[index] = fence;
    });
  };
}
