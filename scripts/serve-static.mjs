// A plain static file server for the export in out/, as a CDN or nginx would serve it: no
// rewrites, `<dir>/` serves `<dir>/index.html`, a miss serves 404.html with status 404.
// Used by the e2e tests and `npm run serve:static`; not meant to face the internet.
//   node scripts/serve-static.mjs [--dir out] [--port 3000] [--host 127.0.0.1] [--base-path /blog]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

function isFile(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * What to answer for a request path: a file under root, a redirect (a folder without its slash,
 * as nginx does), or not-found. Never a file outside root.
 */
export function resolveRequest(root, basePath, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return { kind: 'not-found' };
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return { kind: 'not-found' };
  if (basePath) {
    if (decoded === basePath) return { kind: 'redirect', location: `${basePath}/` };
    if (!decoded.startsWith(`${basePath}/`)) return { kind: 'not-found' };
    decoded = decoded.slice(basePath.length);
  }
  const file = path.join(root, decoded);
  if (path.relative(root, file).startsWith('..')) return { kind: 'not-found' };
  if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
    if (!decoded.endsWith('/')) return { kind: 'redirect', location: `${basePath}${decoded}/` };
    const index = path.join(file, 'index.html');
    return isFile(index) ? { kind: 'file', file: index } : { kind: 'not-found' };
  }
  return isFile(file) ? { kind: 'file', file } : { kind: 'not-found' };
}

export function createStaticServer({ root, basePath = '' }) {
  const notFoundPage = path.join(root, '404.html');
  return http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = resolveRequest(root, basePath, url.pathname);
    if (answer.kind === 'redirect') {
      response.writeHead(301, { location: `${answer.location}${url.search}` }).end();
      return;
    }
    const status = answer.kind === 'file' ? 200 : 404;
    const file = answer.kind === 'file' ? answer.file : notFoundPage;
    if (!isFile(file)) {
      response.writeHead(404, { 'content-type': TYPES['.txt'] }).end('Not found\n');
      return;
    }
    response.writeHead(status, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': fs.statSync(file).size,
    });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(file).pipe(response);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'out' },
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      'base-path': { type: 'string', default: process.env.BASE_PATH ?? '' },
    },
  });
  const root = path.resolve(values.dir);
  const basePath = values['base-path'].replace(/\/+$/, '').replace(/^(?=[^/])/, '/');
  if (!isFile(path.join(root, '404.html'))) {
    console.error(`serve-static: ${root} has no 404.html. Run \`npm run export\` first.`);
    process.exit(1);
  }
  const server = createStaticServer({ root, basePath });
  server.listen(Number(values.port), values.host, () => {
    console.log(`serve-static: ${root} at http://${values.host}:${values.port}${basePath}/`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}
