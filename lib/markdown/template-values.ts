import { formatDate, readDate } from '../content/dates';
import { site } from '../site/config';

/**
 * What another engine's template in a post shows of the post's own frontmatter, or of the site: Jekyll's
 * `{{ page.title }}` and `{{ site.title }}`, VuePress' and VitePress' `{{ $frontmatter.title }}` (Nuxt Content's `{{ $doc.title }}`), Hugo's
 * `{{< param "title" >}}`, Astro's `{frontmatter.title}` in `.mdx`. Each engine filled them in when it built
 * the page; here they are filled in when the post is read, with the same values, so nothing is lost.
 */

/** The site's own values a Jekyll post may show (`{{ site.title }}`): what its `_config.yml` said, now the site's config. */
const SITE_VALUES: Readonly<Record<string, string>> = { title: site.name, name: site.name, description: site.description, author: site.author };

/** The value at a dotted path (`author.name`) of the frontmatter, by its own keys only (never `constructor`). */
export function fieldValue(fields: Readonly<Record<string, unknown>> | undefined, path: string): unknown {
  let value: unknown = fields;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const scalar = (value: unknown): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value);
// One Liquid filter and its one quoted argument: `date: "%B %-d, %Y"`, `join: ", "`.
const FILTER = /^\s*(\w+)\s*(?::\s*(?:"([^"]*)"|'([^']*)'))?\s*$/;
const TEXT_FILTERS: Readonly<Record<string, (text: string) => string>> = {
  upcase: (text) => text.toUpperCase(),
  downcase: (text) => text.toLowerCase(),
  capitalize: (text) => text.charAt(0).toUpperCase() + text.slice(1),
  strip: (text) => text.trim(),
  // The text is shown as text (escaped where it is put), as these filters made it.
  escape: (text) => text,
  xml_escape: (text) => text,
};

/**
 * A value as the text a template showed, through the Liquid filters the site can apply exactly: a date's
 * (`date: "…"`, `date_to_string`, `date_to_long_string`) in the site's one date format, `join`, and the
 * filters of case and space. Undefined for a list or a map shown whole, or any other filter.
 */
export function shownValue(value: unknown, filters: readonly string[] = []): string | undefined {
  let current = value;
  for (const filter of filters) {
    const [, name = '', double, single] = FILTER.exec(filter) ?? [];
    const argument = double ?? single;
    if (name === 'date' || name === 'date_to_string' || name === 'date_to_long_string') {
      const iso = typeof current === 'string' && (name !== 'date' || argument !== undefined) ? readDate(current) : undefined;
      if (iso === undefined) return undefined;
      current = formatDate(iso);
    } else if (name === 'join') {
      if (!Array.isArray(current) || !current.every(scalar)) return undefined;
      current = current.map(String).join(argument ?? ' ');
    } else if (Object.hasOwn(TEXT_FILTERS, name) && argument === undefined && scalar(current)) {
      current = TEXT_FILTERS[name]?.(String(current));
    } else {
      return undefined;
    }
  }
  return scalar(current) ? String(current) : undefined;
}

