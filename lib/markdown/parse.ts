import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { Image, Link, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { emojify } from 'node-emoji';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified, type PluggableList, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { isFrontmatterNode, MADE_FORMATS, readFrontmatterBlock, splitFrontmatter, splitPostFile, type FrontmatterFormat } from '../content/frontmatter';
import { bodyOptionsOf, type BodyOptions } from '../content/schema';
import { HTML_FILE } from '../content/post-extensions.mjs';
import { repairMojibake } from '../text/mojibake';
import { convertEngineSyntax, convertHtmlBody } from './engine-syntax';
import { remarkAbbreviations } from './abbreviations';
import { remarkDefinitionLists } from './definition-lists';
import { remarkHeadingIds } from './heading-ids';
import { remarkMarkdownInHtml } from './markdown-in-html';
import { shiftPositions } from './positions';
import type { HtmlPostData } from './auto-paragraphs';
import { remarkDollarMath } from './math';
import { parsedStoreActive, storedTreeFile } from './parsed-store';
import { SHOWS_FIELDS } from './template-values';

/** `:rocket:` as 🚀, in place (each text node keeps its position for content:check); unknown names stay. */
function remarkEmojiShortcodes() {
  return (tree: Root) => {
    visit(tree, 'text', (node) => {
      if (node.value.includes(':')) node.value = emojify(node.value);
    });
  };
}

/**
 * The Markdown syntax posts are written in (parser extensions, definition lists and abbreviations,
 * Markdown inside `markdown="1"` HTML, a heading's `{#id}`, and GitHub's emoji shortcodes, `:rocket:`, which
 * Jekyll, Hugo and MkDocs read too): the one list the content step's pipeline (lib/markdown/pipeline.ts),
 * parseBody and the `.mdx` check read, so a tree parseBody made is the pipeline's tree.
 */
export const MARKDOWN_SYNTAX: PluggableList = [remarkGfm, remarkMath, remarkDefinitionLists, remarkMarkdownInHtml, remarkHeadingIds, remarkEmojiShortcodes, remarkAbbreviations];

/** A `.md` body's tree (and the file it was parsed from: plugins read the source by offset). */
export interface ParsedBody {
  file: VFile;
  tree: Root;
  /** An HTML post's body (parseHtmlBody): what content:check advises is HTML, not Markdown */
  html?: boolean;
  /**
   * The file's value with what is shown as written on purpose blanked (`{% raw %}`, Hugo's escaped
   * shortcodes; engine-syntax.ts `outsideRaw`), same lines and lengths: where content:check looks for template syntax.
   */
  outsideRaw?: string;
}

// The content step asks for one body's tree twice in a row (the pipeline, then the text facts); at most
// one post per core is in flight, so a few entries suffice.
const RECENT_LIMIT = 16;
const recent = new Map<string, Buffer>();

function remember(file: string, serialized: Buffer): void {
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(file, serialized);
}

function storedTree(file: string, store: boolean): Buffer | undefined {
  const known = recent.get(file);
  if (known || !store) return known;
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Repairs reversible mojibake in every piece of text a reader can see, once, where a body is parsed:
 * the check, the rendered HTML and the text facts (excerpt, word count) all read this tree.
 */
export function repairText<T extends Root>(tree: T): T {
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
  return tree;
}

/** The same repair as a step of `.mdx` posts, which mdx-bundler parses itself. */
export function remarkRepairText() {
  return (tree: Root) => {
    repairText(tree);
  };
}

/**
 * Parses a `.md` body with the posts' syntax and literal dollars (`$5`), as the content step does, and
 * repairs its text: once per build. Every caller gets a tree of its own to change. Another engine's
 * template syntax is rewritten first (lib/markdown/engine-syntax.ts): the file's value is the text parsed.
 */
export function parseBody(body: string, options: BodyOptions = {}): ParsedBody {
  const converted = convertEngineSyntax(body, options);
  const file = new VFile({ value: converted.text });
  const outsideRaw = converted.outsideRaw;
  // Named by the text parsed: the frontmatter's values a template shows, or Liquid left as written, are in it.
  const treeFile = storedTreeFile(converted.text);
  const store = parsedStoreActive() && fs.existsSync(path.dirname(treeFile));
  const stored = storedTree(treeFile, store);
  if (stored) {
    remember(treeFile, stored);
    return { file, tree: v8.deserialize(stored) as Root, outsideRaw };
  }
  const processor = unified().use(remarkParse).use(MARKDOWN_SYNTAX).use(remarkDollarMath);
  const tree = repairText(processor.runSync(processor.parse(file), file) as Root);
  const serialized = v8.serialize(tree);
  remember(treeFile, serialized);
  if (store) {
    try {
      // Renamed into place: the other process never reads half a file.
      const temporary = `${treeFile}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, serialized);
      fs.renameSync(temporary, treeFile);
    } catch {
      // The store only saves a parse; the build ending (and removing it) is no error.
    }
  }
  return { file, tree, outsideRaw };
}

/**
 * An HTML post's body (Jekyll reads an `.html` file with frontmatter so; jekyll-import writes WordPress'
 * posts so): one block of HTML, which the content step parses as it does HTML written in Markdown
 * (lib/markdown/html.ts), the sanitiser deciding what stays, and content:check reads as such. No Markdown
 * syntax applies; what WordPress and Jekyll left in it is its HTML where there is an exact one
 * (convertHtmlBody). Its text is repaired here, as a Markdown body's is in parseBody.
 */
export function parseHtmlBody(body: string, options: BodyOptions = {}): ParsedBody {
  const converted = convertHtmlBody(body, options);
  const value = repairMojibake(converted.text);
  const lines = value.split('\n');
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: value.length } };
  const children: RootContent[] = value.trim() === '' ? [] : [{ type: 'html', value, position: structuredClone(position) }];
  // The repair may shorten the text: then no blanked copy lines up with it.
  return { file: new VFile({ value }), tree: { type: 'root', children, position }, html: true, ...(value.length === converted.text.length ? { outsideRaw: converted.outsideRaw } : {}) };
}

/** How a post's frontmatter says its body is read; its block is parsed only when it may say so, as few do. */
function bodyOptions(front: { format: FrontmatterFormat; block: string; body: string }): BodyOptions {
  return /liquid|image_path/.test(front.block) || SHOWS_FIELDS.test(front.body) ? bodyOptionsOf(readFrontmatterBlock(front.format, front.block).data) : {};
}

/** The whole text of a post file, as the parser was given it (remarkParsePost keeps it for remarkHtmlPost). */
interface PostTextData {
  postText?: string;
}

/**
 * An HTML post's body as parseHtmlBody reads it, in place of the Markdown tree remarkParsePost made:
 * contentlayer names the file (`rawDocumentData`) only after parsing.
 */
export function remarkHtmlPost() {
  return (tree: Root, file: VFile) => {
    const document = (file.data as PostTextData).postText;
    const source = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData?.sourceFilePath ?? file.path;
    if (document === undefined || !source || !HTML_FILE.test(source)) return;
    const front = splitPostFile(document, source);
    if (!front) return;
    const offset = document.length - front.body.length;
    const body = parseHtmlBody(front.body, bodyOptions(front));
    shiftPositions(body.tree, front.bodyLine - 1, offset);
    file.value = document.slice(0, offset) + String(body.file.value);
    (file.data as HtmlPostData).htmlPost = true;
    tree.children = [...tree.children.filter((node) => isFrontmatterNode(node)), ...body.tree.children];
  };
}

/**
 * remark-parse for a whole post: the frontmatter node from a parse of the frontmatter lines alone, the
 * body's tree from parseBody (the tree content:check made, when the build handed it over), with positions
 * in the file. The file is parsed whole when the frontmatter reader (lib/content/frontmatter.ts) and the
 * parser's frontmatter syntax disagree on where the body starts, or when there is no body.
 */
export function remarkParsePost(this: Processor): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the parser is called without `this`
  const processor = this;
  // Plugins read the source by offset, so the file's value becomes the text parsed: another engine's
  // template syntax rewritten in the body (lib/markdown/engine-syntax.ts), on the same lines.
  processor.parser = (document: string, file: VFile): Root => {
    (file.data as PostTextData).postText = document;
    const options = { extensions: processor.data('micromarkExtensions') ?? [], mdastExtensions: processor.data('fromMarkdownExtensions') ?? [] };
    const front = splitFrontmatter(document);
    const offset = front ? document.length - front.body.length : 0;
    const reading = front ? bodyOptions(front) : {};
    const whole = () => {
      const source = document.slice(0, offset) + convertEngineSyntax(document.slice(offset), reading).text;
      file.value = source;
      return repairText(fromMarkdown(source, options));
    };
    // Pelican's `Key: value` lines are no Markdown syntax, nor is a block after blank lines (Hugo) or one
    // without its opening `---` (Hexo): their node is made here, the body parsed alone.
    const made = (front !== undefined && MADE_FORMATS.includes(front.format)) || front?.detached === true;
    if (!front || (!made && (front.body.trim() === '' || document.charCodeAt(0) === 0xfeff))) return whole();
    const head = fromMarkdown(document.slice(0, offset), options);
    const [matter, ...rest] = made && head.position ? [{ type: front.format, value: front.block, position: head.position } as unknown as RootContent] : head.children;
    const isMatter = matter !== undefined && isFrontmatterNode(matter);
    if (!isMatter || rest.length > 0 || !head.position || matter.position?.start.offset !== 0) return whole();
    const parsed = parseBody(front.body, reading);
    const body = parsed.tree;
    file.value = document.slice(0, offset) + String(parsed.file.value);
    shiftPositions(body, front.bodyLine - 1, offset);
    if (!body.position) return whole();
    return { type: 'root', children: [matter as RootContent, ...body.children], position: { start: head.position.start, end: body.position.end } };
  };
}
