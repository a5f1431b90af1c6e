import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DIAGRAM_FIGURE_CLASS, MERMAID_SOURCE_CLASS } from '../browser/diagrams';
import { sameTitle } from '../text/title-match';
import type { PostTitleData } from './remark-plugins';
import { ICON_SHORTCODE } from './icons';
import { takenIds } from './reserved-ids';
import { AUTHOR_ANCHOR_ID } from './html';

/** The class of a gallery's grid of images (Minimal Mistakes' `{% include gallery %}`: lib/markdown/engine-syntax.ts). */
export const GALLERY_CLASS = 'image-gallery';

/**
 * Heading anchor ids: readable, stable, unique, and never starting with a dash left by an emoji
 * or an underscore (an id becomes a global: `## __next_f` would clobber Next's `self.__next_f`).
 * An icon's shortcode (drawn, lib/markdown/icons.ts) is no word of it, as in MkDocs: `## :material-rocket: Launch` is `#launch`.
 */
export function headingId(text: string, slugger: GithubSlugger): string {
  const cleaned = text
    .replace(ICON_SHORTCODE, ' ')
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Component}\u200d\ufe0f]/gu, (char) => (/[\d#*]/.test(char) ? char : ' '))
    .trim();
  const base = new GithubSlugger().slug(cleaned).replace(/^[-_]+|[-_]+$/g, '') || 'section';
  return slugger.slug(base);
}

/**
 * Every heading from h2 down gets an id: its own (`{#id}`, lib/markdown/heading-ids.ts; an HTML heading's
 * `id`, lib/markdown/html.ts) when that id is safe, reserved by no page and the first of its name; otherwise
 * one made from its text.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const headings: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      const rank = headingRank(node);
      if (rank && rank > 1) headings.push(node);
    });
    const own = new Set(headings);
    const taken = new Set(takenIds(tree, (node) => !own.has(node)));
    const keep = new Set<Element>();
    // GFM's footnotes heading keeps its id: every footnote reference's aria-describedby names it.
    const label = footnoteLabel(tree);
    if (label) keep.add(label);
    for (const heading of headings) if (!ownIdGivesWay(String(heading.properties.id ?? ''), taken)) keep.add(heading);
    // Taken ids count as used: a heading that would repeat one gets a `-1` suffix instead.
    const slugger = new GithubSlugger();
    for (const id of taken) slugger.slug(id);
    for (const heading of headings) if (!keep.has(heading)) heading.properties.id = headingId(toString(heading), slugger);
  };
}

/**
 * The heading of the footnotes section remark-rehype appends (`id="footnote-label"`, no position: an
 * author's HTML copy of it has one and gets an id like any heading).
 */
function footnoteLabel(tree: Root): Element | undefined {
  const section = tree.children.findLast((node): node is Element => node.type === 'element' && node.tagName === 'section');
  if (!section || section.position || section.properties.dataFootnotes === undefined) return undefined;
  const heading = section.children.find((node): node is Element => node.type === 'element');
  return heading && !heading.position && heading.properties.id === 'footnote-label' ? heading : undefined;
}

/**
 * remarkSingleH1's rule for the HTML an author wrote (an `<h1>` in a Markdown post, an HTML post's body): the
 * page title is the only `<h1>`, so a body that opens with the title as `<h1>` drops it, and any other
 * `<h1>` is an `<h2>`.
 */
export function rehypeSingleH1() {
  return (tree: Root, file: VFile) => {
    const title = (file.data as PostTitleData).postTitle;
    const first = tree.children.find((node) => node.type === 'element' || (node.type === 'text' && node.value.trim() !== ''));
    if (first?.type === 'element' && first.tagName === 'h1' && typeof title === 'string' && sameTitle(toString(first), title)) {
      tree.children.splice(tree.children.indexOf(first), 1);
    }
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}

/**
 * A table's header row with no text in any cell is left out: it is how a table without a header is
 * written in GFM (and how a kramdown one is read, lib/markdown/kramdown-tables.ts), not a row to show.
 */
export function rehypeEmptyTableHeads() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'table') return;
      node.children = node.children.filter(
        (child) => !(child.type === 'element' && child.tagName === 'thead' && toString(child).trim() === '' && !hasElement(child, (inner) => inner.tagName !== 'tr' && inner.tagName !== 'th')),
      );
    });
  };
}

function hasElement(node: Element, matches: (element: Element) => boolean): boolean {
  let found = false;
  visit(node, 'element', (inner: Element) => {
    if (inner !== node && matches(inner)) found = true;
  });
  return found;
}

/** An id that names no page global: not `__next_f`, `$x` or `-x` (see headingId). */
const SAFE_ID = /^[a-z0-9][\w-]*$/i;

/**
 * Why a heading's own id gives way to one made from its text: not safe, or `taken` (by the page, or by an
 * earlier heading). Undefined when the heading keeps it, which `taken` then holds. content:check asks too.
 */
export function ownIdGivesWay(id: string, taken: Set<string>): 'unsafe' | 'taken' | undefined {
  if (!SAFE_ID.test(id)) return 'unsafe';
  if (taken.has(id)) return 'taken';
  taken.add(id);
  return undefined;
}
/** A path on this site, for media an author embeds: the CSP loads nothing from elsewhere. */
const SITE_PATH = /^\/(?![/\\])/;
const HEADING_ID: [string, RegExp] = ['id', SAFE_ID];

