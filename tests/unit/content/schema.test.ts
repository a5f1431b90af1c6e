import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyFormatOf, KNOWN_KEYS, normaliseFields, slugOf } from '../../../lib/content/schema';

const base = { title: 'T', date: '2024-01-01' };
const fields = (raw: Record<string, unknown>, file = 'posts/p.md') => normaliseFields({ ...raw }, file);

describe('other engines’ field names fill the schema’s fields', () => {
  for (const alias of ['pubDatetime', 'publishDate', 'pubDate', 'published_at', 'datePublished']) {
    it(`${alias} → date (ISO 8601, as contentlayer gives dates)`, () => {
      assert.equal(fields({ title: 'T', [alias]: '2022-09-23T15:22:00Z' }).date, '2022-09-23T15:22:00.000Z');
    });
  }
  for (const alias of ['lastmod', 'modDatetime', 'updatedDate', 'last_modified_at']) {
    it(`${alias} → updated`, () => {
      assert.equal(fields({ ...base, [alias]: '2024-03-01' }).updated, '2024-03-01T00:00:00.000Z');
    });
  }
  it('excerpt → summary; description stays its own field', () => {
    assert.equal(fields({ ...base, excerpt: 'Short.' }).summary, 'Short.');
    assert.equal(fields({ ...base, description: 'Desc.' }).description, 'Desc.');
  });
  for (const alias of ['canonicalURL', 'canonicalUrl', 'canonical_url']) {
    it(`${alias} → canonical`, () => {
      assert.equal(fields({ ...base, [alias]: 'https://example.com/a' }).canonical, 'https://example.com/a');
    });
  }
  it('author and authors: a name, a list, ids, `{ name, url | link }`, merged', () => {
    assert.deepEqual(fields({ ...base, author: 'Sat Naing' }).author, [{ name: 'Sat Naing' }]);
    assert.deepEqual(fields({ ...base, authors: ['default', 'mara'] }).author, [{ name: 'default' }, { name: 'mara' }]);
    assert.deepEqual(fields({ ...base, author: { name: 'JJ Kasper', picture: '/jj.jpeg' } }).author, [{ name: 'JJ Kasper', picture: '/jj.jpeg' }]);
    assert.deepEqual(fields({ ...base, author: 'A', authors: [{ name: 'B', link: 'https://b.example' }] }).author, [{ name: 'A' }, { name: 'B', url: 'https://b.example' }]);
    assert.deepEqual(fields(base).author, []);
  });
  it('a time without a zone is UTC on any machine; Hexo writes dates with slashes', () => {
    const zone = process.env.TZ;
    try {
      for (const machine of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = machine;
        assert.equal(fields({ title: 'T', date: '2019-03-15 02:00:00' }).date, '2019-03-15T02:00:00.000Z', machine);
        assert.equal(fields({ title: 'T', date: '2019-03-15T23:30' }).date, '2019-03-15T23:30:00.000Z', machine);
        assert.equal(fields({ title: 'T', date: '2013/7/13 20:46:25' }).date, '2013-07-13T20:46:25.000Z', machine);
        assert.equal(fields({ title: 'T', date: '2024-09-01 10:30:00 +0200' }).date, '2024-09-01T10:30:00.000+02:00', machine);
        assert.equal(fields({ title: 'T', date: '2015-05-01T22:12:03.284Z' }).date, '2015-05-01T22:12:03.284Z', machine);
        // A month by name, as Astro's posts write it.
        assert.equal(fields({ title: 'T', date: '25 Aug 2024' }).date, '2024-08-25T00:00:00.000Z', machine);
        assert.equal(fields({ title: 'T', date: 'Jul 01 2022' }).date, '2022-07-01T00:00:00.000Z', machine);
        assert.equal(fields({ title: 'T', date: 'September 3, 2021' }).date, '2021-09-03T00:00:00.000Z', machine);
        assert.equal(fields({ title: 'T', date: 'Feb 30 2024' }).date, 'Feb 30 2024', machine);
        // Ruby's Time#to_s in UTC (jekyll-import's Serendipity posts).
        assert.equal(fields({ title: 'T', date: '2013-05-01 10:00:00 UTC' }).date, '2013-05-01T10:00:00.000Z', machine);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
  it('MkDocs’ `pin: true` → featured', () => {
    assert.equal(fields({ ...base, pin: true }).featured, true);
  });
  it('categories merge into tags', () => {
    assert.deepEqual(fields({ ...base, tags: ['a', 'b'], categories: 'c, d' }).tags, ['a', 'b', 'c', 'd']);
    assert.deepEqual(fields({ ...base, categories: ['jekyll', 'update'] }).tags, ['jekyll', 'update']);
    // Hexo: a nested list is a path of categories; each one becomes a tag.
    assert.deepEqual(fields({ ...base, tags: ['Hexo'], categories: [['技术', '前端'], '随笔'] }).tags, ['Hexo', '技术', '前端', '随笔']);
    // Kept as Jekyll read them too, for a site-wide rule's `:categories`: `category` alone, else the list or the words of the line.
    assert.deepEqual(fields({ ...base, categories: 'jekyll update' }).categories, ['jekyll', 'update']);
    assert.deepEqual(fields({ ...base, category: 'Releases', categories: ['ignored'] }).categories, ['Releases']);
    assert.deepEqual(fields({ ...base, categories: [['技术', '前端'], 2024] }).categories, ['技术', '前端', '2024']);
    assert.equal(fields(base).categories, undefined);
  });
  it('a Jekyll post’s line of words is a tag per word, as Jekyll reads it; any other post’s line is split at commas', () => {
    const jekyll = 'posts/_posts/2023-08-14-welcome-to-jekyll.markdown';
    assert.deepEqual(fields({ ...base, categories: 'jekyll update', tags: 'GitHub ReactJS' }, jekyll).tags, ['GitHub', 'ReactJS', 'jekyll', 'update']);
    assert.deepEqual(fields({ ...base, tags: 'layer 2, rollups', category: 'Road Trips' }, jekyll).tags, ['layer 2', 'rollups', 'Road Trips'], 'commas, and `category` (one)');
    assert.deepEqual(fields({ ...base, tags: 'layer 2' }).tags, ['layer 2'], 'another engine’s post');
  });
  it('covers: a path, a list (the first), `{ image | url | src | path, alt }` with its alt text', () => {
    for (const [key, value] of [
      ['cover', './c.png'],
      ['coverImage', './c.png'],
      ['heroImage', './c.png'],
      ['image', './c.png'],
      ['images', ['./c.png', './d.png']],
      ['ogImage', { url: './c.png' }],
      ['cover_image', './c.png'],
      ['image', { path: './c.png' }],
      ['cover', { src: './c.png' }],
    ] as const) {
      assert.equal(fields({ ...base, [key]: value }).cover, './c.png', `${key}: ${JSON.stringify(value)}`);
    }
    const hugo = fields({ ...base, cover: { image: 'c.png', alt: 'Coins' } });
    assert.equal(hugo.coverAlt, 'Coins');
    assert.equal(fields({ ...base, cover: { image: 'c.png', alt: 'Coins' }, coverAlt: 'Mine' }).coverAlt, 'Mine');
    assert.equal(fields({ ...base, coverImage: './first.png', ogImage: { url: './second.png' } }).cover, './first.png');
  });
  it('Hugo `cover: { caption }` is the cover’s caption; `coverCaption` wins', () => {
    assert.equal(fields({ ...base, cover: { image: 'c.png', caption: 'Photo: A. Person' } }).coverCaption, 'Photo: A. Person');
    assert.equal(fields({ ...base, cover: { image: 'c.png', caption: 'Theirs' }, coverCaption: 'Mine' }).coverCaption, 'Mine');
    assert.equal(fields({ ...base, cover: 'c.png' }).coverCaption, undefined);
  });
  it('Hugo `url`, Hugo and Jekyll `permalink`: old addresses, merged into `aliases`', () => {
    assert.deepEqual(fields({ ...base, url: '/2019/old/' }).aliases, ['/2019/old/']);
    assert.deepEqual(fields({ ...base, aliases: ['/a'], permalink: '/b.html' }).aliases, ['/a', '/b.html']);
    assert.equal(KNOWN_KEYS.get('url')?.field, 'aliases');
    assert.match(KNOWN_KEYS.get('permalink')?.alias.note ?? '', /redirects to the post/);
  });
  it('published: false is a draft; draft wins when both are given', () => {
    assert.equal(fields({ ...base, published: false }).draft, true);
    assert.equal(fields({ ...base, published: true }).draft, false);
    assert.equal(fields({ ...base, draft: false, published: false }).draft, false);
    assert.equal(fields(base).draft, false);
  });
  it('featured defaults to false', () => {
    assert.equal(fields({ ...base, featured: true }).featured, true);
    assert.equal(fields(base).featured, false);
  });
  it('series: a name, or each of a list (Hugo taxonomies), never split at commas', () => {
    assert.deepEqual(fields({ ...base, series: 'Deep Dives' }).series, ['Deep Dives']);
    assert.deepEqual(fields({ ...base, series: ['Deep Dives', 'Fees, Costs', 'Deep Dives', ' '] }).series, ['Deep Dives', 'Fees, Costs']);
    assert.deepEqual(fields(base).series, []);
  });
  it('reads a body by its file name: HTML, MDX or Markdown', () => {
    assert.deepEqual(['posts/a.html', 'posts/b.htm', 'posts/c.mdx', 'posts/d.md', 'posts/e.markdown', 'posts/f.mdx.md'].map(bodyFormatOf), ['html', 'html', 'mdx', 'markdown', 'markdown', 'markdown']);
  });
  it('Jekyll file names: the date prefix is the post date, not part of the slug', () => {
    assert.equal(slugOf(undefined, 'posts/jekyll/_posts/2023-08-14-welcome-to-jekyll.md'), 'welcome-to-jekyll');
    // `jekyll new` names it .markdown
    assert.equal(slugOf(undefined, 'posts/jekyll/_posts/2023-08-14-welcome-to-jekyll.markdown'), 'welcome-to-jekyll');
    const dated = fields({ title: 'T' }, 'posts/_posts/2023-09-02-notes.md');
    assert.equal(dated.date, '2023-09-02T00:00:00.000Z');
    assert.equal(fields({ title: 'T', date: '2024-01-01' }, 'posts/_posts/2023-09-02-notes.md').date, '2024-01-01T00:00:00.000Z');
    // Docusaurus dates a folder post by its folder's name.
    const folder = fields({ title: 'T' }, 'posts/blog/2021-08-26-welcome/index.md');
    assert.equal(folder.date, '2021-08-26T00:00:00.000Z');
    assert.equal(folder.slug, 'welcome');
    assert.equal(fields({ title: 'T' }, 'posts/2021-08-26-welcome/notes.md').date, '');
    assert.equal(slugOf(undefined, 'posts/2023-09-02.md'), '2023-09-02');
  });
  it('declares every alias once, for one field', () => {
    assert.equal(KNOWN_KEYS.get('pubDatetime')?.field, 'date');
    assert.equal(KNOWN_KEYS.get('categories')?.field, 'tags');
    assert.equal(KNOWN_KEYS.get('published')?.alias.negate, true);
  });
});
