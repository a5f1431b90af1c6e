import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugOf, type PostDocument } from '../../../lib/content/schema';
import { createContentStore, isVisible } from '../../../lib/content/store';
import { sourceDoc, type RawDoc } from '../../support/source-doc';

function doc({ file, ...rest }: RawDoc & { file: string }): PostDocument {
  return sourceDoc(file, rest);
}

const avatar = { width: 64, height: 64, sources: [], fallback: [{ src: '/_img/jj-1.png', width: 64 }], bytes: { original: 1, largest: 1 } };

const docs = [
  doc({ file: 'old', date: '2023-05-02T00:00:00.000Z', tags: 'Layer2Solutions, Plasma' }),
  doc({ file: 'new', date: '2024-07-14T00:00:00.000Z', tags: ['layer 2 solutions', 'Sidechains'], slug: 'newest-post' }),
  doc({ file: 'mid', date: '2024-02-10T00:00:00.000Z', tags: 'plasma', summary: 'Given summary' }),
  doc({ file: 'draft', date: '2025-01-01T00:00:00.000Z', tags: 'plasma, secret-tag', draft: true }),
  doc({ file: 'garbled', date: '2022-03-03T00:00:00.000Z', title: 'Unlocking ğŸ”“', tags: 'C#, C++, C' }),
];

describe('isVisible', () => {
  it('hides drafts in production and shows them in development', () => {
    assert.equal(isVisible({ draft: true }, 'production'), false);
    assert.equal(isVisible({ draft: true }, 'development'), true);
    assert.equal(isVisible({ draft: false }, 'production'), true);
    assert.equal(isVisible({}, 'production'), true);
  });

  it('hides a post dated after the moment of the build in production (scheduled), as Hugo, Jekyll and AstroPaper do', () => {
    const now = Date.parse('2024-05-06T08:00:00Z');
    assert.equal(isVisible({ date: '2024-05-06T09:00:00.000+00:00' }, 'production', now), false);
    // The same instant written in Tokyo's offset: an hour before, so published.
    assert.equal(isVisible({ date: '2024-05-06T16:00:00.000+09:00' }, 'production', now), true);
    assert.equal(isVisible({ date: '2024-05-06T09:00:00.000+00:00' }, 'development', now), true);
    assert.equal(isVisible({ date: 'not a date' }, 'production', now), true);
  });
});

describe('slugOf', () => {
  it('uses the frontmatter slug, else the file name', () => {
    assert.equal(slugOf('given', 'posts/x.md'), 'given');
    assert.equal(slugOf(undefined, 'posts/x.md'), 'x');
  });
});

