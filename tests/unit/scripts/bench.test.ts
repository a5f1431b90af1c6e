import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUILD_PEAK_RSS_LIMIT,
  LIST_PAGE_HTML_LIMIT,
  POST_SITE_JS_GZIP_LIMIT,
  evaluateBudgets,
  imagesWithoutSize,
  type BudgetInput,
} from '../../../scripts/bench/budgets';
import { clientModulesOf, isFrameworkModule, parseAnalysis } from '../../../scripts/bench/bundle-analysis';
import { assetsOf, sizeOf, type PageWeight } from '../../../scripts/bench/page-weight';
import { SLUG_PATTERN, TAG_VOCABULARY, generatePosts } from '../../../scripts/bench/synthetic-posts';

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

describe('bundle analysis', () => {
  // The shape `next analyze --output` writes: a 4-byte length, JSON, then binary indexes.
  const analysisFile = (json: object) => {
    const body = Buffer.from(JSON.stringify(json));
    const header = Buffer.alloc(4);
    header.writeUInt32BE(body.length);
    return Buffer.concat([header, body, Buffer.from([0, 1, 2, 3])]);
  };
  const data = {
    schema_version: 1,
    sources: [
      { path: '[project]/' },
      { parent_source_index: 0, path: 'components/' },
      { parent_source_index: 1, path: 'ThemeToggle.tsx' },
      { parent_source_index: 0, path: 'node_modules/next/dist/client/link.js' },
      { parent_source_index: 0, path: 'node_modules/clsx/dist/clsx.mjs' },
      { path: '[turbopack]/browser/runtime/base/runtime-base.ts' },
      { parent_source_index: 0, path: 'app/globals.css' },
    ],
    output_files: [
      { filename: '[client-fs]/_next/static/chunks/0abc.js' },
      { filename: '[client-fs]/_next/static/chunks/1def.js' },
      { filename: '[client-fs]/_next/static/chunks/2ghi.css' },
      { filename: '[output]/.next/server/chunks/ssr/x.js' },
    ],
    chunk_parts: [
      // One chunk that mixes next/link with the theme toggle, as Turbopack does.
      { source_index: 3, output_file_index: 0, size: 9000, compressed_size: 3000 },
      { source_index: 2, output_file_index: 0, size: 1300, compressed_size: 600 },
      { source_index: 2, output_file_index: 1, size: 100, compressed_size: 50 },
      { source_index: 4, output_file_index: 1, size: 500, compressed_size: 250 },
      { source_index: 5, output_file_index: 1, size: 4000, compressed_size: 2000 },
      { source_index: 6, output_file_index: 2, size: 40000, compressed_size: 8000 },
      { source_index: 2, output_file_index: 3, size: 7000, compressed_size: 2000 },
    ],
  };

  it('counts client JS by module, joining a module split over chunks and ignoring CSS and server output', () => {
    const modules = clientModulesOf(parseAnalysis(analysisFile(data)));
    assert.deepEqual(
      modules.map(({ path: modulePath, raw, gzip, framework }) => [modulePath, raw, gzip, framework]),
      [
        ['[project]/node_modules/next/dist/client/link.js', 9000, 3000, true],
        ['[turbopack]/browser/runtime/base/runtime-base.ts', 4000, 2000, true],
        ['[project]/components/ThemeToggle.tsx', 1400, 650, false],
        ['[project]/node_modules/clsx/dist/clsx.mjs', 500, 250, false],
      ],
    );
  });

  it('treats Next, React and Turbopack as the framework, any other package a component pulls in as the site', () => {
    assert.ok(isFrameworkModule('[project]/node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.production.js'));
    assert.ok(isFrameworkModule('[project]/node_modules/@swc/helpers/cjs/_interop_require_default.cjs'));
    assert.ok(isFrameworkModule('[turbopack]/shared/runtime/runtime-utils.ts'));
    assert.ok(!isFrameworkModule('[project]/node_modules/nextra/dist/index.js'));
    assert.ok(!isFrameworkModule('[project]/lib/theme.ts'));
  });

  it('refuses an analysis format it does not know', () => {
    assert.throws(() => parseAnalysis(analysisFile({ ...data, schema_version: 2 })), /schema version 2/);
    assert.throws(() => parseAnalysis(Buffer.alloc(0)), /empty/);
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
    siteModules: siteJsGzip > 0 ? [{ path: '[project]/components/ThemeToggle.tsx', gzip: siteJsGzip }] : [],
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
    assert.deepEqual(failing({ ...good, peakLargestRssBytes: BUILD_PEAK_RSS_LIMIT }), ['build: peak memory of the largest process (any step)']);
    assert.deepEqual(failing({ ...good, peakLargestRssBytes: 0 }), ['build: peak memory of the largest process (any step)']);
  });

  it('fails a font from another origin or a font face that blocks rendering', () => {
    const remote = page('/posts/a', 30_000, 0, { stylesheets: ['https://fonts.googleapis.com/css2?family=Inter'] });
    assert.deepEqual(failing({ ...good, post: remote }), ['post page: no render-blocking network font']);
    assert.deepEqual(failing({ ...good, postCss: '@font-face{font-family:Inter;src:url(/a.woff2)}' }), ['post page: no render-blocking network font']);
  });

  it('fails unsized images and layout shift, and skips the shift budget when not measured', () => {
    assert.deepEqual(failing({ ...good, postImagesWithoutSize: 1, layoutShift: 0.05 }), [
      'post page: images sized',
      'cumulative layout shift, worst of a post, home and the archive, web font late (chromium)',
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
