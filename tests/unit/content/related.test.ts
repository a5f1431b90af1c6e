import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContentStore, rankRelated } from '../../../lib/content/store';
import type { PostDocument } from '../../../lib/content/schema';
import { compareNewestFirst } from '../../../lib/content/dates';
import type { PostSummary } from '../../../lib/content/types';
import { pageUrl, parseExcerpt } from '../../../lib/browser/search-excerpt';
import { nextTheme, parseTheme } from '../../../lib/browser/theme';
import { extractToc } from '../../../lib/markdown/toc';
import { sourceDoc, type RawDoc } from '../../support/source-doc';

function doc(file: string, date: string, tags: string, extra: RawDoc = {}): PostDocument {
  return sourceDoc(file, { date: `${date}T00:00:00.000Z`, tags, ...extra });
}

function summary(slug: string, date: string, tags: string[], draft = false): PostSummary {
  return {
    slug,
    url: `/posts/${slug}`,
    title: slug,
    authors: [{ name: 'Ledger Notes editors' }],
    featured: false,
    unlisted: false,
    date,
    summary: '',
    tags: tags.map((tag) => ({ slug: tag, label: tag })),
    readingMinutes: 1,
    wordCount: 1,
    draft,
  };
}

describe('rankRelated', () => {
  const post = summary('me', '2024-01-01', ['a', 'b', 'c']);
  const candidates = [
    post,
    summary('one-old', '2020-01-01', ['a']),
    summary('two', '2021-01-01', ['a', 'b']),
    summary('one-new', '2023-01-01', ['c', 'z']),
    summary('three', '2019-01-01', ['a', 'b', 'c']),
    summary('none', '2024-06-01', ['z']),
    summary('draft', '2024-02-01', ['a', 'b', 'c'], true),
  ];

  it('ranks by shared tags, then newest first; never the post itself, drafts or unrelated posts', () => {
    assert.deepEqual(
      rankRelated(post, candidates, 10).map((other) => other.slug),
      ['three', 'two', 'one-new', 'one-old'],
    );
  });

  it('keeps only the requested number', () => {
    assert.deepEqual(rankRelated(post, candidates, 2).map((other) => other.slug), ['three', 'two']);
    assert.deepEqual(rankRelated(post, candidates, 0), []);
  });

  it('finds nothing for a post without tags', () => {
    assert.deepEqual(rankRelated(summary('bare', '2024-01-01', []), candidates, 5), []);
  });

  it('picks what sorting every candidate picks, ties and duplicate dates included', () => {
    // Its one-pass selection against the plain definition, on seeded random posts.
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pool = Array.from({ length: 400 }, (_, i) =>
      summary(`p${i}`, `202${random(4)}-0${1 + random(3)}-01`, [...new Set(Array.from({ length: random(4) }, () => `t${random(6)}`))], random(10) === 0),
    ).sort(compareNewestFirst);
    const bySorting = (me: PostSummary, limit: number) => {
      const mine = new Set(me.tags.map((tag) => tag.slug));
      return pool
        .filter((other) => other.slug !== me.slug && !other.draft)
        .map((other) => ({ other, shared: other.tags.filter((tag) => mine.has(tag.slug)).length }))
        .filter(({ shared }) => shared > 0)
        .sort((a, b) => b.shared - a.shared || compareNewestFirst(a.other, b.other))
        .slice(0, limit)
        .map(({ other }) => other.slug);
    };
    for (const me of pool.slice(0, 60)) {
      for (const limit of [1, 3, 7]) assert.deepEqual(rankRelated(me, pool, limit).map((other) => other.slug), bySorting(me, limit), `${me.slug}, ${limit}`);
    }
  });
});

describe('compareNewestFirst', () => {
  it('orders by date, newest first, then title and slug', () => {
    const posts = [
      { date: '2023-05-01T00:00:00.000Z', title: 'b', slug: 'x' },
      { date: '2024-01-01T00:00:00.000Z', title: 'z', slug: 'y' },
      { date: '2023-05-01T00:00:00.000Z', title: 'a', slug: 'w' },
      { date: '2023-05-01T00:00:00.000Z', title: 'a', slug: 'v' },
    ];
    assert.deepEqual([...posts].sort(compareNewestFirst).map((post) => post.slug), ['y', 'v', 'w', 'x']);
  });
});