describe('createContentStore (production)', () => {
  const store = createContentStore(docs, 'production');

  it('lists published posts newest first, without drafts', () => {
    assert.deepEqual(
      store.getPublishedPosts().map((post) => post.slug),
      ['newest-post', 'mid', 'old', 'garbled'],
    );
  });

  it('looks posts up by slug and never returns a draft', () => {
    assert.equal(store.getPostBySlug('newest-post')?.html, '<p>new</p>');
    assert.equal(store.getPostBySlug('draft'), undefined);
    assert.equal(store.getPostBySlug('nope'), undefined);
  });

  it('merges tag spellings into one tag with one label', () => {
    const tag = store.getTag('layer-2-solutions');
    assert.deepEqual(tag, { slug: 'layer-2-solutions', label: 'Layer 2 Solutions', count: 2 });
    assert.deepEqual(store.getPostsByTag('layer-2-solutions').map((post) => post.slug), ['newest-post', 'old']);
    assert.equal(store.getTag('layer2solutions'), undefined);
  });

  it('gives the addresses a reader might type for a tag, each leading to its slug', () => {
    const aliases = store.getTagAliases();
    assert.ok(aliases.some((alias) => alias.alias === 'Layer-2-Solutions' && alias.slug === 'layer-2-solutions'));
    assert.ok(aliases.every((alias) => alias.alias !== alias.slug && /^[A-Za-z0-9-]+$/.test(alias.alias)));
  });

  it('counts tags without drafts, and a draft-only tag does not exist', () => {
    assert.equal(store.getTag('plasma')?.count, 2);
    assert.equal(store.getTag('secret-tag'), undefined);
    assert.ok(store.getAllTags().every((tag) => tag.count === store.getPostsByTag(tag.slug).length));
  });

  it('keeps C, C++ and C# as three tags', () => {
    assert.deepEqual(
      store.getPostBySlug('garbled')?.tags.map((tag) => tag.slug),
      ['c-sharp', 'c-plus-plus', 'c'],
    );
  });

  it('repairs mojibake in titles and uses a given summary before the derived one', () => {
    assert.equal(store.getPostBySlug('garbled')?.title, 'Unlocking 🔓');
    assert.equal(store.getPostBySlug('mid')?.summary, 'Given summary');
    assert.equal(store.getPostBySlug('old')?.summary, 'Excerpt of old');
  });

  it('groups the archive by year and month, newest first, with counts', () => {
    const archive = store.getArchivePage(1)?.years ?? [];
    assert.deepEqual(
      archive.map((year) => [year.year, year.count, year.months.map((month) => month.month)]),
      [
        [2024, 2, [7, 2]],
        [2023, 1, [5]],
        [2022, 1, [3]],
      ],
    );
  });

  it('sorts all tags by count, then label', () => {
    const tags = store.getAllTags();
    assert.equal(tags[0]?.slug, 'layer-2-solutions');
    for (let i = 1; i < tags.length; i++) {
      const [a, b] = [tags[i - 1]!, tags[i]!];
      assert.ok(a.count > b.count || (a.count === b.count && a.label.localeCompare(b.label) <= 0));
    }
  });
});

describe('createContentStore (development)', () => {
  it('includes drafts, marked as drafts', () => {
    const store = createContentStore(docs, 'development');
    assert.equal(store.getPostBySlug('draft')?.draft, true);
    assert.equal(store.getPublishedPosts()[0]?.slug, 'draft');
  });
});

describe('a scheduled post (dated after the build)', () => {
  const scheduled = [...docs, doc({ file: 'soon', date: '2024-08-01T09:00:00.000+02:00', tags: 'plasma, launch-day', featured: true })];
  const now = Date.parse('2024-07-20T00:00:00Z');

  it('is left out of a production build, its tag too, and published by a build on or after its date', () => {
    const store = createContentStore(scheduled, 'production', { now });
    assert.equal(store.getPostBySlug('soon'), undefined);
    assert.ok(!store.getPublishedPosts().some((post) => post.slug === 'soon'));
    assert.ok(!store.getAllTags().some((tag) => tag.slug === 'launch-day'));
    const later = createContentStore(scheduled, 'production', { now: Date.parse('2024-08-01T07:00:00Z') });
    assert.equal(later.getPostBySlug('soon')?.scheduled, undefined);
    assert.equal(later.getFeaturedPosts()[0]?.slug, 'soon');
  });

  it('is shown by npm run dev, marked, and in no other post’s neighbours, related posts or featured list', () => {
    const store = createContentStore(scheduled, 'development', { now });
    assert.equal(store.getPostBySlug('soon')?.scheduled, true);
    assert.deepEqual(store.getFeaturedPosts(), []);
    assert.equal(store.getAdjacentPosts('newest-post').next, undefined);
    assert.ok(!store.getRelatedPosts('mid').some((post) => post.slug === 'soon'));
  });
});

describe('getLatestPosts', () => {
  const store = createContentStore(docs, 'production');

  it('returns full posts newest first, limited, without drafts', () => {
    const latest = store.getLatestPosts(2);
    assert.deepEqual(latest.map((post) => post.slug), ['newest-post', 'mid']);
    assert.equal(latest[0]?.html, '<p>new</p>');
    assert.equal(store.getLatestPosts(0).length, 0);
  });

  it('limits to one tag, and a draft never appears in a tag', () => {
    assert.deepEqual(store.getLatestPosts(10, 'plasma').map((post) => post.slug), ['mid', 'old']);
    assert.deepEqual(store.getLatestPosts(10, 'secret-tag'), []);
  });
});

