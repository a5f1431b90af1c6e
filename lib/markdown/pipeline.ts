import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable, type PluggableList, type Processor } from 'unified';
import { VFile } from 'vfile';
import { remarkMdxContainers } from './mdx-containers';
import { remarkMdxCompat } from './mdx-compat';
import { rehypeDropInternalProperties, remarkMdxEmbeds, remarkMdxFigures } from './mdx-figures';
import { JSON_MATTER } from '../content/frontmatter';
import { normaliseBasePath } from '../routes';
import { rehypeSiteLinks } from './links';
import { remarkAlerts } from './alerts';
import { rehypeHighlight } from './highlight';
import { rehypeAutoParagraphs } from './auto-paragraphs';
import { rehypeDiagrams } from './diagrams';
import { rehypeAuthorHtml } from './html';
import { rehypeKatexPost, rehypeMathBlocks, remarkDollarMath } from './math';
import { MARKDOWN_SYNTAX, remarkHtmlPost, remarkParsePost, remarkRepairText } from './parse';
import { rehypeEmptyTableHeads, rehypeHeadingIds, rehypeSingleH1, sanitizeSchema } from './rehype-plugins';
import { defaultAuthor, site } from '../site/config';
import { rehypeIcons } from './icons';
import { rehypeImages } from './rehype-images';
import { rehypeRememberToc } from './toc';
import { remarkComponentImports } from './mdx-imports';
import { remarkCodeImports } from './code-imports';
import { remarkPartials } from './mdx-partials';
import { remarkVaultLineBreaks } from './obsidian-vault';
import { remarkAuthorPlaceholders, remarkDropOtherFrontmatter, remarkFrontmatterValues, remarkImageFigures, remarkImagePlaceholders, remarkSingleH1 } from './remark-plugins';

/** Steps on the Markdown tree shared by `.md` and `.mdx` posts (after parsing, before HTML). */
function remarkSteps(basePath: string, root: string): PluggableList {
  return [
    ...MARKDOWN_SYNTAX,
    remarkDollarMath,
    remarkAlerts,
    remarkSingleH1,
    [remarkAuthorPlaceholders, { profiles: site.authors, fallback: defaultAuthor, root }],
    [remarkImagePlaceholders, { basePath }],
    remarkImageFigures,
    remarkDropOtherFrontmatter,
  ];
}

/** Steps on the HTML tree shared by `.md` and `.mdx` posts, up to (not including) sanitising. */
function rehypeSteps(basePath: string, options: { images?: boolean; root?: string }): PluggableList {
  return [
    // First, so the links the images step adds (already under the base path) are not seen as the author's.
    [rehypeSiteLinks, { root: options.root ?? process.cwd(), basePath }],
    // Tests of the sanitiser alone turn this off: the images step stops the build on any image it cannot serve.
    ...(options.images === false ? [] : [[rehypeImages, { root: options.root ?? process.cwd(), basePath }] as Pluggable]),
    rehypeSingleH1,
    rehypeEmptyTableHeads,
    rehypeHeadingIds,
    [
      rehypeAutolinkHeadings,
      {
        behavior: 'append',
        properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
        content: { type: 'text', value: '#' },
      },
    ],
    rehypeMathBlocks,
    rehypeDiagrams,
    rehypeHighlight,
  ];
}

/**
 * The Markdown → HTML pipeline contentlayer runs once per post (and caches).
 * Sanitising comes last, after every plugin that could add markup from what the author wrote;
 * only the icons' and KaTeX's markup, which is theirs, is added after it.
 */
export function configureMarkdown(builder: Processor, options: { images?: boolean; root?: string } = {}): void {
  const basePath = normaliseBasePath(process.env.BASE_PATH);
  builder
    // The body's tree is content:check's when the build handed it over (lib/markdown/parse.ts).
    .use(remarkParsePost)
    .use(remarkFrontmatter, ['yaml', 'toml', JSON_MATTER])
    // First of the transformers: an `.html` post's body is HTML, not the Markdown parsed above.
    .use(remarkHtmlPost)
    // VitePress' `<<< ./snippet.js`: the file's code, as content:check reads it (lib/markdown/code-imports.ts).
    .use(remarkCodeImports, { root: options.root ?? process.cwd() })
    .use(remarkSteps(basePath, options.root ?? process.cwd()))
    // A note of an Obsidian vault keeps its line breaks, as Obsidian shows them (after the callouts read their title lines).
    .use(remarkVaultLineBreaks, { root: options.root ?? process.cwd() })
    // Raw HTML is parsed into the tree (lib/markdown/html.ts); the sanitiser decides what stays.
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeAuthorHtml)
    .use(rehypeAutoParagraphs)
    .use(rehypeSteps(basePath, options))
    .use(rehypeSanitize, sanitizeSchema)
    // After the sanitiser: icons' drawings come from the icon sets, KaTeX's markup from the TeX (`trust` off).
    .use(rehypeIcons)
    .use(rehypeKatexPost)
    .use(rehypeRememberToc)
    .use(rehypeStringify);
}

/**
 * The same steps for `.mdx` posts (contentlayer2 compiles them with mdx-bundler). No sanitiser: an
 * `.mdx` file is code its author trusts (README, "MDX posts"); its JSX renders the components of
 * components/mdx/, whose figures get their images through the same images step.
 */
export function mdxPlugins(options: { images?: boolean; root?: string } = {}): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
  const basePath = normaliseBasePath(process.env.BASE_PATH);
  return {
    // mdx-bundler uses remark-frontmatter for YAML; using it again replaces its options, so YAML is named
    // again. A JSON block is frontmatter too, not an expression. (TOML in .mdx is a content:check error:
    // mdx-bundler's TOML reader knows only TOML 0.4.)
    // A `.md` body's text is repaired where it is parsed (lib/markdown/parse.ts); mdx-bundler parses its own.
    remarkPlugins: [[remarkFrontmatter, ['yaml', JSON_MATTER]], remarkMdxCompat, [remarkPartials, { root: options.root ?? process.cwd() }], remarkComponentImports, remarkFrontmatterValues, remarkRepairText, remarkMdxFigures, remarkMdxEmbeds, remarkMdxContainers, ...remarkSteps(basePath, options.root ?? process.cwd())],
    rehypePlugins: [...rehypeSteps(basePath, options), rehypeIcons, rehypeDropInternalProperties, rehypeKatexPost],
  };
}

/**
 * A cover's caption (Hugo's `cover.caption`, Ghost's `feature_image_caption`, Minimal Mistakes'
 * `header.caption`) as HTML: credits are written as inline Markdown or HTML (`Photo by [Ann](https://…)`),
 * so it is read as a body is, links and sanitiser included. A caption of one paragraph is its content.
 */
export async function renderCaption(caption: string, markdownFile: string, root: string): Promise<string> {
  const basePath = normaliseBasePath(process.env.BASE_PATH);
  const file = new VFile({ path: markdownFile, value: caption });
  const processor = unified()
    .use(remarkParse)
    .use(MARKDOWN_SYNTAX)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeAuthorHtml)
    .use(rehypeSiteLinks, { root, basePath })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify);
  const html = String(await processor.process(file)).trim();
  return /^<p>((?:(?!<\/?p[\s>])[\s\S])*)<\/p>$/.exec(html)?.[1] ?? html;
}
