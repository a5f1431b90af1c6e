/**
 * The baseline beside `next start`: a plain static file server over the same prerendered HTML
 * and built assets. Run as its own process so it never shares an event loop with the load generator.
 *
 *   node --import tsx scripts/bench/static-server.ts <.next dir> <port>
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { htmlFileOf } from './page-weight';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function resolveFile(nextDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return undefined;
  if (decoded.startsWith('/_next/static/')) return path.join(nextDir, decoded.slice('/_next/'.length));
  return htmlFileOf(nextDir, decoded.replace(/\/+$/, '') || '/');
}

function main(): void {
  const [nextDir, portText] = process.argv.slice(2);
  if (!nextDir || !portText) throw new Error('usage: static-server.ts <.next dir> <port>');
  const server = http.createServer((request, response) => {
    const file = resolveFile(nextDir, new URL(request.url ?? '/', 'http://localhost').pathname);
    // Read per request, like a file server without a cache; the OS page cache keeps it in memory.
    fs.readFile(file ?? '', (error, body) => {
      if (error || !file) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    });
  });
  server.listen(Number(portText), '127.0.0.1', () => console.log(`static server ready on ${portText}`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
