import fs from 'node:fs';
import path from 'node:path';
import { decodeUrlPart, postPath, tagPath } from '../routes';
import { aliasPath, applyRule, isOwnPath, namesPost, RULE_PARAMS, ruleParams, ruleRedirects, SLUG_PARAM, type RedirectRule } from '../content/redirects';

/** A post's aliases as content:check found them: each entry with its file line. */
export interface PostAliases {
  file: string;
  slug: string;
  draft: boolean;
  /** Dated after this moment: a build leaves it out until its date (lib/content/dates.ts `isScheduled`) */
  scheduled?: boolean;
  /** Its date (ISO 8601), when it has a valid one: a site-wide rule may name its parts. */
  date?: string | undefined;
  /** Jekyll's categories: a site-wide rule may name them (`:categories`). */
  categories?: readonly string[] | undefined;
  aliases: { raw: string; line: number }[];
}

export interface RedirectProblem {
  file: string;
  line: number;
  severity: 'error' | 'info';
  message: string;
  fix: string;
}

/** Files the site serves at the root besides app/ and public/ (Next's own, and the export's). */
const SITE_FILES = ['_next', 'robots.txt', 'sitemap.xml', '_redirects'];

/**
 * First path segments the site's pages and files take (`tags`, `archive`, `feed.xml`, `images`…),
 * read from app/ and public/ so a new route is covered without a list to update. `posts` is left
 * out: `/posts/old-name` is free unless a post has that slug.
 */
