/**
 * Old addresses that lead to posts: a post's `aliases` / `redirect_from` (Hugo, Jekyll) and the
 * site-wide patterns of lib/site/config.ts (`/blog/:slug`). A Node server answers them with a 308
 * (next.config.ts `redirects`); a static export gets a small page for each plus a `_redirects` file
 * (scripts/build/redirect-pages.ts). content:check (lib/check/redirects.ts) rejects the ones that
 * point nowhere or take a page's address.
 */
import { postPath } from '../routes';
import { isVisible } from './store';
import { splitTags } from './tags';

/** A site-wide old address pattern: `:slug` stands for a post's slug. */
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

/** A rule applied to one slug: `/blog/:slug` → `/blog/my-post`. */
export function applyRule(pattern: string, slug: string): string {
  return pattern.split(SLUG_PARAM).join(slug);
}

/** The rules for every published post, as concrete redirects (a static export has no pattern matcher). */
export function ruleRedirects(rules: readonly RedirectRule[], posts: readonly RedirectSource[]): Redirect[] {
  return rules.flatMap((rule) =>
    rule.from.includes(SLUG_PARAM)
      ? posts.filter((post) => isVisible(post, 'production')).map((post) => ({ from: applyRule(rule.from, post.slug), to: applyRule(rule.to, post.slug) }))
      : [{ from: rule.from, to: rule.to }],
  );
}

/** Next's `redirects` entries for a Node server: the rules as patterns, the aliases as they are; all 308. */
export function nextRedirects(rules: readonly RedirectRule[], posts: readonly RedirectSource[]) {
  return [...rules, ...postAliasRedirects(posts)].map((redirect) => ({ source: redirect.from, destination: redirect.to, permanent: true }));
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

/** A `_redirects` file (Netlify, Cloudflare Pages) for hosts that answer redirects themselves. */
export function redirectsFile(rules: readonly RedirectRule[], posts: readonly RedirectSource[], withBase: (path: string) => string): string {
  const lines = [...rules, ...postAliasRedirects(posts)].map((redirect) => `${withBase(redirect.from)} ${withBase(redirect.to)} 308`);
  return `# Old addresses of posts (lib/content/redirects.ts)\n${lines.join('\n')}\n`;
}
