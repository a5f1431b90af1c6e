import vm from 'node:vm';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { embedNote } from '../markdown/engine-syntax';
import { EMBED_COMPONENTS, EMBED_KINDS, embedComponentPage, embeddedPage } from '../markdown/embeds';
import { fromAnotherSite } from '../markdown/html';
import { REMOTE_IMAGE } from '../markdown/remote-images';
import { literal as literalAttribute } from '../markdown/mdx-figures';
import { remarkMdxCompat } from '../markdown/mdx-compat';
import { containerKind, remarkContainerSyntax } from '../markdown/mdx-containers';
import { applyImageImports, applyLinkImports, codeBlockFence, knownImports } from '../markdown/mdx-imports';
import type { ParseBody } from '../markdown/mdx-partials';
import { FRONTMATTER_PATH } from '../markdown/template-values';
import { readFrontmatter } from '../content/frontmatter';
import { classNote, codeBlockFindings } from './lossy-markup';
import { MARKDOWN_SYNTAX } from '../markdown/parse';
import { CALLOUT_KINDS, CALLOUT_TYPES, FIGURE_COMPONENTS, MDX_COMPONENT_NAMES, MDX_COMPONENTS } from '../../components/mdx/names';

/** A problem of an `.mdx` body, at its line in the body (1-based). */
export interface MdxFinding {
  line: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix: string;
  /** As a Markdown post's (lib/check/lossy-markup.ts): a Mermaid diagram's source */
  diagram?: string;
}

const ALERT_NAMES = 'note, :::tip, :::info, :::warning, :::danger, :::caution or :::details';
const KNOWN = `<${MDX_COMPONENT_NAMES.join('>, <')}>`;
const USE_REGISTRY = `Use the site's components, which need no import: ${KNOWN} (components/mdx/).`;

/** The body's syntax tree as the build parses it (math keeps its braces), or the parser's complaint with its line. */
export function parseMdx(body: string): { tree: Root } | { error: MdxFinding } {
  try {
    return { tree: unified().use(remarkParse).use(remarkMdx).use(remarkMdxCompat).use(MARKDOWN_SYNTAX).use(remarkContainerSyntax).parse(body) as Root };
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    const reason = place.reason ?? place.message ?? String(error);
    return {
      error: {
        line: place.line ?? 1,
        severity: 'error',
        message: `This line is not valid MDX: ${reason}`,
        fix: (body.split('\n')[(place.line ?? 1) - 1] ?? '').includes('<!--')
          ? 'Close the comment with `-->`: an HTML comment (`<!-- … -->`) is read in MDX as Docusaurus reads it, and left out.'
          : 'In MDX `<` and `{` start a component or code: write `\\<` and `\\{` for the characters themselves, close every component (`<Details>…</Details>` or `<TOC />`), or rename the file to .md if it is plain Markdown.',
      },
    };
  }
}

/**
 * A partial's file (lib/markdown/mdx-partials.ts) read as parseMdx reads a post's body, after its frontmatter
 * if it has one; throws what parseMdx names, at the file's line.
 */
export const parseMdxFile: ParseBody = (text) => {
  const front = readFrontmatter(text);
  const parsed = parseMdx(front?.body ?? text);
  if ('tree' in parsed) return parsed.tree;
  throw Object.assign(new Error(parsed.error.message), { line: parsed.error.line + (front?.bodyLine ?? 1) - 1, reason: parsed.error.message.replace(/^This line is not valid MDX: /, '') });
};

type Estree = { body: unknown[] } | undefined;

/**
 * Whether the build can evaluate an expression: it runs with nothing in scope but `props` (what the page
 * passes, empty) and the post's `frontmatter` (as Astro's posts read it: lib/markdown/remark-plugins.ts), in a
 * fresh context with a time limit. A comment (`{/* … *\/}`) is fine. The problem, or the value.
 */
