import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../../lib/site/security-headers';
import { createStaticServer, indexSite, resolveRequest } from '../../../scripts/serve-static';
import { rawRequest } from '../../support/raw-http';

// A miniature export: what `npm run export` writes, in the shapes a file server must map.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-static-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-static-outside-'));
const FILES = ['index.html', '404.html', 'tags/index.html', 'tags/plasma/index.html', 'tags/plasma/posts.json', 'tags/日本語/index.html', 'feed.xml', 'healthz', 'empty/.keep', '_next/static/app.js', '_img/harbour-0b347c2e64d6-1200.webp', 'pagefind/x.pf_meta'];
for (const file of FILES) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), file === 'healthz' ? 'ok\n' : `contents of ${file}`);
}
fs.writeFileSync(path.join(os.tmpdir(), 'serve-static-secret.txt'), 'outside');
fs.writeFileSync(path.join(outside, 'secret.txt'), 'outside');
fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'linked.txt'));
fs.symlinkSync(outside, path.join(root, 'linked-folder'));
after(() => {
  for (const dir of [root, outside, path.join(os.tmpdir(), 'serve-static-secret.txt')]) fs.rmSync(dir, { recursive: true, force: true });
});

const site = indexSite(root);
const at = (file: string) => ({ kind: 'file', file: path.join(root, file) });

describe('resolveRequest', () => {
  it('serves a folder with a trailing slash from its index.html', () => {
    assert.deepEqual(resolveRequest(site, '', '/'), at('index.html'));
    assert.deepEqual(resolveRequest(site, '', '/tags/plasma/'), at('tags/plasma/index.html'));
  });

  it('redirects a folder without its slash, keeping the base path', () => {
    assert.deepEqual(resolveRequest(site, '', '/tags/plasma'), { kind: 'redirect', location: '/tags/plasma/' });
    assert.deepEqual(resolveRequest(site, '/blog', '/blog/tags'), { kind: 'redirect', location: '/blog/tags/' });
    assert.deepEqual(resolveRequest(site, '/blog', '/blog'), { kind: 'redirect', location: '/blog/' });
  });

  it('percent-encodes a non-Latin folder in the redirect (a header cannot carry it raw)', () => {
    assert.deepEqual(resolveRequest(site, '', '/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E'), { kind: 'redirect', location: '/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/' });
  });

  it('serves files as they are, extension or not', () => {
    assert.deepEqual(resolveRequest(site, '', '/tags/plasma/posts.json'), at('tags/plasma/posts.json'));
    assert.deepEqual(resolveRequest(site, '/blog', '/blog/healthz'), at('healthz'));
  });

  it('answers not-found for misses, folders without index.html, and paths outside the base path', () => {
    for (const [base, request] of [
      ['', '/tags/Plasma/'],
      ['', '/tags/plasma/index'],
      ['', '/empty/'],
      ['/blog', '/tags/plasma/'],
      ['/blog', '/blogger/'],
    ] as const) {
      assert.deepEqual(resolveRequest(site, base, request), { kind: 'not-found' }, `${base} ${request}`);
    }
  });

  it('never serves a file outside the root, however the path is encoded', () => {
    for (const request of ['/../serve-static-secret.txt', '/%2e%2e/serve-static-secret.txt', '/tags/..%2f..%2fserve-static-secret.txt', '/..\\serve-static-secret.txt', '/%00', '/%E0%A4%A']) {
      assert.deepEqual(resolveRequest(site, '', request), { kind: 'not-found' }, request);
    }
  });

  it('never follows a symbolic link, to a file or a folder', () => {
    assert.deepEqual(site.symlinks.sort(), [path.join(root, 'linked-folder'), path.join(root, 'linked.txt')]);
    assert.deepEqual(resolveRequest(site, '', '/linked.txt'), { kind: 'not-found' });
    assert.deepEqual(resolveRequest(site, '', '/linked-folder/secret.txt'), { kind: 'not-found' });
  });

  it('resolves dot segments and empty segments to nothing, so no redirect leaves the host', () => {
    for (const request of ['/%2Ftags', '//tags', '/tags/%2e%2e', '/%2e%2e/', '/tags/.', '/tags/plasma/..', '/tags//plasma/']) {
      assert.deepEqual(resolveRequest(site, '', request), { kind: 'not-found' }, request);
    }
  });
});

