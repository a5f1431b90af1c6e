import type { Code, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { FIGURE_COMPONENTS } from '../../components/mdx/names';
import { IMAGE_FILE } from '../content/schema';
import { literal } from './mdx-figures';

/*
 * Other engines' own components in an `.mdx` post, which the site has under the same names (components/mdx/):
 * Docusaurus' `import Tabs from '@theme/Tabs'` and its kin, Nextra's `import { Callout, Tabs } from
 * 'nextra/components'`. Their imports go and the components stay: <Tabs> and <TabItem> (every tab shown, one
 * after another, under its label), <Admonition> and <Callout> (a callout), <CodeBlock> (a fenced code block,
 * highlighted as any), <Steps> (its steps as written); Astro's `import { Image } from 'astro:assets'` and its
 * images, `import bird from './bird.png'`, each shown where the post names it. Any other import stays an error
 * of content:check.
 */

/** Docusaurus' theme modules a post may import by default, by the name its documentation imports each as. */
const DEFAULT_IMPORTS: Readonly<Record<string, string>> = {
  '@theme/Tabs': 'Tabs',
  '@theme/TabItem': 'TabItem',
  '@theme/Admonition': 'Admonition',
  '@theme/CodeBlock': 'CodeBlock',
  // A Next.js MDX blog's: its <Image> is the site's, its <Link> the anchor it renders (applyLinkImports).
  'next/image': 'Image',
  'next/link': 'Link',
};

// Next's <Link> options for its router, which an anchor of a page built ahead has no use for.
const LINK_OPTIONS = new Set(['prefetch', 'replace', 'scroll', 'shallow', 'passHref', 'legacyBehavior', 'locale']);

/**
 * Modules a post may import components of by name: Nextra's (`nextra-theme-docs` before Nextra 2.13),
 * Astro's `astro:assets`, whose <Image> the site has, and the embed libraries, whose players are links here
 * (lib/markdown/embeds.ts `EMBED_COMPONENTS`).
 */
const NAMED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  'nextra/components': ['Callout', 'Tabs', 'Steps'],
  'nextra-theme-docs': ['Callout', 'Tabs', 'Steps'],
  'astro:assets': ['Image'],
  'astro-embed': ['YouTube', 'Vimeo', 'Tweet'],
  '@astro-community/astro-embed-youtube': ['YouTube'],
  '@astro-community/astro-embed-vimeo': ['Vimeo'],
  '@astro-community/astro-embed-twitter': ['Tweet'],
  'react-tweet': ['Tweet'],
  '@next/third-parties/google': ['YouTubeEmbed'],
  'mdx-embed': ['YouTube', 'Vimeo', 'Tweet'],
};