/** A template output's variable and its filters: split at each `|` outside quotes (`join: " | "` is one filter). */
function outputParts(expression: string): string[] {
  return expression.match(/(?:[^|"']|"[^"]*"|'[^']*')+/g) ?? [];
}

/** Where a template's value comes from, for content:check's note. */
export interface TemplateValue {
  text: string;
  /** What it is, for content:check's note: `the post's own \`title\`, as on the old site` */
  source: string;
}

/**
 * A Liquid output of the post's or the site's values (`page.title | upcase`, `site.title`), as its text;
 * undefined for any other, which content:check names.
 */
export function liquidValue(expression: string, fields: Readonly<Record<string, unknown>> | undefined): TemplateValue | undefined {
  const [variable = '', ...filters] = outputParts(expression);
  const path = /^\s*(page|site)\.([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*$/.exec(variable);
  if (!path) return undefined;
  const [, scope, key = ''] = path;
  const text = shownValue(scope === 'page' ? fieldValue(fields, key) : fieldValue(SITE_VALUES, key), filters);
  if (text === undefined) return undefined;
  return { text, source: scope === 'page' ? `the post's own \`${key}\`, as on the old site` : `the site's ${key === 'title' ? 'name' : key} from lib/site/config.ts, where the old site showed its own` };
}

/**
 * Eleventy's template output of a post's own field named alone, `{{ title }}` or `{{ title | upcase }}`
 * (Eleventy runs a post's Markdown through Liquid or Nunjucks, whose variables are the post's frontmatter
 * keys): its text, through the filters shownValue applies; `unfilled` when the post has that field but the
 * site cannot show it so (a list whole, another filter). Undefined when the name is no field of the post:
 * `{{ count }}` in a post about Vue is its text.
 */
export function bareValue(expression: string, fields: Readonly<Record<string, unknown>> | undefined): TemplateValue | 'unfilled' | undefined {
  const [variable = '', ...filters] = outputParts(expression);
  const path = variable.trim();
  const key = path.split('.')[0] ?? '';
  if (!/^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/.test(path) || fields === undefined || !Object.hasOwn(fields, key)) return undefined;
  const text = shownValue(fieldValue(fields, path), filters);
  return text === undefined ? 'unfilled' : { text, source: `the post's own \`${path}\`, as its templates showed it (Eleventy names a post's fields alone)` };
}

/** A value named by a path alone (`$frontmatter.title`), from the post's frontmatter. */
export function frontmatterValue(path: string, fields: Readonly<Record<string, unknown>> | undefined): TemplateValue | undefined {
  const text = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/.test(path) ? shownValue(fieldValue(fields, path)) : undefined;
  return text === undefined ? undefined : { text, source: `the post's own \`${path}\`, as on the old site` };
}

/** Hugo's `{{< param "x" >}}`: the page's field, at the top of its frontmatter or in its `[params]` table, where Hugo keeps a page's own fields. */
export function hugoParamValue(path: string, fields: Readonly<Record<string, unknown>> | undefined): TemplateValue | undefined {
  const params = fieldValue(fields, 'params');
  return frontmatterValue(path, fields) ?? (params && typeof params === 'object' && !Array.isArray(params) ? frontmatterValue(path, params as Record<string, unknown>) : undefined);
}

/**
 * A template output that names a variable alone, with Liquid filters or none: `{{ title }}`, `{{- title | upcase -}}`
 * (not Hugo's `{{< x >}}`, Zola's `{{ x(…) }}`, Go's `{{ .Title }}` or a Jekyll variable, which LIQUID_OUTPUT reads).
 */
export const BARE_OUTPUT = /\{\{-?[ \t]*([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*(?:[ \t]*\|[^{}\n]{0,200}?)?)[ \t]*-?\}\}/g;

// Where a body names a value to show: `{{ page.x`, `{{ site.x`, `{{ $frontmatter.x` (Nuxt Content's `{{ $doc.x`), `{{< param "x"`, `{{ x }}`.
const NAMED_VALUE = String.raw`\{\{-?\s*(page|site)\.([A-Za-z_][\w-]*)|\{\{\s*\$(?:frontmatter|doc)\.([A-Za-z_][\w-]*)|\{\{[<%]\s*param\s+["']?([A-Za-z_][\w-]*)|\{\{-?[ \t]*([A-Za-z_][\w-]*)(?=[ \t]*(?:-?\}\}|\||\.))`;

/** Whether a body may show a frontmatter value, so that the content step reads the frontmatter for it. */
export const SHOWS_FIELDS = new RegExp(NAMED_VALUE);

/** An `.mdx` expression that is a frontmatter field and nothing else: `{frontmatter.author.name}`. */
export const FRONTMATTER_PATH = /^\s*frontmatter\.([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*$/;

const NAMED_FIELD = new RegExp(NAMED_VALUE, 'g');
// In `.mdx`: `frontmatter.x`.
const MDX_FIELD = /\bfrontmatter\.([A-Za-z_$][\w$]*)/g;

/**
 * The frontmatter fields a post's body shows through a template: fields the site has no use of its own
 * for (a release's `version`) are then no unknown fields, as the old site's theme did not need them either.
 */
export function fieldsShownBy(body: string, mdx = false): Set<string> {
  const shown = new Set<string>();
  if (mdx) for (const match of body.matchAll(MDX_FIELD)) shown.add(match[1] ?? '');
  // `site.x` is the site's value, not a field of the post.
  else for (const match of body.matchAll(NAMED_FIELD)) if (match[1] !== 'site') shown.add(match[2] ?? match[3] ?? match[4] ?? match[5] ?? '');
  shown.delete('');
  return shown;
}
