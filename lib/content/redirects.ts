/**
 * Old addresses that lead to posts: a post's `aliases` / `redirect_from` (Hugo, Jekyll) and the
 * site-wide patterns of lib/site/config.ts (`/blog/:slug`). A Node server answers them with a 308
 * (next.config.ts `redirects`); a static export gets a small page for each plus a `_redirects` file
 * (scripts/build/redirect-pages.ts). content:check (lib/check/redirects.ts) rejects the ones that
 * point nowhere or take a page's address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { postPath } from '../routes';
import { isVisible } from './store';
import { splitTags } from './tags';

/**
 * A site-wide old address pattern: `:slug` stands for a post's slug, and the names of RULE_PARAMS for
 * parts of its date (`/:year/:month/:day/:slug.html`, Jekyll's default).
 */
export interface RedirectRule {
  from: string;
  to: string;
}

export interface Redirect {
  from: string;
  to: string;
}

export const SLUG_PARAM = ':slug';

/** What a Node server's pattern matcher (path-to-regexp) would read as syntax, beside `:slug`. */
const PLAIN_PATH = /^\/[\w.~%/-]*$/;

/** An alias as an author wrote it → the path a redirect answers, or why it cannot be one. */
export function aliasPath(raw: string): { path: string } | { problem: string; fix: string } | { name: string } {
  const value = raw.trim();
  // Obsidian's `aliases` are other names of a note (`front matter`, `Properties`), not addresses.
  if (!/^[a-z][a-z0-9+.-]*:|^[./]/i.test(value) && /\s|[A-Z]/.test(value)) return { name: value };
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) {
    const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]+(\/.*)?$/i.exec(value)?.[1] ?? '/old/path';
    return { problem: `The alias ${JSON.stringify(value)} is a full URL: only addresses on this site can redirect here.`, fix: `Write the path alone: ${path}` };
  }
  if (!value.startsWith('/')) return { problem: `The alias ${JSON.stringify(value)} is relative.`, fix: `Write it from the site root: /${value.replace(/^\.?\/?/, '')}` };
  // Jekyll's and Hugo's permalink patterns (`/:year/:title/`) name an address only the old site could fill in.
  if (/\/:[a-z_]/i.test(value)) {
    return {
      problem: `The address ${JSON.stringify(value)} is a pattern (${/:[a-z_]+/i.exec(value)?.[0]}), not this post's old address.`,
      fix: 'Write the address the old site gave this post, e.g. /2024/09/01/my-post/, or a site-wide rule in lib/site/config.ts `redirects`.',
    };
  }
  if (/[?#]/.test(value)) return { problem: `The alias ${JSON.stringify(value)} has a query or fragment, which a redirect cannot match.`, fix: `Write the path alone: ${value.split(/[?#]/)[0]}` };
  let decoded = value;
  try {
    decoded = decodeURI(value);
  } catch {
    // already as it should be sent
  }
  const segments = encodeURI(decoded).split('/').filter(Boolean);
  if (segments.some((segment) => segment === '.' || segment === '..')) return { problem: `The alias ${JSON.stringify(value)} has . or .. in it.`, fix: 'Write the address as the browser shows it.' };
  const path = `/${segments.join('/')}`;
  if (!PLAIN_PATH.test(path)) {
    return { problem: `The alias ${JSON.stringify(value)} has characters a redirect cannot match.`, fix: 'Use letters, digits and - . _ ~ (other characters percent-encoded).' };
  }
  if (path === '/') return { problem: 'The alias "/" is the home page.', fix: 'Remove it.' };
  return { path };
}

/** A post as the redirects need it. */
export interface RedirectSource {
  slug: string;
  aliases?: readonly string[] | string | undefined;
  redirect_from?: readonly string[] | string | undefined;
  draft?: boolean | undefined;
}

/** Both fields' entries, in order (a list or a comma-separated line). */
export function aliasesOf(post: RedirectSource): string[] {
  return [...splitTags(post.aliases), ...splitTags(post.redirect_from)].filter((alias) => alias !== '');
}

/** Whether an alias's path is the post's own address. */
export function isOwnPath(path: string, slug: string): boolean {
  return path === aliasPathOf(postPath(slug));
}

function aliasPathOf(raw: string): string | undefined {
  const result = aliasPath(raw);
  return 'path' in result ? result.path : undefined;
}

/** Every published post's valid aliases, each leading to the post (content:check reports the rest). */
export function postAliasRedirects(posts: readonly RedirectSource[]): Redirect[] {
  const redirects = posts
    .filter((post) => isVisible(post, 'production'))
    .flatMap((post) =>
      aliasesOf(post).flatMap((alias) => {
        const result = aliasPath(alias);
        // Hugo's `url` may be the address the post has here anyway: no redirect (it would loop).
        return 'path' in result && !isOwnPath(result.path, post.slug) ? [{ from: result.path, to: postPath(post.slug) }] : [];
      }),
    );
  // One post may give an address twice (Serendipity's `permalink` and `s9y_link`): one redirect each.
  return [...new Map(redirects.map((redirect) => [`${redirect.from}\n${redirect.to}`, redirect])).values()];
}

/** A post as a site-wide rule reads it: its slug, its date (ISO 8601, as the store keeps it) and Jekyll's categories. */
export interface RuleSubject {
  slug: string;
  date?: string | undefined;
  categories?: readonly string[] | undefined;
}

const datePart = (start: number, end: number, unpadded = false) => (post: RuleSubject) => {
  const part = post.date?.slice(start, end);
  return part === undefined || part.length !== end - start ? undefined : unpadded ? String(Number(part)) : part;
};

/**
 * What a site-wide rule may name, with the value it takes for a post: the names of Jekyll's, Hugo's and
 * Hexo's permalinks that this site can fill in. A date part is the day the site shows, as the post's author wrote it. Jekyll's and
 * Hexo's `:title` is the post's file name, which is its slug here; Jekyll's `:output_ext` of a post is `.html`;
 * Jekyll's `:categories` its categories in lowercase, one segment each, none for a post without (Jekyll's
 * default permalink is `/:categories/:year/:month/:day/:title:output_ext`).
 */
export const RULE_PARAMS: Readonly<Record<string, (post: RuleSubject) => string | undefined>> = {
  [SLUG_PARAM]: (post) => post.slug,
  ':title': (post) => post.slug,
  ':categories': (post) => [...new Set((post.categories ?? []).map((category) => category.toLowerCase()))].join('/'),
  ':year': datePart(0, 4),
  ':short_year': datePart(2, 4),
  ':month': datePart(5, 7),
  ':i_month': datePart(5, 7, true),
  ':day': datePart(8, 10),
  ':i_day': datePart(8, 10, true),
  ':output_ext': () => '.html',
};

/** The `:names` a rule's address holds, in order (`:title:output_ext` is two). */
export function ruleParams(pattern: string): string[] {
  return pattern.match(/:[a-z_]+/gi) ?? [];
}

/** Whether a rule's address names the post it leads to (`:slug`, or Jekyll's `:title`). */
export function namesPost(pattern: string): boolean {
  return ruleParams(pattern).some((param) => param === SLUG_PARAM || param === ':title');
}

/**
 * Whether a Node server may match the rule as a pattern: `:slug` its only name, after a first segment of
 * text (`/blog/:slug`). Any other is written out for each post: a date is no part of the address it leads
 * to, and a pattern such as `/:slug` would also catch the site's own pages (`/archive`).
 */
function servedAsPattern(rule: RedirectRule, folders: ReadonlySet<string>): boolean {
  return ruleParams(rule.from).every((param) => param === SLUG_PARAM) && !/^\/:/.test(rule.from) && !folders.has(rule.from.split('/')[1] ?? '');
}

/**
 * The folders of public/ that are no page of app/ (Nuxt's `public/blog/`, its blog's images): a Node server
 * matches a rule under one (`/blog/:slug`) post by post, never as a pattern, which would also catch its files
 * (`/blog/cover.png`), since Next answers redirects before it serves files.
 */
export function publicFolders(root: string): Set<string> {
  const dir = path.join(root, 'public');
  if (!fs.existsSync(dir)) return new Set();
  return new Set(fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !fs.existsSync(path.join(root, 'app', entry.name))).map((entry) => entry.name));
}

