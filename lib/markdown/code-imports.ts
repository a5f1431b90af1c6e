import fs from 'node:fs';
import path from 'node:path';
import type { Code, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { markdownFileOf } from './rehype-images';

/*
 * VitePress' and VuePress' code imports: a line `<<< @/snippets/a.js` (or `./a.js`) is that file's code in a fenced
 * block, read when the post is built, as VitePress reads it. After the path, `#name` takes the region between
 * `#region name` and `#endregion name` comments; `{2,4-5 ts:line-numbers}` highlights lines, names the language and
 * numbers the lines; ` [title]` names the block (a tab's label in a code group). `@/` was the folder of the old site's
 * pages: here the nearest folder, from the post's up, that has the file, inside content/.
 */

/** A code import alone on its line: the path, the region, the braces and the title. */
export const CODE_IMPORT = /^<<<[ \t]+([^\s#{[]+)(?:#([\w-]{1,60}))?(?:\{([^{}\n]{0,200})\})?(?:[ \t]+\[([^\]\n]{1,200})\])?[ \t]*$/;

// Bigger than any snippet worth showing in a post; a mistake otherwise (a bundle, a data dump).
const MAX_BYTES = 256 * 1024;

export interface CodeImportProblem {
  line: number;
  message: string;
  fix: string;
}

/** The file a code import names, inside `boundary` (content/), or why it cannot be read. */
function importedFile(written: string, postFile: string, boundary: string): { file: string } | { message: string; fix: string } {
  const postDir = path.dirname(postFile);
  const inside = (file: string) => file.startsWith(boundary + path.sep);
  let file: string | undefined;
  if (written.startsWith('@/')) {
    // From the post's folder up to content/: the first that has it.
    for (let dir = postDir; inside(dir) || dir === boundary; dir = path.dirname(dir)) {
      const candidate = path.resolve(dir, written.slice(2));
      if (fs.existsSync(candidate)) {
        file = candidate;
        break;
      }
      if (dir === boundary) break;
    }
    if (!file) return { message: `names ${written}, and no folder from the post's up to content/ has ${written.slice(2)}`, fix: 'Copy the file beside the post (or into the folder the old site’s pages were in), or correct the path.' };
  } else file = path.resolve(postDir, written);
  if (!inside(file)) return { message: `names ${written}, which is outside content/: the build reads only files beside the posts`, fix: 'Copy the file next to the post and name it there, e.g. <<< ./snippet.js.' };
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return { message: `names ${written}, which does not exist`, fix: 'Check the spelling (names are case-sensitive), or add the file.' };
  // A link out of content/ through a symbolic link is outside too.
  if (!inside(fs.realpathSync(file))) return { message: `names ${written}, a link to a file outside content/`, fix: 'Copy the file itself next to the post.' };
  if (fs.statSync(file).size > MAX_BYTES) return { message: `names ${written}, which is larger than ${MAX_BYTES / 1024} KiB: too long to show as a post's code`, fix: 'Import a region of it (#name, between `#region name` and `#endregion name` comments), or show a shorter excerpt.' };
  return { file };
}

/** The lines between `#region name` and `#endregion name` (region comments of any language), without other markers. */
function region(text: string, name: string): string | undefined {
  const lines = text.split('\n');
  const escaped = name.replace(/[-]/g, '\\-');
  const start = lines.findIndex((line) => new RegExp(`#region[ \\t]+${escaped}\\b`).test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && new RegExp(`#endregion(?:[ \\t]+${escaped}\\b|[ \\t]*(?:\\*\\/|-->)?[ \\t]*$)`).test(line));
  if (end < 0) return undefined;
  return lines
    .slice(start + 1, end)
    .filter((line) => !/#(?:end)?region\b/.test(line))
    .join('\n');
}

/** The fence a code import stands for: its language (from its braces, else the file's extension) and the rest of its meta. */
function fenceOf(file: string, braces: string | undefined, title: string | undefined): { lang: string; meta: string } {
  let lang = path.extname(file).slice(1).toLowerCase() || 'text';
  const meta: string[] = [];
  for (const token of (braces ?? '').trim().split(/\s+/).filter(Boolean)) {
    if (/^[\d,-]+$/.test(token)) meta.push(`{${token}}`);
    else {
      const [word = '', numbering] = token.split(/:(.*)/s);
      if (word) lang = word;
      const start = numbering === undefined ? undefined : /^line-numbers(?:=(\d{1,7}))?$/.exec(numbering);
      if (start) meta.push(start[1] ? `showLineNumbers{${start[1]}}` : 'showLineNumbers');
    }
  }
  if (title) meta.push(`title="${title.replace(/"/g, '')}"`);
  return { lang, meta: meta.join(' ') };
}

/**
 * Each code import of a post's tree (a paragraph of one such line) as the code block it stands for, in place.
 * Returns the files read (for content:check: they are linked, not left over) and the imports it could not read.
 */
export function inlineCodeImports(tree: Root, postFile: string, boundary: string): { files: string[]; problems: CodeImportProblem[] } {
  const files: string[] = [];
  const problems: CodeImportProblem[] = [];
  // One import a line; a paragraph of them (VitePress' code group writes them line under line) is a block each.
  const blocks = (node: Paragraph): Code[] | undefined => {
    // Most paragraphs open with anything else: told apart before their text is put together.
    const opening = node.children[0];
    if (opening?.type !== 'text' || !opening.value.startsWith('<<<')) return undefined;
    const text = toString(node);
    const lines = text.split('\n');
    const matches = lines.map((line) => CODE_IMPORT.exec(line.trim()));
    if (!matches.every((match) => match !== null)) return undefined;
    const first = node.position?.start.line ?? 1;
    const codes: Code[] = [];
    matches.forEach((match, at) => {
      const line = first + at;
      const written = match?.[1] ?? '';
      const shown = (lines[at] ?? '').trim();
      const found = importedFile(written, postFile, boundary);
      if ('message' in found) {
        problems.push({ line, message: `The code import \`${shown}\` (VitePress) ${found.message}: readers would see this line, not the code.`, fix: found.fix });
        return;
      }
      const whole = fs.readFileSync(found.file, 'utf8').replace(/\r\n?/g, '\n');
      const value = match?.[2] ? region(whole, match[2]) : whole;
      if (value === undefined) {
        problems.push({ line, message: `The code import \`${shown}\` (VitePress) names the region ${match?.[2] ?? ''}, which ${written} does not mark with \`#region ${match?.[2] ?? ''}\` and \`#endregion ${match?.[2] ?? ''}\` comments.`, fix: 'Correct the region’s name, or import the whole file.' });
        return;
      }
      files.push(found.file);
      const position = { start: { line, column: 1 }, end: { line, column: shown.length + 1 } };
      codes.push({ type: 'code', ...fenceOf(found.file, match?.[3], match?.[4]), value: value.replace(/\n$/, ''), position });
    });
    return codes.length === matches.length ? codes : undefined;
  };
  const walk = (parent: Parent) => {
    parent.children = parent.children.flatMap((node): RootContent[] => {
      if (node.type === 'paragraph') return blocks(node) ?? [node];
      if ('children' in node) walk(node);
      return [node];
    });
  };
  walk(tree);
  return { files, problems };
}

/** The content step: a post's code imports read as content:check reads them; one it cannot read stops the build at its line. */
export function remarkCodeImports(options: { root: string }) {
  return (tree: Root, file: VFile) => {
    const postFile = markdownFileOf(file, options.root);
    if (!postFile) return;
    const [problem] = inlineCodeImports(tree, postFile, path.join(options.root, 'content')).problems;
    if (problem) file.fail(`${problem.message} ${problem.fix}`, { line: problem.line, column: 1 });
  };
}
