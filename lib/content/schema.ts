/**
 * The post schema: every frontmatter field, its type, default and meaning, and how a document's
 * raw fields become the values everything downstream reads. The one owner of these rules:
 * `contentlayer.config.ts` declares its fields from `POST_FIELDS` and overrides the text fields
 * with `normaliseFields` (so the generated JSON already holds repaired text), `content:check`
 * validates the names and types listed here, and the store reads the normalised document.
 *
 * Adding a field: add it to `POST_FIELDS` (and to `PostFields` if the store reads it), then use it.
 */
import type { CoverImage } from '../markdown/cover';
import type { TocEntry } from '../markdown/toc';
import { repairMojibake } from '../text/mojibake';
import { splitTags } from './tags';

/** How a field is written in frontmatter; `list` accepts a YAML list or a comma-separated line. */
export type FieldKind = 'string' | 'date' | 'boolean' | 'list';

export interface FieldSpec {
  kind: FieldKind;
  required?: boolean;
  default?: boolean;
  /** How the value is found when the field is absent (it always has one). */
  derived?: string;
  /** One line for authors: shown by `content:check` next to an unknown field. */
  description: string;
}

export const POST_FIELDS = {
  title: { kind: 'string', required: true, description: 'the post title' },
  date: { kind: 'date', required: true, description: 'publication date, YYYY-MM-DD or an ISO date-time' },
  updated: { kind: 'date', description: 'last significant change (sitemap, OpenGraph, JSON-LD)' },
  slug: { kind: 'string', derived: 'the file name', description: 'the address /posts/<slug>; the file (or folder) name otherwise' },
  tags: { kind: 'list', description: 'a YAML list or a comma-separated line' },
  draft: { kind: 'boolean', default: false, description: 'true: shown only in `npm run dev`' },
  summary: { kind: 'string', description: 'one line for lists and feeds; the first paragraph otherwise' },
  description: { kind: 'string', description: 'used as the summary when `summary` is absent' },
  canonical: { kind: 'string', description: 'an http(s) URL or site path this post is canonical at' },
  author: { kind: 'string', description: 'fills `[Your Name]` in the text; the site author otherwise (lib/site/config.ts)' },
  cover: { kind: 'string', description: 'an image shown above the post and as its share image, resolved like a body image' },
  coverAlt: { kind: 'string', description: 'what the cover shows, for screen readers' },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof POST_FIELDS;

export const FIELD_NAMES = Object.keys(POST_FIELDS) as FieldName[];

export function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(POST_FIELDS, name);
}

/** The extensions a post file may have. */
export const POST_FILE = /\.mdx?$/;

/**
 * The one slug-from-file rule: the frontmatter `slug` when given, else the file name without its
 * extension (`posts/a/b.md` → `b`), or the folder's name for a folder post (`posts/b/index.md` → `b`).
 */
export function slugOf(slug: unknown, sourceFilePath: string): string {
  if (typeof slug === 'string' && slug.trim() !== '') return slug.trim();
  const parts = sourceFilePath.split(/[\\/]/);
  const name = (parts.pop() ?? '').replace(POST_FILE, '');
  const folder = parts.pop();
  return name === 'index' && folder && folder !== 'posts' ? folder : name;
}

type Spec = typeof POST_FIELDS;
type ValueOf<K extends FieldKind> = K extends 'boolean' ? boolean : K extends 'list' ? string[] : string;
/** Fields that always have a value: required, defaulted, derived, or a list (empty when absent). */
type AlwaysSet = {
  [N in FieldName]: Spec[N] extends { required: true } | { default: boolean } | { derived: string } | { kind: 'list' } ? N : never;
}[FieldName];

/**
 * A post's fields as every stage after the content step reads them: repaired, trimmed, defaulted.
 * Dates are ISO 8601 strings; lists hold the author's spellings in order, empty entries removed.
 */
export type PostFields = { [N in AlwaysSet]: ValueOf<Spec[N]['kind']> } & {
  [N in Exclude<FieldName, AlwaysSet>]?: ValueOf<Spec[N]['kind']> | undefined;
};

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const repaired = repairMojibake(String(value)).trim();
  return repaired === '' ? undefined : repaired;
}

/** One field's value as later stages read it, or undefined when absent (and not always set). */
function normaliseField(spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'string':
      return text(value) ?? (spec.required ? '' : undefined);
    case 'date':
      // contentlayer has already turned a valid date into ISO 8601; content:check reports the rest.
      return value === undefined || value === null || value === '' ? (spec.required ? '' : undefined) : String(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : spec.default;
    case 'list':
      return splitTags(value)
        .map((entry) => repairMojibake(entry))
        .filter((entry) => entry !== '');
  }
}

/**
 * Raw frontmatter (as contentlayer read it) → the fields every later stage reads. Text is repaired
 * here and nowhere else, so the generated JSON, pages, feeds and search see the same words.
 */
export function normaliseFields(raw: Record<string, unknown>, sourceFilePath: string): PostFields {
  const fields: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = normaliseField(POST_FIELDS[name], raw[name]);
    if (value !== undefined) fields[name] = value;
  }
  fields.slug = slugOf(raw.slug, sourceFilePath);
  return fields as PostFields;
}

/** Only the schema's fields of a generated document (which also holds contentlayer's own keys). */
export function pickFields(doc: PostFields): PostFields {
  const fields: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) if (doc[name] !== undefined) fields[name] = doc[name];
  return fields as PostFields;
}

/** The fields the content step adds to every post (computed once, stored in the generated JSON). */
export interface ComputedFields {
  excerpt: string;
  readingMinutes: number;
  wordCount: number;
  /** H2/H3 headings, computed at the content step */
  toc: TocEntry[];
  /** `cover:` processed at the content step (lib/markdown/cover.ts) */
  coverImage?: CoverImage | undefined;
}

/** A generated post document as the store reads it from `.contentlayer/generated`. */
export type PostDocument = PostFields &
  ComputedFields & {
    body: { html: string };
    _raw: { sourceFilePath: string; sourceFileName: string };
  };
