import { expect, test } from '@playwright/test';
import { rawGet, rawRequest, type RawResponse } from '../support/raw-http';
import { CONTENT_SECURITY_POLICY } from '../../lib/site/security-headers';
import { basePath, file, mode, route } from './deploy-mode';

// Requests no browser sends, against every server we ship: `next start` (npm run test:e2e), the
// standalone server.js and the export on scripts/serve-static.ts (npm run test:modes). None may
// get a 5xx or take the server down, dot segments never reach another page, and the server
// still answers its health check afterwards.
const POST = '/posts/layer-2-solutions-scaling-the-blockchain';
const ASSET = '<asset>'; // replaced by a real /_next/static script of this build

/** `bare`: Node's HTTP parser refuses the request line itself with a bare 400, before any server code runs. */
type Case = { method?: string; target: string; headers?: Record<string, string>; expect?: number[]; bare?: boolean };

const NOT_A_PAGE = [400, 404];
/** A miss, or first a redirect that adds or drops the trailing slash (checked to stay on the site). */
const MISS = [301, 308, 400, 404];
const CASES: Case[] = [
  // long
  { target: file(`/${'a'.repeat(256)}`), expect: NOT_A_PAGE },
  { target: file(`/posts/${'b'.repeat(300)}/`), expect: MISS },
  { target: file(`/tags/${'c'.repeat(4000)}`), expect: NOT_A_PAGE },
  { target: file(`/${'%E6%97%A5'.repeat(100)}/`), expect: MISS },
  { target: `${file('/')}?q=${'x'.repeat(6000)}` },
  // percent-encoded
  { target: file('/%2Fposts') },
  { target: file('/%2F%2Fevil.example/') },
  { target: file('/posts%2Flayer-2-solutions-scaling-the-blockchain') }, // a file host may read %2F as a slash (nginx does)
  { target: file('/%25'), expect: NOT_A_PAGE },
  { target: file('/%FF'), expect: NOT_A_PAGE },
  { target: file('/%C0%AE%C0%AE/'), expect: MISS },
  { target: file('/%00'), expect: NOT_A_PAGE },
  // dot segments: never another page
  { target: file('/tags/%2e%2e'), expect: NOT_A_PAGE },
  { target: file('/%2e%2e/'), expect: NOT_A_PAGE },
  { target: file('/tags/%2E%2e/'), expect: NOT_A_PAGE },
  { target: file('/tags/.%2e'), expect: NOT_A_PAGE },
  { target: file('/tags/%2e'), expect: NOT_A_PAGE },
  { target: file('/tags/.'), expect: NOT_A_PAGE },
  { target: file('/tags/plasma/..'), expect: NOT_A_PAGE },
  { target: file(`${POST}/%2e%2e/%2e%2e/`), expect: NOT_A_PAGE },
  // non-Latin
  { target: file('/tags/%E4%B8%AD%E6%96%87'), expect: NOT_A_PAGE },
  { target: file('/tags/%E4%B8%AD%E6%96%87/'), expect: MISS },
  { target: file('/posts/日本語'), expect: NOT_A_PAGE, bare: true },
  { target: file('/%F0%9F%98%80/'), expect: MISS },
  // trailing slashes
  { target: file(`${POST}/`) },
  { target: file('/tags/') },
  { target: file('/feed.xml/') },
  { target: file('/healthz/') },
  { target: `${basePath}//` },
  { target: `${basePath}///posts///` },
  // a file used as a folder
  { target: file('/feed.xml/x'), expect: NOT_A_PAGE },
  { target: file('/index.html/x'), expect: NOT_A_PAGE },
  { target: file('/healthz/anything'), expect: NOT_A_PAGE },
  { target: file('/robots.txt/a/b'), expect: NOT_A_PAGE },
  { target: file('/tags/plasma/posts.json/x'), expect: NOT_A_PAGE },
  { target: `${ASSET}/x`, expect: NOT_A_PAGE },
  // ranges
  { target: ASSET, headers: { Range: 'bytes=0-9' }, expect: [206] },
  { target: ASSET, headers: { Range: 'bytes=99999999-' }, expect: [416] },
  { target: ASSET, headers: { Range: 'bytes=99999999-100000000' }, expect: [416] },
  { target: ASSET, headers: { Range: 'bytes=5-2' } },
  { target: ASSET, headers: { Range: 'bytes=-5' } },
  { target: ASSET, headers: { Range: 'bytes=abc' } },
  { target: ASSET, headers: { Range: 'bytes=0-1,4-5' } },
  { target: ASSET, headers: { Range: 'pages=1-2' } },
  { target: file('/healthz'), headers: { Range: 'bytes=99999999-' } },
  { target: route('/'), headers: { Range: 'bytes=0-0' } },
  // odd methods
  { method: 'OPTIONS', target: '*' },
  { method: 'OPTIONS', target: route('/') },
  { method: 'HEAD', target: route('/'), expect: [200] },
  { method: 'HEAD', target: file('/healthz'), expect: [200] },
  { method: 'HEAD', target: file('/no-such-file.xml'), expect: [404] },
  { method: 'POST', target: route('/') },
  { method: 'PUT', target: file('/healthz') },
  { method: 'DELETE', target: route(POST) },
  { method: 'PATCH', target: file('/feed.xml') },
  { method: 'TRACE', target: route('/') },
  { method: 'PROPFIND', target: route('/') },
  { method: 'GET', target: 'http://evil.example/', expect: NOT_A_PAGE },
  { method: 'GET', target: 'evil.example', expect: NOT_A_PAGE, bare: true },
];

