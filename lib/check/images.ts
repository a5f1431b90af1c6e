import fs from 'node:fs';
import path from 'node:path';
import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ImageError, probeImage } from '../markdown/images';
import { locateImage } from '../markdown/rehype-images';
import { inside } from '../markdown/image-source';
import { FIGURE_COMPONENTS } from '../../components/mdx/names';
import { parseMdx } from './mdx';
import { parseBody } from '../markdown/parse';
import { decodeUrlPart } from '../routes';
import { mediaUrls } from './links';

/** One image problem at a line of the post file (1-based). */
export interface ImageFinding {
  line: number;
  severity: 'error' | 'warning';
  message: string;
  fix: string;
  /** An address on another site whose copy is missing: content:check downloads it and checks again */
  remote?: string;
}

export interface ImageCheckInput {
  /** Absolute path of the post's Markdown file */
  markdownFile: string;
  /** Project root: content/ and public/ are in it */
  root: string;
  body: string;
  /** The file line the body starts on: findings carry file lines */
  bodyLine: number;
  /** An `.mdx` body: parsed as MDX, `<Figure src>` checked too */
  mdx?: boolean;
  /** The body's tree when the caller has parsed it already (lib/markdown/parse.ts, or parseMdx for `.mdx`) */
  tree?: Root | undefined;
  /** `cover:` with its line in the file, when given */
  cover?: { url: string; line: number; alt?: string };
  /** The authors' pictures (`author: { name, picture }`) with the line of the field */
  pictures?: { url: string; line: number }[];
}

/**
 * One image as the build will process it (same resolution from `markdownFile`, same header probe): the
 * error at `line` when the site cannot serve it. Also for the pictures of other engines' author files.
 */
export function checkImage(url: string, line: number, markdownFile: string, root: string): ImageFinding | undefined {
  try {
    const file = locateImage(url, markdownFile, root);
    probeImage(fs.readFileSync(file), path.relative(root, file));
    return undefined;
  } catch (error) {
    if (!(error instanceof ImageError)) throw error;
    return { line, severity: 'error', message: error.message, fix: error.fix, ...(error.remote ? { remote: error.remote } : {}) };
  }
}

/**
 * A player's file named by its site path (`<video src="/media/clip.mp4">`, its `poster`, a `<track>`): the
 * error at `line` when public/ has no such file, since readers would get a player with nothing to play.
 * Other addresses are the sanitiser's to remove, and lib/check/lossy-markup.ts names them.
 */
export function checkMediaFile(url: string, line: number, root: string): ImageFinding | undefined {
  if (!/^\/(?![/\\])/.test(url)) return undefined;
  const sitePath = decodeUrlPart(url.replace(/[?#].*$/, '')) ?? url;
  const file = path.join(root, 'public', sitePath);
  if (!inside(path.join(root, 'public'), file) || fs.existsSync(file)) return undefined;
  return { line, severity: 'error', message: `The media file public${sitePath} does not exist: readers would get a player with nothing to play.`, fix: `Put the file at public${sitePath}, or correct the path.` };
}

/** An HTML tag's attribute, as written. */
function attributeOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * The images a post names, checked as the build will process them: an image the site cannot serve is
 * an error here, before any build starts. So are the files its players name.
 */
export function checkPostImages(input: ImageCheckInput): ImageFinding[] {
  const findings: ImageFinding[] = [];
  const check = (url: string, line: number) => {
    const finding = checkImage(url, line, input.markdownFile, input.root);
    if (finding) findings.push(finding);
  };
  const noAlt = (line: number, fix: string) =>
    findings.push({ line, severity: 'warning', message: 'An image has no alt text: readers of screen readers lose it.', fix });

  if (input.cover) {
    check(input.cover.url, input.cover.line);
    if (!input.cover.alt?.trim()) noAlt(input.cover.line, 'Add `coverAlt: what the picture shows` to the frontmatter.');
  }
  // An author's picture needs no alt text: the name is written beside it.
  for (const picture of input.pictures ?? []) check(picture.url, picture.line);

  let tree: Root;
  if (input.tree) tree = input.tree;
  else if (input.mdx) {
    const parsed = parseMdx(input.body);
    if ('error' in parsed) return findings; // reported by the MDX check
    tree = parsed.tree;
  } else tree = parseBody(input.body).tree;
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  visit(tree, (node) => {
    const line = input.bodyLine + (node.position?.start.line ?? 1) - 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && FIGURE_COMPONENTS.includes(node.name as never)) {
      // `<Figure src="…">`: its alt text is the MDX check's (lib/check/mdx.ts).
      const src = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === 'src')?.value;
      if (typeof src === 'string' && src.trim() !== '') check(src, line);
    } else if (node.type === 'image') {
      check(node.url, line);
      if (!node.alt?.trim()) noAlt(line, `Describe what it shows: ![a chart of fees](${node.url}).`);
    } else if (node.type === 'html') {
      // An <img> written as HTML: the images step processes it as it does a Markdown image (lib/markdown/html.ts).
      for (const tag of node.value.matchAll(/<img\b[^>]*>/gi)) {
        const at = line + node.value.slice(0, tag.index).split('\n').length - 1;
        check(attributeOf(tag[0], 'src') ?? '', at);
        if (!attributeOf(tag[0], 'alt')?.trim()) noAlt(at, 'Describe what it shows: <img src="…" alt="a chart of fees">.');
      }
    } else if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (definition) check(definition.url, line);
      if (!node.alt?.trim()) noAlt(line, 'Describe what it shows between the brackets: ![a chart of fees][…].');
    }
  });
  // The players' files (`<video>`, its `poster`, `<audio>`, `<source>`, a `<track>` of captions), as the links step reads them.
  for (const { url, line } of mediaUrls(tree)) {
    const finding = checkMediaFile(url, input.bodyLine + line - 1, input.root);
    if (finding) findings.push(finding);
  }
  return findings.sort((a, b) => a.line - b.line);
}
