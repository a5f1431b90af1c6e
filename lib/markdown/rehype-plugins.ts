import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

/**
 * Heading anchor ids: readable, stable, unique, and never starting with a dash left by an emoji
 * or an underscore (an id becomes a global: `## __next_f` would clobber Next's `self.__next_f`).
 */
export function headingId(text: string, slugger: GithubSlugger): string {
  const cleaned = text
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Component}\u200d\ufe0f]/gu, (char) => (/[\d#*]/.test(char) ? char : ' '))
    .trim();
  const base = new GithubSlugger().slug(cleaned).replace(/^[-_]+|[-_]+$/g, '') || 'section';
  return slugger.slug(base);
}

export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      const rank = headingRank(node);
      if (rank && rank > 1 && !node.properties.id) node.properties.id = headingId(toString(node), slugger);
    });
  };
}

/** Only colour and font declarations with plain values: no `url(`, no `expression(`, no other property. */
const SHIKI_STYLE = /^(?:\s*(?:--shiki-[a-z-]+|color|background-color|font-style|font-weight|text-decoration)\s*:\s*[#\w\s.,%-]+;?)*\s*$/i;

/** `srcset` of site paths only (`/a/b.webp 480w, …`): no scheme and no `//host`, so no script or remote URL. */
const SRCSET = /^\/(?!\/)[\w./-]+ \d+w(?:, \/(?!\/)[\w./-]+ \d+w)*$/;
/** `sizes` as the images step writes it: media conditions and lengths, nothing else. */
const SIZES = /^[\w\s().,:+\-/]+$/;

/**
 * The sanitiser's allow-list: GitHub's defaults plus only what our own plugins emit
 * (figures, heading anchors, highlighting classes). No raw HTML, script URL or handler passes.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Heading ids come from our slugger, not from authors' HTML: keep them linkable.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'picture', 'source'],
  // Narrower than GitHub's (no irc:, xmpp:): links a reader can follow in a browser.
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  attributes: {
    ...defaultSchema.attributes,
    // The sanitiser reads only the first `className` rule per element, so replace GitHub's.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== 'className'),
      ['className', 'data-footnote-backref', 'heading-anchor'],
      'ariaHidden',
      'tabIndex',
    ],
    figure: [['className', 'illustration', 'illustration-pending', 'image-figure']],
    span: [
      ...(defaultSchema.attributes?.span ?? []),
      ['className', 'illustration-pending-label', 'heading-anchor-icon', 'line'],
      ['style', SHIKI_STYLE],
    ],
    // Shiki (lib/markdown/highlight.ts): theme classes, colours as inline CSS variables, the language label.
    pre: [['className', 'shiki', 'shiki-themes', 'github-light-default', 'github-dark-default'], ['style', SHIKI_STYLE], ['dataLanguage', /^[\w+#-]{1,30}$/], 'tabIndex'],
    // Images (lib/markdown/rehype-images.ts): files of ours under the site's own paths, sized.
    img: [...(defaultSchema.attributes?.img ?? []), ['loading', 'lazy', 'eager'], ['decoding', 'async'], ['fetchPriority', 'high'], ['srcSet', SRCSET], ['sizes', SIZES]],
    source: [['type', 'image/webp', 'image/avif'], ['srcSet', SRCSET], ['sizes', SIZES]],
    code: [['className', /^language-[\w+#-]+$/]],
  },
};
