import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { DIAGRAM_FIGURE_CLASS } from '../browser/diagrams';

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

/**
 * A diagram is drawn by the page's script, which no feed reader runs: its source stays (it is what the
 * diagram says), with a caption that leads to the drawing.
 */
function rehypeFeedDiagrams() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (node.tagName !== 'figure' || !(Array.isArray(classes) && classes.includes(DIAGRAM_FIGURE_CLASS))) return;
      const link: Element = { type: 'element', tagName: 'a', properties: { href: String(file.data.pageUrl) }, children: [{ type: 'text', value: 'see it drawn on the post’s page' }] };
      node.children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: 'A diagram’s source: ' }, link, { type: 'text', value: '.' }] });
    });
  };
}

// Built once: a feed build rewrites many posts.
const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeAbsoluteUrls).use(rehypeFeedDiagrams).use(rehypeStringify).freeze();

/**
 * A post's HTML as feed readers get it, away from the site: every relative URL (`/path`, `#anchor`,
 * `image.png`, `srcset` entries) resolved against the post's absolute URL, as a browser would, and a
 * diagram's source captioned with a link to its drawing.
 */
export function feedHtml(html: string, pageUrl: string): string {
  return String(processor.processSync(new VFile({ value: html, data: { pageUrl } })));
}
