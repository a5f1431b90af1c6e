import { expect, test } from '@playwright/test';
import { rawGet } from '../support/raw-http';

const POST = '/posts/layer-2-solutions-scaling-the-blockchain';
const LONG = 'a'.repeat(3000);

// Each must answer 404 or 400: never the file, never a page, never a crash.
const ODD_URLS = [
  // path traversal, encoded and not
  '/posts/..%2F..%2Fpackage.json',
  '/posts/%2e%2e/%2e%2e/package.json',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/posts/../../package.json',
  '/_next/static/..%2F..%2Fpackage.json',
  '/_next/static/%2e%2e/%2e%2e/package.json',
  '/_next/static/../../../.env',
  '/tags/plasma/posts.json/..%2F..%2F..%2Fpackage.json',
  // NUL bytes
  `${POST}%00`,
  '/posts/%00',
  '/tags/plasma%00',
  // case, trailing dots, invisible characters
  POST.toUpperCase(),
  `${POST}.`,
  `${POST}..`,
  '/tags/plasma.',
  `${POST}%E2%80%8B`, // zero-width space
  '/tags/pla%E2%80%8Bsma',
  `/posts/%EF%BB%BF${POST.slice('/posts/'.length)}`, // byte order mark
  '/tags/plasma%C2%AD', // soft hyphen
  '/tags/plasma%E2%80%AE', // right-to-left override
  // very long slugs
  `/posts/${LONG}`,
  `/tags/${LONG}`,
  // files that must never be served
  '/.env',
  '/.env.local',
  '/package.json',
  '/.git/config',
  '/.git/HEAD',
  '/next.config.ts',
  '/.next/BUILD_ID',
  '/content/posts/layer-2-solutions-scaling-the-blockchain.md',
  '/node_modules/next/package.json',
  // malformed percent-escapes
  '/posts/%',
  '/posts/%E0%A4%A',
  '/tags/%ZZ',
  // the image optimiser is off
  '/_next/image?url=https%3A%2F%2Fexample.com%2Fx.png&w=64&q=75',
  '/_next/image?url=%2Fpackage.json&w=64&q=75',
];

/** Things a response must never contain: file contents, stack traces, paths of this machine. */
function leaks(body: string): string[] {
  const found: string[] = [];
  if (body.includes('"ledger-press"') || body.includes('"dependencies"')) found.push('package.json');
  if (/\[core\]|repositoryformatversion|ref: refs\//.test(body)) found.push('.git');
  if (/root:x:0:0/.test(body)) found.push('/etc/passwd');
  if (/^\s*[A-Z_]+=\S/m.test(body)) found.push('env file');
  if (/\n\s+at .+:\d+:\d+/.test(body)) found.push('stack trace');
  if (body.includes(process.cwd()) || body.includes('node_modules/')) found.push('server path');
  return found;
}

test.describe('odd URLs', () => {
  for (const path of ODD_URLS) {
    test(`${path.length > 80 ? `${path.slice(0, 40)}… (${path.length} chars)` : path} is 404 or 400 and leaks nothing`, async ({ baseURL }) => {
      const response = await rawGet(baseURL!, path);
      expect([400, 404]).toContain(response.status);
      expect(leaks(response.body)).toEqual([]);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });
  }

  test('a malformed address gets the 400 page with the security headers', async ({ baseURL }) => {
    const response = await rawGet(baseURL!, '/posts/%E0%A4%A');
    expect(response.status).toBe(400);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.body).toContain('Bad request');
  });

  test('double slashes and backslashes redirect only within the site', async ({ baseURL }) => {
    for (const path of ['//evil.example/x', '/\\evil.example/x', '/posts\\..\\package.json']) {
      const response = await rawGet(baseURL!, path);
      expect([308, 400, 404], path).toContain(response.status);
      if (response.status === 308) expect(response.headers.location, path).toMatch(/^\/(?![/\\])/);
      expect(leaks(response.body)).toEqual([]);
    }
  });
});

test.describe('spoofed x-middleware-subrequest', () => {
  const SPOOF = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' };
  const SPOOF_SRC = { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' };

  for (const path of [POST, '/tags/plasma', '/posts/no-such-post', '/.env']) {
    test(`changes nothing on ${path}`, async ({ baseURL }) => {
      const plain = await rawGet(baseURL!, path);
      for (const spoof of [SPOOF, SPOOF_SRC]) {
        const spoofed = await rawGet(baseURL!, path, spoof);
        expect(spoofed.status).toBe(plain.status);
        expect(spoofed.headers['content-security-policy']).toBe(plain.headers['content-security-policy']);
        expect(spoofed.headers['x-content-type-options']).toBe('nosniff');
        expect(spoofed.body.length).toBe(plain.body.length);
      }
    });
  }
});
