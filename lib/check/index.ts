import fs from 'node:fs';
import path from 'node:path';
import { findLossyMojibake, repairMojibake } from '../text/mojibake';
import { findLossyMarkup } from './lossy-markup';
import { shorten } from '../text/quote';
import { blank } from '../text/blank';
import { findDroppedMarkup, headingIdsGivingWay, inlineTags } from './markup';
import { parseBody, parseHtmlBody, type ParsedBody } from '../markdown/parse';
import { isExternalUrl, isSafeFrontmatterUrl } from '../text/safe-url';
import { findTemplateText, isAuthorPlaceholder, matchImagePlaceholder } from '../markdown/placeholders';
import { decodeUrlPart, illustrationPath, postPath } from '../routes';
import { bodyFormatOf, bodyOptionsOf, fileNameOf, normaliseFields, presentSpellings, SLUG, slugOf, tagsLine, type BodyOptions, type FieldName, UNDERSCORE_FILE } from '../content/schema';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { readFrontmatter } from '../content/frontmatter';
import { checkFields } from './fields';
import { substackPostFindings } from './substack';
import { findShortcodes, unfilledValues } from './shortcodes';
import { fieldsShownBy } from '../markdown/template-values';
import { convertEngineSyntax, convertHtmlBody, outsideInlineCode, TEMPLATE_NOTE } from '../markdown/engine-syntax';
import { splitTags, tagSlug } from '../content/tags';
import { sameTitle } from '../text/title-match';
import { addressLengthProblem } from './address-length';
import { fileSizeProblem, findNestingProblem } from './limits';
import { firstInvalidUtf8 } from './utf8';
import { checkPostImages } from './images';
import { findMdxProblems, parseMdx, parseMdxFile } from './mdx';
import { isScheduled } from '../content/dates';
import { featuredImageOf } from '../content/engine-data';
import { inlineCodeImports } from '../markdown/code-imports';
import { inlinePartials } from '../markdown/mdx-partials';
import { postLinksOf, type PostLink } from './links';
import { publishedName, unreadFileProblems } from './post-files';
import { namesFileAlone, publishedFile } from '../markdown/links';
import { aliasPath, publicFolders, ruleRedirects, type RedirectRule } from '../content/redirects';
import { isValidDate } from './dates';
import { checkRedirects, takenSegments, type PostAliases } from './redirects';
import { site } from '../site/config';

/** The text with each closed HTML comment blanked (same lines and lengths); one pass, whatever the text. */
function blankComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out += text.slice(at, open) + blank(text.slice(open, close + 3));
    at = close + 3;
  }
  return out + text.slice(at);
}

/** One thing wrong (or worth knowing) about a post, pointing at the file and line. */
export interface Problem {
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix?: string;
  /** An image address on another site whose copy is missing (scripts/build/content-check.ts downloads it) */
  remote?: string;
  /** A Mermaid diagram's source, at its fence's line, that scripts/build/content-check.ts has Mermaid read */
  diagram?: string;
}

export interface SourceFile {
  /** Path shown to the author, e.g. `content/posts/foo.md` */
  path: string;
  bytes: Uint8Array;
}

export interface CheckOptions {
  /** Whether `public/<path>` exists, to know if a placeholder has its illustration. */
  hasPublicFile?: (sitePath: string) => boolean;
  /** Project root (content/ and public/ in it): images are checked against the files there */
  root?: string;
  /**
   * Remembers a post's result between runs (scripts/build/content-check.ts keys it on the file's bytes and
   * everything else the result depends on), so a rebuild checks only the posts that changed.
   */
  memo?: (file: SourceFile, check: () => PostCheck) => PostCheck;
  /** The moment a post dated after is scheduled (milliseconds): now, unless a test gives one */
  now?: number;
  /**
   * The other files under content/posts/ (from the project root): each is an image, a file a post links
   * (which the build publishes), or reported, so nothing there is dropped without a word.
   */
  otherFiles?: readonly string[];
  /** The site-wide redirect rules (lib/site/config.ts `redirects` unless given). */
  redirects?: readonly RedirectRule[];
}

/** One post's problems and the slug it claims (for the duplicate check across posts). */
export interface PostCheck {
  problems: Problem[];
  slug?: string;
  slugLine?: number;
  /** `aliases`/`redirect_from` entries with their lines, for the redirect check across posts */
  aliases?: { raw: string; line: number }[];
  /** Posts the body links to (a post's file, `/posts/x`, Jekyll's `post_url`, Hugo's `ref`), for the check across posts */
  postLinks?: PostLink[];
  /** Files whose code the body imports (VitePress' `<<<`), relative to the project root: read, so no file left over */
  included?: string[];
  draft?: boolean;
  /** Its date as the store keeps it (ISO 8601), when valid: a site-wide redirect may name its parts */
  date?: string;
  /** The line of its date, for the note on a scheduled post (made across posts: it depends on the moment, not the file) */
  dateLine?: number;
  /** Jekyll's categories, which a site-wide redirect may name */
  categories?: string[];
}

