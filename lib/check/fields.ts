import { closest, distance } from 'fastest-levenshtein';
import { captionedImage, createdDate, dateOfFileName, galleryOf, inDraftsFolder, FIELD_NAMES, IGNORED_FIELDS, KNOWN_KEYS, OBJECT_KEYS, POST_FIELDS, imageOf, normaliseFields, passwordProtected, peopleOf, presentSpellings, unlistedBy, type AliasSpec, type FieldName, type FieldSpec } from '../content/schema';
import type { FrontmatterFormat } from '../content/frontmatter';
import { namedTag } from '../content/tags';
import { describeValue } from './values';
import { isValidDate } from './dates';

const UNLISTED_NOTE = 'the post is unlisted: it has its page, for whoever has the link, but no list, feed, sitemap or search shows it.';

export interface FieldFinding {
  line: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix?: string;
}

// Only fields the site reads: renaming a key to one it ignores would lose it without a word.
const CANDIDATES = [...KNOWN_KEYS.keys()];

/** The field an unknown key was probably meant to be (`dte`, `Date`, `pubDateTime` → `date`), if any is close. */
export function closestField(key: string): string | undefined {
  const lower = key.toLowerCase();
  const best = closest(lower, CANDIDATES.map((name) => name.toLowerCase()));
  const index = CANDIDATES.findIndex((name) => name.toLowerCase() === best);
  const candidate = CANDIDATES[index];
  if (candidate === undefined || distance(lower, best) > Math.max(1, Math.floor(key.length / 3))) return undefined;
  return KNOWN_KEYS.get(candidate)?.field ?? candidate;
}

/** `key = value` in TOML, `key: value` in YAML: fixes are written in the post's own syntax. */
function assignment(format: FrontmatterFormat, key: string, value: string): string {
  return format === 'toml' ? `${key} = ${value}` : `${key}: ${value}`;
}

const isListEntry = (item: unknown) => typeof item === 'string' || typeof item === 'number' || namedTag(item) !== undefined;

/** Whether a value is of a field's kind; the fix when it is not. */
function kindProblem(spec: FieldSpec, alias: AliasSpec, value: unknown, format: FrontmatterFormat): { message: string; fix: string } | undefined {
  const key = alias.name;
  const is = describeValue(value);
  // An optional field left empty (DEV's template writes `series:` and `cover_image:` so) is no field.
  if (!spec.required && (is === 'empty' || (typeof value === 'string' && value.trim() === ''))) return undefined;
  switch (spec.kind) {
    case 'string':
      if (typeof value === 'string' && value.trim() !== '') return undefined;
      if (is === 'empty' || typeof value === 'string') return spec.required ? { message: `The \`${key}\` is empty.`, fix: `Give the post ${spec.description}.` } : undefined;
      return { message: `\`${key}\` must be text, not ${is}.`, fix: `Write it on one line in quotes: \`${assignment(format, key, '"…"')}\`.` };
    case 'term':
      if (typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'))) return undefined;
      return { message: `\`${key}\` must be a name or a list of names, not ${is}.`, fix: `Write \`${assignment(format, key, '"My series"')}\`.` };
    case 'date':
      if (typeof value === 'string' && isValidDate(value)) return undefined;
      return {
        message: `\`${key}\` is not a real calendar date: ${typeof value === 'string' ? JSON.stringify(value) : is}.`,
        fix: 'Write it as YYYY-MM-DD (optionally with a time and zone, e.g. 2024-09-01T10:00:00Z; a zone is Z or +hh:mm with hh below 24).',
      };
    case 'boolean': {
      if (typeof value === 'boolean' || (alias.rank && typeof value === 'number' && Number.isFinite(value))) return undefined;
      const words = Object.keys(alias.values ?? {});
      if (alias.rank) return { message: `\`${key}\` must be a number (above 0: featured) or true or false.`, fix: `Write \`${assignment(format, key, '1')}\` or remove the field.` };
      if (words.length === 0) return { message: `\`${key}\` must be true or false.`, fix: `Write \`${assignment(format, key, 'true')}\` or remove the field.` };
      if (typeof value === 'string' && words.includes(value.trim().toLowerCase())) return undefined;
      const either = (list: string[]) => `${list.slice(0, -1).join(', ')} or ${list.at(-1) ?? ''}`;
      return {
        message: `\`${key}\` must be ${either(words.map((word) => `\`${word}\``))}, not ${typeof value === 'string' ? JSON.stringify(value) : is}: the site has no other state for a post.`,
        fix: `Write ${either(words.map((word) => `\`${assignment(format, key, word)}\``))}.`,
      };
    }
    case 'list':
      if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => isListEntry(item) || (Array.isArray(item) && item.every(isListEntry))))) return undefined;
      // Nuxt UI's `badge: { label: Tutorial }`.
      if (alias.label && value && typeof value === 'object' && typeof (value as { label?: unknown }).label === 'string') return undefined;
      return { message: `\`${key}\` must be a list or a comma-separated line.`, fix: `Write \`${assignment(format, key, format === 'toml' ? '["one", "two"]' : 'one, two')}\` or a list.` };
    case 'people': {
      const person = (item: unknown) => typeof item === 'string' || (typeof item === 'object' && item !== null && !Array.isArray(item) && peopleOf(item).length > 0);
      if (person(value) || (Array.isArray(value) && value.every(person))) return undefined;
      return { message: `\`${key}\` must be a name, an author id, \`{ name, url }\` or a list of them, not ${is}.`, fix: `Write \`${assignment(format, key, '"Ada Lovelace"')}\`.` };
    }
    case 'image':
      if (imageOf(value).url?.trim()) return undefined;
      // Hexo's Butterfly theme writes `cover: false` for a post without one: none here either.
      if (value === false) return undefined;
      if (alias.optional && value !== null && typeof value === 'object' && !Array.isArray(value)) return undefined;
      return { message: `\`${key}\` must be an image path (or a list of them, or \`{ image, alt }\`), not ${is}.`, fix: `Write \`${assignment(format, key, '"./cover.jpg"')}\`.` };
  }
}