// One import on its line: `import Tabs from '@theme/Tabs';`, `import { Callout, Tabs } from 'nextra/components'`.
const IMPORT = /^\s*import\s+(?:([A-Za-z_$][\w$]*)|\{\s*([A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)*)\s*,?\s*\})\s+from\s+(['"])([^'"\n]+)\3\s*;?\s*$/;
// An image beside the post, as Astro imports one: `import bird from './images/bird.png'`.
const IMAGE_MODULE = new RegExp(String.raw`^\.{1,2}\/[^'"\n?#]+${IMAGE_FILE.source}`, 'i');

export interface KnownImports {
  /** Components the site has, by the names imported */
  components: string[];
  /** Images beside the post, by the names imported: their paths as written */
  images: Record<string, string>;
}

/**
 * What an ESM block imports, when all it does is import components of another engine's own modules (each
 * under its usual name) and images beside the post (Astro's way to show one); undefined when it does
 * anything else, which content:check names.
 */
export function knownImports(esm: string): KnownImports | undefined {
  const known: KnownImports = { components: [], images: {} };
  for (const line of esm.split('\n')) {
    if (line.trim() === '' || /^\s*\/\//.test(line)) continue;
    const [, fallback, named, , module = ''] = IMPORT.exec(line) ?? [];
    if (fallback !== undefined && Object.hasOwn(DEFAULT_IMPORTS, module) && DEFAULT_IMPORTS[module] === fallback) known.components.push(fallback);
    else if (fallback !== undefined && IMAGE_MODULE.test(module)) known.images[fallback] = module;
    else if (named !== undefined && Object.hasOwn(NAMED_IMPORTS, module) && named.split(',').every((name) => NAMED_IMPORTS[module]?.includes(name.trim()))) known.components.push(...named.split(',').map((name) => name.trim()));
    else return undefined;
  }
  return known.components.length > 0 || Object.keys(known.images).length > 0 ? known : undefined;
}

/**
 * An imported image where a post shows it: `<Image src={bird} />` and `<img src={bird.src} />` (Astro's two ways)
 * become `<Image src="./images/bird.png" />`, which lib/markdown/mdx-figures.ts sizes and checks as any image
 * beside a post. Every element of `tree`; the ESM blocks stay for the caller.
 */
export function applyImageImports(tree: Root): void {
  const images: Record<string, string> = {};
  for (const node of tree.children) if (node.type === 'mdxjsEsm') Object.assign(images, knownImports(node.value)?.images);
  if (Object.keys(images).length === 0) return;
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    // An image's `src` only: elsewhere (a link's `href`) the file's path would be no address on the site.
    if (node.name !== 'img' && !FIGURE_COMPONENTS.includes(node.name as never)) return;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'src' || attribute.value === null || typeof attribute.value !== 'object') continue;
      const named = /^\s*([A-Za-z_$][\w$]*)(\.src)?\s*$/.exec(attribute.value.value);
      const file = named?.[1] !== undefined && Object.hasOwn(images, named[1]) ? images[named[1]] : undefined;
      if (file === undefined) continue;
      attribute.value = file;
      if (node.name === 'img') node.name = 'Image';
    }
  });
}

// `showLineNumbers` written bare, as Docusaurus' documentation writes it.
const isFlag = (element: MdxJsxFlowElement, name: string): boolean =>
  element.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name && attribute.value === null);

/**
 * Next's `import Link from 'next/link'`: each `<Link href="…">` is the anchor it renders, `<a href="…">`,
 * which follows the site's link rules (a post's file, a site path); its router options go. Every element of `tree`.
 */
export function applyLinkImports(tree: Root): void {
  const isNextLink = (line: string) => {
    const found = IMPORT.exec(line);
    return found?.[1] === 'Link' && found[4] === 'next/link';
  };
  const imported = tree.children.some((node) => node.type === 'mdxjsEsm' && node.value.split('\n').some(isNextLink));
  if (!imported) return;
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Link') return;
    node.name = 'a';
    node.attributes = node.attributes.filter((attribute) => attribute.type !== 'mdxJsxAttribute' || !LINK_OPTIONS.has(attribute.name));
  });
}

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
  const meta = [title ? `title="${title}"` : '', isFlag(element, 'showLineNumbers') ? 'showLineNumbers' : ''].filter(Boolean).join(' ');
  // Docusaurus trims the code's first and last line breaks, as a template literal written on lines of its own has them.
  return { type: 'code', lang: language ?? null, meta: meta || null, value: code.replace(/^\n|\n$/g, ''), ...(element.position ? { position: element.position } : {}) };
}

/**
 * The imports of components the site has and of images beside the post go (each image where the post names
 * it), and Docusaurus' written-out <CodeBlock>s become fences.
 */
export function remarkComponentImports() {
  return (tree: Root) => {
    applyImageImports(tree);
    applyLinkImports(tree);
    tree.children = tree.children.filter((node) => node.type !== 'mdxjsEsm' || knownImports(node.value) === undefined);
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, index, parent) => {
      const fence = codeBlockFence(node);
      if (fence && parent && index !== undefined) (parent.children as RootContent[])[index] = fence;
    });
  };
}
