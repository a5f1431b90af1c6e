import fs from 'node:fs';
import path from 'node:path';
import type { Root, Paragraph, Heading, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isFrontmatterNode, MADE_FORMATS, readFrontmatterBlock, type FrontmatterFormat } from '../content/frontmatter';
import { sameTitle } from '../text/title-match';
import { illustrationPath } from '../routes';
import { fillAuthorPlaceholders, matchImagePlaceholder } from './placeholders';
import { inlineMarkdown } from './inline-markdown';
import { normaliseFields, type PostFields } from '../content/schema';
import { resolveAuthors, type Author } from '../content/authors';
import { imageFolders, markdownFileOf, type ImageFileData } from './rehype-images';
import { applyEngineData, engineDataFor } from '../content/engine-data';
import { FRONTMATTER_PATH, frontmatterValue } from './template-values';

/** The frontmatter node's data, by the one reader. */
function frontmatterDataOf(tree: Root): Record<string, unknown> {
  const node = tree.children.find((child) => isFrontmatterNode(child));
  return node && 'value' in node ? readFrontmatterBlock(node.type as FrontmatterFormat, node.value).data : {};
}

/** The post's fields from its frontmatter node, by the one reader and the schema's normalisation. */
function frontmatterOf(tree: Root, file?: VFile): PostFields {
  return normaliseFields(frontmatterDataOf(tree), sourcePathOf(file));
}

/**
 * Astro's `{frontmatter.title}` in an `.mdx` post: the field's text, as a `.md` post's `{{ page.title }}` is
 * (lib/markdown/template-values.ts), read by the site's frontmatter reader. (mdx-bundler's own `frontmatter`
 * would read `date: 2024-01-05` as a Date, which React cannot show.) Other expressions are left to it.
 */
export function remarkFrontmatterValues() {
  return (tree: Root) => {
    let fields: Record<string, unknown> | undefined;
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression') || !parent || index === undefined) return;
      const path = FRONTMATTER_PATH.exec(node.value)?.[1];
      const value = path ? frontmatterValue(path, (fields ??= frontmatterDataOf(tree))) : undefined;
      if (!value) return;
      const text: Text = { type: 'text', value: value.text };
      parent.children[index] = node.type === 'mdxFlowExpression' ? ({ type: 'paragraph', children: [text] } satisfies Paragraph) : text;
    });
  };
}

function sourcePathOf(file: VFile | undefined): string {
  const raw = (file?.data as { rawDocumentData?: { sourceFilePath?: string } } | undefined)?.rawDocumentData;
  return raw?.sourceFilePath ?? file?.path ?? '';
}

/**
 * `[Your Name]` and the like become the post's `author:`, else the site's author (lib/site/config.ts),
 * rather than being published as template text. content:check reports the other template text.
 */
export function remarkAuthorPlaceholders(options: { profiles: Readonly<Record<string, Author>>; fallback: Author; root: string }) {
  return (tree: Root, file: VFile) => {
    const fields = frontmatterOf(tree, file);
    const markdownFile = markdownFileOf(file, options.root);
    // Author ids another engine's data file names (Docusaurus' authors.yml), as the generated fields have them.
    const refs = markdownFile ? applyEngineData(fields, engineDataFor(markdownFile, imageFolders(options.root).postsDir), options.profiles).author : fields.author;
    const author = resolveAuthors(refs, options.profiles, options.fallback)
      .map((person) => person.name)
      .join(', ');
    visit(tree, 'text', (node: Text) => {
      node.value = fillAuthorPlaceholders(node.value, author);
    });
  };
}

/** The post's title, for the steps on the HTML tree (rehypeSingleH1). */
export interface PostTitleData {
  postTitle?: string;
}

/**
 * The page title is the only `<h1>`: a body that opens by repeating it drops that heading (as one
 * without a `title:` does, whose opening heading is the title: `readFrontmatter`), and any other
 * `# H1` becomes an `## H2`.
 */