describe('content store: reading features', () => {
  const docs = [
    doc('a', '2024-01-01', 'plasma'),
    doc('b', '2024-02-01', 'plasma, rollups'),
    doc('c', '2024-03-01', 'rollups'),
    doc('secret', '2024-02-15', 'plasma, rollups', { draft: true }),
    doc('d', '2025-01-01', 'other'),
  ];
  const store = createContentStore(docs, 'production');

  it('links each post to the older (previous) and newer (next) post by date, skipping drafts', () => {
    assert.deepEqual(store.getAdjacentPosts('b'), { previous: store.getPostsPage(1)?.items[3], next: store.getPostsPage(1)?.items[1] });
    assert.equal(store.getAdjacentPosts('b').previous?.slug, 'a');
    assert.equal(store.getAdjacentPosts('b').next?.slug, 'c');
    assert.equal(store.getAdjacentPosts('a').previous, undefined);
    assert.equal(store.getAdjacentPosts('d').next, undefined);
    assert.deepEqual(store.getAdjacentPosts('secret'), {});
  });

  it('relates posts by shared tags without drafts, leaving out the previous and next posts', () => {
    // b's neighbours a and c share its tags but are linked as previous/next already.
    assert.deepEqual(store.getRelatedPosts('b'), []);
    const wider = createContentStore([...docs, doc('e', '2023-06-01', 'rollups'), doc('f', '2023-01-01', 'plasma, rollups')], 'production');
    assert.deepEqual(wider.getRelatedPosts('b').map((post) => post.slug), ['f', 'e']);
    assert.deepEqual(store.getRelatedPosts('d'), []);
    assert.deepEqual(store.getRelatedPosts('nope'), []);
  });

  it('pages the home list, tag lists and the archive, and refuses pages out of range', () => {
    assert.deepEqual(store.getPostsPage(1)?.items.map((post) => post.slug), ['d', 'c', 'b', 'a']);
    assert.equal(store.getPostsPage(2), undefined);
    assert.deepEqual(store.getTagPage('rollups', 1)?.items.map((post) => post.slug), ['c', 'b']);
    assert.equal(store.getTagPage('rollups', 2), undefined);
    assert.equal(store.getTagPage('no-such-tag', 1), undefined);
    const archive = store.getArchivePage(1);
    assert.deepEqual(archive?.years.map((year) => [year.year, year.count]), [[2025, 1], [2024, 3]]);
    assert.equal(store.getArchivePage(2), undefined);
  });

  it('keeps the ToC of a post and leaves it out of summaries', () => {
    const withToc = createContentStore([doc('t', '2024-01-01', '', { toc: [{ id: 'intro', text: 'Intro', depth: 2 }] })], 'production');
    assert.deepEqual(withToc.getPostBySlug('t')?.toc, [{ id: 'intro', text: 'Intro', depth: 2 }]);
    assert.equal('toc' in (withToc.getPublishedPosts()[0] ?? {}), false);
  });
});

describe('archive pages', () => {
  it('groups a later page by month with whole-archive counts', () => {
    const many = Array.from({ length: 12 }, (_, index) => doc(`p${index}`, `2024-0${index < 6 ? 3 : 2}-${String(index + 1).padStart(2, '0')}`, 'x'));
    const store = createContentStore(many, 'production');
    const second = store.getArchivePage(2);
    assert.equal(second?.items.length, 2);
    assert.deepEqual(second?.years.map((year) => year.count), [12]);
    assert.deepEqual(second?.years[0]?.months.map((month) => [month.month, month.count, month.posts.length]), [[2, 6, 2]]);
  });
});

describe('extractToc', () => {
  it('lists H2 and H3 headings with their ids, without the anchor sign', () => {
    const html =
      '<h2 id="why">🎯 Why <em>this</em><a class="heading-anchor" href="#why">#</a></h2><p>x</p>' +
      '<h3 id="detail">A detail<a class="heading-anchor" href="#detail">#</a></h3><h4 id="deep">Deep</h4><h2>No id</h2>';
    assert.deepEqual(extractToc(html), [
      { id: 'why', text: '🎯 Why this', depth: 2 },
      { id: 'detail', text: 'A detail', depth: 3 },
    ]);
  });
});

describe('search excerpts', () => {
  it('splits marks into parts and never lets markup through', () => {
    assert.deepEqual(parseExcerpt('a <mark>plasma</mark> chain &lt;script&gt; &amp; <b>x</b>'), [
      { text: 'a ', marked: false },
      { text: 'plasma', marked: true },
      { text: ' chain <script> & x', marked: false },
    ]);
  });

  it('turns index file paths into page addresses', () => {
    assert.equal(pageUrl('/posts/foo.html'), '/posts/foo');
    assert.equal(pageUrl('/blog/posts/foo/'), '/blog/posts/foo/');
  });
});

describe('theme choice', () => {
  it('leaves system for the appearance the system is not showing, then cycles back; reads only known values', () => {
    for (const [systemDark, expected] of [
      [true, ['light', 'dark', 'system', 'light']],
      [false, ['dark', 'light', 'system', 'dark']],
    ] as const) {
      const seen: string[] = [];
      let theme = parseTheme(null);
      for (let step = 0; step < 4; step++) seen.push((theme = nextTheme(theme, systemDark)));
      assert.deepEqual(seen, expected);
    }
    assert.deepEqual(['dark', 'light', 'purple', ''].map(parseTheme), ['dark', 'light', 'system', 'system']);
  });
});