// Lowercase letters of any script (Chinese and Japanese have no case), digits and hyphens.
export { isValidDate };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, or '' for none (a file named in a test that is not on disk). */
function textIfAny(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Returns the problems of one post and the slug it claims (for the duplicate check). */
function checkPost(file: SourceFile, options: CheckOptions): PostCheck {
  const problems: Problem[] = [];
  const report = (line: number, severity: Problem['severity'], message: string, fix?: string, { remote, diagram }: Pick<Problem, 'remote' | 'diagram'> = {}) =>
    problems.push({ file: file.path, line, severity, message, ...(fix ? { fix } : {}), ...(remote ? { remote } : {}), ...(diagram === undefined ? {} : { diagram }) });

  const tooLarge = fileSizeProblem(file.bytes.length);
  if (tooLarge) {
    report(1, 'error', tooLarge, 'Split it into several posts.');
    return { problems };
  }
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    const offset = firstInvalidUtf8(file.bytes);
    report(
      lineOfByte(file.bytes, offset),
      'error',
      `The file is not valid UTF-8 (byte 0x${(file.bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}).`,
      'Save the file as UTF-8 in your editor.',
    );
    return { problems };
  }
  text = text.replace(/^\uFEFF/, '');

  // The file on disk: a post of Substack's export reads its fields beside it.
  const onDisk = path.resolve(options.root ?? process.cwd(), file.path);
  const front = readFrontmatter(text, file.path, onDisk);
  const format = bodyFormatOf(file.path);
  const mdx = format === 'mdx';
  const html = format === 'html';
  if (!front) {
    report(1, 'error', 'The post has no frontmatter block.', 'Start the file with `---`, the fields (title, date, …), then `---` (or `+++` and TOML fields, or a JSON object from a `{` line to a `}` line, as Hugo writes them, or Pelican’s `Title: …` lines and a blank line).');
    return { problems };
  }
  for (const problem of front.problems) report(problem.line, 'error', problem.message, problem.fix);
  if (front.detached && mdx) {
    report(1, 'error', 'An .mdx post’s frontmatter must open on its first line with `---`: the MDX compiler would show it as text.', 'Remove the blank lines before it, or add the opening `---` line.');
  }
  if ((front.format === 'toml' || front.format === 'metadata' || front.format === 'notion') && mdx) {
    const written = front.format === 'toml' ? 'TOML frontmatter' : front.format === 'notion' ? 'Notion’s title and property lines' : 'Pelican’s `Key: value` metadata lines';
    report(1, 'error', `An .mdx post cannot have ${written}: the MDX compiler reads only YAML (---) and JSON ({ … }) blocks.`, 'Write the fields as YAML between `---` lines (`title: "My post"`), or rename the file to .md if it has no components.');
  }
  const readable = front.problems.length === 0;
  const raw = front.data;
  const line = (key: string) => front.lines.get(key) ?? front.startLine;
  const title = typeof raw.title === 'string' ? raw.title : undefined;
  if (front.format === 'medium') {
    report(1, 'info', 'A post of Medium’s export: its title, subtitle, author and date are read from the page, its text from its body section (what Medium showed around it, its footer and its ids, are left out).', 'Nothing to do.');
    if (raw.draft === true) report(line('draft'), 'info', 'Medium had not published it (the page has no date): it is a draft, shown only in `npm run dev`, dated by the export.', 'Nothing to do; to publish it here, write its text in a Markdown post with a date.');
  }
  if (front.format === 'notion') {
    const unread = front.unread ?? [];
    report(1, 'info', `A page of Notion's export: its title is its heading, its fields its property lines (Created or Date, Tags, Status, …)${unread.length > 0 ? `; ${unread.map((name) => `\`${name}\``).join(', ')} ${unread.length === 1 ? 'is' : 'are'} no field of the site's, not shown` : ''}.`, 'Nothing to do; a property line can be edited as a field (`Date: 2024-03-04`).');
    if (raw.draft === true) report(line('draft'), 'info', 'Its Status (or its Published box) says Notion had not published it: it is a draft, shown only in `npm run dev`.', 'Nothing to do; to publish it, write `Status: Published`.');
  }
  for (const finding of substackPostFindings(front, onDisk, options.root ?? process.cwd(), text)) report(finding.line, finding.severity, finding.message, finding.fix);
  if (front.noBlock) {
    report(1, 'info', `This file has no frontmatter: it is a post titled “${title ?? ''}” (${front.titleFromHeading ? 'its opening heading' : 'its file name'}), as Jekyll reads a post without one.`, 'Nothing to do; or start it with a frontmatter block: `---`, `title: …`, `date: …`, `---`.');
  }
  if (readable) for (const finding of checkFields(raw, line, front.format, front.startLine, file.path, front.noBlock, fieldsShownBy(front.body, mdx))) report(finding.line, finding.severity, finding.message, finding.fix);
  const fields = normaliseFields(raw, file.path);

  // slug
  let slug: string | undefined;
  if (Object.hasOwn(raw, 'slug')) {
    const value = typeof raw.slug === 'string' ? raw.slug : undefined;
    const tooLong = value === undefined ? undefined : addressLengthProblem('slug', value);
    if (tooLong) report(line('slug'), 'error', tooLong, 'Choose a shorter `slug:`.');
    else if (value === undefined || !SLUG.test(value)) {
      report(line('slug'), 'error', `The slug ${JSON.stringify(value ?? '')} is not lowercase letters, digits and hyphens.`, value ? `Use \`slug: ${tagSlug(value) || 'my-post'}\`.` : 'Remove it to use the file name.');
    } else slug = value;
  } else if (readable) {
    slug = slugOf(undefined, file.path);
    const tooLong = addressLengthProblem('slug', slug);
    if (tooLong) report(1, 'error', tooLong, 'Rename the file, or add a shorter `slug:` field.');
    else if (!SLUG.test(slug)) {
      const folder = /(?:^|\/)index\.[^/]+$/.test(file.path);
      report(1, 'error', `The ${folder ? 'folder' : 'file'} name gives the slug ${JSON.stringify(slug)}, which is not lowercase letters, digits and hyphens.`, `Rename the ${folder ? 'folder' : 'file'}, or add a \`slug:\` field.`);
    } else if (slug !== fileNameOf(file.path)) {
      report(1, 'info', `The address of this post is ${postPath(slug)}: its name, ${JSON.stringify(fileNameOf(file.path))}, in lowercase words.`, 'Nothing to do; or add a `slug:` field for another address.');
    }
  }

  // rules of single fields
  const fieldLine = (name: FieldName) => line(presentSpellings(raw, name)[0]?.alias.name ?? name);
  if (fields.canonical && !isSafeFrontmatterUrl(fields.canonical)) {
    const key = presentSpellings(raw, 'canonical')[0]?.alias.name ?? 'canonical';
    report(line(key), 'error', `\`${key}\` must be an http(s) URL or a site path.`, 'Write a full https:// address.');
  }
  if (fields.link && !isExternalUrl(fields.link)) {
    const key = presentSpellings(raw, 'link')[0]?.alias.name ?? 'link';
    report(line(key), 'error', `\`${key}\` must be an http(s) URL: readers would get no link to the page this post is about.`, key === 'gh-repo' ? 'Write the repository as `owner/name`, as `gh-repo: daattali/beautiful-jekyll`.' : 'Write its full https:// address.');
  }

  // tags (and other engines' `categories`)
  for (const { alias, value } of presentSpellings(raw, 'tags')) {
    if (typeof value !== 'string' && !Array.isArray(value)) continue;
    const read = tagsLine(alias.name, value, file.path);
    if (read !== value && Array.isArray(read)) {
      report(line(alias.name), 'info', `\`${alias.name}: ${String(value).trim()}\` is read as Jekyll reads a line of words: ${read.length} tags, ${read.map((tag) => `“${String(tag)}”`).join(', ')}.`, `Nothing to do; for one tag of several words, write it as a list: \`${alias.name}: ["${String(value).trim()}"]\`.`);
    }
    for (const tag of splitTags(read)) {
      if (tag === '') report(line(alias.name), 'error', 'A tag is empty (two commas in a row, or a trailing comma).', 'Remove the empty entry.');
      else if (tagSlug(repairMojibake(tag)) === '') report(line(alias.name), 'error', `The tag ${JSON.stringify(tag)} has no letters or digits, so it has no address.`, 'Use words in the tag.');
      else {
        const tooLong = addressLengthProblem('tag', tagSlug(repairMojibake(tag)));
        if (tooLong) report(line(alias.name), 'error', tooLong, 'Use a shorter tag.');
      }
    }
  }

  // text: mojibake in the frontmatter and the body
  const repairedAll = repairMojibake(text);
  if (repairedAll !== text) {
    const repairedLines = new Set<number>();
    const original = text.split('\n');
    const fixed = repairedAll.split('\n');
    original.forEach((value, index) => value !== fixed[index] && repairedLines.add(index + 1));
    report(
      [...repairedLines][0] ?? 1,
      'info',
      `Garbled characters (mojibake) on ${repairedLines.size} line(s) are repaired automatically when the site is built (lines ${[...repairedLines].join(', ')}).`,
      'Nothing to do; save the file as UTF-8 to fix the source.',
    );
  }
  if (repairedAll.split('\n').length === text.split('\n').length) {
    for (const lossy of findLossyMojibake(repairedAll)) {
      report(
        lineAt(repairedAll, lossy.index),
        'error',
        `Garbled text ${JSON.stringify(lossy.text)} lost a byte and cannot be repaired without choosing. It could be: ${lossy.candidates.join(' ')}`,
        `Replace ${JSON.stringify(lossy.text)} with the character you meant.`,
      );
    }
  }

  // body: present, and shallow enough for the Markdown parser
  if (front.body.trim() === '') {
    report(front.bodyLine, 'error', 'The post has no text after its frontmatter: it would be published as an empty page.', 'Write the post below the closing `---`, or set `draft: true`.');
  }
  const tooDeep = findNestingProblem(front.body);
  if (tooDeep) report(front.bodyLine + tooDeep.line - 1, 'error', tooDeep.message, tooDeep.fix);

  // structure: a repeated title heading, placeholders, template text. A `.md` body is read as the
  // content step parses it, another engine's template syntax rewritten (lib/markdown/engine-syntax.ts).
  // An `.html` post's body is HTML (lib/markdown/parse.ts, parseHtmlBody): no Markdown; WordPress' captions and embeds its HTML.
  const reading = { ...bodyOptionsOf(raw), liquid: fields.liquid };
  const engineSyntax = mdx ? undefined : html ? convertHtmlBody(front.body, reading) : convertEngineSyntax(front.body, reading);
  for (const conversion of engineSyntax?.conversions ?? []) {
    const read = conversion.note ?? (conversion.to === '' ? TEMPLATE_NOTE : `is read as its Markdown equivalent, ${shorten(conversion.to)}`);
    report(front.bodyLine + conversion.line - 1, 'info', `${shorten(conversion.from)} ${read}.`, 'Nothing to do; or write that in the post.');
  }
  const bodyLines = (engineSyntax?.text ?? front.body).split('\n');
  // What `{% raw %}` protects is shown as written on purpose: not template syntax to report.
  const templateLines = engineSyntax?.outsideRaw.split('\n');
  const firstContent = bodyLines.findIndex((value) => value.trim() !== '');
  const h1 = /^#\s+(.*?)\s*#*\s*$/.exec(bodyLines[firstContent] ?? '');
  if (front.titleFromName) {
    report(line('title'), 'info', `There is no \`title:\` in the frontmatter: the file's name, “${title ?? ''}”, is the post’s title, as Obsidian names a note and Jekyll a dated post.`, 'Nothing to do; or add a `title:` field.');
  }
  if (front.titleFromHeading) {
    // A file with no block at all has said so already.
    if (!front.noBlock) report(line('title'), 'info', 'There is no `title:` in the frontmatter: this opening `# heading` is the post’s title (shown once, as the title).', 'Nothing to do; or add a `title:` field.');
  } else if (h1?.[1] && title && sameTitle(h1[1], title)) {
    report(front.bodyLine + firstContent, 'info', 'The body opens with the title as `# H1`; it is not shown twice.', 'You can remove that line.');
  }
  const slugForImages = slug ?? '';
  let placeholderCount = 0;
  let inCode = false;
  const indented = engineSyntax && !html && !tooDeep ? indentedCodeLines(front.body, reading) : new Set<number>();
  // What an HTML comment holds is never shown (the sanitiser drops it): no template syntax a reader would see.
  const scanned = blankComments((templateLines ?? bodyLines).join('\n')).split('\n');
  bodyLines.forEach((value, index) => {
    const lineNumber = front.bodyLine + index;
    if (/^\s*(```|~~~)/.test(value)) inCode = !inCode;
    if (inCode || indented.has(index + 1)) return;
    if (!html && /^#\s/.test(value) && index !== firstContent) {
      report(lineNumber, 'info', 'A `# H1` in the body is shown as an H2: the title is the page’s only H1.', 'Use `##` for sections.');
    }
    // HTML's own <h1> (rehypeSingleH1, lib/markdown/rehype-plugins.ts): the same rule.
    const htmlH1 = engineSyntax ? /<h1\b[^>]*>(.*?)<\/h1>/i.exec(html ? value : outsideInlineCode(value)) : null;
    if (htmlH1 && index === firstContent && title && /^\s*<h1\b/i.test(value) && sameTitle((htmlH1[1] ?? '').replace(/<[^>]*>/g, ''), title)) {
      report(lineNumber, 'info', 'The body opens with the title as `<h1>`; it is not shown twice.', 'You can remove that line.');
    } else if (htmlH1) {
      report(lineNumber, 'info', 'An `<h1>` in the body is shown as an `<h2>`: the title is the page’s only H1.', 'Use `<h2>` for sections.');
    }
    const description = matchImagePlaceholder(value);
    if (description !== undefined) {
      placeholderCount += 1;
      const svg = illustrationPath(slugForImages, placeholderCount);
      if (options.hasPublicFile?.(svg)) {
        report(lineNumber, 'info', `Image placeholder resolved by public${svg}.`);
      } else {
        report(lineNumber, 'warning', `Image placeholder without an illustration: “${repairMojibake(description).slice(0, 80)}…”. It shows as “illustration pending”.`, `Add public${svg}, or replace the placeholder with an image.`);
      }
      return;
    }
    for (const shortcode of findShortcodes(scanned[index] ?? value)) report(lineNumber, 'error', shortcode.message, shortcode.fix);
    if (engineSyntax) for (const unfilled of unfilledValues(scanned[index] ?? value, raw)) report(lineNumber, 'error', unfilled.message, unfilled.fix);
    // Not in inline code or an HTML comment, which readers do not see as text to fill in.
    for (const template of findTemplateText(blankComments(html ? value : outsideInlineCode(value)))) {
      if (isAuthorPlaceholder(template.text)) {
        report(lineNumber, 'info', `${template.text} is shown as the author: the post's \`author:\`, else the site's (lib/site/config.ts).`);
      } else {
        report(lineNumber, 'warning', `Template text ${template.text} was left in the post.`, `Replace ${template.text} with the real text.`);
      }
    }
  });

  // `.mdx` is compiled, not sanitised: its own checks replace the sanitiser's (lib/check/mdx.ts).
  const mdxParsed = mdx && !tooDeep ? parseMdx(front.body) : undefined;
  const root = options.root ?? process.cwd();
  // Docusaurus' partials are the post's own text, as the content step reads them (lib/markdown/mdx-partials.ts).
  if (mdxParsed && 'tree' in mdxParsed) {
    for (const problem of inlinePartials(mdxParsed.tree, path.resolve(root, file.path), parseMdxFile, path.join(root, 'content'))) report(front.bodyLine + problem.line - 1, 'error', problem.message, problem.fix);
  }
  if (mdxParsed) for (const finding of findMdxProblems(front.body, mdxParsed, raw)) report(front.bodyLine + finding.line - 1, finding.severity, finding.message, finding.fix, finding);
  if (mdxParsed && 'tree' in mdxParsed) for (const finding of headingIdsGivingWay(mdxParsed.tree)) report(front.bodyLine + finding.line - 1, 'warning', finding.message, finding.fix);
  let parsed: ParsedBody | undefined;
  const included: string[] = [];
  if (!tooDeep && !mdx) {
    try {
      parsed = html ? parseHtmlBody(front.body, reading) : parseBody(front.body, reading);
      // VitePress' code imports are the code they name, as the content step reads them (lib/markdown/code-imports.ts).
      if (!html) {
        const imports = inlineCodeImports(parsed.tree, path.resolve(root, file.path), path.join(root, 'content'));
        for (const problem of imports.problems) report(front.bodyLine + problem.line - 1, 'error', problem.message, problem.fix);
        included.push(...imports.files.map((imported) => path.relative(root, imported).split(path.sep).join('/')));
      }
      for (const finding of findDroppedMarkup(front.body, parsed.tree)) report(front.bodyLine + finding.line - 1, 'warning', finding.message, finding.fix);
      for (const finding of findLossyMarkup(front.body, parsed)) report(front.bodyLine + finding.line - 1, finding.severity, finding.message, finding.fix, finding);
    } catch (error) {
      // Whatever the parser cannot take, the build cannot either: name the file instead of crashing.
      report(front.bodyLine, 'error', `The Markdown parser failed on this post: ${error instanceof Error ? error.message : String(error)}.`, 'Simplify the body (deep nesting, very long lines).');
    }
  }

  // The body's tree, `.md` or `.mdx`, for the image and link checks (none when it could not be parsed).
  const tree = mdxParsed && 'tree' in mdxParsed ? mdxParsed.tree : parsed?.tree;
  // Obsidian's inline `#tags`, which are text here: named once, those the post's `tags` lack.
  const tagged = new Set(fields.tags.map((tag) => tagSlug(tag)));
  const inline: { line: number; tag: string }[] = [];
  for (const found of tree && !html ? inlineTags(tree) : []) {
    if (tagged.has(tagSlug(found.tag))) continue;
    tagged.add(tagSlug(found.tag));
    inline.push(found);
  }
  const [firstTag] = inline;
  if (firstTag) {
    const names = inline.map((found) => `\`#${found.tag}\``).join(', ');
    const one = inline.length === 1;
    report(
      front.bodyLine + firstTag.line - 1,
      'info',
      `${names} ${one ? 'is an Obsidian tag' : 'are Obsidian tags'} in the text: here ${one ? 'it is' : 'they are'} shown as text, and the post is not listed under ${one ? 'it' : 'them'}.`,
      `To list it there, add ${one ? 'it' : 'them'} to the frontmatter's \`tags:\` (tags: [${inline.map((found) => found.tag).join(', ')}]); the text stays.`,
    );
  }
  if (options.root !== undefined && !tooDeep) {
    // Hugo Blox's `featured.png` beside the post, as the content step reads it (lib/content/engine-data.ts).
    const cover = fields.cover ?? featuredImageOf(path.resolve(options.root, file.path));
    const coverAlt = fields.coverAlt;
    const findings = checkPostImages({
      markdownFile: path.resolve(options.root, file.path),
      root: options.root,
      body: front.body,
      bodyLine: front.bodyLine,
      mdx,
      tree,
      ...(cover ? { cover: { url: cover, line: fieldLine('cover'), ...(coverAlt ? { alt: coverAlt } : {}) } } : {}),
      pictures: fields.author.flatMap((person) => (person.picture ? [{ url: person.picture, line: fieldLine('author') }] : [])),
    });
    for (const finding of findings) report(finding.line, finding.severity, finding.message, finding.fix, finding);
  }

  // aliases / redirect_from (and Hugo's `url`, `permalink`): each entry with its line, for the collection's redirect check
  const aliases = (['aliases', 'redirect_from'] as const).flatMap((name) =>
    presentSpellings(raw, name).flatMap(({ alias, value }) => {
      const entries = normaliseFields({ [name]: value }, file.path)[name] ?? [];
      const entryLines = front.itemLines.get(alias.name);
      const oneALine = entryLines?.length === entries.length;
      return entries.map((entry, index) => ({ raw: entry, line: (oneALine ? entryLines[index] : undefined) ?? line(alias.name) }));
    }),
  );

  const templateLinks = (engineSyntax?.conversions ?? []).flatMap((conversion) => (conversion.post === undefined ? [] : [{ slug: conversion.post, line: front.bodyLine + conversion.line - 1, written: conversion.from }]));
  // Links the rewrite made are in the tree too, as `/posts/x`: they are reported as written, once.
  const written = tree ? postLinksOf(tree, { markdownFile: path.resolve(root, file.path), root, bodyLine: front.bodyLine, ...(slug ? { slug } : {}) }).filter((link) => !templateLinks.some((made) => made.line === link.line && made.slug === link.slug)) : [];
  const postLinks = [...templateLinks, ...written];
  const dateKey = presentSpellings(raw, 'date')[0]?.alias.name;
  const date = typeof fields.date === 'string' && isValidDate(fields.date) ? { date: fields.date, dateLine: dateKey === undefined ? 1 : line(dateKey) } : {};
  return { problems, aliases, postLinks, ...(included.length > 0 ? { included } : {}), draft: fields.draft === true, ...date, ...(fields.categories ? { categories: fields.categories } : {}), ...(slug ? { slug, slugLine: Object.hasOwn(raw, 'slug') ? line('slug') : 1 } : {}) };
}

/**
 * A site path a post links that no page, file or redirect of the site answers: an old engine's address
 * (`/2023/08/14/welcome.html`, `/about/`). Only its first segment is checked against the routes (app/ and
 * public/), so a page under a known section is never reported. The fix names the post its last segment
 * names, if one does.
 */
function sitePathProblem(sitePath: string, known: { taken: ReadonlySet<string>; redirected: ReadonlySet<string>; byName: (name: string) => PostAliases | undefined }): { message: string; fix: string } | undefined {
  let decoded = sitePath;
  try {
    decoded = decodeURI(sitePath);
  } catch {
    // Left as written: it is looked up as written.
  }
  const segments = decoded.split('/').filter(Boolean);
  const first = segments[0];
  // A post's address has one segment after /posts/: anything deeper is no page.
  const underPost = first === 'posts' && segments.length > 2;
  if (first === undefined || (known.taken.has(first) && !underPost)) return undefined;
  const asRedirect = `/${encodeURI(segments.join('/'))}`;
  if (known.redirected.has(asRedirect)) return undefined;
  const name = (segments.at(-1) ?? '').replace(/\.html?$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const post = known.byName(name);
  return {
    message: 'leads to no page of this site: readers would get a 404.',
    fix: post ? `Link the post there: ${postPath(post.slug)} (or add this address to its \`aliases\`, so old links to it keep working).` : 'Link a page of this site, or add this address to the `aliases` of the post it was.',
  };
}

/**
 * The body's lines in indented code blocks (fenced ones are skipped as they are read): shown as written,
 * so no template syntax or placeholder there is reported. The parse is the one the check makes next.
 */
function indentedCodeLines(body: string, reading: BodyOptions): Set<number> {
  const lines = new Set<number>();
  try {
    visit(parseBody(body, reading).tree, 'code', (node: Code) => {
      for (let line = node.position?.start.line ?? 0; line > 0 && line <= (node.position?.end.line ?? 0); line++) lines.add(line);
    });
  } catch {
    // The parse's failure is reported where the check parses the body.
  }
  return lines;
}

interface LinkingPost {
  file: string;
  draft: boolean;
  links: PostLink[];
}

/**
 * Links between posts, across the collection (each post's links come from its own check, which may be
 * remembered; what they lead to is looked up here on every run). Jekyll and Hugo stop on a link to a post
 * that does not exist, and so does the check; a published post's link to a draft is a warning.
 */
function checkPostLinks(linking: readonly LinkingPost[], posts: readonly PostAliases[], root: string, taken: ReadonlySet<string>, rules: readonly RedirectRule[]): Problem[] {
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  const byFile = new Map(posts.map((post) => [post.file.split(path.sep).join('/'), post]));
  // `/posts/<file name>` of a post whose `slug:` differs leads to it (lib/markdown/links.ts `followRenamedPost`).
  const byName = new Map(posts.map((post) => [slugOf(undefined, post.file), post]));
  // Every old address a redirect answers: the posts' aliases and the site-wide rules written out for each post.
  const redirected = new Set([
    ...posts.flatMap((post) => post.aliases.flatMap((alias) => {
      const target = aliasPath(alias.raw);
      return 'path' in target ? [target.path] : [];
    })),
    ...ruleRedirects(rules, posts).map((redirect) => redirect.from),
  ]);
  const problems: Problem[] = [];
  for (const post of linking) {
    // The post's folder, for the path from it to a post named alone (Obsidian's `[[Note]]`).
    const folder = path.posix.dirname(post.file.split(path.sep).join('/'));
    for (const link of post.links) {
      const written = shorten(link.written);
      const add = (severity: Problem['severity'], message: string, fix: string) => problems.push({ file: post.file, line: link.line, severity, message, fix });
      let target: PostAliases | undefined;
      if (link.file !== undefined) {
        target = byFile.get(link.file);
        if (!target) {
          const exists = fs.existsSync(path.join(root, link.file));
          // Named alone and found in more than one other folder: which one is meant cannot be told.
          const name = path.posix.basename(link.file);
          const same = namesFileAlone(link.written) && !exists ? [...byFile.keys()].filter((file) => path.posix.basename(file) === name).sort() : [];
          if (same.length > 1) {
            add('error', `${written} names no post beside this one, and ${same.length} posts elsewhere have that name (${same.join(', ')}): readers would get a 404.`, `Write the path of the one you mean from this post, e.g. ${path.posix.relative(folder, same[0] ?? '')}.`);
            continue;
          }
          if (exists && UNDERSCORE_FILE.test(link.file)) {
            add('error', `${written} links to ${link.file}, which is not published (its name starts with \`_\`): readers would get a 404.`, `Rename it ${publishedName(link.file)} to publish it, or remove the link.`);
            continue;
          }
          add('error', `${written} links to ${link.file}, which ${exists ? 'is not a post' : 'does not exist'}: readers would get a 404.`, exists ? 'Link a post under content/posts/ (its file, relative to this one), or a page by its address.' : 'Write the path of the post\'s file relative to this one (e.g. ./other-post.md), or remove the link.');
          continue;
        }
        // A post named alone, found in another folder (lib/markdown/links.ts): said, as an editor's preview would not follow it.
        if (namesFileAlone(link.written) && path.posix.dirname(link.file) !== folder) {
          add('info', `${written} names no post beside this one: it links to ${link.file}, the one post of that name, as Obsidian finds a note.`, `Nothing to do; or write the path from this post (e.g. ${path.posix.relative(folder, link.file)}).`);
        }
      } else if (link.attachment !== undefined) {
        const found = publishedFile(path.join(root, link.attachment), root);
        if (!found.ok) add('error', `${written} ${found.message}`, found.fix);
        continue;
      } else if (link.sitePath !== undefined) {
        const problem = sitePathProblem(link.sitePath, { taken, redirected, byName: (name) => bySlug.get(name) ?? byName.get(name) });
        if (problem) add('warning', `${written} ${problem.message}`, problem.fix);
        continue;
      } else if (link.slug !== undefined) {
        target = bySlug.get(link.slug) ?? byName.get(link.slug);
        if (!target) {
          if (redirected.has(encodeURI(postPath(link.slug)))) continue;
          add('error', `${written} links to the post "${link.slug}", and no post has that slug: readers would get a 404.`, 'Name an existing post (its file name, or its `slug:`), or remove the link.');
          continue;
        }
      }
      if (target?.draft && !post.draft) {
        add('warning', `${written} links to the draft "${target.slug}": a production build leaves drafts out, so readers would get a 404 until it is published.`, 'Publish that post (remove `draft: true`), or leave the link out until it is.');
      } else if (target?.scheduled && !post.draft) {
        add('warning', `${written} links to "${target.slug}", scheduled for ${target.date ?? 'later'}: a build before then leaves it out, so readers would get a 404 until it is published.`, 'Leave the link out until that day, or give that post an earlier date.');
      }
    }
  }
  return problems;
}

/** Checks every post and the collection as a whole; returns all problems at once. */
export function checkPosts(files: readonly SourceFile[], options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, { file: string; line: number }>();
  const aliases: PostAliases[] = [];
  const links: LinkingPost[] = [];
  const included: string[] = [];
  const now = options.now ?? Date.now();
  for (const file of files) {
    const result = options.memo ? options.memo(file, () => checkPost(file, options)) : checkPost(file, options);
    problems.push(...result.problems);
    // Said on every run, never remembered: a scheduled post is published by the first build on or after its date.
    const scheduled = result.draft !== true && isScheduled(result.date, now);
    if (scheduled) {
      problems.push({
        file: file.path,
        line: result.dateLine ?? 1,
        severity: 'info',
        message: `Dated ${result.date ?? ''}, after this moment: scheduled. \`npm run dev\` shows it; a build leaves it out until one runs on or after that moment, as Hugo, Jekyll and AstroPaper hold a scheduled post.`,
        fix: 'Nothing to do; build the site again on or after that day to publish it (a daily build does). To publish it now, give it an earlier date.',
      });
    }
    if (result.postLinks?.length) links.push({ file: file.path, draft: (result.draft ?? false) || scheduled, links: result.postLinks });
    included.push(...(result.included ?? []));
    if (!result.slug) continue;
    aliases.push({ file: file.path, slug: result.slug, draft: result.draft ?? false, ...(scheduled ? { scheduled } : {}), date: result.date, categories: result.categories, aliases: result.aliases ?? [] });
    const previous = slugs.get(result.slug);
    if (previous) {
      problems.push({
        file: file.path,
        line: result.slugLine ?? 1,
        severity: 'error',
        message: `Two posts have the slug "${result.slug}": this one and ${previous.file}:${previous.line}.`,
        fix: 'Give one of them another `slug:`.',
      });
    } else slugs.set(result.slug, { file: file.path, line: result.slugLine ?? 1 });
  }
  const root = options.root ?? process.cwd();
  const taken = takenSegments(root);
  const rules = options.redirects ?? site.redirects;
  problems.push(...checkPostLinks(links, aliases, root, taken, rules));
  const linked = new Set([...links.flatMap((post) => post.links.flatMap((link) => (link.attachment === undefined ? [] : [link.attachment]))), ...included]);
  problems.push(...unreadFileProblems((options.otherFiles ?? []).filter((file) => !linked.has(file.split(path.sep).join('/'))), (file) => textIfAny(path.join(root, file))));
  const configFile = path.join('lib', 'site', 'config.ts');
  const config = { file: configFile, text: fs.existsSync(path.join(root, configFile)) ? fs.readFileSync(path.join(root, configFile), 'utf8') : '' };
  const isPublicFile = (sitePath: string) => {
    const file = path.join(root, 'public', decodeUrlPart(sitePath) ?? sitePath);
    return file.startsWith(path.join(root, 'public') + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
  };
  problems.push(...checkRedirects(aliases, { rules, taken, config, folders: publicFolders(root), isPublicFile }));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatProblem(problem: Problem): string {
  const fix = problem.fix ? `\n    fix: ${problem.fix}` : '';
  return `${problem.file}:${problem.line}  ${problem.severity.padEnd(7)} ${problem.message}${fix}`;
}
