/**
 * The one static file server: the export preview (`npm run serve:static`), the deploy-mode e2e runs
 * and the benchmark's baseline beside `next start`. Not meant to face the internet, but no request
 * crashes it.
 *
 *   tsx scripts/serve-static.ts [--dir out] [--port 3000] [--host 127.0.0.1] [--base-path /blog]
 *   tsx scripts/serve-static.ts --layout next --dir .next --port 3551   (a `next build`'s HTML and assets)
 *
 * Which file a request gets is decided here, from an index of the folder made once at start (so no
 * request touches the file system with a path it chose: no ENOTDIR, ENAMETOOLONG or traversal, and
 * symbolic links are never followed); sirv sends the file (Range, HEAD, conditional GET).
 * Restart it after a new export. It behaves as docs/deploy.md asks of a static host: `<dir>/` serves
 * `<dir>/index.html`, `<dir>` redirects there, a miss is 404.html with status 404, and every response
 * carries the security and caching headers the guide lists.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lookup } from 'mrmime';
import parseRange from 'range-parser';
import sirv from 'sirv';
import { decodeUrlPart, normaliseBasePath } from '../lib/routes';
import { IMMUTABLE, isHashedAsset, REVALIDATE } from '../lib/site/cache-policy';
import { SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from '../lib/site/security-headers';

export type Answer = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' };

/** Site paths (decoded, from `/`) to absolute files, plus the symbolic links left out. */
export interface SiteIndex {
  files: Map<string, string>;
  folders: string[];
  symlinks: string[];
}

/** Every regular file under `dir` (relative, `/`-separated). Symbolic links are listed apart, never followed. */
function walk(dir: string, symlinks: string[], prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) symlinks.push(path.join(dir, rel));
    else if (entry.isDirectory()) files.push(...walk(dir, symlinks, rel));
    else if (entry.isFile()) files.push(rel);
  }
  return files;
}

/**
 * `export`: a folder as `npm run export` writes it, every file at its own path.
 * `next`: a `next build`'s `.next/`: prerendered `server/app/<route>.html` at `/<route>`, and
 * `static/` at `/_next/static/` (what `next start` serves, without Next).
 */
export function indexSite(dir: string, layout: 'export' | 'next' = 'export'): SiteIndex {
  const root = path.resolve(dir);
  const symlinks: string[] = [];
  const files = new Map<string, string>();
  const folders: string[] = [];
  if (layout === 'export') {
    for (const rel of walk(root, symlinks)) files.set(`/${rel}`, path.join(root, rel));
    folders.push(root);
  } else {
    const pages = path.join(root, 'server', 'app');
    const assets = path.join(root, 'static');
    for (const rel of walk(pages, symlinks)) {
      if (rel.endsWith('.html')) files.set(rel === 'index.html' ? '/index.html' : `/${rel.slice(0, -'.html'.length)}`, path.join(pages, rel));
    }
    for (const rel of walk(assets, symlinks)) files.set(`/_next/static/${rel}`, path.join(assets, rel));
    folders.push(pages, assets);
  }
  return { files, folders, symlinks };
}

const encodePath = (decoded: string) => decoded.split('/').map(encodeURIComponent).join('/');

