import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { findLossyMojibake, repairMojibake } from '../text/mojibake';
import { findLossyMarkup } from './lossy-markup';
import { findDroppedMarkup } from './markup';
import { isSafeFrontmatterUrl } from '../text/safe-url';
import { findTemplateText, isAuthorPlaceholder, matchImagePlaceholder } from '../markdown/placeholders';
import { illustrationPath } from '../routes';
import { FIELD_NAMES, POST_FIELDS, isFieldName, slugOf, type FieldSpec } from '../content/schema';
import { splitTags, tagSlug } from '../content/tags';
import { sameTitle } from '../text/title-match';
import { addressLengthProblem } from './address-length';
import { fileSizeProblem, findNestingProblem } from './limits';
import { firstInvalidUtf8 } from './utf8';
import { describeValue, resolved, stringValue } from './yaml-values';
import { checkPostImages } from './images';

/** One thing wrong (or worth knowing) about a post, pointing at the file and line. */
export interface Problem {
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix?: string;
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
}

/** One post's problems and the slug it claims (for the duplicate check across posts). */
export interface PostCheck {
  problems: Problem[];
  slug?: string;
  slugLine?: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** A real calendar date (no `2024-02-30` rolling over to March), with an optional time and zone. */
export function isValidDate(value: string): boolean {
  const match = DATE.exec(value.trim());
  if (!match) return false;
  const [year, month, day, hour = '0', minute = '0', second = '0', zoneHour = '0', zoneMinute = '0'] = match.slice(1).map((part) => part ?? undefined) as string[];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    // A zone JavaScript (and so contentlayer) accepts: `+99:99` is not one.
    Number(zoneHour) < 24 &&
    Number(zoneMinute) < 60 &&
    !Number.isNaN(new Date(value.trim()).getTime())
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

interface Frontmatter {
  /** Line (1-based) where the YAML starts */
  startLine: number;
  /** Line (1-based) where the body starts */
  bodyLine: number;
  yaml: string;
  body: string;
}

function splitFrontmatter(text: string): Frontmatter | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return {
    startLine: 2,
    bodyLine: match[0].split('\n').length,
    yaml,
    body: text.slice(match[0].length),
  };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function scalarText(node: YamlNode | null | undefined): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  // The core schema keeps `2024-02-30` a string: YAML 1.1 timestamps would roll it over silently.
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

/** Returns the problems of one post and the slug it claims (for the duplicate check). */
function checkPost(file: SourceFile, options: CheckOptions): PostCheck {
  const problems: Problem[] = [];
  const report = (line: number, severity: Problem['severity'], message: string, fix?: string) =>
    problems.push({ file: file.path, line, severity, message, ...(fix ? { fix } : {}) });

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

  const front = splitFrontmatter(text);
  if (!front) {
    report(1, 'error', 'The post has no frontmatter block.', 'Start the file with `---`, the fields (title, date, …), then `---`.');
    return { problems };
  }

  const lines = new LineCounter();
  const doc = parseDocument(front.yaml, { schema: 'core', lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const yamlLine = (offset: number | undefined) => front.startLine + (offset === undefined ? 0 : lines.linePos(offset).line - 1);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report(yamlLine(error.pos[0]), 'error', `Invalid YAML frontmatter: ${error.message.split('\n')[0]}`, 'Quote values that contain `:` or `#`, and check indentation.');
    }
    return { problems };
  }
  if (!isMap(doc.contents)) {
    report(front.startLine, 'error', 'The frontmatter is not a list of `field: value` lines.', 'Write fields as `title: My post`.');
    return { problems };
  }
  const fields = new Map<string, YamlNode | null | undefined>();
  const fieldLine = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    fields.set(key, resolved(pair.value as YamlNode | null, doc) ?? null);
    fieldLine.set(key, yamlLine((pair.key as YamlNode | null)?.range?.[0]));
    if (!isFieldName(key)) {
      report(fieldLine.get(key) ?? front.startLine, 'error', `Unknown frontmatter field \`${key}\`.`, `Use one of: ${FIELD_NAMES.join(', ')}.`);
    }
  }
  const line = (key: string) => fieldLine.get(key) ?? front.startLine;

  // Every schema field by its kind (lib/content/schema.ts): required ones present, each of its type.
  for (const name of FIELD_NAMES) {
    const spec: FieldSpec = POST_FIELDS[name];
    if (!fields.has(name)) {
      if (spec.required) report(front.startLine, 'error', `Missing \`${name}\`.`, `Add \`${name}:\` (${spec.description}) to the frontmatter.`);
      continue;
    }
    const node = fields.get(name);
    // contentlayer takes strings only for text and dates: a number, a list or a mapping is rejected.
    const value = stringValue(node);
    const is = describeValue(node);
    if (spec.kind === 'string') {
      if (is === 'empty' || value?.trim() === '') {
        if (spec.required) report(line(name), 'error', `The \`${name}\` is empty.`, `Give the post ${spec.description}.`);
      } else if (value === undefined) report(line(name), 'error', `\`${name}\` must be text, not ${is}.`, `Write it on one line in quotes: \`${name}: "…"\`.`);
    } else if (spec.kind === 'date') {
      if (value === undefined || !isValidDate(value)) {
        const shown = value === undefined ? is : JSON.stringify(value);
        report(line(name), 'error', `\`${name}\` is not a real calendar date: ${shown}.`, 'Write it as YYYY-MM-DD (optionally with a time and zone, e.g. 2024-09-01T10:00:00Z; a zone is Z or +hh:mm with hh below 24).');
      }
    } else if (spec.kind === 'boolean') {
      if (!(isScalar(node) && typeof node.value === 'boolean')) report(line(name), 'error', `\`${name}\` must be true or false.`, `Write \`${name}: true\` or remove the field.`);
    } else if (scalarText(node) === undefined && !isSeq(node)) {
      report(line(name), 'error', `\`${name}\` must be a list or a comma-separated line.`, `Write \`${name}: one, two\` or a YAML list.`);
    }
  }
  const title = scalarText(fields.get('title'));

  // slug
  let slug: string | undefined;
  if (fields.has('slug')) {
    const value = stringValue(fields.get('slug'));
    const tooLong = value === undefined ? undefined : addressLengthProblem('slug', value);
    if (tooLong) report(line('slug'), 'error', tooLong, 'Choose a shorter `slug:`.');
    else if (value === undefined || !SLUG.test(value)) {
      report(line('slug'), 'error', `The slug ${JSON.stringify(value ?? '')} is not lowercase letters, digits and hyphens.`, value ? `Use \`slug: ${tagSlug(value) || 'my-post'}\`.` : 'Remove it to use the file name.');
    } else slug = value;
  } else {
    slug = slugOf(undefined, file.path);
    const tooLong = addressLengthProblem('slug', slug);
    if (tooLong) report(1, 'error', tooLong, 'Rename the file, or add a shorter `slug:` field.');
    else if (!SLUG.test(slug)) {
      report(1, 'error', `The file name gives the slug ${JSON.stringify(slug)}, which is not lowercase letters, digits and hyphens.`, `Rename the file to ${tagSlug(slug) || 'my-post'}.md or add a \`slug:\` field.`);
    }
  }

  // rules of single fields
  const canonical = scalarText(fields.get('canonical'));
  if (canonical && !isSafeFrontmatterUrl(canonical)) {
    report(line('canonical'), 'error', '`canonical` must be an http(s) URL or a site path.', 'Write a full https:// address.');
  }

  // tags
  if (fields.has('tags')) {
    const node = fields.get('tags');
    const raw = isSeq(node) ? node.items.map((item) => { const value = resolved(item as YamlNode, doc); return isScalar(value) ? String(value.value ?? '') : ''; }) : scalarText(node);
    if (raw !== undefined) {
      for (const tag of splitTags(raw)) {
        if (tag === '') report(line('tags'), 'error', 'A tag is empty (two commas in a row, or a trailing comma).', 'Remove the empty entry.');
        else if (tagSlug(repairMojibake(tag)) === '') report(line('tags'), 'error', `The tag ${JSON.stringify(tag)} has no letters or digits, so it has no address.`, 'Use words in the tag.');
        else {
          const tooLong = addressLengthProblem('tag', tagSlug(repairMojibake(tag)));
          if (tooLong) report(line('tags'), 'error', tooLong, 'Use a shorter tag.');
        }
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

  // structure: a repeated title heading, placeholders, template text
  const bodyLines = front.body.split('\n');
  const firstContent = bodyLines.findIndex((value) => value.trim() !== '');
  const h1 = /^#\s+(.*?)\s*#*\s*$/.exec(bodyLines[firstContent] ?? '');
  if (h1?.[1] && title && sameTitle(h1[1], title)) {
    report(front.bodyLine + firstContent, 'info', 'The body opens with the title as `# H1`; it is not shown twice.', 'You can remove that line.');
  }
  const slugForImages = slug ?? '';
  let placeholderCount = 0;
  let inCode = false;
  bodyLines.forEach((value, index) => {
    const lineNumber = front.bodyLine + index;
    if (/^\s*(```|~~~)/.test(value)) inCode = !inCode;
    if (inCode) return;
    if (/^#\s/.test(value) && index !== firstContent) {
      report(lineNumber, 'info', 'A `# H1` in the body is shown as an H2: the title is the page’s only H1.', 'Use `##` for sections.');
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
    for (const template of findTemplateText(value)) {
      if (isAuthorPlaceholder(template.text)) {
        report(lineNumber, 'info', `${template.text} is shown as the author: the post's \`author:\`, else the site's (lib/site/config.ts).`);
      } else {
        report(lineNumber, 'warning', `Template text ${template.text} was left in the post.`, `Replace ${template.text} with the real text.`);
      }
    }
  });

  if (!tooDeep) {
    try {
      for (const finding of findDroppedMarkup(front.body)) report(front.bodyLine + finding.line - 1, 'warning', finding.message, finding.fix);
      for (const finding of findLossyMarkup(front.body)) report(front.bodyLine + finding.line - 1, finding.severity, finding.message, finding.fix);
    } catch (error) {
      // Whatever the parser cannot take, the build cannot either: name the file instead of crashing.
      report(front.bodyLine, 'error', `The Markdown parser failed on this post: ${error instanceof Error ? error.message : String(error)}.`, 'Simplify the body (deep nesting, very long lines).');
    }
  }

  if (options.root !== undefined && !tooDeep) {
    const cover = scalarText(fields.get('cover'));
    const coverAlt = scalarText(fields.get('coverAlt'));
    const findings = checkPostImages({
      markdownFile: path.resolve(options.root, file.path),
      root: options.root,
      body: front.body,
      bodyLine: front.bodyLine,
      ...(cover ? { cover: { url: cover, line: line('cover'), ...(coverAlt ? { alt: coverAlt } : {}) } } : {}),
    });
    for (const finding of findings) report(finding.line, finding.severity, finding.message, finding.fix);
  }

  return { problems, ...(slug ? { slug, slugLine: fields.has('slug') ? line('slug') : 1 } : {}) };
}

/** Checks every post and the collection as a whole; returns all problems at once. */
export function checkPosts(files: readonly SourceFile[], options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, { file: string; line: number }>();
  for (const file of files) {
    const result = options.memo ? options.memo(file, () => checkPost(file, options)) : checkPost(file, options);
    problems.push(...result.problems);
    if (!result.slug) continue;
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
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatProblem(problem: Problem): string {
  const fix = problem.fix ? `\n    fix: ${problem.fix}` : '';
  return `${problem.file}:${problem.line}  ${problem.severity.padEnd(7)} ${problem.message}${fix}`;
}