/**
 * A rule applied to one post: `/blog/:slug` → `/blog/my-post`, `/:year/:month/:slug/` → `/2024/09/my-post/`;
 * undefined when a name has no value for it (a draft without a date) or is none of RULE_PARAMS.
 */
export function applyRule(pattern: string, post: RuleSubject): string | undefined {
  let missing = false;
  const path = pattern.replace(/:[a-z_]+/gi, (param) => {
    const value = Object.hasOwn(RULE_PARAMS, param) ? RULE_PARAMS[param]?.(post) : undefined;
    if (value === undefined) missing = true;
    return value ?? '';
  });
  // An empty part (a post without categories) leaves no empty segment, as Jekyll squeezes them.
  return missing ? undefined : path.replace(/\/{2,}/g, '/');
}

/**
 * The rules for every published post, as concrete redirects (a static export has no pattern matcher). An
 * address that names a post is written as an alias is (no trailing slash, other scripts percent-encoded).
 */
export function ruleRedirects(rules: readonly RedirectRule[], posts: readonly (RuleSubject & { draft?: boolean | undefined })[]): Redirect[] {
  const redirects = rules.flatMap((rule) =>
    ruleParams(rule.from).length > 0
      ? posts
          .filter((post) => isVisible(post, 'production'))
          .flatMap((post) => {
            const from = applyRule(rule.from, post);
            const to = applyRule(rule.to, post);
            const path = from === undefined ? undefined : aliasPathOf(from);
            return path === undefined || to === undefined ? [] : [{ from: path, to }];
          })
      : [{ from: rule.from, to: rule.to }],
  );
  // `/:year/` → `/archive` is one address for every post of a year: one redirect.
  return onePerAddress(redirects);
}

