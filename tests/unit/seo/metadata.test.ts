import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalUrl, fullTitle, pageMetadata, postPageMetadata } from '../../../lib/seo/metadata';
import type { Post } from '../../../lib/content/types';
import { absoluteUrl, site } from '../../../lib/site/config';
import { blogPostingJsonLd, breadcrumbJsonLd, serializeJsonLd } from '../../../lib/seo/structured-data';

const post: Post = {
  toc: [],
  series: [],
  slug: 'hello',
  url: '/posts/hello',
  authors: [{ name: 'Ada Lovelace', url: 'https://ada.example' }],
  featured: false,
  unlisted: false,
  title: 'Hello </script><script>alert(1)</script>',
  date: '2024-05-23T00:00:00.000Z',
  updated: '2024-06-01T00:00:00.000Z',
  summary: 'The summary',
  tags: [
    { slug: 'plasma', label: 'plasma' },
    { slug: 'layer-2', label: 'Layer 2' },
  ],
  readingMinutes: 3,
  wordCount: 500,
  draft: false,
  html: '<p>Hi</p>',
  sourcePath: 'posts/hello.md',
  shareCard: '/_img/card-0123456789ab.png',
};

describe('pageMetadata', () => {
  it('gives a post its summary, absolute canonical, article OpenGraph and a large-image card', () => {
    const meta = postPageMetadata(post);
    assert.equal(meta.title, post.title);
    assert.equal(meta.description, 'The summary');
    assert.equal(meta.alternates?.canonical, absoluteUrl('/posts/hello'));
    assert.deepEqual(
      { ...meta.openGraph, images: undefined },
      {
        title: fullTitle(post.title),
        description: 'The summary',
        siteName: site.name,
        locale: 'en_US',
        images: undefined,
        url: absoluteUrl('/posts/hello'),
        type: 'article',
        publishedTime: post.date,
        modifiedTime: post.updated,
        tags: ['plasma', 'Layer 2'],
        authors: ['Ada Lovelace'],
      },
    );
    const twitter = meta.twitter as { card: string; images: { url: string }[] };
    assert.equal(twitter.card, 'summary_large_image');
    assert.equal(twitter.images[0]?.url, absoluteUrl('/_img/card-0123456789ab.png'));
    // A cover's crop is the card of a post with a cover; a post with neither (a draft in dev) gets the site's.
    const withCover = { ...post, cover: { image: { width: 1, height: 1, sources: [], fallback: [] }, alt: '', share: '/_img/cover-share.jpg' } } as unknown as Post;
    assert.equal((postPageMetadata(withCover).openGraph as { images: { url: string }[] }).images[0]?.url, absoluteUrl('/_img/cover-share.jpg'));
    assert.equal((postPageMetadata({ ...post, shareCard: undefined } as Post).openGraph as { images: { url: string }[] }).images[0]?.url, absoluteUrl('/share-image.png'));
  });

  it('keeps an unlisted post out of search engines, and only it', () => {
    assert.deepEqual(postPageMetadata({ ...post, unlisted: true }).robots, { index: false, follow: true });
    assert.equal(postPageMetadata(post).robots, undefined);
  });

  it('honours a frontmatter canonical, absolute or a site path', () => {
    assert.equal(postPageMetadata({ ...post, canonical: 'https://elsewhere.example/original' }).alternates?.canonical, 'https://elsewhere.example/original');
    assert.equal(canonicalUrl('/posts/hello', '/posts/other'), absoluteUrl('/posts/other'));
  });

  it('advertises the three site feeds everywhere and a tag page’s own feed', () => {
    const types = pageMetadata({ title: 'Tag', path: '/tags/plasma', tagFeed: { slug: 'plasma', label: 'plasma' } }).alternates?.types;
    const urls = Object.values(types ?? {}).flatMap((links) => (Array.isArray(links) ? links.map((link) => String(link.url)) : []));
    assert.deepEqual(urls.sort(), [absoluteUrl('/atom.xml'), absoluteUrl('/feed.json'), absoluteUrl('/feed.xml'), absoluteUrl('/tags/plasma/feed.xml')].sort());
  });

  it('uses the default share image and website type off posts; the 404 page is not indexed and has no canonical', () => {
    const meta = pageMetadata({ title: 'Page not found', noindex: true });
    assert.equal(meta.alternates?.canonical, undefined);
    assert.deepEqual(meta.robots, { index: false, follow: true });
    const og = meta.openGraph as { type: string; images: { url: string }[] };
    assert.equal(og.type, 'website');
    assert.equal(og.images[0]?.url, absoluteUrl('/share-image.png'));
    assert.deepEqual(pageMetadata({}).title, { absolute: site.name });
  });
});

describe('structured data', () => {
  it('describes a post as a BlogPosting with every field search engines read', () => {
    const data = blogPostingJsonLd(post);
    assert.equal(data['@type'], 'BlogPosting');
    assert.equal(data.headline, post.title);
    assert.equal(data.description, 'The summary');
    assert.equal(data.datePublished, post.date);
    assert.equal(data.dateModified, post.updated);
    assert.deepEqual(data.keywords, ['plasma', 'Layer 2']);
    assert.equal(data.url, absoluteUrl('/posts/hello'));
    assert.equal(data.image, absoluteUrl('/_img/card-0123456789ab.png'));
    assert.deepEqual(data.author, [{ '@type': 'Person', name: 'Ada Lovelace', url: 'https://ada.example' }]);
    assert.equal(blogPostingJsonLd({ ...post, updated: undefined } as Post).dateModified, post.date);
  });

  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd([
      { name: 'Home', path: '/' },
      { name: 'plasma', path: '/tags/plasma' },
    ]);
    assert.deepEqual(data.itemListElement, [
      { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl('/') },
      { '@type': 'ListItem', position: 2, name: 'plasma', item: absoluteUrl('/tags/plasma') },
    ]);
  });

  it('serialises so that a title holding </script> cannot end the script, and round-trips', () => {
    const json = serializeJsonLd(blogPostingJsonLd(post));
    assert.ok(!json.includes('<'));
    assert.equal((JSON.parse(json) as { headline: string }).headline, post.title);
  });
});
