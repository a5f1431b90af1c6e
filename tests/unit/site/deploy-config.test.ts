import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { normaliseBasePath, routePath } from '../../../lib/routes';
import { SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from '../../../lib/site/security-headers';
import { resolveSiteUrl } from '../../../lib/site/config';
import { listenAddress, siteUrlNotice } from '../../../scripts/start.mjs';

describe('normaliseBasePath', () => {
  it('is empty for unset, blank or root', () => {
    for (const raw of [undefined, '', '  ', '/', '//']) assert.equal(normaliseBasePath(raw), '');
  });

  it('gives one leading slash and no trailing slash', () => {
    const cases = { blog: '/blog', '/blog/': '/blog', ' /docs//blog/ ': '/docs/blog' };
    for (const [raw, expected] of Object.entries(cases)) assert.equal(normaliseBasePath(raw), expected, raw);
  });

  it('rejects what a URL path cannot hold as-is, naming the variable', () => {
    for (const raw of ['/my blog', '/../etc', '/blog?x=1', '/blog#top', '/bl%20og', 'https://example.com/blog']) {
      assert.throws(() => normaliseBasePath(raw), /BASE_PATH must look like/, raw);
    }
  });
});

describe('resolveSiteUrl', () => {
  it('defaults to localhost:3000, under the base path', () => {
    assert.equal(resolveSiteUrl(undefined, ''), 'http://localhost:3000');
    assert.equal(resolveSiteUrl('', '/blog'), 'http://localhost:3000/blog');
  });

  it("defaults to the build's PORT when it is set", () => {
    assert.equal(resolveSiteUrl(undefined, '', '4101'), 'http://localhost:4101');
    assert.equal(resolveSiteUrl('', '/blog', ' 8080 '), 'http://localhost:8080/blog');
    assert.equal(resolveSiteUrl(undefined, '', 'not-a-port'), 'http://localhost:3000');
    assert.equal(resolveSiteUrl('https://example.com', '', '4101'), 'https://example.com');
  });

  it('adds the base path to an origin, and accepts a SITE_URL that already names it', () => {
    assert.equal(resolveSiteUrl('https://example.com', '/blog'), 'https://example.com/blog');
    assert.equal(resolveSiteUrl('https://example.com/', '/blog'), 'https://example.com/blog');
    assert.equal(resolveSiteUrl('https://example.com/blog/', '/blog'), 'https://example.com/blog');
    assert.equal(resolveSiteUrl('https://example.com:8443', ''), 'https://example.com:8443');
  });

  it('rejects a SITE_URL path that is not the base path, and non-http URLs', () => {
    assert.throws(() => resolveSiteUrl('https://example.com/blog', ''), /set BASE_PATH=\/blog/);
    assert.throws(() => resolveSiteUrl('https://example.com/news', '/blog'), /BASE_PATH is \/blog/);
    assert.throws(() => resolveSiteUrl('ftp://example.com', ''), /http\(s\)/);
    assert.throws(() => resolveSiteUrl('example.com', ''));
  });
});

describe('listenAddress (npm start)', () => {
  it('defaults to port 3000 on all interfaces', () => {
    assert.deepEqual(listenAddress({}, 'vm'), { port: 3000, hostname: undefined });
  });

  it('uses PORT and an explicit HOSTNAME', () => {
    assert.deepEqual(listenAddress({ PORT: '8080', HOSTNAME: '127.0.0.1' }, 'vm'), { port: 8080, hostname: '127.0.0.1' });
    assert.deepEqual(listenAddress({ HOSTNAME: '::' }, 'vm'), { port: 3000, hostname: '::' });
  });

  it("ignores a HOSTNAME that is just the machine's own name, as shells and containers set it", () => {
    assert.deepEqual(listenAddress({ HOSTNAME: 'vm' }, 'vm'), { port: 3000, hostname: undefined });
    assert.deepEqual(listenAddress({ HOSTNAME: 'f3a9c2d1e0b7' }, 'f3a9c2d1e0b7'), { port: 3000, hostname: undefined });
  });

  it('rejects a PORT that is not a port number', () => {
    for (const PORT of ['http', '0', '70000', '80.5', '-1']) {
      assert.throws(() => listenAddress({ PORT }, 'vm'), /PORT must be a number from 1 to 65535/, PORT);
    }
  });
});

describe('routePath', () => {
  it('adds the trailing slash to page routes when the build uses them', () => {
    const cases = { '/': '/', '/tags/plasma': '/tags/plasma/', 'archive': '/archive/', '/archive?tags=a#top': '/archive/?tags=a#top', '/tags/': '/tags/' };
    for (const [path, expected] of Object.entries(cases)) assert.equal(routePath(path, true), expected, path);
  });

  it('leaves files and slash-less builds alone', () => {
    for (const path of ['/feed.xml', '/tags/plasma/posts.json', '/posts/x/share-image.png', '/sitemap.xml?x=1']) {
      assert.equal(routePath(path, true), path);
    }
    assert.equal(routePath('/tags/plasma', false), '/tags/plasma');
  });
});

describe('docs/deploy.md', () => {
  it('gives static hosts exactly the security headers the Node modes send', () => {
    const guide = fs.readFileSync(new URL('../../../docs/deploy.md', import.meta.url), 'utf8');
    for (const { key, value } of [...SECURITY_HEADERS, { key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }]) {
      assert.ok(guide.includes(`\n${key}: ${value}`), `docs/deploy.md lacks "${key}: ${value}"`);
    }
  });
});

describe('siteUrlNotice (npm start)', () => {
  it('says when the build links to localhost on another port than the one served', () => {
    assert.match(siteUrlNotice('http://localhost:3000/sitemap.xml', 4101) ?? '', /point to http:\/\/localhost:3000 .*port 4101.*PORT=4101/);
  });

  it('is silent when the ports match, for a real domain, or without a built address', () => {
    assert.equal(siteUrlNotice('http://localhost:4101/blog/sitemap.xml', 4101), undefined);
    assert.equal(siteUrlNotice('https://example.com/sitemap.xml', 4101), undefined);
    assert.equal(siteUrlNotice(undefined, 4101), undefined);
  });
});
