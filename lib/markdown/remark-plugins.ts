import fs from 'node:fs';
import path from 'node:path';
import type { Root, Image, Link, Paragraph, Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { repairMojibake } from '../text/mojibake';
import { sameTitle } from '../text/title-match';
import { illustrationPath } from '../routes';
import { matchImagePlaceholder } from './placeholders';

function frontmatterOf(tree: Root): Record<string, unknown> {
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  if (!yamlNode || !('value' in yamlNode)) return {};
  try {
    const data: unknown = parseYaml(yamlNode.value, { schema: 'core' });
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {}; // content:check reports invalid YAML with its line; the renderer need not.
  }
}

/** Repairs reversible mojibake in every piece of text a reader can see. */
export function remarkRepairMojibake() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
        node.value = repairMojibake(node.value);
      } else if (node.type === 'image') {
        const image = node as Image;
        image.alt = image.alt ? repairMojibake(image.alt) : image.alt;
        image.title = image.title ? repairMojibake(image.title) : image.title;
      } else if (node.type === 'link') {
        const link = node as Link;
        link.title = link.title ? repairMojibake(link.title) : link.title;
      }
    });
  };
}

/**
 * The page title is the only `<h1>`: a body that opens by repeating it drops that heading,
 * and any other `# H1` becomes an `## H2`.
 */
export function remarkSingleH1() {
  return (tree: Root) => {
    const title = frontmatterOf(tree).title;
    const firstContent = tree.children.findIndex((node) => node.type !== 'yaml');
    const first = tree.children[firstContent];
    if (
      typeof title === 'string' &&
      first?.type === 'heading' &&
      first.depth === 1 &&
      sameTitle(toString(first), title)
    ) {
      tree.children.splice(firstContent, 1);
    }
    visit(tree, 'heading', (heading: Heading) => {
      if (heading.depth === 1) heading.depth = 2;
    });
  };
}

interface SvgSize {
  width: number;
  height: number;
}

function svgSize(file: string): SvgSize | undefined {
  const svg = fs.readFileSync(file, 'utf8');
  const viewBox = /viewBox="\s*[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!viewBox) return undefined;
  return { width: Math.round(Number(viewBox[1])), height: Math.round(Number(viewBox[2])) };
}

function postSlug(tree: Root, file: VFile): string {
  const slug = frontmatterOf(tree).slug;
  if (typeof slug === 'string' && slug.trim() !== '') return slug.trim();
  const raw = (file.data as { rawDocumentData?: { sourceFileName?: string } }).rawDocumentData;
  return (raw?.sourceFileName ?? file.basename ?? '').replace(/\.mdx?$/, '');
}

function figure(children: RootContent[], className: string[]): Paragraph {
  // A paragraph node re-labelled as <figure>: mdast has no figure, remark-rehype honours hName.
  return {
    type: 'paragraph',
    data: { hName: 'figure', hProperties: { className } },
    children: children as Paragraph['children'],
  };
}

function caption(text: string): RootContent {
  return {
    type: 'paragraph',
    data: { hName: 'figcaption' },
    children: [{ type: 'text', value: text }],
  } as RootContent;
}

/**
 * `[Insert a relevant image: …]` becomes a figure: the illustration drawn for it when
 * `public/illustrations/<slug>-<n>.svg` exists, else an "illustration pending" figure.
 */
export function remarkImagePlaceholders(options: { publicDir?: string; basePath?: string } = {}) {
  const publicDir = options.publicDir ?? path.join(process.cwd(), 'public');
  const basePath = options.basePath ?? '';
  return (tree: Root, file: VFile) => {
    let count = 0;
    const slug = postSlug(tree, file);
    tree.children = tree.children.map((node) => {
      if (node.type !== 'paragraph') return node;
      const description = matchImagePlaceholder(toString(node));
      if (description === undefined) return node;
      count += 1;
      const text = repairMojibake(description);
      const src = illustrationPath(slug, count);
      const size = fs.existsSync(path.join(publicDir, src)) ? svgSize(path.join(publicDir, src)) : undefined;
      if (!size) {
        return figure(
          [
            {
              type: 'paragraph',
              data: { hName: 'span', hProperties: { className: ['illustration-pending-label'] } },
              children: [{ type: 'text', value: 'Illustration pending' }],
            } as RootContent,
            caption(text),
          ],
          ['illustration', 'illustration-pending'],
        );
      }
      return figure(
        [
          {
            type: 'image',
            url: basePath + src,
            alt: text,
            data: { hProperties: { width: size.width, height: size.height, loading: 'lazy' } },
          } as RootContent,
        ],
        ['illustration'],
      );
    });
  };
}