export function evaluateExpression(source: string, estree: Estree, frontmatter: Readonly<Record<string, unknown>> = {}): { problem: string } | { value: unknown } {
  if (estree && estree.body.length === 0) return { value: undefined };
  try {
    return { value: vm.runInNewContext(`(${source}\n)`, { props: {}, frontmatter: structuredClone(frontmatter) }, { timeout: 200 }) };
  } catch (error) {
    return { problem: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Why an expression shown as text would show the reader nothing, or stop the build: a field the frontmatter lacks, a map. */
export function unshownValue(source: string, value: unknown): string | undefined {
  const field = FRONTMATTER_PATH.exec(source)?.[1];
  if (value === undefined && field) return `would show nothing: the frontmatter has no \`${field}\``;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  if (values.some((item) => item !== null && typeof item === 'object')) return 'holds fields of its own, not text: the build would stop (React shows no map)';
  return undefined;
}

function shorten(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/**
 * What the build of an `.mdx` post would fail on or show wrongly: a syntax error, an `import` or
 * `export`, a component the registry does not have, a figure without a file, an expression that
 * cannot be evaluated. Each names its line and the fix.
 */
export function findMdxProblems(body: string, parsed: ReturnType<typeof parseMdx> = parseMdx(body), frontmatter: Readonly<Record<string, unknown>> = {}): MdxFinding[] {
  if ('error' in parsed) return [parsed.error];
  const findings: MdxFinding[] = [];
  const report = (line: number | undefined, message: string, fix: string, severity: MdxFinding['severity'] = 'error') =>
    findings.push({ line: line ?? 1, severity, message, fix });
  const expression = (source: string, estree: Estree, line: number | undefined, shown = false) => {
    const result = evaluateExpression(source, estree, frontmatter);
    if ('problem' in result) {
      report(line, `The expression {${shorten(source)}} cannot be evaluated when the site is built (${result.problem}).`, 'Write the value itself (text or a number), or write `\\{` for a literal brace.');
      return;
    }
    const unshown = shown ? unshownValue(source, result.value) : undefined;
    if (unshown) report(line, `The expression {${shorten(source)}} ${unshown}.`, 'Name a field of the frontmatter that holds text (`{frontmatter.author.name}`), or write the value itself.');
  };

  // Classes on the post's HTML elements, with the first line of each.
  const classes = new Map<string, number>();
  // An imported image is its file where the post names it, as the content step reads it (lib/markdown/mdx-imports.ts).
  applyImageImports(parsed.tree);
  applyLinkImports(parsed.tree);
  visit(parsed.tree, (node) => {
    const line = node.position?.start.line;
    // Its code blocks go through the highlighter a `.md` post's do: the same fence lines are read.
    if (node.type === 'code') findings.push(...codeBlockFindings(node));
    // An inline footnote (`^[…]`, Pandoc's) is read in a `.md` post only: MDX shows it as text.
    const inlineNote = node.type === 'text' ? /\^\[[^\]\n]+\]/.exec(node.value) : null;
    if (inlineNote) {
      report(line, `${shorten(inlineNote[0])} would be shown as text: an .mdx post reads no inline footnote.`, 'Write a footnote: text[^1], and [^1]: the note on a line of its own after the paragraph.');
    }
    if (node.type === 'mdxjsEsm') {
      const known = knownImports(node.value);
      if (known) {
        const { images } = known;
        const components = known.components.filter((name) => !Object.hasOwn(EMBED_COMPONENTS, name) && name !== 'Link');
        const embeds = known.components.filter((name) => Object.hasOwn(EMBED_COMPONENTS, name));
        const said = [
          components.length > 0 ? `the site has its own ${components.map((name) => `<${name}>`).join(', ')}, which ${components.length === 1 ? 'needs' : 'need'} no import` : '',
          embeds.length > 0 ? `${embeds.map((name) => `<${name}>`).join(', ')} ${embeds.length === 1 ? 'is a link' : 'are links'} to what ${embeds.length === 1 ? 'it plays or shows' : 'they play or show'}, without an import` : '',
          known.components.includes('Link') ? '<Link> is the link it renders, an <a> that follows the site’s link rules' : '',
          Object.keys(images).length > 0 ? `${Object.entries(images).map(([name, file]) => `{${name}} is ${file}`).join(', ')}, shown as any image beside the post` : '',
        ].filter(Boolean);
        report(line, `${shorten(node.value)} is left out: ${said.join('; ')}.`, 'Nothing to do; or remove the import.', 'info');
        return;
      }
      const kind = /^\s*import\b/.test(node.value) ? 'An `import`' : 'An `export`';
      report(line, `${kind} in a post is not supported: ${shorten(node.value)}`, `Remove it. ${USE_REGISTRY}`);
    } else if (node.type === 'containerDirective' && !containerKind(node.name)) {
      report(line, `The container \`:::${node.name}\` is no kind of callout the site draws: its box and title would be lost.`, `Use :::${ALERT_NAMES} (:::tip[A title] for a title), or <Callout type="tip">…</Callout>.`);
    } else if (node.type === 'paragraph' && /^:{3,}/.test(toString(node))) {
      // A container of a name the site does not draw, with a title after a space (`:::aside Title`), or one without its closing `:::`.
      report(line, `\`${shorten(toString(node))}\` would be shown as text: a container opens with \`:::kind\` or \`:::kind[Title]\` alone on its line and ends with \`:::\` on a line of its own.`, 'Write :::tip[Your title] … and close it with :::, each with a blank line around it.');
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      expression(node.value, node.data?.estree as Estree, line, true);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
        // The post is rendered to HTML once, when the site is built: no handler reaches the reader's browser.
        if (attribute.type === 'mdxJsxAttribute' && /^on[A-Z]/.test(attribute.name)) {
          report(attribute.position?.start.line ?? line, `\`${attribute.name}\` on <${element.name ?? ''}> does nothing: a post is rendered to HTML when the site is built, and none of its code runs in the reader's browser.`, 'Remove the handler, or link to a page or file that does what it did; show the code in a fenced code block if it is the example.');
          continue;
        }
        if (attribute.type === 'mdxJsxExpressionAttribute') expression(attribute.value.replace(/^\s*\.\.\./, ''), undefined, attribute.position?.start.line ?? line);
        else if (attribute.value && typeof attribute.value === 'object') expression(attribute.value.value, attribute.value.data?.estree as Estree, attribute.position?.start.line ?? line);
      }
      const name = element.name;
      // HTML that the site's Content-Security-Policy would block in the reader's browser (nothing loads from
      // another site): an empty box or a broken image, where a `.md` post's check names the same.
      const src = literalAttribute(element, 'src');
      const page = name === 'iframe' ? embeddedPage(src) : undefined;
      if (page) {
        report(line, `<iframe> (${shorten(src ?? '')}) ${embedNote(page)}.`, 'Nothing to do; or write the link yourself.', 'info');
      } else if (name === 'iframe' || name === 'embed' || name === 'object') {
        report(line, `<${name}> would show an empty box: the site loads no other site's frames or plugins (its Content-Security-Policy), so readers lose the embedded content.`, 'Link to it instead: [what it shows](https://…).');
      } else if (name && ['img', 'video', 'audio', 'source'].includes(name) && src !== undefined && fromAnotherSite(src)) {
        report(line, `<${name}> loads ${shorten(src)} from another site, which the site's Content-Security-Policy blocks: readers get ${name === 'img' ? 'a broken image' : 'no media'}.`, name === 'img' ? (REMOTE_IMAGE.test(src.trim()) ? `Write it <Figure src="${src}" alt="…" /> or ![alt](${src}): the build serves its own copy of an image on another site.` : 'Save the image beside the post and use <Figure src="./photo.png" alt="…" /> or ![alt](./photo.png).') : 'Put the file in public/ and use its site path, e.g. /media/clip.mp4.');
      }
      // A custom element (`<callout-warning>`): the old site's script or style drew it; here it is its text alone.
      if (name && /^[a-z][\w]*-[\w-]*$/.test(name)) {
        report(line, `<${name}> is a custom element of the old site, which the site has no style or script for: readers see its text without the box or widget it made.`, /callout|alert|note|aside|warning|info|success|tip|danger/i.test(name) ? `Use <Callout type="${/warn/i.test(name) ? 'warning' : /danger|error/i.test(name) ? 'caution' : /success|tip/i.test(name) ? 'tip' : 'note'}">…</Callout>.` : `${USE_REGISTRY} Or keep its text in Markdown.`, 'warning');
        return;
      }
      // A fragment, or an HTML element (`<div>`, `<kbd>`): rendered as written, its classes too (named below).
      if (name && /^[a-z][\w-]*$/.test(name)) {
        for (const word of (literalAttribute(element, 'className') ?? literalAttribute(element, 'class') ?? '').split(/\s+/)) if (word !== '' && !classes.has(word)) classes.set(word, line ?? 1);
      }
      if (!name || /^[a-z][\w-]*$/.test(name)) return;
      // An embed library's player (`<YouTube id="…" />`): a link to its page (lib/markdown/mdx-figures.ts).
      const embed = Object.hasOwn(EMBED_COMPONENTS, name) ? EMBED_COMPONENTS[name] : undefined;
      if (embed) {
        const embedPage = embedComponentPage(name, (key) => literalAttribute(element, key));
        if (embedPage) report(line, `<${name}> ${embedNote(embedPage)}.`, 'Nothing to do; or write the link yourself.', 'info');
        else {
          const { takes, example } = EMBED_KINDS[embed.kind];
          report(line, `<${name}> names no page the site can link to: readers would lose it. It takes ${takes}, written as text in \`${embed.properties.join('`, `')}\`.`, `Write it so, e.g. <${name} ${embed.properties[0] ?? 'id'}="${example}" />, or write the link yourself.`);
        }
        return;
      }
      if (!Object.hasOwn(MDX_COMPONENTS, name)) {
        report(line, `Unknown component <${name}>: the site has no component of that name, so the build would fail.`, `${USE_REGISTRY} Or add <${name}> to components/mdx/ (index.ts and names.ts).`);
        return;
      }
      const literal = (key: string) => {
        const found = element.attributes.find((entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === key);
        return found ? (typeof found.value === 'string' ? found.value : null) : undefined;
      };
      if (FIGURE_COMPONENTS.includes(name as never)) {
        const src = literal('src');
        if (typeof src !== 'string' || src.trim() === '') {
          report(line, `<${name}> needs a \`src\` written as text, the image file to show.`, `Write <${name} src="./photo.jpg" alt="What it shows" /> (a path beside the post, or /images/… in public/).`);
        } else if (!literal('alt')?.trim()) {
          report(line, 'An image has no alt text: readers of screen readers lose it.', `Describe what it shows: <${name} src="${src}" alt="a chart of fees" />.`, 'warning');
        }
      }
      if (name === 'Tabs') report(line, '<Tabs> (Docusaurus, Nextra): the site has no tabs, so every tab is shown, one after another, under its label.', 'Nothing to do.', 'info');
      if (name === 'CodeBlock' && !codeBlockFence(element as MdxJsxFlowElement)) {
        report(line, '<CodeBlock> is shown as plain code, without highlighting: its code is not written out in it, or it has an option the site does not read.', 'Write its code out, <CodeBlock language="js">{`code`}</CodeBlock>, with only `language`, `title` and `showLineNumbers`; or write a fenced code block.', 'warning');
      }
      if (name === 'Steps') report(line, '<Steps> (Nextra): its steps are shown as their headings and text, without numbers.', 'Nothing to do.', 'info');
      if (name === 'Callout' || name === 'Admonition') {
        const type = literal('type');
        if (type !== undefined && (type === null || !Object.hasOwn(CALLOUT_KINDS, type))) {
          report(line, `<${name} type=${type === null ? '{…}' : JSON.stringify(type)}> is not a kind of callout.`, `Use type="${CALLOUT_TYPES.join('", "')}" (or Docusaurus’ and Nextra’s words for them: ${Object.keys(CALLOUT_KINDS).filter((kind) => !(CALLOUT_TYPES as readonly string[]).includes(kind)).join(', ')}).`);
        }
      }
    }
  });
  // The stylesheet is made from the site's code, never from posts (app/globals.css): a class has a look only if a page uses it.
  if (classes.size > 0) report(Math.min(...classes.values()), `${classNote([...classes.keys()], "on the post's HTML")} kept, but the site's stylesheet has only the classes its own pages use: readers may see that text without the look they gave it.`, 'Give it its look with Markdown or the site\'s components (<Callout>, <Figure>, <Details>…), or add the classes\' styles to app/prose.css.', 'info');
  return findings.sort((a, b) => a.line - b.line);
}