function describeCase({ method = 'GET', target, headers }: Case): string {
  const shown = target.length > 70 ? `${target.slice(0, 40)}… (${target.length} chars)` : target;
  return `${method} ${shown}${headers ? ` ${Object.entries(headers).map(([key, value]) => `${key}: ${value}`).join(', ')}` : ''}`;
}

test.describe(`request fuzz (${mode}${basePath ? ` under ${basePath}` : ''})`, () => {
  // One test: the requests go out one after another, and the health check after all of them.
  test('no request gets a 5xx or an off-site redirect, dot segments reach no page, and /healthz still answers', async ({ baseURL, request }) => {
    test.setTimeout(180_000);
    const home = await (await request.get(route('/'))).text();
    const asset = /\/[^"]*\/_next\/static\/[^"]+\.js/.exec(home)?.[0] ?? /"(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    expect(asset, 'the home page loads a script from /_next/static').toBeTruthy();
    const problems: string[] = [];
    for (const fuzz of CASES) {
      const target = fuzz.target.replace(ASSET, asset!);
      const name = describeCase({ ...fuzz, target });
      let response: RawResponse;
      try {
        response = await rawRequest(baseURL!, fuzz.method ?? 'GET', target, fuzz.headers);
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message}`);
        continue;
      }
      if (response.status === 0 || response.status >= 500) problems.push(`${name}: status ${response.status}`);
      else if (fuzz.expect && !fuzz.expect.includes(response.status)) problems.push(`${name}: status ${response.status}, expected ${fuzz.expect.join(' or ')}`);
      const location = response.headers.location;
      if (location !== undefined && !/^\/(?![/\\])/.test(location)) problems.push(`${name}: redirects off the site to ${location}`);
      if (response.status > 0 && !fuzz.bare && response.headers['x-content-type-options'] !== 'nosniff') problems.push(`${name}: status ${response.status} without the security headers`);
    }
    const health = await rawGet(baseURL!, file('/healthz'));
    expect(problems).toEqual([]);
    expect(health.status).toBe(200);
    expect(health.body.trim()).toBe('ok');
  });
});

// Issue 18 §7: what docs/deploy.md promises, on the responses Next used to send without it.
test.describe(`headers and caching on every response (${mode}${basePath ? ` under ${basePath}` : ''})`, () => {
  test('a trailing-slash redirect carries the security headers and stays on the site', async ({ request }) => {
    // Node modes drop the slash (308); the export adds it (301): either way a redirect.
    const response = await request.get(mode === 'export' ? file(POST) : file(`${POST}/`), { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    expect(response.headers().location).toMatch(new RegExp(`^${route(POST).replace(/\//g, '\\/')}$`));
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['x-frame-options']).toBe('DENY');
  });

  test('/healthz is never cached', async ({ request }) => {
    const response = await request.get(file('/healthz'));
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
  });

  for (const path of ['/page/1', '/archive/page/1']) {
    test(`${path} is a 404 that is not cached for a year and reads without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const response = await page.goto(route(path));
      expect(response?.status()).toBe(404);
      expect(response?.headers()['cache-control'] ?? '').not.toMatch(/max-age=31536000|s-maxage/);
      await expect(page.locator('h1')).toHaveText('This page does not exist');
      await context.close();
    });
  }
});