/**
 * One redirect per old address (in the first one's place, the last one's target): a post's alias that is also
 * the address a site-wide rule gives it (Jekyll's `permalink:` as its default rule writes it) leads to the same
 * post, and a static export writes one page there (an alias a rule sends elsewhere is content:check's error).
 */
function onePerAddress(redirects: readonly Redirect[]): Redirect[] {
  return [...new Map(redirects.map((redirect) => [redirect.from, redirect])).values()];
}

/** Every rule written out for each post, then the aliases: a static export's redirects (scripts/build/redirect-pages.ts). */
export function exportRedirects(rules: readonly RedirectRule[], posts: readonly (RedirectSource & RuleSubject)[]): Redirect[] {
  return onePerAddress([...ruleRedirects(rules, posts), ...postAliasRedirects(posts)]);
}

/** The rules a Node server matches as patterns, and every other one written out for each post, then the aliases. */
function serverRedirects(rules: readonly RedirectRule[], posts: readonly (RedirectSource & RuleSubject)[], folders: ReadonlySet<string>): Redirect[] {
  const pattern = (rule: RedirectRule) => servedAsPattern(rule, folders);
  return onePerAddress([...rules.filter(pattern), ...ruleRedirects(rules.filter((rule) => !pattern(rule)), posts), ...postAliasRedirects(posts)]);
}

/** Next's `redirects` entries for a Node server (serverRedirects), `folders` those of public/ (publicFolders); all 308. */
export function nextRedirects(rules: readonly RedirectRule[], posts: readonly (RedirectSource & RuleSubject)[], folders: ReadonlySet<string> = new Set()) {
  return serverRedirects(rules, posts, folders).map((redirect) => ({ source: redirect.from, destination: redirect.to, permanent: true }));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page a static export serves at an old address: a meta refresh to the new one, which is also
 * the canonical link (so search engines move the address), and a plain link for anyone it does not move.
 */
export function redirectPage(target: { href: string; canonical: string }): string {
  const href = escapeHtml(target.href);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>Moved</title>',
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    `<link rel="canonical" href="${escapeHtml(target.canonical)}">`,
    '<meta name="robots" content="noindex">',
    '</head>',
    `<body><p>This page has moved to <a href="${href}">${href}</a>.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** A `_redirects` file (Netlify, Cloudflare Pages) for hosts that answer redirects themselves; `folders` as nextRedirects'. */
export function redirectsFile(rules: readonly RedirectRule[], posts: readonly (RedirectSource & RuleSubject)[], withBase: (path: string) => string, folders: ReadonlySet<string> = new Set()): string {
  const lines = serverRedirects(rules, posts, folders).map((redirect) => `${withBase(redirect.from)} ${withBase(redirect.to)} 308`);
  return `# Old addresses of posts (lib/content/redirects.ts)\n${lines.join('\n')}\n`;
}
