import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

function resolve(value: string, base: string): string {
  try {
    return new URL(value, base).toString();
  } catch {
    return value; // not a URL we can resolve: leave it as the author wrote it
  }
}

function rehypeAbsoluteUrls() {
  return (tree: Root, file: VFile) => {
    const pageUrl = String(file.data.pageUrl);
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = resolve(value, pageUrl);
      }
      const srcset = node.properties.srcSet;
      if (srcset !== undefined && srcset !== null) {
        const entries = Array.isArray(srcset) ? srcset.map(String) : String(srcset).split(',');
        node.properties.srcSet = entries
          .map((entry) => {
            const [url = '', ...descriptor] = entry.trim().split(/\s+/);
            return [resolve(url, pageUrl), ...descriptor].join(' ');
          })
          .join(', ');
      }
    });
  };
}

// Built once: a feed build rewrites many posts.
const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeAbsoluteUrls).use(rehypeStringify).freeze();

/**
 * Post HTML with every relative URL (`/path`, `#anchor`, `image.png`, `srcset` entries) resolved
 * against the post's absolute URL, as a browser would: feed readers show the HTML away from the site.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return String(processor.processSync(new VFile({ value: html, data: { pageUrl } })));
}