/**
 * Presentational HTML authors write (lib/markdown/html.ts parses it) beyond GitHub's defaults.
 * Everything else is unwrapped (its text kept), or removed with its content when that content
 * is code, styles or a document of its own (`strip`). content:check reports both as errors.
 */
export const EXTRA_HTML_ELEMENTS = ['figure', 'figcaption', 'mark', 'abbr', 'u', 'small', 'cite', 'address', 'video', 'audio', 'track'];
export const STRIPPED_ELEMENTS = [
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'applet', 'svg', 'math', 'canvas',
  'textarea', 'select', 'noembed', 'noframes', 'xmp', 'title', 'frameset', 'frame',
];

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
  tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_HTML_ELEMENTS, 'picture', 'source'],
  strip: STRIPPED_ELEMENTS,
  // A player without controls cannot be started (autoplay is not allowed).
  required: { ...defaultSchema.required, video: { controls: true }, audio: { controls: true } },
  // Narrower than GitHub's (no irc:, xmpp:): links a reader can follow in a browser.
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  attributes: {
    ...defaultSchema.attributes,
    // Ids only where the pipeline makes them (headings, footnotes, an author's anchors: lib/markdown/html.ts),
    // in a shape that clobbers nothing.
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'id' && name !== 'name'), ['id', AUTHOR_ANCHOR_ID]],
    ...Object.fromEntries(['h1', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, [HEADING_ID]])),
    h2: [...(defaultSchema.attributes?.h2 ?? []), HEADING_ID],
    li: [...(defaultSchema.attributes?.li ?? []), ['id', /^user-content-fn-[\w-]+$/]],
    // GitHub alerts (lib/markdown/alerts.ts), display math (lib/markdown/math.ts) and code blocks (highlight.ts).
    div: [
      ...(defaultSchema.attributes?.div ?? []),
      ['className', 'markdown-alert', ...['note', 'tip', 'important', 'warning', 'caution'].map((type) => `markdown-alert-${type}`), 'math-display', 'code-block'],
      ['role', 'note'],
    ],
    p: [['className', 'markdown-alert-title']],
    // A foldable callout (lib/markdown/alerts.ts): open or closed, its title the summary.
    details: [...(defaultSchema.attributes?.details ?? []), ['className', 'markdown-alert', ...['note', 'tip', 'important', 'warning', 'caution'].map((type) => `markdown-alert-${type}`)], 'open'],
    summary: [...(defaultSchema.attributes?.summary ?? []), ['className', 'markdown-alert-title']],
    video: [['src', SITE_PATH], ['poster', SITE_PATH], 'controls', 'loop', 'muted', 'playsInline', 'preload'],
    audio: [['src', SITE_PATH], 'controls', 'loop', 'muted', 'preload'],
    // Video and audio sources (site paths), and <picture> sources of processed images.
    source: [['src', SITE_PATH], ['type', 'image/webp', 'image/avif', /^(?:video|audio)\/[\w.+-]+$/], ['srcSet', SRCSET], ['sizes', SIZES]],
    track: [['src', SITE_PATH], 'kind', 'srcLang', 'label', 'default'],
    figcaption: [['className', 'code-title', 'illustration-hint']],
    // The sanitiser reads only the first `className` rule per element, so replace GitHub's.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !Array.isArray(rule) || rule[0] !== 'className'),
      ['className', 'data-footnote-backref', 'heading-anchor'],
      ['id', /^user-content-fnref-[\w-]+$/],
      'ariaHidden',
      'tabIndex',
    ],
    // …and a diagram drawn in the browser (lib/markdown/diagrams.ts), left out of the search index.
    figure: [['className', 'illustration', 'illustration-pending', 'code-figure', 'image-figure', DIAGRAM_FIGURE_CLASS], 'dataPagefindIgnore'],
    span: [
      ...(defaultSchema.attributes?.span ?? []),
      ['className', 'illustration-pending-label', 'heading-anchor-icon', 'line', 'highlighted', 'highlighted-word', 'diff', 'add', 'remove', GALLERY_CLASS],
      ['style', SHIKI_STYLE],
    ],
    // Shiki (lib/markdown/highlight.ts): theme classes, colours as inline CSS variables, the language label.
    pre: [['className', MERMAID_SOURCE_CLASS, 'shiki', 'shiki-themes', 'github-light-default', 'github-dark-default', 'line-numbers', 'has-diff'], ['style', SHIKI_STYLE], ['dataLanguage', /^[\w+#-]{1,30}$/], 'tabIndex'],
    // Images (lib/markdown/rehype-images.ts): files of ours under the site's own paths, sized.
    img: [...(defaultSchema.attributes?.img ?? []), ['loading', 'lazy', 'eager'], ['decoding', 'async'], ['fetchPriority', 'high'], ['srcSet', SRCSET], ['sizes', SIZES], ['className', 'only-light', 'only-dark']],
    // An image for one colour scheme (lib/markdown/picture.ts, themedImageClass).
    picture: [['className', 'only-light', 'only-dark']],
    // Math keeps its classes to the sanitiser, then rehype-katex typesets it.
    // …and where a numbered block starts counting (`linenostart=10`, `showLineNumbers{10}`).
    code: [['className', /^language-[\w+#-]+$/, 'math-inline', 'math-display'], ['style', /^counter-reset: line \d{1,7}$/]],
  },
};
