import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { findLossyMojibake, repairMojibake } from '../text/mojibake';
import { findDroppedMarkup } from './markup';
import { isSafeFrontmatterUrl } from '../text/safe-url';
import { findTemplateText, matchImagePlaceholder } from '../markdown/placeholders';
import { illustrationPath } from '../routes';
import { FIELD_NAMES, POST_FIELDS, isFieldName, slugOf, type FieldSpec } from '../content/schema';
import { splitTags, tagSlug } from '../content/tags';
import { sameTitle } from '../text/title-match';

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
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A real calendar date (no `2024-02-30` rolling over to March), with an optional time and zone. */
export function isValidDate(value: string): boolean {
  const match = DATE.exec(value.trim());
  if (!match) return false;
  const [year, month, day, hour = '0', minute = '0', second = '0'] = match.slice(1).map((part) => part ?? undefined) as string[];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
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
  const fields = new Map<string, YamlNode | null>();
  const fieldLine = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    fields.set(key, (pair.value as YamlNode | null) ?? null);
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
    const value = scalarText(node);
    if (spec.kind === 'string') {
      if (value === undefined) report(line(name), 'error', `\`${name}\` must be a single line of text.`);
      else if (spec.required && value.trim() === '') report(line(name), 'error', `The \`${name}\` is empty.`, `Give the post ${spec.description}.`);
    } else if (spec.kind === 'date') {
      if (value === undefined || !isValidDate(value)) {
        report(line(name), 'error', `\`${name}\` is not a real calendar date: ${JSON.stringify(value ?? '(not a single value)')}.`, 'Write it as YYYY-MM-DD (optionally with a time and zone, e.g. 2024-09-01T10:00:00Z).');
      }
    } else if (spec.kind === 'boolean') {
      if (!(isScalar(node) && typeof node.value === 'boolean')) report(line(name), 'error', `\`${name}\` must be true or false.`, `Write \`${name}: true\` or remove the field.`);
    } else if (value === undefined && !isSeq(node)) {
      report(line(name), 'error', `\`${name}\` must be a list or a comma-separated line.`, `Write \`${name}: one, two\` or a YAML list.`);
    }
  }
  const title = scalarText(fields.get('title'));

  // slug
  let slug: string | undefined;
  if (fields.has('slug')) {
    const value = scalarText(fields.get('slug'));
    if (value === undefined || !SLUG.test(value)) {
      report(line('slug'), 'error', `The slug ${JSON.stringify(value ?? '')} is not lowercase letters, digits and hyphens.`, value ? `Use \`slug: ${tagSlug(value) || 'my-post'}\`.` : 'Remove it to use the file name.');
    } else slug = value;
  } else {
    slug = slugOf(undefined, file.path);
    if (!SLUG.test(slug)) {
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
    const raw = isSeq(node) ? node.items.map((item) => (isScalar(item) ? String(item.value ?? '') : '')) : scalarText(node);
    if (raw !== undefined) {
      for (const tag of splitTags(raw)) {
        if (tag === '') report(line('tags'), 'error', 'A tag is empty (two commas in a row, or a trailing comma).', 'Remove the empty entry.');
        else if (tagSlug(repairMojibake(tag)) === '') report(line('tags'), 'error', `The tag ${JSON.stringify(tag)} has no letters or digits, so it has no address.`, 'Use words in the tag.');
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
      report(lineNumber, 'warning', `Template text ${template.text} was left in the post.`, `Replace ${template.text} with the real text.`);
    }
  });

  for (const finding of findDroppedMarkup(front.body)) report(front.bodyLine + finding.line - 1, 'warning', finding.message, finding.fix);

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
