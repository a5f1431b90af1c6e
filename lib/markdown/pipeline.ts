import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Processor } from 'unified';
import { normaliseBasePath } from '../routes';
import { remarkAlerts } from './alerts';
import { rehypeHighlight } from './highlight';
import { rehypeAuthorHtml } from './html';
import { KATEX_OPTIONS, rehypeMathBlocks, remarkDollarText } from './math';
import { rehypeHeadingIds, sanitizeSchema } from './rehype-plugins';
import { site } from '../site/config';
import { rehypeImages } from './rehype-images';
import { remarkAuthorPlaceholders, remarkImageFigures, remarkImagePlaceholders, remarkRepairMojibake, remarkSingleH1 } from './remark-plugins';

/**
 * The Markdown → HTML pipeline contentlayer runs once per post (and caches).
 * Sanitising comes last, after every plugin that could add markup from what the author wrote;
 * only KaTeX, which writes its own markup from TeX, runs after it.
 */
export function configureMarkdown(builder: Processor, options: { images?: boolean; root?: string } = {}): void {
  const basePath = normaliseBasePath(process.env.BASE_PATH);
  builder
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkDollarText)
    .use(remarkAlerts)
    .use(remarkRepairMojibake)
    .use(remarkSingleH1)
    .use(remarkAuthorPlaceholders, { siteAuthor: site.author })
    .use(remarkImagePlaceholders, { basePath })
    .use(remarkImageFigures)
    // Raw HTML is parsed into the tree (lib/markdown/html.ts); the sanitiser decides what stays.
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeAuthorHtml)
    // Tests of the sanitiser alone turn this off: the images step stops the build on any image it cannot serve.
    .use(options.images === false ? [] : [[rehypeImages, { root: options.root ?? process.cwd(), basePath }]])
    .use(rehypeHeadingIds)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
      content: { type: 'text', value: '#' },
    })
    .use(rehypeMathBlocks)
    .use(rehypeHighlight)
    .use(rehypeSanitize, sanitizeSchema)
    // After the sanitiser: KaTeX's markup is generated from the TeX, with `trust` off.
    .use(rehypeKatex, KATEX_OPTIONS)
    .use(rehypeStringify);
}
