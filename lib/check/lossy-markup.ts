import { blank } from '../text/blank';
import { embedNote, hugoReplacement, WIKI_LINK, WP_SHORTCODE, WP_SHORTCODE_NAMES } from '../markdown/engine-syntax';
import { embeddedPage } from '../markdown/embeds';
import { authorAnchor, RENAMED_ELEMENTS } from '../markdown/html';
import { hasIcon, ICON_SHORTCODE, iconSetOf } from '../markdown/icons';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import type { Code, PhrasingContent, Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { ALERT_KINDS } from '../markdown/alerts';
import { HIGHLIGHTED_LANGUAGES, parseFence } from '../markdown/code-meta';
import { CODE_IMPORT } from '../markdown/code-imports';
import { MDC_INLINE, MDC_KNOWN, mdcRole } from '../markdown/mdc';
import { postKatexOptions } from '../markdown/math';
import { parseBody, type ParsedBody } from '../markdown/parse';
import { ownIdGivesWay, sanitizeSchema, STRIPPED_ELEMENTS } from '../markdown/rehype-plugins';
import { RESERVED_IDS } from '../markdown/reserved-ids';
import { shorten } from '../text/quote';

/**
 * What the content step would not show as written, at its line in the body (1-based). Anything a
 * reader would lose (text, images, media, an embed, a formula, a code highlight) is an error naming
 * the supported way to write it; attributes removed for safety, which take nothing readable, warn.
 */
export interface LossFinding {
  line: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix: string;
  /** A Mermaid diagram's source, which scripts/build/content-check.ts has Mermaid read (lib/check/diagrams.ts) */
  diagram?: string;
}

const SUPPORTED_HTML = 'details/summary, figure/figcaption, sup, sub, kbd, mark, abbr, ins, del, u, small, cite, br, div, span, and video/audio with a file from public/';
/** Old HTML's elements of look alone (WordPress' and Blogger's posts have them): their text stays, their look goes. */
const LOOK_ONLY: Readonly<Record<string, string>> = { font: 'its colour, size and face', center: 'its centring', big: 'its larger size', basefont: 'its font' };
const FENCE_FORMS = 'the supported forms are ```js:file.js, ```js [file.js] or title="file.js" for a title, {1,3-4} for highlighted lines, showLineNumbers (or showLineNumbers{10} to start at 10), Hugo\'s {linenos=true hl_lines=[1,"3-4"] linenostart=10}, MkDocs\' linenums="1" hl_lines="1 3-4", and // [!code ++] / [!code --] for diff lines (// [!code highlight] for one line)';

/** Code blocks other tools draw as diagrams and the site does not (it draws Mermaid's: lib/markdown/diagrams.ts). */
// Also al-folio's charts and drawings (Chart.js, ECharts, Vega-Lite, typograms, pseudocode.js).
const DIAGRAM_LANGUAGES = new Set(['plantuml', 'puml', 'graphviz', 'dot', 'd2', 'flowchart', 'sequence', 'chartjs', 'echarts', 'vega_lite', 'typograms', 'pseudocode']);

/**
 * `[text](address)` or `![alt](address)` that the parser left as text: only text whose address is a path or a
 * URL; one holding template syntax (`{{ site.url }}`, `{static}`) is named by the template's own finding.
 */
const UNREAD_LINK = /(!?)\[[^\]\n\0]{0,500}\]\((?![^)\n\0]{0,2000}[{}])(?=[^)\n\0]{0,2000}[/.#])[^)\n\0]{1,2000}\)/g;

/**
 * What a fenced code block's line asks for that the site does not do (the same for `.md` and `.mdx`, whose
 * code goes through one highlighter): options it cannot read, another engine's look, a diagram, a language
 * it does not colour.
 */
export function codeBlockFindings(node: Code): LossFinding[] {
  const findings: LossFinding[] = [];
  const line = node.position?.start.line ?? 1;
  const fence = parseFence(node.lang, node.meta, node.value.split('\n').length);
  if (fence.unsupported.length > 0) {
    findings.push({ line, severity: 'error', message: `The code fence says ${fence.unsupported.map((token) => shorten(token, 30)).join(', ')}, which the site does not understand: readers lose what it asks for (highlighted lines, a title, the language).`, fix: `Rewrite the fence line: ${FENCE_FORMS}.` });
  }
  if (fence.ignored.length > 0) {
    findings.push({ line, severity: 'info', message: `The code fence's ${fence.ignored.map((token) => shorten(token, 30)).join(', ')} chose how another engine drew the block: the site's own code theme applies.`, fix: 'Nothing to do, or remove it from the fence line.' });
  }
  if (fence.npm2yarn) {
    findings.push({ line, severity: 'info', message: 'The code fence’s `npm2yarn` showed the command for Yarn and pnpm too, in tabs (Docusaurus): the site shows the npm command as written.', fix: 'Nothing to do; or write the Yarn and pnpm commands in the block too.' });
  }
  if (fence.live) {
    findings.push({ line, severity: 'warning', message: 'The code fence’s `live` made an editor with the code’s result under it (Docusaurus’ live code blocks): the site shows the code, highlighted, and not its result, as it runs no post’s code in the reader’s browser.', fix: 'Show the result too: a screenshot beside the post, ![what it shows](./result.png), or describe it in the text.' });
  }
  if (node.lang === 'mermaid') {
    findings.push({ line, severity: 'info', message: 'This Mermaid diagram is drawn in the reader’s browser; without JavaScript, and in the feeds (with a link to the drawing), its source is shown as code.', fix: 'Nothing to do.', diagram: node.value });
  } else if (DIAGRAM_LANGUAGES.has((node.lang ?? '').toLowerCase())) {
    findings.push({ line, severity: 'warning', message: `This \`${node.lang}\` block is a diagram that other tools draw: the site shows its source as code, so readers see the code instead of the diagram.`, fix: `Draw it as an SVG (or write it in Mermaid, which the site draws: a \`\`\`mermaid block), put the SVG beside the post and show it: ![what it shows](./diagram.svg). Keep the code block too if the source is worth reading.` });
  } else if (fence.unknownLanguage && node.lang !== 'math') {
    findings.push({ line, severity: 'info', message: `The code block's language ${shorten(fence.label, 30)} has no highlighting: it shows as plain text labelled ${fence.label}.`, fix: `Nothing to do, or use one of: ${HIGHLIGHTED_LANGUAGES.join(', ')}.` });
  }
  return findings;
}

/** A paragraph's text as a reader sees it in runs: a bare URL made a link is its text, anything else parts the runs. */
function textRuns(children: readonly PhrasingContent[]): string {
  return children.map((child) => (child.type === 'text' ? child.value : child.type === 'link' && child.children.length === 1 && child.children[0]?.type === 'text' && child.children[0].value === child.url.replace(/^mailto:/, '') ? child.url : '\u0000')).join('');
}

/** What looks like MkDocs Material's icon shortcodes, set or name unknown included (`:fontawesome-light-x:`). */
const ICON_LIKE = /:(?:material|fontawesome|octicons|simple)-[a-z0-9-]{1,120}:/g;

/** An icon shortcode the site cannot draw (lib/markdown/icons.ts draws the rest), and why. */
function iconProblem(shortcode: string): { message: string; fix: string } | undefined {
  const known = new RegExp(`^${ICON_SHORTCODE.source}$`).exec(shortcode);
  const set = known && iconSetOf(known[1] ?? '');
  if (known && set && hasIcon(known[1] ?? '', known[2] ?? '')) return undefined;
  if (known && set) {
    return { message: `${shorten(shortcode)} is not an icon of ${set.title}, so the site cannot draw it: readers would see it as text.`, fix: `Look the name up at ${set.browse}, or use an emoji instead (:clock1:, or the character itself).` };
  }
  return {
    message: `${shorten(shortcode)} names no icon set the site has: readers would see it as text.`,
    fix: 'The sets are MkDocs Material’s: :material-…:, :fontawesome-brands-…:, :fontawesome-solid-…:, :fontawesome-regular-…:, :octicons-…: and :simple-…:. Or use an emoji instead.',
  };
}

/** Removed with their content for safety: nothing in them is meant to be read. */
const SAFETY_ONLY = new Set(['script', 'style', 'template', 'noscript', 'title', 'xmp', 'noembed', 'noframes']);
const ALLOWED = new Set(sanitizeSchema.tagNames ?? []);
const STRIPPED = new Set(STRIPPED_ELEMENTS);


/** Hugo's and Zola's shortcodes by what they make, so the fix names the Markdown that does it. */
function shortcodeAdvice(name: string): { loses: string; fix: string } {
  if (/^(youtube|vimeo|tweet|twitter|x|instagram|gist|bilibili)$/i.test(name)) {
    return { loses: `the embedded ${name} content`, fix: 'Link to it instead, e.g. [Watch the talk](https://www.youtube.com/watch?v=ID).' };
  }
  if (/^highlight$/i.test(name)) return { loses: 'the highlighted code block', fix: 'Use a fenced code block: ```go {1,3} … ```.' };
  if (/^(figure|img|image)$/i.test(name)) return { loses: 'the image', fix: 'Use ![alt text](/images/file.png "caption").' };
  if (/^(ref|relref)$/i.test(name)) return { loses: 'the link', fix: 'Use a Markdown link to the site path: [title](/posts/slug).' };
  if (/^(notice|note|hint|alert|admonition|callout|warning|tip)$/i.test(name)) return { loses: 'the callout box', fix: 'Use a GitHub alert: > [!NOTE] on its own line, then > your text.' };
  if (/^details$/i.test(name)) return { loses: 'the collapsible section', fix: 'Use <details><summary>Title</summary> … </details>.' };
  if (/^icon$/i.test(name)) return { loses: 'the icon (no icon set the site has is of that name)', fix: 'Name an icon of Font Awesome (fontawesome.com) or Simple Icons (simpleicons.org), as Blowfish’s icons are: {{< icon "github" >}}; or use an emoji.' };
  return { loses: 'whatever the shortcode produced', fix: `Rewrite it in Markdown (or with ${SUPPORTED_HTML}).` };
}

/**
 * WordPress' shortcodes by what they make, so the fix names the Markdown that does it, or the HTML in an
 * HTML post (jekyll-import's), whose body is no Markdown.
 */
function wordpressAdvice(name: string, html = false): { loses: string; fix: string } {
  const write = (markdown: string, tags: string) => (html ? tags : markdown);
  if (/^(caption|wp_caption)$/.test(name)) return { loses: 'the captioned image', fix: write('Write the image with its caption as its title: ![what it shows](images/photo.jpg "The caption").', 'Write it as <figure><img src="images/photo.jpg" alt="what it shows"><figcaption>The caption</figcaption></figure>.') };
  if (/^(gallery|slideshow)$/.test(name)) return { loses: 'the gallery (its images are named by their WordPress ids)', fix: write('Write each image of it: ![what it shows](images/photo.jpg).', 'Write each image of it: <img src="images/photo.jpg" alt="what it shows">.') };
  if (/^(code|sourcecode)$/.test(name)) return { loses: 'the code block', fix: write('Use a fenced code block: ```python … ```, with the code as it was written.', 'Use <pre><code class="language-python">…</code></pre>, with the code’s < and & written &lt; and &amp;.') };
  if (/^(audio|video|playlist|wpvideo)$/.test(name)) return { loses: 'the media player', fix: 'Put the file in public/ and write <video controls src="/media/file.mp4"></video> (or <audio>), or link to it.' };
  if (/^(embed|youtube|vimeo|soundcloud|tweet|googlemaps)$/.test(name)) return { loses: 'the embedded content', fix: write('Link to it instead: <https://…> on a line of its own, or [what it shows](https://…).', 'Link to it instead: <a href="https://…">what it shows</a>.') };
  if (/^contact-form/.test(name)) return { loses: 'the form (the site is static: nothing would receive it)', fix: write('Write how to reach you instead, e.g. [Email me](mailto:me@example.com).', 'Write how to reach you instead, e.g. <a href="mailto:me@example.com">Email me</a>.') };
  return { loses: 'whatever the shortcode produced', fix: write(`Rewrite it in Markdown (or with ${SUPPORTED_HTML}).`, `Rewrite it with ${SUPPORTED_HTML}.`) };
}

/** Offsets of the body inside code and math, where `{{<` or `<Tag` are content, not markup. */
function literalRanges(tree: Root): [number, number][] {
  return rangesOf(tree, ['code', 'inlineCode', 'math', 'inlineMath']);
}

/** The source ranges of a tree's nodes of these types, in order (none of them holds another). */
function rangesOf(tree: Root, types: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  visit(tree, (node) => {
    if (types.includes(node.type)) {
      ranges.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
    }
  });
  return ranges;
}

/** Whether an offset lies in one of `ranges` (in order, apart, as a tree's code and math are). */
function inRanges(ranges: readonly [number, number][]): (offset: number) => boolean {
  return (offset) => {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [start, end] = ranges[middle] ?? [0, 0];
      if (offset < start) high = middle - 1;
      else if (offset >= end) low = middle + 1;
      else return true;
    }
    return false;
  };
}

