import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Processor } from 'unified';
import { normaliseBasePath } from '../routes';
import { rehypeHighlight } from './highlight';
import { rehypeHeadingIds, sanitizeSchema } from './rehype-plugins';
import { remarkImagePlaceholders, remarkRepairMojibake, remarkSingleH1 } from './remark-plugins';

/**
 * The Markdown → HTML pipeline contentlayer runs once per post (and caches).
 * Sanitising comes last, after every plugin that could add markup.
 */
export function configureMarkdown(builder: Processor): void {
  builder
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkRepairMojibake)
    .use(remarkSingleH1)
    .use(remarkImagePlaceholders, { basePath: normaliseBasePath(process.env.BASE_PATH) })
    // Raw HTML in a post is dropped here, never passed through.
    .use(remarkRehype)
    .use(rehypeHeadingIds)
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
      content: { type: 'text', value: '#' },
    })
    .use(rehypeHighlight)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify);
}
