import fs from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { markdownFileOf } from './rehype-images';

/*
 * Docusaurus' partials: a file's text imported into a post as a component (`import Intro from './_intro.mdx'`,
 * then `<Intro />` on a line of its own), as Docusaurus and Astro read it. The file's name starts with `_`, so it
 * is no post itself (lib/content/post-extensions.mjs UNDERSCORE_FILE). Its text is read as the post's own, at
 * each place the post names it, before any other step: its images, callouts and headings are the post's.
 */

/** One import of another file's text, on its own line: its name, its quote, its path. */
export const PARTIAL_IMPORT = /^\s*import\s+([A-Z][\w$]*)\s+from\s+(['"])(\.{1,2}\/[^'"\n]+\.(?:mdx|md|markdown))\2\s*;?\s*$/;

// A partial's partials are read too, as deep as an author would nest them; a deeper chain is an error.
const MAX_DEPTH = 8;

export interface PartialProblem {
  /** The post's line that imports or names the partial */
  line: number;
  message: string;
  fix: string;
}

/** A body's text as a tree, read as the post's body is; throws on text that is not valid MDX (its `line`, `reason`). */
export type ParseBody = (text: string, file: string) => Root;

const isAddress = (url: string) => /^(?:[a-z][a-z\d+.-]*:|\/|#|\?)/i.test(url);

/** The partial's paths to files beside it, written from the post's folder. */
function rebase(tree: Root, from: string): void {
  if (from === '') return;
  const moved = (url: string) => (url.trim() === '' || isAddress(url.trim()) ? url : path.posix.join(from, url.trim()));
  visit(tree, (node) => {
    if (node.type === 'image' || node.type === 'link' || node.type === 'definition') node.url = moved(node.url);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'src' || attribute.name === 'href') && typeof attribute.value === 'string') attribute.value = moved(attribute.value);
      }
    }
  });
}

/** Every node of `tree` placed at `position` (the line that names the partial), so the post's checks name that line. */
function placeAt(tree: Root, position: RootContent['position']): void {
  visit(tree, (node) => {
    if (position) node.position = position;
    else delete node.position;
  });
}

/** The lines of an ESM block (its estree, which the compiler reads, too) without the partials' imports. */
function withoutImports(node: Extract<RootContent, { type: 'mdxjsEsm' }>, sources: ReadonlySet<string>): void {
  node.value = node.value
    .split('\n')
    .filter((line) => !PARTIAL_IMPORT.test(line))
    .join('\n');
  const estree = node.data?.estree as { body?: { type: string; source?: { value?: unknown } }[] } | undefined;
  if (estree?.body) estree.body = estree.body.filter((statement) => !(statement.type === 'ImportDeclaration' && sources.has(String(statement.source?.value))));
}

/**
 * Reads each partial a post (`postFile`, absolute) imports into its tree, at every `<Name />` naming it, and drops
 * the imports; a partial's own partials too. Returns what it could not read, each at the post's line (the
 * import, or the element), the element left out: a file that does not exist or is outside content/, text that
 * is not valid MDX, a partial that imports itself, `<Name />` inside a paragraph or with children.
 */