const hasReadableContent = (element: Element): boolean =>
  toString(element).trim() !== '' || element.children.some((child) => child.type === 'element' && /^(img|video|audio|picture|svg)$/.test(child.tagName));

/** The element's own attributes as the real sanitiser leaves them (children aside). */
function keptProperties(element: Element): Element['properties'] {
  const bare: Element = { ...element, children: [] as ElementContent[] };
  const clean = sanitize({ type: 'root', children: [bare] }, sanitizeSchema) as HastRoot;
  const kept = clean.children[0];
  return kept?.type === 'element' ? kept.properties : {};
}

/** What is said of a post's class names the site has no style for: the first few, and how many more. */
export function classNote(names: readonly string[], where: string): string {
  const shown = names.slice(0, 4).map((name) => `\`${name.length > 40 ? `${name.slice(0, 39)}…` : name}\``).join(', ');
  const more = names.length > 4 ? ` and ${names.length - 4} more` : '';
  return names.length === 1 ? `The class ${shown} ${where} is` : `The classes ${shown}${more} ${where} are`;
}

/** An HTML attribute's name as written, from the property name the HTML tree gives it (`dataSlugHash` → `data-slug-hash`). */
function attributeName(property: string): string {
  const data = /^data([A-Z].*)$/.exec(property)?.[1];
  if (data !== undefined) return `data${data.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  // ARIA's names are one word after their prefix (`ariaDescribedBy` is `aria-describedby`).
  return property.replace(/^aria(?=[A-Z])/, 'aria-').toLowerCase();
}

export function findLossyMarkup(body: string, { file, tree, html = false, outsideRaw }: ParsedBody = parseBody(body)): LossFinding[] {
  // The text parsed: the body with another engine's exact constructs rewritten, on the same lines.
  const source = String(file.value);
  // Template syntax is looked for where it is not shown as written on purpose (`{% raw %}`, `{{</* x */>}}`).
  const templates = outsideRaw?.length === source.length ? outsideRaw : source;
  const findings: LossFinding[] = [];
  const add = (line: number | undefined, severity: LossFinding['severity'], message: string, fix: string) =>
    findings.push({ line: line ?? 1, severity, message, fix });
  const anchors = new Set<string>();
  const place = location(source);
  const lineOf = (offset: number) => place.toPoint(offset)?.line ?? 1;
  const isLiteral = inRanges(literalRanges(tree));
  const isReference = inRanges(rangesOf(tree, ['linkReference', 'imageReference']));

  // Hugo shortcodes: shown as literal text, and what they would make is lost.
  for (const match of templates.matchAll(/\{\{([<%])\s*(\/?)\s*([\w./-]+)(?:(?!\{\{)[\s\S])*?[>%]\}\}/g)) {
    if (isLiteral(match.index) || match[2] === '/') continue;
    const { loses, fix } = shortcodeAdvice(match[3] ?? '');
    const exact = hugoReplacement(match[3] ?? '', match[0]);
    add(lineOf(match.index), 'error', `The Hugo shortcode ${shorten(match[0])} is not supported: readers see it as literal text and lose ${loses}.`, exact ? `Replace it with ${exact}` : fix);
  }

  // Zola shortcodes: `{{ youtube(id="…") }}`, and `{% note(kind="info") %}` … `{% end %}` around a body.
  // Their arguments' quoted text may hold a `)` (`text="a [link](url)"`).
  for (const match of templates.matchAll(/\{\{-?\s*([A-Za-z_]\w*)\s*\((?:"[^"\n]*"|'[^'\n]*'|(?!\{[{%])[^)"'])*\)\s*-?\}\}|\{%-?\s*(?:([A-Za-z_]\w*)\s*\((?:"[^"\n]*"|'[^'\n]*'|(?!\{[{%])[^)"'])*\)|(end))\s*-?%\}/g)) {
    if (isLiteral(match.index)) continue;
    const { loses, fix } = shortcodeAdvice(match[1] ?? match[2] ?? '');
    if (match[3]) add(lineOf(match.index), 'error', `The end of a Zola shortcode, ${shorten(match[0])}, is not supported: readers see it as literal text.`, 'Remove it with the shortcode it closes, and write what it wrapped in Markdown.');
    else add(lineOf(match.index), 'error', `The Zola shortcode ${shorten(match[0])} is not supported: readers see it as literal text and lose ${loses}.`, fix);
  }

  // WordPress shortcodes the content step could not rewrite (`[gallery ids="1,2"]`, a caption with a link in
  // it): a known name, attributes, or a closing tag in the post tell one from text in brackets.
  const closedNames = new Map<string, boolean>();
  for (const match of source.matchAll(WP_SHORTCODE)) {
    const name = (match[2] ?? '').toLowerCase();
    const closed = closedNames.get(name) ?? new RegExp(`\\\\?\\[/${name}\\\\?\\]`, 'i').test(source);
    closedNames.set(name, closed);
    // A reference link (`[Code annotations]` with its definition, `[text][q=x]`) and a wiki link's inner bracket are no shortcode.
    if (isLiteral(match.index) || isReference(match.index) || source[match.index - 1] === '[' || match[1] === '/' || !(WP_SHORTCODE_NAMES.has(name) || (match[3] ?? '').includes('=') || closed)) continue;
    const { loses, fix } = wordpressAdvice(name, html);
    add(lineOf(match.index), 'error', `The WordPress shortcode ${shorten(match[0])} is not run here: readers would see it as text and lose ${loses}.`, fix);
  }

  // MkDocs' snippets (pymdownx.snippets): a line that puts another file's text in the post, `--8<-- "file.md"`,
  // or a block of file names between `--8<--` lines. The site includes no file: the line would be text.
  for (const match of source.matchAll(/^[ \t]*-+8<-+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*')[ \t]*|[ \t]*)$/gm)) {
    if (isLiteral(match.index)) continue;
    add(lineOf(match.index), 'error', `MkDocs' snippet ${shorten(match[0].trim())} puts another file's text in the post, which the site does not do: readers would see the line as text and lose that text.`, 'Paste the text of the file it names in its place (or link to that file).');
  }

  // An Obsidian wiki-link or embed without an exact Markdown form (a heading, a note embedded): shown as text.
  for (const match of source.matchAll(WIKI_LINK)) {
    if (isLiteral(match.index)) continue;
    add(lineOf(match.index), 'error', `The Obsidian ${match[1] ? 'embed' : 'link'} ${shorten(match[0])} is not read here: readers would see it as text.`, match[1] ? 'Write the image as ![what it shows](./photo.png), or the text it embeds.' : 'Write it as a Markdown link to the post’s file: [text](./other-note.md#heading).');
  }

  // A callout of a kind the site has no look for (Obsidian's `> [!recipe]`): a quote that shows `[!recipe]`.
  for (const match of source.matchAll(/^[ \t]*(?:>[ \t]?)+\[!([A-Za-z]+)\][+-]?/gm)) {
    if (isLiteral(match.index) || Object.hasOwn(ALERT_KINDS, (match[1] ?? '').toLowerCase())) continue;
    add(lineOf(match.index), 'warning', `\`[!${match[1]}]\` is not a callout kind the site knows: it shows as a quote with \`[!${match[1]}]\` in it.`, `Use one of ${Object.keys(ALERT_KINDS).join(', ')}, with the title after it: > [!NOTE] ${match[1]}.`);
  }

  // A container (Docusaurus, VitePress) or an admonition (MkDocs) the content step could not read as a
  // callout: an unknown kind, or a `:::` without its end. Shown as text.
  for (const match of source.matchAll(/^[ \t]*(?:>[ \t]?)*(?::{2,}[ \t]*[A-Za-z][^\n]*|(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][^\n]*)$/gm)) {
    if (isLiteral(match.index)) continue;
    // Nuxt Content's `::name{…}`: a component of the old site's own, or one whose `::` end is missing.
    const component = /^[ \t]*::(?!:)[ \t]*([A-Za-z][\w-]*)/.exec(match[0])?.[1];
    if (component !== undefined) {
      add(
        lineOf(match.index),
        'error',
        `The component ${shorten(match[0].trim())} (Nuxt Content's MDC) is not one the site draws${mdcRole(component, {}) ? ', or its closing `::` is missing' : ': it was the old site’s own Vue component'}; readers would see it as text.`,
        `Write what it showed in Markdown (a callout: > [!NOTE] Title, then > your text), or use one the site reads (${MDC_KNOWN.map((name) => `::${name}`).join(', ')}), ended by its own \`::\` line.`,
      );
      continue;
    }
    const mkdocs = /^[ \t>]*[!?]/.test(match[0]);
    add(
      lineOf(match.index),
      'error',
      `${mkdocs ? 'This MkDocs admonition' : 'This container (Docusaurus, VitePress)'} ${shorten(match[0].trim())} is not one the site reads: readers would see it as text.`,
      `Use a kind the site knows (note, tip, important, warning, caution, or info, danger, example, …)${mkdocs ? ' with its text indented by four spaces' : ' and end it with its own `:::` line'}, or write a callout: > [!NOTE] Title, then > your text.`,
    );
  }

  // One post's formulas share their definitions, in order, as the build typesets them.
  const katexOptions = postKatexOptions();
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'code') {
      findings.push(...codeBlockFindings(node));
    } else if (node.type === 'math' || node.type === 'inlineMath') {
      try {
        katex.renderToString(node.value, { ...katexOptions, displayMode: node.type === 'math', throwOnError: true });
      } catch (error) {
        const reason = (error as Error).message.replace(/^KaTeX parse error:\s*/, '').split('\n')[0] ?? '';
        add(line, 'error', `The formula ${shorten(node.value, 40)} cannot be typeset (${reason}): readers see its TeX in red instead of the formula.`, 'Fix the TeX (KaTeX supports most LaTeX math); write a literal dollar sign as \\$.');
      }
    } else if (node.type === 'html' || node.type === 'text') {
      // VitePress' include, `<!--@include: ./parts/basics.md-->`: a comment here, so its text would be lost without a word.
      for (const include of node.type === 'html' ? node.value.matchAll(/<!--\s*@include:\s*([^\n]*?)\s*-->/g) : []) {
        add(line, 'error', `\`<!--@include: ${shorten(include[1] ?? '', 60).replace(/^"|"$/g, '')}-->\` is VitePress' include of another file, which the site does not read: readers would lose its text.`, 'Paste the file’s text in its place (and make the file a post of its own, with its frontmatter, or move it out of content/posts/).');
      }
      // Emoji shortcodes became emoji where the body was parsed; icons are drawn later, when the set has them.
      // In HTML too, where the icon is drawn as well: its text, not its tags' attributes.
      const shown = node.type === 'text' ? node.value : node.value.replace(/<[^<>]*>/g, blank);
      for (const icon of shown.matchAll(ICON_LIKE)) {
        const problem = iconProblem(icon[0]);
        if (problem) add(line === undefined ? line : line + (shown.slice(0, icon.index).match(/\n/g)?.length ?? 0), 'error', problem.message, problem.fix);
      }
      // A Nuxt Content (MDC) inline component the content step could not read (lib/markdown/mdc.ts): its text shows.
      for (const component of node.type === 'text' ? node.value.matchAll(MDC_INLINE) : []) {
        add(
          line === undefined ? line : line + (node.value.slice(0, component.index).match(/\n/g)?.length ?? 0),
          'error',
          `${shorten(component[0])} is a Nuxt Content (MDC) component the site does not draw: readers would see it as text.`,
          component[1] === ':icon' ? 'Name an icon of a set the site has, by its Iconify name (i-mdi-…, i-simple-icons-…, i-octicon-…, i-fa6-brands-…), or remove it.' : 'Write what it showed in the text (put code in `backticks`), or remove it.',
        );
      }
      // A component with `{…}` props is not even an HTML tag to CommonMark: it shows as text.
      const jsx = /<\/?([A-Z][\w.]*)(?=[\s/>])/.exec(node.value);
      if (jsx) {
        add(line, 'error', `<${jsx[1]}> is a JSX component, and a .md post is not MDX: it does not run, so readers lose what it renders and see only its text.`, jsx[1] && /callout|alert|note|admonition|aside/i.test(jsx[1]) ? 'Use a GitHub alert: > [!NOTE] on its own line, then > your text.' : `Write it in Markdown (or with ${SUPPORTED_HTML}); if it is code, put it in \`backticks\`; or rename the file to .mdx to use the site's components (README, "MDX posts").`);
      }
    } else if (node.type === 'paragraph') {
      // Link or image syntax left as text: Markdown read none (a space in the address, something after it).
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const escaped = start !== undefined && end !== undefined && /\\[[\]()]/.test(String(file.value).slice(start, end));
      for (const unread of escaped ? [] : textRuns(node.children).matchAll(UNREAD_LINK)) {
        add(line, 'error', `${shorten(unread[0])} is not read as ${unread[1] ? 'an image' : 'a link'}: Markdown reads no space in an address and nothing after it but a "title", so readers see this text and lose ${unread[1] ? 'the image' : 'the link'}.`, `Write the address without spaces (%20 for each), or in angle brackets: ${unread[1] ? '![alt](<my photo.png>)' : '[text](<https://example.com/a page>)'}; put anything else in the text.`);
      }
      const first = node.children[0];
      // VitePress' (and VuePress') code snippet, `<<< @/snippets/a.js{2}`: the file's code where the line is.
      // One of another form than the ones the site reads (lib/markdown/code-imports.ts), which the check reads first.
      const snippet = first?.type === 'text' ? /^<<<[ \t]+(\S[^\n]*)/.exec(first.value) : null;
      if (snippet && !(first?.type === 'text' && first.value.split('\n').every((text) => CODE_IMPORT.test(text.trim())))) {
        add(line, 'error', `\`<<< ${shorten(snippet[1] ?? '', 60).replace(/^"|"$/g, '')}\` is VitePress' import of a file's code, which the site does not read: readers would see this line, not the code.`, 'Paste the code in its place, in a fenced block (```js title="snippet.js" {2}), and move or delete the file.');
      }
      if (first?.type === 'text' && /^(import|export)\s[^\n]*\bfrom\s+['"]/.test(first.value)) {
        add(line, 'error', `${shorten(first.value.split('\n')[0] ?? '', 50)} is an MDX import: a .md post shows it as text.`, 'Remove it, and write what the component showed in Markdown, or rename the file to .mdx and use the site\'s components (README, "MDX posts").');
      }
    }
  });

  const raws: [number, number][] = [];
  const hast = unified().use(remarkRehype, { allowDangerousHtml: true }).runSync(tree, file) as HastRoot;
  visit(hast, 'raw', (node) => {
    raws.push([node.position?.start.offset ?? -1, node.position?.end.offset ?? -1]);
  });
  if (raws.length === 0) return findings.sort((a, b) => a.line - b.line);

  const parsed = rehypeRaw()(hast, file) as HastRoot;
  // Each class the sanitiser removes, with the first line that has it: named once for the post.
  const lostClasses = new Map<string, number>();
  visit(parsed, 'element', (element: Element) => {
    const offset = element.position?.start.offset;
    if (offset === undefined || !raws.some(([start, end]) => offset >= start && offset < end)) return;
    const line = element.position?.start.line;
    // As the pipeline renames it (lib/markdown/html.ts).
    if (Object.hasOwn(RENAMED_ELEMENTS, element.tagName)) element.tagName = RENAMED_ELEMENTS[element.tagName] ?? element.tagName;
    const tag = element.tagName;
    // A JSX component was reported above, from its source spelling (HTML parsing lowercases it).
    if (/^<[A-Z]/.test(source.slice(offset, offset + 2))) return;
    const page = tag === 'iframe' ? embeddedPage(element.properties.src) : undefined;
    if (page) {
      add(line, 'info', `<iframe> (${shorten(String(element.properties.src), 50)}) ${embedNote(page)}.`, 'Nothing to do; or write the link yourself.');
      return 'skip';
    }
    if (STRIPPED.has(tag)) {
      if (SAFETY_ONLY.has(tag)) {
        add(line, 'warning', `<${tag}> is removed for safety, with what it holds.`, 'Remove it: posts cannot run code or add styles.');
      } else {
        const named = typeof element.properties.src === 'string' ? ` (${shorten(element.properties.src, 50)})` : '';
        add(line, 'error', `<${tag}>${named} is removed with everything in it: readers lose ${tag === 'math' ? 'the formula' : tag === 'svg' || tag === 'canvas' ? 'the drawing' : 'the embedded content'}.`, tag === 'math' ? 'Write the formula as TeX: $…$ inline or $$…$$ on its own lines.' : tag === 'svg' ? 'Save the drawing as public/images/name.svg and use ![description](/images/name.svg).' : 'Link to it instead: [what it shows](https://…).');
      }
      return 'skip';
    }
    if (!ALLOWED.has(tag)) {
      if (Object.hasOwn(LOOK_ONLY, tag)) {
        add(line, 'warning', `<${tag}> is an element of old HTML that only changes the look: its text stays, without ${LOOK_ONLY[tag]}.`, `Remove the <${tag}> tags: the site's styles set the look.`);
      } else if (hasReadableContent(element)) {
        add(line, 'error', `<${tag}> is not an element the site shows: readers get its text as plain text and lose what <${tag}> does.`, `Write it in Markdown, or use ${SUPPORTED_HTML}.`);
      } else {
        add(line, 'warning', `<${tag}> is not an element the site shows; it is removed.`, `Remove it, or use ${SUPPORTED_HTML}.`);
      }
      return undefined;
    }
    const kept = keptProperties(element);
    // The old site's classes (`aligncenter`, `wp-image-12`, `text-red-500`): its stylesheet gave them a look the site does not have.
    const keptClasses = new Set(Array.isArray(kept.className) ? kept.className.map(String) : []);
    for (const name of Array.isArray(element.properties.className) ? element.properties.className.map(String) : []) {
      if (!keptClasses.has(name) && !lostClasses.has(name)) lostClasses.set(name, line ?? 1);
    }
    // An anchor the author wrote (`<a name>`, an `id`) is kept, prefixed, and the post's links to it follow
    // (lib/markdown/html.ts); a heading's id is its own where safe, as `{#id}` is.
    const anchor = authorAnchor(element);
    const ownHeadingId = /^h[1-6]$/.test(tag) && typeof element.properties.id === 'string' && ownIdGivesWay(element.properties.id, new Set(RESERVED_IDS)) === undefined;
    if (anchor !== undefined && anchors.has(anchor)) add(line, 'warning', `The anchor ${shorten(anchor, 40)} on <${tag}> is given earlier in the post too: links to it lead to the first.`, 'Give it another name, and change the links to it.');
    if (anchor !== undefined) anchors.add(anchor);
    // Attributes of no other meaning the sanitiser removes (an embed's `data-slug-hash`…): named together, once.
    const removed: string[] = [];
    for (const [name, value] of Object.entries(element.properties)) {
      if (name in kept || name === 'className') continue;
      if ((name === 'id' || name === 'name') && (anchor !== undefined || (name === 'id' && ownHeadingId))) continue;
      const url = ['src', 'href', 'poster'].includes(name) ? String(value) : undefined;
      // A player's file beside the post: the build publishes it and names it by its site path (lib/markdown/links.ts),
      // and content:check names one that is missing where it follows the post's links.
      if (url !== undefined && tag !== 'img' && ['src', 'poster'].includes(name) && url.trim() !== '' && !/^(?:[a-z][a-z\d+.-]*:|[/#\\])/i.test(url.trim())) continue;
      if (url !== undefined && ['src', 'poster'].includes(name)) {
        add(line, 'error', `The ${tag === 'img' ? 'image' : tag} source ${shorten(url)} is removed, so readers lose the ${tag === 'img' ? 'image' : 'media'}: ${tag === 'img' ? 'images may only use a site path (or http/https)' : 'audio and video must be files on this site'}.`, `Put the file in public/ and use its site path, e.g. ${tag === 'img' ? '/images/photo.png' : '/media/clip.mp4'}.`);
      } else if (url !== undefined) {
        add(line, 'warning', `The link to ${shorten(url)} is removed: links may only use https, http, mailto or a site path.`, 'Fix the address or remove the link.');
      } else if (/^eleventy:/i.test(name)) {
        // Eleventy's image directives (`eleventy:ignore`, `eleventy:widths`): the site sizes every image itself.
        add(line, 'info', `\`${name}\` on <${tag}> told Eleventy how to process the image: the site sizes its images itself, so it is left out.`, 'Nothing to do; you can remove it.');
      } else if (name === 'id' || name === 'name') {
        add(line, 'warning', `The anchor ${shorten(String(value), 40)} (\`${name}\` on <${tag}>) is removed: an anchor's name may hold only letters, digits and _ . : -, so links to it lead nowhere.`, 'Rename it with those characters, and change the links to it.');
      } else if (/^on/i.test(name) || name === 'style') {
        const what = /^on/i.test(name) ? 'event handler' : 'inline style';
        add(line, 'warning', `The ${what} \`${attributeName(name)}\` on <${tag}> is removed for safety; the element and its content stay.`, 'Remove the attribute.');
      } else {
        removed.push(`\`${attributeName(name)}\``);
      }
    }
    if (removed.length === 1) add(line, 'warning', `The attribute ${removed[0]} on <${tag}> is removed for safety; the element and its content stay.`, 'Remove the attribute.');
    else if (removed.length > 1) add(line, 'warning', `The attributes ${removed.join(', ')} on <${tag}> are removed for safety; the element and its content stay.`, 'Remove the attributes.');
    return undefined;
  });
  const lost = [...lostClasses.keys()];
  if (lost.length > 0) add(Math.min(...lostClasses.values()), 'info', `${classNote(lost, "of the post's HTML")} left out with the old site's stylesheet: the text stays, in the site's own look.`, 'Nothing to do; you can remove them.');
  return findings.sort((a, b) => a.line - b.line);
}
