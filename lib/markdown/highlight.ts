import rehypeShiki from '@shikijs/rehype';
import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { visit } from 'unist-util-visit';

/**
 * Build-time highlighting (Shiki): colours for both themes are inline CSS variables
 * (`--shiki-dark`), so switching theme needs no JavaScript and no second copy of the code.
 */
const forSanitizer: ShikiTransformer = {
  name: 'for-sanitizer',
  pre(node) {
    // Shown by CSS (`pre[data-language]::before`); plain text blocks get no label.
    const lang = this.options.lang;
    if (lang && lang !== 'text' && lang !== 'plaintext') node.properties.dataLanguage = lang;
  },
  root(root) {
    // Shiki writes HTML attribute names (`class`, `tabindex`); the sanitiser reads hast property names.
    visit(root, 'element', (node: Element) => {
      const { class: className, tabindex, ...rest } = node.properties;
      node.properties = {
        ...rest,
        ...(typeof className === 'string' ? { className: className.split(/\s+/).filter(Boolean) } : {}),
        ...(tabindex !== undefined ? { tabIndex: Number(tabindex) } : {}),
      };
    });
  },
};

export const shikiOptions = {
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  // Only the languages posts use are loaded; an unknown one is shown as plain text, never fails the build.
  lazy: true,
  fallbackLanguage: 'text',
  // Shiki 4.6 merging whitespace into dual-theme tokens paints a whole line in its first light colour.
  mergeWhitespaces: false,
  transformers: [forSanitizer],
} as const;

export { rehypeShiki };
