import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContentStore } from '../../../lib/content/store';
import { sourceDoc } from '../../support/source-doc';
import { absoluteUrl } from '../../../lib/site/config';
import { buildSitemap } from '../../../lib/seo/sitemap';
import { lastChange } from '../../../lib/content/dates';

const store = createContentStore(
  [
    sourceDoc('a', { date: '2024-03-01T00:00:00.000Z', updated: '2024-09-09T00:00:00.000Z', tags: 'x' }),
    sourceDoc('b', { date: '2024-05-01T00:00:00.000Z', tags: 'x, y' }),
    sourceDoc('hidden', { date: '2025-01-01T00:00:00.000Z', tags: 'y, z', draft: true }),
  ],
  'production',
);
const sitemap = buildSitemap(store.getPublishedPosts(), store.getAllTags(), store.getPostsByTag);
const lastmod = new Map(sitemap.map((entry) => [entry.url, entry.lastModified]));

describe('buildSitemap', () => {
  it('lists every public page once, with absolute URLs, and no draft or draft-only tag', () => {
    const expected = ['/', '/posts/b', '/posts/a', '/tags', '/tags/x', '/tags/y', '/archive'].map(absoluteUrl);
    assert.deepEqual(sitemap.map((entry) => entry.url).sort(), expected.sort());
  });

  it('dates pages by their content: a post’s `updated`, else its date; a list by its newest post', () => {
    assert.equal(lastmod.get(absoluteUrl('/posts/a')), '2024-09-09T00:00:00.000Z');
    assert.equal(lastmod.get(absoluteUrl('/posts/b')), '2024-05-01T00:00:00.000Z');
    assert.equal(lastmod.get(absoluteUrl('/tags/y')), '2024-05-01T00:00:00.000Z');
    assert.equal(lastmod.get(absoluteUrl('/')), '2024-09-09T00:00:00.000Z');
    assert.equal(lastmod.get(absoluteUrl('/archive')), '2024-09-09T00:00:00.000Z');
  });

  it('gives no date rather than the build time when there are no posts', () => {
    assert.equal(lastChange([]), undefined);
    assert.deepEqual(buildSitemap([], [], () => [])[0], { url: absoluteUrl('/') });
  });
});