export function inlinePartials(tree: Root, postFile: string, parse: ParseBody, contentDir: string, chain: readonly string[] = [postFile]): PartialProblem[] {
  const problems: PartialProblem[] = [];
  const partials = new Map<string, { written: string; file: string; tree?: Root }>();
  const sources = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    node.value.split('\n').forEach((text, at) => {
      const found = PARTIAL_IMPORT.exec(text);
      if (!found?.[1] || !found[3]) return;
      const line = (node.position?.start.line ?? 1) + at;
      const written = found[3];
      sources.add(written);
      const file = path.resolve(path.dirname(postFile), written);
      const report = (message: string, fix: string) => problems.push({ line, message: `The file of <${found[1]} />, ${written}, ${message}`, fix });
      partials.set(found[1], { written, file });
      if (path.relative(contentDir, file).startsWith('..') || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        report(`${fs.existsSync(file) ? 'is outside content/' : 'does not exist'}: readers would lose its text.`, `Write the path of the file from this post (names are case-sensitive), e.g. ./_${found[1].toLowerCase()}.mdx beside it.`);
        return;
      }
      if (chain.includes(file) || chain.length > MAX_DEPTH) {
        report(chain.includes(file) ? 'imports this file again (itself, or through another): its text would never end.' : `ends a chain of more than ${MAX_DEPTH} imports.`, 'Copy the text it needs into one file instead of importing it back.');
        return;
      }
      let partial: Root;
      try {
        partial = parse(fs.readFileSync(file, 'utf8'), file);
      } catch (error) {
        const place = error as { line?: number; reason?: string; message?: string };
        report(`is not valid MDX at its line ${place.line ?? 1}: ${place.reason ?? place.message ?? String(error)}`, `Fix that line of ${written} (in MDX \`<\` and \`{\` start a component or code: write \`\\<\` and \`\\{\` for the characters themselves).`);
        return;
      }
      partial.children = partial.children.filter((child) => !['yaml', 'toml', 'json'].includes(child.type));
      for (const inner of inlinePartials(partial, file, parse, contentDir, [...chain, file])) report(`has an error: ${inner.message}`, inner.fix);
      rebase(partial, path.relative(path.dirname(postFile), path.dirname(file)).split(path.sep).join('/'));
      const entry = partials.get(found[1]);
      if (entry) entry.tree = partial;
    });
  }
  if (partials.size === 0) return problems;
  for (const node of tree.children) if (node.type === 'mdxjsEsm') withoutImports(node, sources);
  tree.children = tree.children.filter((node) => node.type !== 'mdxjsEsm' || node.value.trim() !== '');
  // A partial's own imports (its theme's components) are the post's, at its top, wherever the partial is named.
  const hoisted = new Set<string>();
  const imports: RootContent[] = [];
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name || !partials.has(node.name) || !parent || index === undefined) return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const partial = partials.get(element.name ?? '');
    const line = element.position?.start.line ?? 1;
    if (element.type === 'mdxJsxTextElement' || element.children.length > 0) {
      problems.push({
        line,
        message: `<${element.name}> is the text of ${partial?.written}, which the site reads only from a line of its own, with nothing inside it: readers would lose it here.`,
        fix: `Write <${element.name} /> alone on its line, with a blank line above and below.`,
      });
      (parent.children as RootContent[]).splice(index, 1);
      return index;
    }
    const copy = partial?.tree ? (structuredClone(partial.tree) as Root) : ({ type: 'root', children: [] } satisfies Root);
    placeAt(copy, element.position);
    for (const child of copy.children) {
      if (child.type === 'mdxjsEsm' && !hoisted.has(child.value)) imports.push(child);
      if (child.type === 'mdxjsEsm') hoisted.add(child.value);
    }
    const text = copy.children.filter((child) => child.type !== 'mdxjsEsm');
    (parent.children as RootContent[]).splice(index, 1, ...text);
    return index + text.length;
  });
  tree.children.unshift(...imports);
  return problems;
}

/**
 * The content step's reading of partials, first of the `.mdx` steps: their text is the post's before its
 * callouts, figures and headings are read. content:check names what it cannot read; the build stops on it.
 */
export function remarkPartials(this: Processor, options: { root: string }) {
  return (tree: Root, file: VFile) => {
    const postFile = markdownFileOf(file, options.root);
    if (!postFile) return;
    const parse: ParseBody = (text, partialFile) => this.parse(new VFile({ value: text, path: partialFile })) as Root;
    const [problem] = inlinePartials(tree, postFile, parse, path.join(options.root, 'content'));
    if (problem) file.fail(`${problem.message} ${problem.fix}`, { line: problem.line, column: 1 });
  };
}