export function takenSegments(root: string): Set<string> {
  const names = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []);
  // Route folders, and the files Next serves from app/ as they are (favicon.ico, icon.svg…): not code or styles.
  const routes = names(path.join(root, 'app'))
    .filter((entry) => (entry.isDirectory() ? !/^[[(@_]/.test(entry.name) : !/\.(?:[cm]?[jt]sx?|css)$/.test(entry.name)))
    .map((entry) => entry.name);
  const files = names(path.join(root, 'public')).map((entry) => entry.name);
  return new Set([...routes, ...files, ...SITE_FILES].filter((name) => name !== 'posts'));
}

/**
 * Redirects that would point nowhere or take the address of a page: aliases that are not site paths,
 * that are a post's or a section's address, that two posts claim, or that a site rule already
 * answers; site rules whose target is not a page. Every one names its file and line.
 */
export function checkRedirects(
  posts: readonly PostAliases[],
  options: {
    rules: readonly RedirectRule[];
    taken: ReadonlySet<string>;
    config: { file: string; text: string };
    /** The folders of public/ that are no page (publicFolders): an old address may be under one, unless it is one of its files */
    folders?: ReadonlySet<string>;
    isPublicFile?: (sitePath: string) => boolean;
  },
): RedirectProblem[] {
  const problems: RedirectProblem[] = [];
  const slugs = new Map(posts.map((post) => [post.slug, post.file]));
  const underFolder = (segment: string) => options.folders?.has(segment) === true;
  const configLine = (rule: RedirectRule) => {
    const index = options.config.text.indexOf(`'${rule.from}'`);
    return index < 0 ? 1 : options.config.text.slice(0, index).split('\n').length;
  };
  for (const rule of options.rules) {
    const report = (message: string, fix: string) => problems.push({ file: options.config.file, line: configLine(rule), severity: 'error', message, fix });
    const first = rule.from.split('/')[1] ?? '';
    const takes = (segment: string) => (options.taken.has(segment) && !underFolder(segment)) || segment === 'posts';
    if (!rule.from.startsWith('/') || rule.from === '/' || takes(first)) {
      // A folder of public/ (Nuxt's images in public/blog/) is served at its name: the rule would send its files' addresses to posts.
      report(
        `The redirect ${rule.from} takes the address of the site's own pages${first && first !== 'posts' ? ` (/${first}/…: a page of app/, or a file or folder of public/)` : ''}.`,
        first && first !== 'posts' ? `Use the old engine’s address for posts, if not /${first}/ (lib/site/config.ts), or move public/${first} to another folder (e.g. public/images/${first}) and change the posts’ links to it.` : 'Use the old engine’s address, e.g. /blog/:slug.',
      );
    } else if (underFolder(first)) {
      // Under a folder of public/ (`/blog/:slug` beside Nuxt's public/blog/): each post's old address, not its files'.
      for (const post of posts) {
        const from = applyRule(rule.from, post);
        if (from !== undefined && options.isPublicFile?.(from)) report(`The redirect ${rule.from} gives ${post.file} the address ${from}, which is a file of public/.`, 'Give that post another `slug:`, or rename the file (and its links).');
      }
    } else if (first.includes(':')) {
      // `/:slug` (Ghost's addresses): each post's is checked, as a post named `archive` would take that page.
      for (const post of posts) {
        const from = applyRule(rule.from, post);
        const segment = from?.split('/')[1];
        if (segment !== undefined && takes(segment)) report(`The redirect ${rule.from} gives ${post.file} the address ${from}, which the site's own pages use.`, 'Start the rule with the old engine’s section (e.g. /blog/:slug), or give that post another `slug:`.');
      }
    }
    const unknown = ruleParams(rule.from).filter((param) => !Object.hasOwn(RULE_PARAMS, param));
    if (unknown.length > 0) {
      report(
        `The redirect ${rule.from} names ${unknown.join(', ')}, which this site cannot fill in for a post.`,
        `Use ${Object.keys(RULE_PARAMS).join(', ')}; write any other part as text (a rule for each section), or give each post its old address in \`aliases\`.`,
      );
    }
    const pointsAtPost = rule.to === postPath(SLUG_PARAM);
    const pointsAtPage = !rule.to.includes(SLUG_PARAM) && (rule.to === '/' || options.taken.has(rule.to.split('/')[1] ?? ''));
    if (!pointsAtPost && !pointsAtPage) {
      report(`The redirect ${rule.from} → ${rule.to} points nowhere: no page has that address.`, `Point it at a post, ${postPath(SLUG_PARAM)}, or a page of the site.`);
    }
    if (namesPost(rule.from) !== rule.to.includes(SLUG_PARAM)) {
      report(`The redirect ${rule.from} → ${rule.to} uses ${SLUG_PARAM} on one side only.`, `Write ${SLUG_PARAM} in both addresses, or in neither.`);
    }
  }
  const ruleTargets = new Map(ruleRedirects(options.rules, posts).map((redirect) => [redirect.from, redirect.to]));

  const claimed = new Map<string, { file: string; line: number }>();
  for (const post of posts) {
    for (const { raw, line } of post.aliases) {
      const report = (message: string, fix: string) => problems.push({ file: post.file, line, severity: 'error', message, fix });
      const result = aliasPath(raw);
      if ('name' in result) {
        problems.push({ file: post.file, line, severity: 'info', message: `${JSON.stringify(result.name)} is another name of the note (Obsidian's \`aliases\`), not an address: it is not read.`, fix: 'Nothing to do.' });
        continue;
      }
      if ('problem' in result) {
        report(result.problem, result.fix);
        continue;
      }
      const alias = result.path;
      if (isOwnPath(alias, post.slug)) {
        problems.push({ file: post.file, line, severity: 'info', message: `${alias} is this post's own address here: there is nothing to redirect.`, fix: 'You can remove it.' });
        continue;
      }
      const [first = '', second, ...rest] = alias.split('/').slice(1);
      const owner = first === 'posts' && second !== undefined && rest.length === 0 ? slugs.get(decodeUrlPart(second) ?? second) : undefined;
      if (owner) {
        report(`The alias ${alias} is the address of a post (${owner}): the redirect would hide it.`, 'Remove the alias, or give one of the posts another slug.');
      } else if (underFolder(first) && options.isPublicFile?.(alias)) {
        report(`The alias ${alias} is a file of public/: the redirect would hide it.`, 'Remove the alias, or rename the file.');
      } else if (options.taken.has(first) && !underFolder(first)) {
        report(`The alias ${alias} is under /${first}, which the site's own pages use${first === 'tags' ? ` (${tagPath('…')})` : ''}.`, 'Remove it, or use the old address exactly as the old site served it.');
      } else if (ruleTargets.get(alias) === postPath(post.slug)) {
        problems.push({ file: post.file, line, severity: 'info', message: `${alias} is also the address a site-wide redirect (lib/site/config.ts) gives this post: it redirects once.`, fix: 'Nothing to do; or remove the alias.' });
      } else if (ruleTargets.has(alias)) {
        report(`The alias ${alias} is answered already by a site-wide redirect (lib/site/config.ts), to ${ruleTargets.get(alias) ?? ''}.`, 'Remove the alias, or change the rule.');
      } else {
        const previous = claimed.get(alias);
        // Two spellings of one old address (Serendipity's `permalink` and `s9y_link`): one redirect.
        if (previous?.file === post.file) problems.push({ file: post.file, line, severity: 'info', message: `${alias} is given twice by this post (line ${previous.line} too): it redirects once.`, fix: 'Nothing to do; or keep one.' });
        else if (previous) report(`Two posts redirect from ${alias}: this one and ${previous.file}:${previous.line}.`, 'Keep the alias on one post only.');
        else claimed.set(alias, { file: post.file, line });
        if (post.draft) problems.push({ file: post.file, line, severity: 'info', message: `The alias ${alias} redirects only once the post is published (it is a draft).`, fix: 'Nothing to do.' });
      }
    }
  }
  return problems;
}
