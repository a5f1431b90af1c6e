import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  BUILD_PEAK_RSS_LIMIT,
  LIST_PAGE_HTML_LIMIT,
  POST_SITE_JS_GZIP_LIMIT,
  evaluateBudgets,
  imagesWithoutSize,
  type BudgetInput,
} from '../../scripts/bench/budgets';
import { assetsOf, definedModuleIds, sizeOf, type PageWeight } from '../../scripts/bench/page-weight';
import { resolveFile } from '../../scripts/bench/static-server';
import { SLUG_PATTERN, TAG_VOCABULARY, generatePosts } from '../../scripts/bench/synthetic-posts';

describe('generatePosts', () => {
  const posts = generatePosts(300);

  it('is reproducible for a seed and differs between seeds', () => {
    assert.deepEqual(generatePosts(20), generatePosts(20));
    assert.notDeepEqual(generatePosts(20, 1), generatePosts(20, 2));
  });

  it('gives every slug the recognisable bench pattern', () => {
    for (const post of posts) assert.match(post.slug, new RegExp(`^${SLUG_PATTERN.source}`));
  });

  it('gives unique slugs, 2–4 tags from the vocabulary and dates spread over years', () => {
    assert.equal(new Set(posts.map((post) => post.slug)).size, posts.length);
    for (const post of posts) {
      assert.ok(post.tags.length >= 2 && post.tags.length <= 4, post.slug);
      for (const tag of post.tags) assert.ok((TAG_VOCABULARY as readonly string[]).includes(tag), tag);
      assert.match(post.date, /^\d{4}-\d{2}-\d{2}$/);
    }
    const years = new Set(posts.map((post) => post.date.slice(0, 4)));
    assert.ok(years.size >= 8, `years: ${[...years].join(', ')}`);
  });

  it('writes Markdown with frontmatter, headings, lists, code and links', () => {
    const all = posts.map((post) => post.markdown).join('\n');
    assert.ok(posts.every((post) => post.markdown.startsWith(`---\ntitle: "${post.title}"\ndate: ${post.date}\n`)));
    assert.match(all, /^## /m);
    assert.match(all, /^### /m);
    assert.match(all, /^- \*\*/m);
    assert.match(all, /^1\. /m);
    assert.match(all, /^```[a-z]+\n/m);
    assert.match(all, /\]\(\/posts\/bench-\d{5}-/);
    assert.match(all, /\]\(https:\/\/example\.org\//);
  });
});

describe('assetsOf', () => {
  it('lists module scripts, stylesheets and preloaded fonts, not nomodule polyfills', () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
      '<link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin="" type="font/woff2"/>' +
      '<link rel="preload" as="script" href="/_next/static/chunks/x.js"/>' +
      '<script src="/_next/static/chunks/x.js" async=""></script><script src="/_next/static/chunks/x.js" async=""></script>' +
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script><script>self.__next_f=[]</script>';
    assert.deepEqual(assetsOf(html), {
      scripts: ['/_next/static/chunks/x.js'],
      stylesheets: ['/_next/static/chunks/a.css'],
      fonts: ['/_next/static/media/inter.woff2'],
    });
  });
});

describe('definedModuleIds', () => {
  it('reads the module ids a Turbopack chunk defines, not numbers in its code', () => {
    const chunk =
      '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,' +
      '22016,(e,t,r)=>{let n=e.r(90809);f(3,4)},39756,e=>{e.v(7)},68017,function(e){}]);';
    assert.deepEqual(definedModuleIds(chunk), [22016, 39756, 68017]);
  });
});

describe('imagesWithoutSize', () => {
  it('counts images missing a width or a height', () => {
    assert.equal(imagesWithoutSize('<img src="a.svg" width="640" height="360" alt="">'), 0);
    assert.equal(imagesWithoutSize('<img src="a.svg" alt=""><img src="b.svg" width="10" alt="">'), 2);
  });
});

describe('evaluateBudgets', () => {
  const page = (route: string, htmlBytes: number, siteJsGzip: number, urls: Partial<PageWeight> = {}): PageWeight => ({
    route,
    html: { raw: htmlBytes, gzip: Math.round(htmlBytes / 5) },
    js: { raw: 500_000, gzip: 140_000 + siteJsGzip },
    siteJs: { raw: siteJsGzip * 3, gzip: siteJsGzip },
    css: { raw: 30_000, gzip: 6_000 },
    scripts: ['/_next/static/chunks/runtime.js'],
    stylesheets: ['/_next/static/chunks/site.css'],
    fonts: ['/_next/static/media/inter.woff2'],
    ...urls,
  });
  const good: BudgetInput = {
    post: page('/posts/a', 30_000, 2_000),
    lists: [page('/', 40_000, 0), page('/tags/plasma', 60_000, 0), page('/archive', 90_000, 1_000)],
    listScriptsWithPostData: {},
    peakLargestRssBytes: 1024 ** 3,
    postCss: '@font-face{font-family:Inter;src:url(/_next/static/media/inter.woff2);font-display:swap}',
    postImagesWithoutSize: 0,
    layoutShift: 0,
  };
  const failing = (input: BudgetInput) => evaluateBudgets(input).filter((budget) => !budget.pass).map((budget) => budget.name);

  it('passes a site within every budget', () => {
    assert.deepEqual(failing(good), []);
    assert.equal(evaluateBudgets(good).length, 3 + 3 + 5);
  });

  it('fails a list page at the HTML limit, whatever its route', () => {
    assert.deepEqual(failing({ ...good, lists: [page('/archive', LIST_PAGE_HTML_LIMIT, 0)] }), ['list page /archive: HTML']);
  });

  it('fails a list page whose scripts carry post data', () => {
    assert.deepEqual(failing({ ...good, listScriptsWithPostData: { '/': ['/_next/static/chunks/posts.js'] } }), ['list page /: no per-post JS']);
  });

  it('fails a post page over 5 kB of gzipped JS beyond the runtime', () => {
    assert.deepEqual(failing({ ...good, post: page('/posts/a', 30_000, POST_SITE_JS_GZIP_LIMIT + 1) }), ['post page: JS beyond the framework runtime']);
    assert.deepEqual(failing({ ...good, post: page('/posts/a', 30_000, POST_SITE_JS_GZIP_LIMIT) }), []);
  });

  it('fails a build over 3 GiB, and a build whose memory was never measured', () => {
    assert.deepEqual(failing({ ...good, peakLargestRssBytes: BUILD_PEAK_RSS_LIMIT }), ['build: peak memory of the largest process']);
    assert.deepEqual(failing({ ...good, peakLargestRssBytes: 0 }), ['build: peak memory of the largest process']);
  });

  it('fails a font from another origin or a font face that blocks rendering', () => {
    const remote = page('/posts/a', 30_000, 0, { stylesheets: ['https://fonts.googleapis.com/css2?family=Inter'] });
    assert.deepEqual(failing({ ...good, post: remote }), ['post page: no render-blocking network font']);
    assert.deepEqual(failing({ ...good, postCss: '@font-face{font-family:Inter;src:url(/a.woff2)}' }), ['post page: no render-blocking network font']);
  });

  it('fails unsized images and layout shift, and skips the shift budget when not measured', () => {
    assert.deepEqual(failing({ ...good, postImagesWithoutSize: 1, layoutShift: 0.05 }), [
      'post page: images sized',
      'post page: cumulative layout shift (chromium)',
    ]);
    assert.equal(evaluateBudgets({ ...good, layoutShift: undefined }).length, 3 + 3 + 4);
  });
});

describe('sizeOf', () => {
  it('reports raw and gzipped bytes', () => {
    const size = sizeOf('a'.repeat(10_000));
    assert.equal(size.raw, 10_000);
    assert.ok(size.gzip > 0 && size.gzip < 200);
  });
});

describe('static baseline server: resolveFile', () => {
  const nextDir = '/site/.next';
  it('maps routes to prerendered HTML and /_next/static to built assets', () => {
    assert.equal(resolveFile(nextDir, '/'), path.join(nextDir, 'server/app/index.html'));
    assert.equal(resolveFile(nextDir, '/posts/a-b'), path.join(nextDir, 'server/app/posts/a-b.html'));
    assert.equal(resolveFile(nextDir, '/archive/'), path.join(nextDir, 'server/app/archive.html'));
    assert.equal(resolveFile(nextDir, '/_next/static/chunks/x.js'), path.join(nextDir, 'static/chunks/x.js'));
  });

  it('refuses paths that climb out or cannot be decoded', () => {
    assert.equal(resolveFile(nextDir, '/_next/static/../../etc/passwd'), undefined);
    assert.equal(resolveFile(nextDir, '/posts/%2e%2e/%2e%2e/secret'), undefined);
    assert.equal(resolveFile(nextDir, '/posts/%E0%A4%A'), undefined);
    assert.equal(resolveFile(nextDir, '/posts/a%00b'), undefined);
  });
});
