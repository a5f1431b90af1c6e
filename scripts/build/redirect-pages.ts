/**
 * Static export only (STATIC_EXPORT=1, run after `next build`): a redirect page at each old address
 * of a post (lib/content/redirects.ts) and out/_redirects for hosts that answer redirects themselves.
 * A Node server answers the same addresses with a 308 (next.config.ts) and needs neither.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readGeneratedPosts } from '../../lib/content/generated';
import { exportRedirects, publicFolders, redirectPage, redirectsFile } from '../../lib/content/redirects';
import { withBasePath } from '../../lib/routes';
import { absoluteUrl, site } from '../../lib/site/config';

export function writeRedirectPages(root: string): number {
  const out = path.join(root, 'out');
  const posts = readGeneratedPosts(root);
  const redirects = exportRedirects(site.redirects, posts);
  for (const { from, to } of redirects) {
    const segments = decodeURI(from).split('/').filter(Boolean);
    // An old `.html` address (Jekyll's permalinks) is served as that file; any other as a folder's page.
    const file = /\.html?$/.test(segments.at(-1) ?? '') ? path.join(out, ...segments) : path.join(out, ...segments, 'index.html');
    // content:check rejects a redirect that takes a page's address; never overwrite one regardless.
    if (fs.existsSync(file)) throw new Error(`redirect-pages: ${path.relative(root, file)} is a page already; ${from} cannot redirect to ${to}.`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, redirectPage({ href: withBasePath(to), canonical: absoluteUrl(to) }));
  }
  fs.writeFileSync(path.join(out, '_redirects'), redirectsFile(site.redirects, posts, withBasePath, publicFolders(root)));
  return redirects.length;
}

if (process.env.STATIC_EXPORT === '1') console.log(`redirect-pages: wrote ${writeRedirectPages(process.cwd())} redirect page(s) and out/_redirects`);
