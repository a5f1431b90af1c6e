import fs from 'node:fs';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import onHeaders from 'on-headers';
import parseRange from 'range-parser';
import { basePath, decodeUrlPart } from '../routes';
import { SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from './security-headers';

/**
 * What the Node modes (`next start`, the standalone server.js) do before Next sees a request;
 * instrumentation.ts installs it in both. Next answers these wrongly, and no config or proxy
 * reaches them (the URL a proxy gets is already resolved):
 * - dot segments (`/tags/%2e%2e`, `/%2e%2e/`): Next resolves them and serves another page with 200;
 * - a request target that is not a path (`OPTIONS *`): Next answers 500;
 * - an unsatisfiable Range on a file (`/_next/static/…`, public/): Next answers 500, not 416.
 * And it sets the headers docs/deploy.md promises on every response, as it is written: the
 * security headers also on Next's own redirects (308 trailing slash) and errors, which next.config
 * `headers()` does not reach, and `Cache-Control: no-store` on /healthz (Next marks a prerendered
 * route cacheable for a year).
 * Returns true when it answered the request itself.
 */
export function guardRequest(request: IncomingMessage, response: ServerResponse, root: string = process.cwd()): boolean {
  const target = request.url ?? '';
  const pathname = target.split('?', 1)[0] ?? '';
  onHeaders(response, function setPolicy(this: ServerResponse) {
    for (const { key, value } of SECURITY_HEADERS) if (!this.hasHeader(key)) this.setHeader(key, value);
    if (request.headers['x-forwarded-proto'] === 'https') this.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    if (pathname === `${basePath}/healthz`) this.setHeader('Cache-Control', 'no-store');
  });

  if (!target.startsWith('/')) {
    if (request.method === 'OPTIONS' && target === '*') response.writeHead(204, { allow: 'GET, HEAD, OPTIONS' }).end();
    else answer(response, 400, 'Bad request: the request target is not a path.\n');
    return true;
  }
  // `.`, `..` and their encodings (`%2e`, `.%2E`): WHATWG URL parsing resolves them, so Next would
  // serve the page they climb to. No address this site makes has one.
  if (pathname.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment))) {
    answer(response, 400, 'Bad request: the address has a "." or ".." segment.\n');
    return true;
  }
  const range = request.headers.range;
  if (range && (request.method === 'GET' || request.method === 'HEAD')) {
    const size = servedFileSize(root, pathname);
    if (size !== undefined && parseRange(size, range) === -1) {
      response.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return true;
    }
  }
  return false;
}

function answer(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(text);
}

/** The size of the file Next would serve from disk for this path (built assets, public/), if any. */
function servedFileSize(root: string, pathname: string): number | undefined {
  if (basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  const sitePath = decodeUrlPart(pathname.slice(basePath.length));
  if (sitePath === undefined) return undefined;
  if (sitePath.includes('\0')) return undefined;
  // turbopackIgnore: a path built from the request, not a file the server imports. Without it Next's
  // file tracer listed every file of public/ and .next/static as this module's, so the server output
  // copied them again and a build's compile half named files the content step was still replacing.
  const file = sitePath.startsWith('/_next/static/')
    ? path.join(/* turbopackIgnore: true */ root, '.next', 'static', sitePath.slice('/_next/static/'.length))
    : path.join(/* turbopackIgnore: true */ root, 'public', sitePath);
  try {
    const stat = fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : undefined;
  } catch {
    // ENOTDIR, ENAMETOOLONG: not a file Next serves either
    return undefined;
  }
}

/**
 * Puts guardRequest in front of every Node HTTP server's 'request' event, once per process: Next offers
 * no hook that sees the raw request before it resolves the URL. Called by instrumentation.ts.
 */
export function installRequestGuard(): void {
  const server = http.Server.prototype as Server & { guarded?: boolean };
  if (server.guarded) return;
  server.guarded = true;
  const emit = server.emit;
  server.emit = function emitGuarded(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request' && guardRequest(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  };
}
