import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import { checkRedirects, takenSegments } from '../../../lib/check/redirects';
import { aliasPath, applyRule, exportRedirects, nextRedirects, postAliasRedirects, publicFolders, redirectPage, redirectsFile, ruleRedirects } from '../../../lib/content/redirects';

const posts = [
  { slug: 'new-name', aliases: ['/2023/old-name/', '/notes/old.html'], redirect_from: '/jekyll/old' },
  { slug: 'draft-post', aliases: ['/old-draft'], draft: true },
  { slug: 'other', aliases: [] },
];
const rules = [{ from: '/blog/:slug', to: '/posts/:slug' }];

describe('redirect rules', () => {
  it('turns aliases into site paths: trailing slash off, non-Latin letters encoded', () => {
    assert.deepEqual(aliasPath('/2023/old-name/'), { path: '/2023/old-name' });
    assert.deepEqual(aliasPath(' /日本/メモ '), { path: '/%E6%97%A5%E6%9C%AC/%E3%83%A1%E3%83%A2' });
    assert.deepEqual(aliasPath('/%E6%97%A5'), { path: '/%E6%97%A5' });
  });

  it('explains an alias that is not a site path, with the replacement', () => {
    const cases: [string, RegExp, RegExp][] = [
      ['https://old.example.com/2019/post/', /is a full URL/, /^Write the path alone: \/2019\/post\/$/],
      ['old-post.html', /is relative/, /^Write it from the site root: \/old-post\.html$/],
      ['/a?page=2', /query or fragment/, /^Write the path alone: \/a$/],
      ['/a/../b', /\. or \.\./, /as the browser shows it/],
      ['/a(b)', /characters a redirect cannot match/, /letters, digits/],
      ['/', /home page/, /Remove it/],
      ['/:year/:month/:title/', /is a pattern \(:year\)/, /the old site gave this post/],
    ];
    for (const [raw, problem, fix] of cases) {
      const result = aliasPath(raw);
      assert.ok('problem' in result, raw);
      assert.match(result.problem, problem, raw);
      assert.match(result.fix, fix, raw);
    }
  });

  it('leads each alias of a published post to it, both field names, drafts left out', () => {
    assert.deepEqual(postAliasRedirects(posts), [
      { from: '/2023/old-name', to: '/posts/new-name' },
      { from: '/notes/old.html', to: '/posts/new-name' },
      { from: '/jekyll/old', to: '/posts/new-name' },
    ]);
  });

  it('makes no redirect from a post’s own address (Hugo `url: /posts/<slug>/` would loop)', () => {
    assert.deepEqual(postAliasRedirects([{ slug: 'a', aliases: ['/posts/a/', '/old-a'] }]), [{ from: '/old-a', to: '/posts/a' }]);
    assert.deepEqual(nextRedirects([], [{ slug: '中文', aliases: ['/posts/中文'] }]), []);
  });

  it('expands site rules for every published post in an export; keeps them as patterns for a server (308)', () => {
    assert.deepEqual(ruleRedirects(rules, posts).map((redirect) => `${redirect.from} ${redirect.to}`), ['/blog/new-name /posts/new-name', '/blog/other /posts/other']);
    const next = nextRedirects(rules, posts);
    assert.deepEqual(next[0], { source: '/blog/:slug', destination: '/posts/:slug', permanent: true });
    assert.equal(next.length, 4);
    assert.ok(next.every((redirect) => redirect.permanent));
  });

  it('writes a rule under a folder of public/ out post by post, so the folder’s files are served (Nuxt’s public/blog/)', () => {
    const folders = new Set(['blog']);
    assert.deepEqual(nextRedirects(rules, posts, folders).slice(0, 2), [
      { source: '/blog/new-name', destination: '/posts/new-name', permanent: true },
      { source: '/blog/other', destination: '/posts/other', permanent: true },
    ]);
    assert.doesNotMatch(redirectsFile(rules, posts, (address) => address, folders), /:slug/);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'public-folders-'));
    try {
      for (const folder of ['public/blog', 'public/tags', 'app/tags']) fs.mkdirSync(path.join(root, folder), { recursive: true });
      fs.writeFileSync(path.join(root, 'public', 'favicon.ico'), '');
      // `tags` is a page of app/ too: its addresses stay the site's.
      assert.deepEqual([...publicFolders(root)], ['blog']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('fills a rule’s date names from the post’s date as the site shows it, and its slug for Jekyll’s :title', () => {
    const post = { slug: 'welcome', date: '2023-08-04T22:30:00.000Z' };
    assert.equal(applyRule('/:year/:month/:day/:title:output_ext', post), '/2023/08/04/welcome.html');
    assert.equal(applyRule('/:short_year/:i_month/:i_day/:slug/', post), '/23/8/4/welcome/');
    assert.equal(applyRule('/:year/:slug', { slug: 'draft' }), undefined, 'a draft without a date has no dated address');
    assert.equal(applyRule('/:section/:slug', post), undefined, 'a name the site cannot fill in (Hugo’s)');
    assert.equal(applyRule('/blog/:slug', { slug: 'x' }), '/blog/x');
  });

  it('fills Jekyll’s :categories as Jekyll wrote its default addresses: lowercase, one segment each, none without', () => {
    const jekyll = '/:categories/:year/:month/:day/:title:output_ext';
    const date = '2023-08-14T10:30:00.000+02:00';
    assert.equal(applyRule(jekyll, { slug: 'welcome-to-jekyll', date, categories: ['jekyll', 'update'] }), '/jekyll/update/2023/08/14/welcome-to-jekyll.html');
    assert.equal(applyRule(jekyll, { slug: 'notes', date, categories: ['Releases', 'releases'] }), '/releases/2023/08/14/notes.html');
    assert.equal(applyRule(jekyll, { slug: 'plain', date }), '/2023/08/14/plain.html', 'no categories: no empty segment');
    assert.deepEqual(ruleRedirects([{ from: jekyll, to: '/posts/:slug' }], [{ slug: 'café', date, categories: ['Road Trips'] }]), [
      { from: '/road%20trips/2023/08/14/caf%C3%A9.html', to: '/posts/café' },
    ]);
  });

  it('writes a dated rule out for each published post, as aliases are written, one redirect per address', () => {
    const dated = [
      { slug: 'welcome', date: '2023-08-04T10:00:00.000Z' },
      { slug: '中文', date: '2023-09-01T00:00:00.000Z' },
      { slug: 'unpublished', date: '2023-09-02T00:00:00.000Z', draft: true },
    ];
    assert.deepEqual(ruleRedirects([{ from: '/:year/:month/:day/:slug/', to: '/posts/:slug' }], dated), [
      { from: '/2023/08/04/welcome', to: '/posts/welcome' },
      { from: '/2023/09/01/%E4%B8%AD%E6%96%87', to: '/posts/中文' },
    ]);
    assert.deepEqual(ruleRedirects([{ from: '/:year/', to: '/archive' }], dated), [{ from: '/2023', to: '/archive' }]);
    // A server matches `/blog/:slug` itself; a dated rule or one that opens with a name (it would also catch /archive) is written out.
    const next = nextRedirects([...rules, { from: '/:year/:month/:title.html', to: '/posts/:slug' }, { from: '/:slug', to: '/posts/:slug' }], dated.slice(0, 1));
    assert.deepEqual(next.map((redirect) => `${redirect.source} ${redirect.destination}`), ['/blog/:slug /posts/:slug', '/2023/08/welcome.html /posts/welcome', '/welcome /posts/welcome']);
    assert.deepEqual(redirectsFile([{ from: '/:year/:month/:title.html', to: '/posts/:slug' }], dated.slice(0, 1), (path) => `/base${path}`).trim().split('\n').slice(1), ['/base/2023/08/welcome.html /base/posts/welcome 308']);
  });

  it('writes a redirect page with a meta refresh and a canonical link, escaped', () => {
    const html = redirectPage({ href: '/blog/posts/a"b/', canonical: 'https://example.com/blog/posts/a"b/' });
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/blog\/posts\/a&#34;b\/">/);
    assert.match(html, /<link rel="canonical" href="https:\/\/example\.com\/blog\/posts\/a&#34;b\/">/);
    assert.match(html, /<meta name="robots" content="noindex">/);
  });

  it('writes _redirects lines with the base path and status 308', () => {
    const text = redirectsFile(rules, posts, (path) => `/base${path}`);
    assert.deepEqual(text.trim().split('\n').slice(1), [
      '/base/blog/:slug /base/posts/:slug 308',
      '/base/2023/old-name /base/posts/new-name 308',
      '/base/notes/old.html /base/posts/new-name 308',
      '/base/jekyll/old /base/posts/new-name 308',
    ]);
  });
});

describe('content:check on redirects', () => {
  const taken = takenSegments(process.cwd());
  const config = { file: 'lib/site/config.ts', text: "redirects: [{ from: '/blog/:slug', to: postPath(':slug') }]\n\n  { from: '/old/:slug', to: '/articles/:slug' }" };
  const post = (slug: string, aliases: [string, number][], draft = false) => ({ file: `content/posts/${slug}.md`, slug, draft, aliases: aliases.map(([raw, line]) => ({ raw, line })) });

  it('reads app/ and public/ for the addresses the site takes', () => {
    for (const segment of ['tags', 'archive', 'feed.xml', 'images', 'search', '_next']) assert.ok(taken.has(segment), segment);
    assert.equal(taken.has('posts'), false);
  });

  it('rejects aliases that take a page, another post or a rule’s address, at their line', () => {
    const problems = checkRedirects(
      [post('a', [['/posts/b', 4], ['/tags/plasma', 5], ['/blog/b', 6], ['/posts/renamed', 7], ['/shared', 8]]), post('b', [['/shared', 3]])],
      { rules, taken, config },
    );
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`),
      [
        'content/posts/a.md:4 The alias /posts/b is the address of a post (content/posts/b.md): the redirect would hide it.',
        "content/posts/a.md:5 The alias /tags/plasma is under /tags, which the site's own pages use (/tags/…).",
        'content/posts/a.md:6 The alias /blog/b is answered already by a site-wide redirect (lib/site/config.ts), to /posts/b.',
        'content/posts/b.md:3 Two posts redirect from /shared: this one and content/posts/a.md:8.',
      ],
    );
  });

  it('takes a rule or an alias under a folder of public/, unless the address is one of its files', () => {
    const withBlog = new Set([...taken, 'blog']);
    const options = { rules, taken: withBlog, config, folders: new Set(['blog']), isPublicFile: (address: string) => address === '/blog/cover.png' || address === '/blog/b' };
    const problems = checkRedirects([post('a', [['/blog/old-a', 4], ['/blog/cover.png', 5]]), post('b', [])], options);
    assert.deepEqual(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`), [
      'lib/site/config.ts:1 The redirect /blog/:slug gives content/posts/b.md the address /blog/b, which is a file of public/.',
      'content/posts/a.md:5 The alias /blog/cover.png is a file of public/: the redirect would hide it.',
    ]);
    // Without the folder, as before: the rule takes the site's addresses.
    assert.match(checkRedirects([post('a', [])], { rules, taken: withBlog, config })[0]?.message ?? '', /takes the address of the site's own pages \(\/blog\/…/);
  });

  it('rejects a site rule that points nowhere or takes the site’s addresses, at its line in the config', () => {
    const problems = checkRedirects([post('a', [])], { rules: [{ from: '/old/:slug', to: '/articles/:slug' }, { from: '/tags/:slug', to: '/posts/:slug' }], taken, config });
    assert.deepEqual(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`), [
      'lib/site/config.ts:3 The redirect /old/:slug → /articles/:slug points nowhere: no page has that address.',
      "lib/site/config.ts:1 The redirect /tags/:slug takes the address of the site's own pages (/tags/…: a page of app/, or a file or folder of public/).",
    ]);
  });

  it('reads a dated rule for every post: an alias it answers, a name it cannot fill in, a post address it would take', () => {
    const dated = (slug: string, aliases: [string, number][]) => ({ ...post(slug, aliases), date: '2024-05-06T00:00:00.000Z' });
    const jekyll = { from: '/:year/:month/:day/:title:output_ext', to: '/posts/:slug' };
    const problems = checkRedirects([dated('welcome', [['/2024/05/06/welcome.html', 4]]), dated('archive', [])], {
      rules: [jekyll, { from: '/:section/:year/:slug/', to: '/posts/:slug' }, { from: '/:slug', to: '/posts/:slug' }, { from: '/:year/:month/', to: '/posts/:slug' }],
      taken,
      config,
    });
    assert.deepEqual(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`), [
      'lib/site/config.ts:1 The redirect /:section/:year/:slug/ names :section, which this site cannot fill in for a post.',
      "lib/site/config.ts:1 The redirect /:slug gives content/posts/archive.md the address /archive, which the site's own pages use.",
      'lib/site/config.ts:1 The redirect /:year/:month/ → /posts/:slug uses :slug on one side only.',
      'content/posts/welcome.md:4 /2024/05/06/welcome.html is also the address a site-wide redirect (lib/site/config.ts) gives this post: it redirects once.',
    ]);
    assert.match(problems[0]?.fix ?? '', /^Use :slug, :title, :categories, :year, .*:output_ext; write any other part as text/);
    assert.equal(problems.at(-1)?.severity, 'info', 'an alias the rule gives the same post stops nothing');
    // …and is one redirect, for a server, a host's _redirects and an export's pages.
    const welcome = { slug: 'welcome', date: '2024-05-06T00:00:00.000Z', aliases: ['/2024/05/06/welcome.html'] };
    assert.deepEqual(nextRedirects([jekyll], [welcome]).map((redirect) => redirect.source), ['/2024/05/06/welcome.html']);
    assert.deepEqual(exportRedirects([jekyll], [welcome]), [{ from: '/2024/05/06/welcome.html', to: '/posts/welcome' }]);
    assert.equal(redirectsFile([jekyll], [welcome], (path) => path).trim().split('\n').length, 2);
  });

  it('notes that a draft’s alias waits for publication', () => {
    const [problem] = checkRedirects([post('a', [['/old-a', 4]], true)], { rules, taken, config });
    assert.equal(problem?.severity, 'info');
  });

  it('finds aliases in frontmatter lists and lines, with each entry’s line', () => {
    const text = '---\ntitle: "A"\ndate: 2024-01-01\naliases:\n  - /ok/one\n  - old.html\nredirect_from: /posts/b\n---\n\nText.\n';
    const other = '---\ntitle: "B"\ndate: 2024-01-01\n---\n\nText.\n';
    const encode = (value: string) => new TextEncoder().encode(value);
    const problems = checkPosts([
      { path: 'content/posts/a.md', bytes: encode(text) },
      { path: 'content/posts/b.md', bytes: encode(other) },
    ]).filter((problem) => problem.severity === 'error');
    assert.deepEqual(problems.map((problem) => `${problem.file}:${problem.line}`), ['content/posts/a.md:6', 'content/posts/a.md:7']);
    assert.match(problems[0]?.fix ?? '', /\/old\.html/);
  });
});