describe('authors, series, featured posts and the site’s tag names', () => {
  const profiles = { default: { name: 'Editors' }, mara: { name: 'Mara Lindqvist', url: 'https://mara.example' } };
  const options = { authors: profiles, defaultAuthor: { name: 'Editors' }, tags: { 'type-script': { slug: 'typescript' }, typescript: { label: 'TS' } } };
  const store = createContentStore(
    [
      doc({ file: 'one', date: '2024-01-01T00:00:00.000Z', series: 'Deep Dives', authors: ['mara', 'Guest Writer'], tags: 'TypeScript' }),
      doc({ file: 'two', date: '2024-02-01T00:00:00.000Z', series: ['Deep Dives'], featured: true, author: 'Mara Lindqvist', tags: 'type script' }),
      doc({ file: 'three', date: '2024-03-01T00:00:00.000Z', series: 'Deep Dives', draft: true }),
      doc({ file: 'alone', date: '2024-04-01T00:00:00.000Z', featured: true }),
      // Hugo: a post in two series; Vercel's starter: an author with a picture; Hugo: a cover's caption.
      { ...doc({ file: 'both', date: '2024-05-01T00:00:00.000Z', series: ['Deep Dives', 'Fees'], author: { name: 'JJ Kasper', picture: '/jj.png' } }), authorPictures: { '/jj.png': avatar } },
      { ...doc({ file: 'fees', date: '2024-06-01T00:00:00.000Z', series: 'Fees', cover: { image: 'c.png', alt: 'Coins', caption: 'Photo: A. Person' } }), coverImage: { image: avatar, alt: 'Coins', share: '/_img/c-share.jpg', caption: 'Photo: <a href="https://example.com">A. Person</a>' } },
    ],
    'production',
    options,
  );

  it('resolves authors by profile id or name, keeps others as written, and falls back to the default author', () => {
    assert.deepEqual(store.getPostBySlug('one')?.authors, [{ name: 'Mara Lindqvist', url: 'https://mara.example' }, { name: 'Guest Writer' }]);
    assert.deepEqual(store.getPostBySlug('two')?.authors, [{ name: 'Mara Lindqvist', url: 'https://mara.example' }]);
    assert.deepEqual(store.getPostBySlug('alone')?.authors, [{ name: 'Editors' }]);
  });

  it('gives each post of a series its place among the published ones, oldest first', () => {
    const [series, ...others] = store.getPostBySlug('two')?.series ?? [];
    assert.equal(series?.name, 'Deep Dives');
    assert.equal(series?.position, 2);
    assert.deepEqual(series?.posts.map((post) => post.slug), ['one', 'two', 'both']);
    assert.deepEqual(others, []);
    assert.deepEqual(store.getPostBySlug('alone')?.series, []);
  });

  it('places a post in each of its series (Hugo `series: [a, b]`)', () => {
    const series = store.getPostBySlug('both')?.series ?? [];
    assert.deepEqual(
      series.map((entry) => [entry.name, entry.position, entry.posts.map((post) => post.slug)]),
      [
        ['Deep Dives', 3, ['one', 'two', 'both']],
        ['Fees', 1, ['both', 'fees']],
      ],
    );
  });

  it('gives an author their processed picture on the post page, and lists none of it', () => {
    assert.deepEqual(store.getPostBySlug('both')?.authors, [{ name: 'JJ Kasper', avatar }]);
    assert.deepEqual(store.getPublishedPosts().find((post) => post.slug === 'both')?.authors, [{ name: 'JJ Kasper' }]);
    // A picture the content step did not process (it stops the build instead) is never shown.
    assert.deepEqual(createContentStore([doc({ file: 'x', author: { name: 'A', picture: '/a.png' } })], 'production').getPostBySlug('x')?.authors, [{ name: 'A' }]);
  });

  it('shows a cover with its caption (Hugo `cover: { caption }`) as the content step rendered it', () => {
    assert.equal(store.getPostBySlug('fees')?.cover?.caption, 'Photo: <a href="https://example.com">A. Person</a>');
    assert.equal(store.getPostBySlug('fees')?.cover?.alt, 'Coins');
  });

  it('lists featured posts, newest first, drafts never', () => {
    assert.deepEqual(store.getFeaturedPosts().map((post) => post.slug), ['alone', 'two']);
  });

  it('merges tags and names their label as the site config says', () => {
    assert.deepEqual(store.getAllTags(), [{ slug: 'typescript', label: 'TS', count: 2 }]);
    assert.deepEqual(store.getPostBySlug('two')?.tags, [{ slug: 'typescript', label: 'TS' }]);
  });
});

