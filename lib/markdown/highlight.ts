import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { transformerNotationDiff, transformerNotationMap, transformerNotationWordHighlight } from '@shikijs/transformers';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import { visit } from 'unist-util-visit';
import { HIGHLIGHTED_LANGUAGES, parseFence, type FenceInfo } from './code-meta';

/**
 * Build-time highlighting (Shiki): colours for both themes are inline CSS variables
 * (`--shiki-dark`), so switching theme needs no JavaScript and no second copy of the code.
 */
const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

// A language not listed is shown as plain text with its label (content:check notes it) and never fails the build.
// These rarer ones (each seconds of grammar loading) load on first use, not in every process.
const ON_DEMAND = new Set(['astro', 'latex', 'mdx']);
const LANGUAGES = HIGHLIGHTED_LANGUAGES.filter((language) => !ON_DEMAND.has(language));

/** The fence as code-meta.ts read it, handed from the pre-pass to the transformers through `meta`. */
const fenceOf = (meta: unknown): FenceInfo | undefined => (meta as { fence?: FenceInfo } | undefined)?.fence;

const fenceFeatures: ShikiTransformer = {
  name: 'fence-features',
  pre(node) {
    const fence = fenceOf(this.options.meta);
    // Shown by CSS (`pre[data-language]::before`); plain text blocks get no label.
    if (fence?.label) node.properties.dataLanguage = fence.label;
    if (fence?.showLineNumbers) this.addClassToHast(node, 'line-numbers');
  },
  code(node) {
    const fence = fenceOf(this.options.meta);
    // The numbers are a CSS counter (app/markdown.css); a block that starts later starts it there.
    if (fence?.showLineNumbers && fence.firstLineNumber !== 1) node.properties.style = `counter-reset: line ${fence.firstLineNumber - 1}`;
  },
  line(node, line) {
    const fence = fenceOf(this.options.meta);
    if (fence?.highlightLines.includes(line)) this.addClassToHast(node, 'highlighted');
    // The classes of Shiki's diff notation (`// [!code ++]`), which app/markdown.css styles.
    if (fence?.addedLines.includes(line)) this.addClassToHast(node, ['diff', 'add']);
    if (fence?.removedLines.includes(line)) this.addClassToHast(node, ['diff', 'remove']);
  },
  root(root) {
    // A positioned box around the block holds the copy button (components/CopyCodeButtons.tsx) still
    // while the code scrolls sideways; in the HTML already, so the button is added without moving the block.
    const block = { type: 'element', tagName: 'div', properties: { class: 'code-block' }, children: root.children } as never;
    const title = fenceOf(this.options.meta)?.title;
    // The title belongs to the block: a figure whose caption names the file.
    root.children = title
      ? [
          {
            type: 'element',
            tagName: 'figure',
            properties: { class: 'code-figure' },
            children: [{ type: 'element', tagName: 'figcaption', properties: { class: 'code-title' }, children: [{ type: 'text', value: title }] }, block] as never[],
          },
        ]
      : [block];
  },
};

const forSanitizer: ShikiTransformer = {
  name: 'for-sanitizer',
  root(root) {
    // Shiki writes HTML attribute names (`class`, `tabindex`); the sanitiser reads hast property names.
    // (Shiki bundles its own copy of the hast types, hence the structural walk.)
    const walk = (node: { type: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
      if (node.type === 'element' && node.properties) {
        const { class: className, tabindex, ...rest } = node.properties;
        node.properties = {
          ...rest,
          ...(typeof className === 'string' ? { className: className.split(/\s+/).filter(Boolean) } : {}),
          ...(Array.isArray(className) ? { className: className.flatMap((name) => String(name).split(/\s+/)).filter(Boolean) } : {}),
          ...(tabindex !== undefined ? { tabIndex: Number(tabindex) } : {}),
        };
      }
      node.children?.forEach((child) => walk(child as Parameters<typeof walk>[0]));
    };
    walk(root);
  },
};

/**
 * The comments VitePress and Shiki's readers mark lines with: `// [!code ++]` and `// [!code --]` (a diff),
 * `// [!code highlight]` (or `hl`), and `focus`, `error` and `warning`, shown here as a highlighted line;
 * `// [!code word:name]` marks a word. Each comment goes; only where a post uses one, since each
 * re-tokenises every comment it sees.
 */
const notations = (): ShikiTransformer[] => [
  transformerNotationDiff(),
  transformerNotationMap({ classMap: { highlight: 'highlighted', hl: 'highlighted', focus: 'highlighted', error: 'highlighted', warning: 'highlighted' } }, 'highlighted-lines'),
  transformerNotationWordHighlight({ classActiveWord: 'highlighted-word' }),
];

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: LANGUAGES }).then((instance) => {
    // Shiki 4.6 paints the very first block it highlights in one light colour: spend that on a warm-up.
    instance.codeToHast('const warm = 1; // up', { lang: 'typescript', themes: THEMES });
    return instance;
  });
  return highlighter;
}

const fences = new WeakMap<object, FenceInfo>();

/** Reads each fence once: the language Shiki should use, and the rest for the transformers. */
function readFences(tree: Root): void {
  visit(tree, 'element', (pre: Element) => {
    const code = pre.children[0];
    if (pre.tagName !== 'pre' || code?.type !== 'element' || code.tagName !== 'code') return;
    const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
    const lang = classes.find((name) => name.startsWith('language-'))?.slice('language-'.length);
    const meta = (code.data as { meta?: string } | undefined)?.meta ?? code.properties.metastring?.toString();
    delete code.properties.metastring;
    const fence = parseFence(lang, meta, toString(code).replace(/\n$/, '').split('\n').length);
    code.properties.className = [`language-${fence.language}`];
    // Shiki hands `meta` to parseMetaString only when it is not empty.
    code.data = { ...code.data, meta: meta || ' ' } as Element['data'];
    fences.set(pre, fence);
  });
}

/** The rehype step: one shared highlighter per process, created on first use. */
export function rehypeHighlight() {
  return async (tree: Root) => {
    readFences(tree);
    const transform = rehypeShikiFromHighlighter(await getHighlighter(), {
      themes: THEMES,
      fallbackLanguage: 'text',
      lazy: true,
      // Adjacent tokens of one colour as one span: the same colours with fewer elements to parse and lay out.
      mergeSameStyleTokens: true,
      parseMetaString: (_meta, node) => ({ fence: fences.get(node) }),
      transformers: toString(tree).includes('[!code ') ? [fenceFeatures, ...notations(), forSanitizer] : [fenceFeatures, forSanitizer],
    });
    await (transform as (tree: Root) => unknown)(tree);
  };
}