/**
 * The frontmatter fields against the schema (lib/content/schema.ts): unknown names with the closest
 * known one, other engines' names we read (a note where useful), names that mean nothing here (a
 * note), fields the body shows (`shown`, a note), required fields, each value’s kind, and two spellings of one field that disagree.
 */
export function checkFields(raw: Record<string, unknown>, lineOf: (key: string) => number, format: FrontmatterFormat, fallbackLine: number, sourceFilePath = '', noBlock = false, shown: ReadonlySet<string> = new Set()): FieldFinding[] {
  const findings: FieldFinding[] = [];
  const unlistedKey = unlistedBy(raw);
  for (const key of Object.keys(raw)) {
    const known = KNOWN_KEYS.get(key);
    if (known) {
      if (known.alias.note) findings.push({ line: lineOf(key), severity: 'info', message: known.alias.note });
    } else if (key !== 'status' && unlistedKey === key) {
      findings.push({ line: lineOf(key), severity: 'info', message: `\`${key}: { list: ${String((raw[key] as { list?: unknown }).list)} }\` (Hugo): ${UNLISTED_NOTE}` });
    } else if (key === 'password' && passwordProtected(raw)) {
      findings.push({
        line: lineOf(key),
        severity: 'warning',
        message: 'This post had a password on WordPress (`password`): the site has none, so it is kept as a draft, shown only in `npm run dev`.',
        fix: 'To publish it for everyone, remove `password`.',
      });
    } else if (key === 'created' && createdDate(raw) && presentSpellings(raw, 'date').length === 0 && !dateOfFileName(sourceFilePath)) {
      findings.push({ line: lineOf(key), severity: 'info', message: '`created` (Obsidian) is the post’s date: it has no `date` and no date in its file name.', fix: 'Nothing to do; or add a `date:` field.' });
    } else if (galleryOf(raw[key])) {
      findings.push({ line: lineOf(key), severity: 'info', message: `\`${key}\` is a gallery (Minimal Mistakes): its images are shown in a grid where \`{% include gallery${key === 'gallery' ? '' : ` id="${key}"`} %}\` names it.` });
    } else if (shown.has(key)) {
      findings.push({ line: lineOf(key), severity: 'info', message: `\`${key}\` is shown in the post's text, where a template of the old site names it.` });
    } else if (Object.hasOwn(IGNORED_FIELDS, key)) {
      findings.push({ line: lineOf(key), severity: 'info', message: `\`${key}\` means nothing here (${IGNORED_FIELDS[key]}): it is ignored.`, fix: `You can remove \`${key}\`.` });
    } else if (key === 'params' && raw.params !== null && typeof raw.params === 'object' && !Array.isArray(raw.params)) {
      // Hugo's table of a page's own fields: the ones the site reads are read already (lib/content/frontmatter.ts),
      // and the ones the body shows (`{{< param "owner" >}}`) are shown there.
      const keys = Object.keys(raw.params);
      const shownThere = keys.filter((name) => shown.has(name));
      if (shownThere.length > 0) findings.push({ line: lineOf(key), severity: 'info', message: `${shownThere.map((name) => `\`${name}\``).join(', ')} of Hugo's \`params\` ${shownThere.length === 1 ? 'is' : 'are'} shown in the post's text, where \`{{< param >}}\` names ${shownThere.length === 1 ? 'it' : 'them'}.` });
      const names = keys.filter((name) => !shown.has(name)).map((name) => `\`${name}\``).join(', ');
      if (names !== '') findings.push({
        line: lineOf(key),
        severity: 'error',
        message: `Hugo's \`params\` holds ${names}, which the site does not read (it reads ${FIELD_NAMES.map((name) => `\`${name}\``).slice(0, 4).join(', ')} and the other fields from there too).`,
        fix: `Remove ${names} from \`params\`. The site shows no other field: if the old site's theme showed one, write what it showed into the post's text.`,
      });
    } else {
      const guess = closestField(key);
      findings.push({
        line: lineOf(key),
        severity: 'error',
        message: `Unknown frontmatter field \`${key}\`${guess ? `: did you mean \`${guess}\`?` : '.'}`,
        // The old theme may have shown it (a release's `version`, a subtitle): not dropped without a word.
        fix: guess ? `Rename \`${key}\` to \`${guess}\`.` : `Remove it, or use one of: ${FIELD_NAMES.join(', ')}. The site shows no other field: if the old site's theme showed this one, write what it showed into the post's text.`,
      });
    }
  }
  if (unlistedKey === 'status') findings.push({ line: lineOf('status'), severity: 'info', message: `\`status: hidden\` (Pelican): ${UNLISTED_NOTE}` });
  if (inDraftsFolder(sourceFilePath)) {
    findings.push({
      line: fallbackLine,
      severity: 'info',
      message: `In a \`_drafts\` folder: a draft, shown only in \`npm run dev\`${presentSpellings(raw, 'date').length === 0 ? ' and dated by its last change' : ''}, as Jekyll's drafts are.`,
      fix: 'To publish it, move it out of `_drafts/` (with a date in its file name, 2024-01-31-name.md, or a `date:` field).',
    });
  }
  for (const name of FIELD_NAMES) {
    const spec: FieldSpec = POST_FIELDS[name];
    const present = presentSpellings(raw, name);
    if (present.length === 0) {
      // A file without a block (lib/content/frontmatter.ts `noBlock`) has no frontmatter to add a line to.
      const fix = noBlock && name === 'date' ? 'Put the date in its name (2024-01-31-name.md), or start the file with a frontmatter block: `---`, `date: 2024-01-31`, `---`.' : `Add \`${assignment(format, name, '…')}\` (${spec.description}) to the frontmatter.`;
      if (spec.required && !(name === 'date' && (dateOfFileName(sourceFilePath) || inDraftsFolder(sourceFilePath) || createdDate(raw)))) findings.push({ line: fallbackLine, severity: 'error', message: `Missing \`${name}\`.`, fix });
      continue;
    }
    for (const { alias } of present) {
      const problem = kindProblem(spec, alias, raw[alias.name], format);
      if (problem) findings.push({ line: lineOf(alias.name), severity: 'error', ...problem });
      // Keys of an object entry the site does not read (PaperMod's `cover.hidden`, an author's `twitter`).
      const value = raw[alias.name];
      const read = OBJECT_KEYS[spec.kind];
      const unread = new Set(
        read ? (Array.isArray(value) ? value : [value]).flatMap((entry) => (entry && typeof entry === 'object' && !Array.isArray(entry) && !(spec.kind === 'image' && captionedImage(entry)) ? Object.keys(entry).filter((key) => !read.includes(key)) : [])) : [],
      );
      if (!problem && unread.size > 0) {
        const names = [...unread].map((key) => `\`${key}\``).join(', ');
        findings.push({ line: lineOf(alias.name), severity: 'info', message: `${names} of \`${alias.name}\` ${unread.size === 1 ? 'is' : 'are'} not used here: the site reads ${read?.map((key) => `\`${key}\``).join(', ')}.`, fix: `You can remove ${names}.` });
      }
      // tailwind-nextjs-starter-blog's `images: [a, b]`: one cover, so the others are not shown.
      if (!problem && spec.kind === 'image' && Array.isArray(value) && value.length > 1) {
        findings.push({ line: lineOf(alias.name), severity: 'info', message: `Only the first image of \`${alias.name}\` is used (as the cover and share image): ${value.length === 2 ? 'the other one is' : `the other ${value.length - 1} are`} not shown.`, fix: 'Show the others in the text: ![what it shows](./other.png).' });
      }
    }
    if (spec.kind === 'list' || spec.kind === 'people' || present.length < 2) continue;
    // Two spellings of one value: the first wins, so a different second one would be lost.
    const [first, ...others] = present;
    // Each spelling alone, so that what else decides the field (a `password` makes a draft) is no disagreement.
    const firstAlone = normaliseFields({ [name]: first?.value }, '')[name as FieldName];
    for (const other of others) {
      const alone = normaliseFields({ [name]: other.value }, '')[name as FieldName];
      if (JSON.stringify(alone) === JSON.stringify(firstAlone)) continue;
      const image = spec.kind === 'image';
      findings.push({
        line: lineOf(other.alias.name),
        severity: image ? 'info' : 'error',
        message: image
          ? `\`${other.alias.name}\` is not used: \`${first?.alias.name}\` already gives the cover (also the share image).`
          : `\`${other.alias.name}\` and \`${first?.alias.name}\` both give the ${name}, with different values: only \`${first?.alias.name}\` would be used.`,
        ...(image ? {} : { fix: `Keep one of them: remove \`${other.alias.name}\`, or move its value to \`${first?.alias.name}\`.` }),
      });
    }
  }
  return findings;
}