describe('createContentStore: unlisted posts (`unlisted`, `hidden`, Pelican’s `status: hidden`, Hugo’s `build.list: never`)', () => {
  const listed = [
    doc({ file: 'a', date: '2024-01-01T00:00:00.000Z', tags: 'rollups', series: 'Deep dive', featured: true }),
    doc({ file: 'b', date: '2024-03-01T00:00:00.000Z', tags: 'rollups', series: 'Deep dive' }),
  ];
  const unlisted = [
    doc({ file: 'u1', date: '2024-02-01T00:00:00.000Z', tags: 'rollups, secret-tag', series: 'Deep dive', unlisted: true, featured: true }),
    doc({ file: 'u2', date: '2024-05-01T00:00:00.000Z', tags: 'rollups', hidden: true }),
    doc({ file: 'u3', date: '2024-06-01T00:00:00.000Z', status: 'hidden' }),
    doc({ file: 'u4', date: '2024-07-01T00:00:00.000Z', build: { list: 'never' } }),
  ];
  const store = createContentStore([...listed, ...unlisted], 'production');

  it('has a page for each, and nothing else names them: lists, tags, feeds, featured, neighbours, related, series', () => {
    assert.deepEqual(store.getPostSlugs().sort(), ['a', 'b', 'u1', 'u2', 'u3', 'u4']);
    for (const slug of ['u1', 'u2', 'u3', 'u4']) assert.equal(store.getPostBySlug(slug)?.unlisted, true, slug);
    assert.deepEqual(store.getPublishedPosts().map((post) => post.slug), ['b', 'a']);
    assert.deepEqual(store.getPostsPage(1)?.items.map((post) => post.slug), ['b', 'a']);
    assert.deepEqual(store.getArchivePage(1)?.items.map((post) => post.slug), ['b', 'a']);
    assert.deepEqual(store.getFeaturedPosts().map((post) => post.slug), ['a']);
    assert.deepEqual(store.getTag('rollups'), { slug: 'rollups', label: 'Rollups', count: 2 });
    assert.equal(store.getTag('secret-tag'), undefined);
    assert.deepEqual(store.getLatestPosts(10).map((post) => post.slug), ['b', 'a']);
    assert.deepEqual(store.getLatestPosts(10, 'rollups').map((post) => post.slug), ['b', 'a']);
    assert.deepEqual([store.getAdjacentPosts('a').next?.slug, store.getAdjacentPosts('b').previous?.slug], ['b', 'a']);
    // `b` shares its tag with u1 and u2 (and `a`, linked as its neighbour already): no related post.
    assert.deepEqual(store.getRelatedPosts('b', 5).map((post) => post.slug), []);
    assert.deepEqual(store.getPostBySlug('b')?.series[0]?.posts.map((post) => post.slug), ['a', 'b']);
  });

  it('shows on its own page only the tags that have a page, and no series or neighbours', () => {
    const page = store.getPostBySlug('u1');
    assert.deepEqual(page?.tags.map((tag) => tag.slug), ['rollups']);
    assert.deepEqual(page?.series, []);
    assert.deepEqual(store.getAdjacentPosts('u1'), {});
    // Its readers find the listed posts that share its tags.
    assert.deepEqual(store.getRelatedPosts('u2').map((post) => post.slug), ['b', 'a']);
  });
});
