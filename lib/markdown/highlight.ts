import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import type { Root } from 'hast';
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';

/**
 * Build-time highlighting (Shiki): colours for both themes are inline CSS variables
 * (`--shiki-dark`), so switching theme needs no JavaScript and no second copy of the code.
 */
const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

// A language not listed is shown as plain text and never fails the build.
const LANGUAGES = [
  'bash', 'c', 'cpp', 'csharp', 'css', 'diff', 'go', 'html', 'java', 'javascript', 'json', 'jsx', 'markdown',
  'python', 'rust', 'shellscript', 'solidity', 'sql', 'toml', 'tsx', 'typescript', 'yaml',
];

const forSanitizer: ShikiTransformer = {
  name: 'for-sanitizer',
  pre(node) {
    // Shown by CSS (`pre[data-language]::before`); plain text blocks get no label.
    const lang = this.options.lang;
    if (lang && lang !== 'text' && lang !== 'plaintext') node.properties.dataLanguage = lang;
  },
  root(root) {
    // Shiki writes HTML attribute names (`class`, `tabindex`); the sanitiser reads hast property names.
    // (Shiki bundles its own copy of the hast types, hence the structural walk.)
    const walk = (node: { type: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
      if (node.type === 'element' && node.properties) {
        const { class: className, tabindex, ...rest } = node.properties;
        node.properties = {
          ...rest,
          ...(typeof className === 'string' ? { className: className.split(/\s+/).filter(Boolean) } : {}),
          ...(tabindex !== undefined ? { tabIndex: Number(tabindex) } : {}),
        };
      }
      node.children?.forEach((child) => walk(child as Parameters<typeof walk>[0]));
    };
    walk(root);
  },
};

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: LANGUAGES }).then((instance) => {
    // Shiki 4.6 paints the very first block it highlights in one light colour: spend that on a warm-up.
    instance.codeToHast('const warm = 1; // up', { lang: 'typescript', themes: THEMES });
    return instance;
  });
  return highlighter;
}

/** The rehype step: one shared highlighter per process, created on first use. */
export function rehypeHighlight() {
  return async (tree: Root) => {
    const transform = rehypeShikiFromHighlighter(await getHighlighter(), {
      themes: THEMES,
      fallbackLanguage: 'text',
      transformers: [forSanitizer],
    });
    await (transform as (tree: Root) => unknown)(tree);
  };
}
