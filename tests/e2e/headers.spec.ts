import { expect, test, type APIResponse } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY } from '../../lib/site/security-headers';

const POST = '/posts/layer-2-solutions-scaling-the-blockchain';

function expectBaseHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
  // Plain HTTP here: HSTS would be meaningless, so it is not sent.
  expect(headers['strict-transport-security']).toBeUndefined();
}

test.describe('security headers', () => {
  const HTML = [
    ['home', '/', 200],
    ['post', POST, 200],
    ['tag index', '/tags', 200],
    ['tag page', '/tags/plasma', 200],
    ['archive', '/archive', 200],
    ['404 page', '/posts/no-such-post', 404],
  ] as const;

  for (const [kind, path, status] of HTML) {
    test(`${kind} (${path}) carries the CSP and the base headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      expect(response.headers()['content-type']).toContain('text/html');
      expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers()['x-frame-options']).toBe('DENY');
      expectBaseHeaders(response);
    });
  }

  test('the per-tag JSON carries them', async ({ request }) => {
    const response = await request.get('/tags/plasma/posts.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    expectBaseHeaders(response);
  });

  test('static assets (scripts, styles, fonts) carry them', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const assets = [
      /\/_next\/static\/[^"]+\.js/.exec(html)?.[0],
      /\/_next\/static\/[^"]+\.css/.exec(html)?.[0],
      /\/_next\/static\/[^"]+\.woff2/.exec(html)?.[0],
    ];
    for (const asset of assets) {
      expect(asset, 'the home page references a script, a stylesheet and a font').toBeTruthy();
      const response = await request.get(asset!);
      expect(response.status(), asset).toBe(200);
      expectBaseHeaders(response);
    }
  });

  test('processed post images are cached for good: their names change with their content', async ({ request }) => {
    const html = await (await request.get('/posts/rollups-in-pictures')).text();
    const image = /\/_img\/[^"\s]+\.(?:webp|avif|jpg|png)/.exec(html)?.[0];
    expect(image, 'the post shows a processed image').toBeTruthy();
    const response = await request.get(image!);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expectBaseHeaders(response);
  });

  test('a missing static asset carries them', async ({ request }) => {
    const response = await request.get('/_next/static/chunks/no-such-chunk.js');
    expect(response.status()).toBe(404);
    expectBaseHeaders(response);
  });

  test('HSTS is sent when a proxy says the reader came over HTTPS', async ({ request }) => {
    for (const path of ['/', POST, '/posts/no-such-post']) {
      const response = await request.get(path, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers()['strict-transport-security'], path).toBe(STRICT_TRANSPORT_SECURITY);
    }
  });

  test('the CSP blocks nothing the site itself uses, and its scripts still run', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { __cspViolations?: string[] }).__cspViolations = seen;
      window.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    for (const [, path] of HTML) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as Window & { __cspViolations?: string[] }).__cspViolations), path).toEqual([]);
    }
    // The archive's tag filter is client code: its chips turn into buttons once scripts ran.
    await page.goto('/archive');
    await expect(page.getByRole('button', { name: /Plasma/ })).toBeVisible();
  });

  test('the browser enforces the CSP: a script from another origin is refused', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    await page.goto('/');
    const loaded = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = 'https://cdn.example/evil.js';
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('blocked');
          document.head.append(script);
        }),
    );
    expect(loaded).toBe('blocked');
    expect(violations.join('\n')).toContain('cdn.example');
  });
});