/** What to answer for a request path (raw, still percent-encoded). Never a file outside the index. */
export function resolveRequest(site: SiteIndex, basePath: string, requestPath: string): Answer {
  let decoded = decodeUrlPart(requestPath);
  if (decoded === undefined) return { kind: 'not-found' };
  // Dot segments, backslashes, NUL and empty segments (`/%2Fposts` is `//posts`) name no file here;
  // refusing them also keeps every redirect below a path on this host.
  const segments = decoded.split('/').slice(1, -1);
  if (!decoded.startsWith('/') || /[\\\0]/.test(decoded) || segments.some((s) => s === '' || s === '.' || s === '..')) {
    return { kind: 'not-found' };
  }
  if (/(^|\/)\.\.?$/.test(decoded)) return { kind: 'not-found' };
  if (basePath) {
    if (decoded === basePath) return { kind: 'redirect', location: `${encodePath(basePath)}/` };
    if (!decoded.startsWith(`${basePath}/`)) return { kind: 'not-found' };
    decoded = decoded.slice(basePath.length);
  }
  const file = site.files.get(decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (file) return { kind: 'file', file };
  if (!decoded.endsWith('/') && site.files.has(`${decoded}/index.html`)) {
    return { kind: 'redirect', location: `${encodePath(`${basePath}${decoded}`)}/` };
  }
  return { kind: 'not-found' };
}

const TEXT = /^(text\/|application\/(json|xml|javascript|manifest\+json)$)/;

function contentType(file: string): string {
  if (path.basename(file) === 'healthz') return 'text/plain; charset=utf-8';
  const type = lookup(file) ?? 'application/octet-stream';
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}

/** Cache-Control as docs/deploy.md tells a static host to send it. */
function cacheControl(sitePath: string, basePath: string): string {
  if (isHashedAsset(sitePath, basePath)) return IMMUTABLE;
  if (sitePath.endsWith('/healthz')) return 'no-store';
  return REVALIDATE;
}

export function createStaticServer({ site, basePath = '' }: { site: SiteIndex; basePath?: string }): http.Server {
  // sirv in its per-request mode: it only ever sees the exact file chosen above.
  const senders = site.folders.map((folder) => ({ folder, send: sirv(folder, { dev: true, etag: true, dotfiles: true }) }));
  const notFoundPage = site.files.get('/404.html');

  function notFound(response: http.ServerResponse, head: boolean): void {
    response.statusCode = 404;
    response.setHeader('cache-control', 'no-store');
    let body: Buffer | string = 'Not found\n';
    try {
      if (notFoundPage) body = fs.readFileSync(notFoundPage);
    } catch {
      // the export changed under us: the plain text will do
    }
    response.setHeader('content-type', contentType(notFoundPage && typeof body !== 'string' ? notFoundPage : 'x.txt'));
    response.end(head ? undefined : body);
  }

  function serve(request: http.IncomingMessage, response: http.ServerResponse): void {
    for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
    if (request.headers['x-forwarded-proto'] === 'https') response.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const target = request.url ?? '';
    if (!target.startsWith('/')) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      return;
    }
    const query = target.indexOf('?');
    const requestPath = query === -1 ? target : target.slice(0, query);
    const search = query === -1 ? '' : target.slice(query);
    const answer = resolveRequest(site, basePath, requestPath);
    const head = request.method === 'HEAD';
    if (answer.kind === 'redirect') {
      // The query is kept only if it is plain ASCII (a header cannot carry more).
      const location = `${answer.location}${/^[\x21-\x7e]*$/.test(search) ? search : ''}`;
      response.writeHead(301, { location, 'cache-control': REVALIDATE }).end();
      return;
    }
    if (answer.kind === 'not-found') return notFound(response, head);
    const sender = senders.find(({ folder }) => answer.file.startsWith(folder + path.sep));
    const stat = fs.statSync(answer.file, { throwIfNoEntry: false });
    if (!sender || !stat?.isFile()) return notFound(response, head);
    response.setHeader('cache-control', cacheControl(requestPath, basePath));
    response.setHeader('content-type', contentType(answer.file));
    if (request.headers.range) {
      // sirv reads only `bytes=a-b`: give it one satisfiable range, answer 416 for none,
      // and ignore (serve the whole file, as HTTP allows) a malformed or multiple range.
      const ranges = parseRange(stat.size, request.headers.range, { combine: true });
      if (ranges === -1) {
        response.writeHead(416, { 'content-range': `bytes */${stat.size}` }).end();
        return;
      }
      const [range] = ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1 ? [] : ranges;
      if (range && range.end > range.start) request.headers.range = `bytes=${range.start}-${range.end}`;
      else delete request.headers.range;
    }
    request.url = encodePath(`/${path.relative(sender.folder, answer.file).split(path.sep).join('/')}`);
    sender.send(request, response, () => notFound(response, head));
  }

  return http.createServer((request, response) => {
    try {
      serve(request, response);
    } catch (error) {
      console.error(`serve-static: ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end();
    }
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'out' },
      layout: { type: 'string', default: 'export' },
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      'base-path': { type: 'string', default: process.env.BASE_PATH ?? '' },
    },
  });
  const layout = values.layout === 'next' ? 'next' : 'export';
  const root = path.resolve(values.dir);
  const basePath = normaliseBasePath(values['base-path']);
  if (layout === 'export' && !fs.existsSync(path.join(root, '404.html'))) {
    console.error(`serve-static: ${root} has no 404.html. Run \`npm run export\` first.`);
    process.exit(1);
  }
  const site = indexSite(root, layout);
  for (const link of site.symlinks) console.warn(`serve-static: not serving ${link}: a symbolic link`);
  const server = createStaticServer({ site, basePath });
  server.listen(Number(values.port), values.host, () => {
    console.log(`serve-static: ${root} (${site.files.size} files) at http://${values.host}:${values.port}${basePath}/`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