describe('indexSite with the next layout (the benchmark baseline)', () => {
  const nextDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-static-next-'));
  for (const file of ['server/app/index.html', 'server/app/posts/a-b.html', 'server/app/posts/a-b.rsc', 'server/app/archive.html', 'static/chunks/x.js']) {
    fs.mkdirSync(path.dirname(path.join(nextDir, file)), { recursive: true });
    fs.writeFileSync(path.join(nextDir, file), file);
  }
  after(() => fs.rmSync(nextDir, { recursive: true, force: true }));
  const next = indexSite(nextDir, 'next');
  const file = (rel: string) => ({ kind: 'file', file: path.join(nextDir, rel) });

  it('maps routes to prerendered HTML and /_next/static to built assets', () => {
    assert.deepEqual(resolveRequest(next, '', '/'), file('server/app/index.html'));
    assert.deepEqual(resolveRequest(next, '', '/posts/a-b'), file('server/app/posts/a-b.html'));
    assert.deepEqual(resolveRequest(next, '', '/archive'), file('server/app/archive.html'));
    assert.deepEqual(resolveRequest(next, '', '/_next/static/chunks/x.js'), file('static/chunks/x.js'));
  });

  it('refuses paths that climb out, cannot be decoded, or name what Next does not serve', () => {
    for (const request of ['/_next/static/../../etc/passwd', '/posts/%2e%2e/%2e%2e/secret', '/posts/%E0%A4%A', '/posts/a%00b', '/posts/a-b.rsc', '/server/app/index.html']) {
      assert.deepEqual(resolveRequest(next, '', request), { kind: 'not-found' }, request);
    }
  });
});

describe('createStaticServer', () => {
  let origin = '';
  const server = createStaticServer({ site });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const get = (target: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(origin, method, target, headers);

  it('answers every path the old server crashed on, and keeps answering', async () => {
    for (const target of ['/feed.xml/', '/index.html/x', '/healthz/anything', `/${'a'.repeat(256)}`, `/${'a'.repeat(5000)}/x`]) {
      assert.equal((await get(target)).status, 404, target);
    }
    const redirect = await get('/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E?x=1');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/?x=1');
    assert.equal((await get('/%2Fposts')).headers.location, undefined);
    assert.equal((await get('/healthz')).body, 'ok\n');
  });

  it('sends the 404 page with status 404, and nothing through a symbolic link', async () => {
    const miss = await get('/no-such-page/');
    assert.equal(miss.status, 404);
    assert.equal(miss.body, 'contents of 404.html');
    assert.equal((await get('/linked.txt')).status, 404);
    assert.equal((await get('/linked-folder/secret.txt')).status, 404);
  });

  it('sends the security headers on every response, and the caching headers of docs/deploy.md', async () => {
    for (const [target, status, cache] of [
      ['/', 200, 'public, max-age=0, must-revalidate'],
      ['/tags', 301, 'public, max-age=0, must-revalidate'],
      ['/nothing', 404, 'no-store'],
      ['/healthz', 200, 'no-store'],
      ['/_next/static/app.js', 200, 'public, max-age=31536000, immutable'],
      // Processed images are named by their content hash too.
      ['/_img/harbour-0b347c2e64d6-1200.webp', 200, 'public, max-age=31536000, immutable'],
    ] as const) {
      const response = await get(target);
      assert.equal(response.status, status, target);
      assert.equal(response.headers['content-security-policy'], CONTENT_SECURITY_POLICY, target);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', target);
      assert.equal(response.headers['cache-control'], cache, target);
    }
    assert.equal((await get('/', { 'X-Forwarded-Proto': 'https' })).headers['strict-transport-security']?.startsWith('max-age='), true);
  });

  it('gives each file its content type', async () => {
    for (const [target, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/healthz', 'text/plain; charset=utf-8'],
      ['/feed.xml', 'text/xml; charset=utf-8'],
      ['/tags/plasma/posts.json', 'application/json; charset=utf-8'],
      ['/_next/static/app.js', 'text/javascript; charset=utf-8'],
      ['/pagefind/x.pf_meta', 'application/octet-stream'],
    ] as const) {
      assert.equal((await get(target)).headers['content-type'], type, target);
    }
  });

  it('answers ranges: 206 for one, 416 when none is satisfiable (range-parser, as Next), the whole file for several or another unit', async () => {
    const part = await get('/feed.xml', { Range: 'bytes=0-7' });
    assert.equal(part.status, 206);
    assert.equal(part.body, 'contents');
    assert.equal((await get('/feed.xml', { Range: 'bytes=-3' })).body, 'xml');
    for (const range of ['bytes=9999-', 'bytes=5-2', 'bytes=abc']) {
      const none = await get('/feed.xml', { Range: range });
      assert.equal(none.status, 416, range);
      assert.equal(none.headers['content-range'], 'bytes */20', range);
    }
    for (const range of ['bytes=0-1,4-5', 'pages=1-2', 'bytes']) {
      const whole = await get('/feed.xml', { Range: range });
      assert.equal(whole.status, 200, range);
      assert.equal(whole.body, 'contents of feed.xml', range);
    }
  });

  it('answers odd methods and request targets without a crash', async () => {
    const head = await get('/', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal((await get('*', {}, 'OPTIONS')).status, 405);
    assert.equal((await get('/', {}, 'POST')).status, 405);
    assert.equal((await get('http://evil.example/')).status, 400);
    assert.equal((await get('/healthz')).status, 200);
  });
});