export function remarkSingleH1() {
  return (tree: Root, file: VFile) => {
    const title = frontmatterOf(tree).title;
    // For the same rule on HTML the author wrote (rehypeSingleH1).
    (file.data as PostTitleData).postTitle = title;
    // In an `.mdx` post the frontmatter is also an `export` (mdx-bundler adds it): not the text.
    const firstContent = tree.children.findIndex((node) => !isFrontmatterNode(node) && node.type !== 'mdxjsEsm');
    const first = tree.children[firstContent];
    if (
      typeof title === 'string' &&
      first?.type === 'heading' &&
      first.depth === 1 &&
      (title === '' || sameTitle(toString(first), title))
    ) {
      tree.children.splice(firstContent, 1);
    }
    visit(tree, 'heading', (heading: Heading) => {
      if (heading.depth === 1) heading.depth = 2;
    });
  };
}

/**
 * The JSON block and the blocks the parser makes (Pelican's metadata lines, Medium's page, Notion's property
 * lines) leave the tree once every step has read them: remark-rehype knows YAML and TOML blocks, and would
 * print an unknown block's text on the page.
 */
export function remarkDropOtherFrontmatter() {
  const dropped: readonly string[] = ['json', ...MADE_FORMATS];
  return (tree: Root) => {
    tree.children = tree.children.filter((node) => !dropped.includes(node.type));
  };
}

function postSlug(tree: Root, file: VFile): string {
  return frontmatterOf(tree, file).slug;
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
 * An image's title as its figure's caption, read as inline Markdown: Hugo's `figure` and Minimal Mistakes'
 * include (whose captions arrive here as titles, lib/markdown/engine-syntax.ts) render theirs so, and
 * credits are written so (`Photo by [Ann](https://…)`). Its nodes take the image's place in the file, so
 * HTML in it is the author's (lib/markdown/html.ts); content:check follows its links (lib/check/links.ts).
 */
function markdownCaption(text: string, position: Position | undefined): RootContent {
  const children = inlineMarkdown(text);
  if (!children) return caption(text);
  for (const child of children) {
    visit(child, (node) => {
      if (position) node.position = structuredClone(position);
      else delete node.position;
    });
  }
  return { type: 'paragraph', data: { hName: 'figcaption' }, children } as RootContent;
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
      const src = illustrationPath(slug, count);
      if (!fs.existsSync(path.join(publicDir, src))) {
        return figure(
          [
            {
              type: 'paragraph',
              data: { hName: 'span', hProperties: { className: ['illustration-pending-label'] } },
              children: [{ type: 'text', value: 'Illustration pending' }],
            } as RootContent,
            caption(description),
          ],
          ['illustration', 'illustration-pending'],
        );
      }
      // Drawn for a wide screen: on a phone its labels are small, so a tap opens it full size. The image
      // itself is sized and served like any other (lib/markdown/rehype-images.ts).
      return figure(
        [
          { type: 'link', url: basePath + src, children: [{ type: 'image', url: src, alt: description }] } as RootContent,
          {
            type: 'paragraph',
            data: { hName: 'figcaption', hProperties: { className: ['illustration-hint'] } },
            children: [{ type: 'text', value: 'Tap the illustration to see it full size.' }],
          } as RootContent,
        ],
        ['illustration'],
      );
    });
  };
}

/**
 * An image alone in its paragraph with a title, `![alt](x.jpg "Caption")`, or with an italic line under it,
 * becomes a figure with that caption (the same figure as the placeholders'). Also notes whether the post has a `cover:`, which
 * is then the post's first image (lib/markdown/rehype-images.ts loads the rest lazily).
 */
export function remarkImageFigures() {
  return (tree: Root, file: VFile) => {
    (file.data as ImageFileData).hasCover = frontmatterOf(tree, file).cover !== undefined;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'paragraph') return node;
      const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break');
      const [image, under] = content;
      if (image?.type !== 'image') return node;
      if (content.length === 1 && image.title?.trim()) return figure([{ ...image, title: null }, markdownCaption(image.title.trim(), image.position)], ['image-figure']);
      // An italic line right under the image (Chirpy's `_caption_`, and a habit of many blogs): its caption.
      const between = node.children.slice(1, under ? node.children.indexOf(under) : 0);
      const ownLine = between.some((child) => child.type === 'break' || (child.type === 'text' && child.value.includes('\n')));
      if (content.length === 2 && under?.type === 'emphasis' && !image.title?.trim() && ownLine && node.children.at(-1) === under) {
        return figure([image, { type: 'paragraph', data: { hName: 'figcaption' }, children: under.children } as RootContent], ['image-figure']);
      }
      return node;
    });
  };
}
