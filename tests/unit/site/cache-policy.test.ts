import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IMMUTABLE, isHashedAsset, PROCESSED_IMAGES_CACHE_RULE } from '../../../lib/site/cache-policy';

describe('cache policy (lib/site/cache-policy.ts)', () => {
  it('treats Next’s assets and processed images as hashed, under the base path too', () => {
    assert.equal(isHashedAsset('/_next/static/chunks/app.js'), true);
    assert.equal(isHashedAsset('/_img/harbour-0b347c2e64d6-1200.webp'), true);
    assert.equal(isHashedAsset('/blog/_img/harbour-0b347c2e64d6-1200.webp', '/blog'), true);
  });

  it('keeps pages and files whose content changes under the same name revalidating', () => {
    for (const path of ['/', '/posts/a', '/feed.xml', '/share-image.png', '/posts/_img/', '/tags/x/_next/static/a.js', '/_img', '/_imgx/a.webp']) {
      assert.equal(isHashedAsset(path), false, path);
    }
    // Without its base path the request is not the site's folder.
    assert.equal(isHashedAsset('/_img/a.webp', '/blog'), false);
  });

  it('gives next.config.ts one rule for the processed images folder, cached for good', () => {
    assert.deepEqual(PROCESSED_IMAGES_CACHE_RULE, { source: '/_img/:file*', headers: [{ key: 'Cache-Control', value: IMMUTABLE }] });
  });
});
