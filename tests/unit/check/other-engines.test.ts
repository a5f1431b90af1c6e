import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { checkPosts, type Problem } from '../../../lib/check';
import { diagramProblems } from '../../../lib/check/diagrams';
import { unreadFileProblems } from '../../../lib/check/post-files';
import { readFrontmatter } from '../../../lib/content/frontmatter';
import { postAliasRedirects } from '../../../lib/content/redirects';
import { normaliseFields, peopleOf } from '../../../lib/content/schema';
import { convertEngineSyntax } from '../../../lib/markdown/engine-syntax';
import { textFacts } from '../../../lib/markdown/text-facts';
import { renderTree } from '../../support/render';

/** Fields and forms of other engines that content:check maps (issue 15): each one's message and line. */
const encode = (text: string) => new TextEncoder().encode(text);
const check = (files: Record<string, string>, root?: string) =>
  checkPosts(
    Object.entries(files).map(([file, text]) => ({ path: file, bytes: encode(text) })),
    root ? { root } : {},
  );
const at = (problems: Problem[], severity: Problem['severity']) => problems.filter((p) => p.severity === severity).map((p) => `${p.file}:${p.line} ${p.message}`);

describe('Hugo `url`, Hugo and Jekyll `permalink`: old addresses that redirect', () => {
  it('notes each one at its line, saying it now redirects', () => {
    const problems = check({
      'content/posts/a.md': '---\ntitle: A\ndate: 2024-01-01\nurl: /2019/old-a/\n---\n\nText.\n',
      'content/posts/b.md': '+++\ntitle = "B"\ndate = 2024-01-01\npermalink = "/notes/b.html"\n+++\n\nText.\n',
    });
    assert.deepEqual(at(problems, 'error'), []);
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.message}`),
      [
        "content/posts/a.md:4 info `url` was this post's address on the old site: it now redirects to the post (/posts/<slug>), as `aliases` do.",
        "content/posts/b.md:4 info `permalink` was this post's address on the old site: it now redirects to the post (/posts/<slug>), as `aliases` do.",
      ],
    );
  });

  it('rejects one that takes a page’s address, at its line, like an alias', () => {
    const problems = check({
      'content/posts/a.md': '---\ntitle: A\ndate: 2024-01-01\naliases: [/old-a]\npermalink: /tags/plasma/\n---\n\nText.\n',
      'content/posts/b.md': '---\ntitle: B\ndate: 2024-01-01\nurl: /posts/a/\n---\n\nText.\n',
    });
    assert.deepEqual(at(problems, 'error'), [
      "content/posts/a.md:5 The alias /tags/plasma is under /tags, which the site's own pages use (/tags/…).",
      'content/posts/b.md:4 The alias /posts/a is the address of a post (content/posts/a.md): the redirect would hide it.',
    ]);
  });

  it('lets a `url` that is the post’s own address be, with a note', () => {
    const problems = check({ 'content/posts/a.md': '---\ntitle: A\ndate: 2024-01-01\nurl: /posts/a/\n---\n\nText.\n' });
    assert.deepEqual(at(problems, 'error'), []);
    assert.ok(problems.some((p) => p.line === 4 && p.message === "/posts/a is this post's own address here: there is nothing to redirect."));
  });

  it('rejects a permalink pattern the old site filled in, with the fix', () => {
    const [problem] = at(check({ 'content/posts/a.md': '---\ntitle: A\ndate: 2024-01-01\npermalink: /:year/:title/\n---\n\nText.\n' }), 'error');
    assert.equal(problem, 'content/posts/a.md:4 The address "/:year/:title/" is a pattern (:year), not this post\'s old address.');
  });
});

describe('tailwind-nextjs-starter-blog `images: [a, b]`', () => {
  it('notes that only the first is the cover', () => {
    const problems = check({ 'content/posts/a.md': "---\ntitle: A\ndate: 2024-01-01\nimages: ['/a.png', '/b.png']\n---\n\nText.\n" });
    assert.deepEqual(problems.map((p) => `${p.line} ${p.severity} ${p.message}`), ['4 info Only the first image of `images` is used (as the cover and share image): the other one is not shown.']);
  });
});

describe('keys of an object entry the site does not read', () => {
  it('are noted at the field’s line, naming the ones it reads', () => {
    const text = '+++\ntitle = "A"\ndate = 2024-01-01\n[cover]\nimage = "/c.png"\nalt = "C"\nhidden = true\n+++\n\nText.\n';
    assert.deepEqual(
      check({ 'content/posts/a.md': text }).map((p) => `${p.line} ${p.severity} ${p.message}`),
      ['4 info `hidden` of `cover` is not used here: the site reads `url`, `image`, `src`, `path`, `overlay_image`, `teaser`, `alt`, `image_description`, `alt_text`, `caption`.'],
    );
    const people = check({ 'content/posts/a.md': '---\ntitle: A\ndate: 2024-01-01\nauthors:\n  - name: B\n    twitter: b\n    avatar: /b.png\n    sponsor: c\n---\n\nText.\n' });
    assert.equal(people[0]?.message, '`twitter`, `sponsor` of `authors` are not used here: the site reads `name`, `display_name`, `first_name`, `last_name`, `login`, `url`, `link`, `to`, `picture`, `image_url`, `avatar`.');
  });
});

describe('TOML lists: each entry at its own line', () => {
  it('reports an alias in a list written over several lines at the entry’s line', () => {
    const text = '+++\ntitle = "A"\ndate = 2024-01-01\naliases = [\n  "/fine",\n  "relative/old",\n]\n+++\n\nText.\n';
    const [problem] = at(check({ 'content/posts/a.md': text }), 'error');
    assert.equal(problem, 'content/posts/a.md:6 The alias "relative/old" is relative.');
  });
});

describe('JSON frontmatter (Hugo)', () => {
  it('is checked like YAML and TOML, with the line of each field and list entry', () => {
    const text = '{\n  "title": "A",\n  "date": "2024-01-01",\n  "summery": "S",\n  "aliases": [\n    "/ok",\n    "old.html"\n  ]\n}\n\nText.\n';
    const problems = at(check({ 'content/posts/a.md': text }), 'error');
    assert.deepEqual(problems, ['content/posts/a.md:4 Unknown frontmatter field `summery`: did you mean `summary`?', 'content/posts/a.md:7 The alias "old.html" is relative.']);
  });

  it('reports invalid JSON at its line, with the fix', () => {
    const [problem] = check({ 'content/posts/a.md': '{\n  "title": "A",\n  date: "2024-01-01"\n}\n\nText.\n' });
    assert.equal(problem?.line, 3);
    assert.match(problem?.message ?? '', /^Invalid JSON frontmatter: /);
    assert.match(problem?.fix ?? '', /Quote every name/);
  });
});

describe('MDX posts', () => {
  it('refuse TOML frontmatter, which the MDX compiler cannot read, naming the fix', () => {
    const [problem] = at(check({ 'content/posts/a.mdx': '+++\ntitle = "A"\ndate = 2024-01-01\n+++\n\nText.\n' }), 'error');
    assert.equal(problem, 'content/posts/a.mdx:1 An .mdx post cannot have TOML frontmatter: the MDX compiler reads only YAML (---) and JSON ({ … }) blocks.');
  });

  it('accept JSON frontmatter', () => {
    assert.deepEqual(at(check({ 'content/posts/a.mdx': '{\n  "title": "A",\n  "date": "2024-01-01"\n}\n\nText.\n' }), 'error'), []);
  });
});

describe('Pelican’s metadata lines', () => {
  it('are checked like any frontmatter: its names mapped with notes, `status` read, a state the site lacks named', () => {
    const problems = check({
      'content/posts/a.md': 'Title: A\nDate: 2010-12-03 10:20\nModified: 2010-12-05\nCategory: Python\nStatus: draft\nLang: en\n\nText.\n',
      'content/posts/b.md': 'Title: B\nDate: 2010-12-03\nStatus: pending\n\nText.\n',
    });
    assert.deepEqual(at(problems, 'error'), ['content/posts/b.md:3 `status` must be `draft`, `published`, `publish` or `hidden`, not "pending": the site has no other state for a post.']);
    assert.deepEqual(at(problems, 'info'), [
      'content/posts/a.md:4 The `category` is shown as a tag here (merged with `tags`).',
      'content/posts/a.md:6 `lang` means nothing here (the site is in one language (lib/site/config.ts)): it is ignored.',
    ]);
    assert.match(problems.find((problem) => problem.severity === 'error')?.fix ?? '', /Write `status: draft`, `status: published`, `status: publish` or `status: hidden`\./);
    // WordPress' word for a published post, as jekyll-import writes it.
    assert.deepEqual(at(check({ 'content/posts/c.md': '---\ntitle: C\ndate: 2012-05-01\nstatus: publish\n---\n\nText.\n' }), 'error'), []);
  });

  it('cannot open an .mdx post, whose compiler reads YAML and JSON only', () => {
    const [problem] = at(check({ 'content/posts/a.mdx': 'Title: A\nDate: 2024-01-01\n\nText.\n' }), 'error');
    assert.equal(problem, 'content/posts/a.mdx:1 An .mdx post cannot have Pelican’s `Key: value` metadata lines: the MDX compiler reads only YAML (---) and JSON ({ … }) blocks.');
  });
});

describe('posts in another markup language (Pelican’s reStructuredText, Hugo’s AsciiDoc and Org)', () => {
  it('are named as posts the site cannot read, with the pandoc command that converts each', () => {
    const problems = unreadFileProblems(['content/posts/pelican/first.rst', 'content/posts/hugo/notes.adoc', 'content/posts/hugo/todo.org', 'content/posts/data.csv']);
    assert.deepEqual(problems.map((problem) => `${problem.file} ${problem.message}`), [
      'content/posts/pelican/first.rst This post is written in reStructuredText, which the site does not read (posts are Markdown): it is not built.',
      'content/posts/hugo/notes.adoc This post is written in AsciiDoc, which the site does not read (posts are Markdown): it is not built.',
      'content/posts/hugo/todo.org This post is written in Org, which the site does not read (posts are Markdown): it is not built.',
      'content/posts/data.csv This file is not a post (posts end in `.md`, `.markdown` or `.mdx`), and no post links it: it is not published.',
    ]);
    assert.equal(problems[0]?.fix, 'Convert it to Markdown, e.g. `pandoc --from rst --to gfm+yaml_metadata_block --wrap=preserve --standalone first.rst --output first.md`, check the result, then remove first.rst.');
  });

  it('names a Quarto or R Markdown document with the command of its own tool, which runs its code', () => {
    const [quarto, rmarkdown] = unreadFileProblems(['content/posts/quarto/index.qmd', 'content/posts/analysis.Rmd'], () => '---\ntitle: Code\n---\n\n```{r}\n1 + 1\n```\n');
    assert.equal(quarto?.message, 'This post is written in Quarto (its code chunks run when Quarto renders it), which the site does not read (posts are Markdown): it is not built.');
    assert.equal(quarto?.fix, 'Render it to Markdown with its own tool, its code’s output included: `quarto render index.qmd --to gfm` writes index.md beside it; add the frontmatter’s title and date if the result lacks them, check it, then remove index.qmd.'.replaceAll('’', "'"));
    assert.match(rmarkdown?.fix ?? '', /^Render it to Markdown with its own tool, its code's output included: `Rscript -e 'rmarkdown::render\("analysis\.Rmd", "md_document"\)'` writes analysis\.md beside it/);
    // One that runs no code is Markdown the site reads: its name alone keeps it out.
    const texts: Record<string, string> = { 'content/posts/quarto/index.qmd': '---\ntitle: Welcome\n---\n\n::: {.callout-note}\nHi.\n:::\n\n```{.python}\nshown()\n```\n', 'content/posts/code/index.qmd': '---\ntitle: Code\n---\n\n```{python}\n1 + 1\n```\n' };
    const [prose, code] = unreadFileProblems(Object.keys(texts), (file) => texts[file] ?? '');
    assert.equal(prose?.message, 'This Quarto document runs no code: it is Markdown the site reads (its callouts and other divs too), but a `.qmd` file is not built.');
    assert.equal(prose?.fix, 'Rename it to index.md.');
    assert.match(code?.message ?? '', /^This post is written in Quarto \(its code chunks run/);
  });
});

describe('a whole blog’s export in one file (WordPress, Blogger, Ghost)', () => {
  it('is named for what it is, with the converter whose files the site reads', () => {
    const exports: Record<string, string> = {
      'content/posts/blog.WordPress.2024-01-01.xml': '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Blog</title></channel></rss>\n',
      'content/posts/blog-12-01-2024.xml': "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'><id>tag:blogger.com,1999:blog-1</id></feed>\n",
      'content/posts/my-blog.ghost.2024-05-01.json': '{"db":[{"meta":{"version":"5.82.2"},"data":{"posts":[]}}]}\n',
      'content/posts/feed.xml': '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>\n',
    };
    const problems = unreadFileProblems(Object.keys(exports), (file) => exports[file] ?? '');
    assert.deepEqual(problems.map((problem) => `${problem.file} ${problem.message}`), [
      'content/posts/blog.WordPress.2024-01-01.xml This file is WordPress’ export of a whole site (Tools → Export, a WXR file): the site reads a post per file, so none of the posts in it is built.',
      'content/posts/blog-12-01-2024.xml This file is Blogger’s export of a whole blog (Settings → Back up content): the site reads a post per file, so none of the posts in it is built.',
      'content/posts/my-blog.ghost.2024-05-01.json This file is Ghost’s export of a whole site (Settings → Advanced → Import/Export): the site reads a post per file, so none of the posts in it is built.',
      'content/posts/feed.xml This file is not a post (posts end in `.md`, `.markdown` or `.mdx`), and no post links it: it is not published.',
    ]);
    assert.match(problems[0]?.fix ?? '', /^Convert it once: `npx wordpress-export-to-markdown@2\.2\.2 --wizard=false --input=content\/posts\/blog\.WordPress\.2024-01-01\.xml --output=content\/posts\/wordpress /);
    assert.match(problems[1]?.fix ?? '', /JekyllImport::Importers::Blogger\.run\(\{"source" => "content\/posts\/blog-12-01-2024\.xml"\}\)/);
    assert.match(problems[2]?.fix ?? '', /^Write its posts as files, once: `npm run import:ghost -- content\/posts\/my-blog\.ghost\.2024-05-01\.json --url https:\/\/your-old-site`/);
    // A page of Notion's HTML export: the Markdown export is the one the site reads.
    const notion = '<html><head><meta charset="utf-8"/><title>My post</title></head><body><article id="1a2b" class="page sans"><header><div class="page-header-icon"></div><h1 class="page-title">My post</h1><table class="properties"></table></header><div class="page-body"><p>Text.</p></div></article></body></html>';
    const [page] = unreadFileProblems(['content/posts/notion/My post 1a2b3c4d5e6f708192a3b4c5d6e7f809.html'], () => notion);
    assert.equal(page?.message, 'This is a page of Notion’s HTML export: the site reads Notion’s Markdown export instead (its pages, properties, images and callouts), so this file is not built.');
  });
});

describe('jekyll-import’s WordPress posts: `.html` files with WordPress’ fields', () => {
  const front = (fields: string) => `---\nlayout: post\ntitle: Hello\ndate: 2014-07-14 16:19:14.000000000 -07:00\ntype: post\nparent_id: '0'\npublished: true\n${fields}\nstatus: publish\nmeta:\n  _edit_last: '1'\nauthor:\n  login: mh\n  email: mh@example.com\n  display_name: Mila Horvat\n  first_name: Mila\n  last_name: Horvat\n---\n`;

  it('build as they are: the fields noted, the author read from display_name, the email named as unused', () => {
    const problems = check({ 'content/posts/2014-07-14-hello.html': `${front("password: ''")}<p>Hi <em>there</em>.</p>\n` });
    assert.deepEqual(at(problems, 'error'), []);
    assert.deepEqual(at(problems, 'warning'), []);
    const notes = at(problems, 'info').join('\n');
    assert.match(notes, /:6 `parent_id` means nothing here/);
    assert.match(notes, /:8 `password` means nothing here \(an empty one protects nothing/);
    assert.match(notes, /:10 `meta` means nothing here/);
    assert.match(notes, /:12 `email` of `author` is not used here/);
    const fields = normaliseFields(readFrontmatter(`${front("password: ''")}x`)?.data ?? {}, 'posts/2014-07-14-hello.html');
    assert.deepEqual([fields.author, fields.draft, fields.slug, fields.date], [[{ name: 'Mila Horvat' }], false, 'hello', '2014-07-14T16:19:14.000-07:00']);
    // Without a display name: the first and last name, else the login.
    assert.deepEqual(peopleOf([{ first_name: 'Mila', last_name: 'Horvat' }, { login: 'mh', first_name: '' }]), [{ name: 'Mila Horvat' }, { name: 'mh' }]);
  });

  it('keep a post that had a password a draft, with a warning at its line', () => {
    const problems = check({ 'content/posts/2014-07-14-hello.html': `${front('password: club')}<p>Hi.</p>\n` });
    assert.deepEqual(at(problems, 'warning'), ['content/posts/2014-07-14-hello.html:8 This post had a password on WordPress (`password`): the site has none, so it is kept as a draft, shown only in `npm run dev`.']);
    assert.equal(normaliseFields(readFrontmatter(`${front('password: club')}x`)?.data ?? {}, 'posts/x.html').draft, true);
  });

  it('read their body as HTML: what the sanitiser drops and template text are named at their line; Markdown characters are no syntax', () => {
    const body = '<p>One *two* _three_</p>\n\n    <p>Indented, no code block.</p>\n<p><script>alert(1)</script>{% include ad.html %}</p>\n';
    const problems = check({ 'content/posts/2014-07-14-hello.html': `${front("password: ''")}${body}` });
    assert.deepEqual(problems.filter((problem) => problem.severity !== 'info').map((problem) => `${problem.line} ${problem.severity} ${problem.message.slice(0, 40)}`), [
      '22 error The Liquid tag `{% include ad.html %}` i',
      '22 warning <script> is removed for safety, with wha',
    ]);
  });
});

describe('jekyll-import’s posts from a WordPress database', () => {
  it('build as they are: their ids and the author’s login and email noted, the old address’s path redirected, a `?p=` address none', () => {
    const post = (url: string) => `---\nlayout: post\nstatus: publish\npublished: true\ntitle: Lion\nauthor:\n  display_name: kinabalu\n  login: kinabalu\n  email: k@example.com\n  url: ''\nauthor_login: kinabalu\nauthor_email: k@example.com\nauthor_url: http://example.com\nwordpress_id: 1823\nwordpress_url: ${url}\ndate: '2012-07-14 23:50:05 +0000'\ndate_gmt: '2012-07-15 06:50:05 +0000'\ntags: []\ncomments: true\n---\n<p>Text.</p>\n`;
    for (const [url, aliases] of [
      ['http://example.com/2012/07/lion/', ['/2012/07/lion/']],
      ['http://example.com/?p=1823', []],
      ['http://example.com', []],
    ] as const) {
      const problems = check({ 'content/posts/2012-07-14-lion.html': post(url) });
      assert.deepEqual(at(problems, 'error'), [], url);
      assert.deepEqual(normaliseFields(readFrontmatter(post(url))?.data ?? {}, 'posts/2012-07-14-lion.html').aliases, aliases, url);
    }
    const notes = at(check({ 'content/posts/2012-07-14-lion.html': post('http://example.com/?p=1823') }), 'info').join('\n');
    for (const key of ['author_login', 'author_email', 'author_url', 'wordpress_id', 'date_gmt']) assert.match(notes, new RegExp(`\`${key}\` means nothing here`), key);
    assert.match(notes, /:15 `wordpress_url` was this post’s address on WordPress/);
  });
});

describe('posts from the other blogs jekyll-import reads', () => {
  const read = (text: string, file: string) => normaliseFields(readFrontmatter(text)?.data ?? {}, file);
  it('build as they are: ids noted, `tag` a tag, old addresses redirected (a full URL by its path, one given twice once)', () => {
    const files = {
      // Joomla 3, Movable Type, Roller, Serendipity, RSS and Medium, Typo, Behance, Drupal.
      'content/posts/2013-05-01-j.markdown': '---\nlayout: post\ntitle: J\njoomla_id: 12\njoomla_url: j-alias\ndate: 2013-05-01 10:00:00.000000000 +02:00\nauthor: Jo\ncategory: Blog\n---\n<p>x</p>\n',
      'content/posts/2013-05-02-m.html': '---\nlayout: post\ntitle: M\ndate: "2013-05-02 10:00:00 +0000"\nmt_id: 5\nblog_id: 1\npost_id: 5\nbasename: m\n---\n<p>x</p>\n',
      'content/posts/2013-05-03-r.html': '---\nlayout: post\nstatus: PUBLISHED\ntitle: R\nid: 42\npermalink: https://blog.example.com/entry/r-post\n---\n<p>x</p>\n',
      'content/posts/2013-05-04-s.html': '---\nstatus: published\ntitle: S\ndate: "2013-05-04 10:00:00 UTC"\npermalink: /archives/12-S.html\ns9y_link: https://old.example/archives/12-S.html\n---\n<p>x</p>\n',
      'content/posts/2013-05-05-f.html': '---\nlayout: post\ntitle: F\ncanonical_url: https://medium.com/@x/f-1\ntag: [a, b]\ntypo_id: 9\ndetails:\n  id: 1\ncreated: 1367402400\n---\n<p>x</p>\n',
    };
    const problems = check(files);
    assert.deepEqual(at(problems, 'error'), []);
    assert.deepEqual(at(problems, 'warning'), []);
    const notes = at(problems, 'info').join('\n');
    for (const key of ['joomla_id', 'joomla_url', 'mt_id', 'blog_id', 'post_id', 'basename', 'id', 'typo_id', 'details', 'created']) assert.match(notes, new RegExp(`\`${key}\` means nothing here`), key);
    assert.match(notes, /2013-05-04-s\.html:6 \/archives\/12-S\.html is given twice by this post \(line 5 too\): it redirects once\./);
    const [r, s, f] = (['content/posts/2013-05-03-r.html', 'content/posts/2013-05-04-s.html', 'content/posts/2013-05-05-f.html'] as const).map((file) => read(files[file], file.replace('content/', '')));
    assert.deepEqual(r?.aliases, ['/entry/r-post']);
    assert.equal(r?.draft, false);
    assert.deepEqual(s?.aliases, ['/archives/12-S.html', '/archives/12-S.html']);
    assert.equal(s?.date, '2013-05-04T10:00:00.000Z');
    assert.deepEqual(f?.tags, ['a', 'b']);
    assert.equal(f?.date, '2013-05-05T00:00:00.000Z', 'Drupal’s `created` is not the date: the file name’s is');
    assert.deepEqual(postAliasRedirects([{ ...s, slug: 's', draft: false, date: s?.date ?? '' } as Parameters<typeof postAliasRedirects>[0][number]]), [{ from: '/archives/12-S.html', to: '/posts/s' }]);
  });
});

describe('blocks and values other engines accept', () => {
  it('builds Hugo’s block after blank lines and Hexo’s without its opening `---`, and Butterfly’s `cover: false`', async () => {
    const files = {
      'content/posts/hugo.md': '\n+++\ntitle = "Hugo 0.62.2"\ndate = 2020-01-05\n+++\n\nFixes.\n',
      'content/posts/hexo.md': 'title: Images\ndate: 2013-12-26 22:46:49\n\ntags:\n- Images\ncover: false\n---\n\nText.\n',
    };
    assert.deepEqual([...at(check(files), 'error'), ...at(check(files), 'warning')], []);
    for (const [file, text] of Object.entries(files)) assert.equal((await renderTree(text, path.basename(file), { images: false })).html, file.includes('hugo') ? '<p>Fixes.</p>' : '<p>Text.</p>', file);
    assert.equal(normaliseFields(readFrontmatter(files['content/posts/hexo.md'])?.data ?? {}, 'posts/hexo.md').cover, undefined);
    // Hugo's `[params]`: what the site reads is read; the rest is named.
    assert.deepEqual(at(check({ 'content/posts/p.md': '+++\ntitle = "P"\ndate = 2020-01-01\n[params]\nseries = ["Guide"]\nmermaid = true\nshowHero = true\n+++\n\nText.\n' }), 'error'), [
      'content/posts/p.md:4 Hugo\'s `params` holds `showHero`, which the site does not read (it reads `title`, `date`, `updated`, `slug` and the other fields from there too).',
    ]);
    // An .mdx post's block must open its file: the MDX compiler reads no other.
    assert.match(at(check({ 'content/posts/x.mdx': '\n---\ntitle: M\ndate: 2020-01-01\n---\n\nText.\n' }), 'error').join('\n'), /x\.mdx:1 An \.mdx post’s frontmatter must open on its first line/);
  });
});

describe('Obsidian’s, MkDocs’ and Zola’s posts, as real ones write them', () => {
  it('reads Obsidian’s note names and Publish’s switch, and no reference link or code as a shortcode or template text', () => {
    const note = '---\ntitle: Props\ndate: 2023-09-12\naliases:\n  - front matter\n  - Properties\ncssclasses: [wide]\npublish: false\n---\n\n- [Code annotations]\n- [x][q=x]\n\nUse `[[Link]]` here <!-- [TODO] later -->.\n\n[Code annotations]: https://example.com/a\n[q=x]: https://example.com/q\n';
    const problems = check({ 'content/posts/props.md': note });
    assert.deepEqual([...at(problems, 'error'), ...at(problems, 'warning')], []);
    assert.match(at(problems, 'info').join('\n'), /props\.md:5 "front matter" is another name of the note \(Obsidian's `aliases`\), not an address: it is not read\./);
    const fields = normaliseFields(readFrontmatter(note)?.data ?? {}, 'posts/props.md');
    assert.deepEqual([fields.draft, fields.aliases], [true, ['front matter', 'Properties']]);
    assert.deepEqual(postAliasRedirects([{ ...fields, draft: false }]), []);
  });
  it('titles an Obsidian note without a title by its name in words, and dates it by `created` when nothing else does', () => {
    const files = {
      'content/posts/vault/Evergreen notes.md': '---\ncreated: 2023-09-12\ntags: [notes]\n---\n\nEvergreen notes are…\n',
      'content/posts/2024-01-02-dated.md': '---\ntitle: Dated\ncreated: 2023-09-12\n---\n\nText.\n',
      'content/posts/no-title.md': '---\ndate: 2024-01-01\n---\n\nText.\n',
    };
    const problems = check(files);
    assert.deepEqual(at(problems, 'error'), ['content/posts/no-title.md:2 Missing `title`.']);
    const notes = at(problems, 'info').join('\n');
    assert.match(notes, /Evergreen notes\.md:2 `created` \(Obsidian\) is the post’s date/);
    assert.match(notes, /Evergreen notes\.md:2 There is no `title:` in the frontmatter: the file's name, “Evergreen notes”, is the post’s title/);
    assert.match(notes, /dated\.md:3 `created` means nothing here/);
    const read = (file: keyof typeof files) => normaliseFields(readFrontmatter(files[file], file.replace('content/', ''))?.data ?? {}, file.replace('content/', ''));
    assert.deepEqual([read('content/posts/vault/Evergreen notes.md').title, read('content/posts/vault/Evergreen notes.md').date], ['Evergreen notes', '2023-09-12T00:00:00.000Z']);
    assert.equal(read('content/posts/2024-01-02-dated.md').date, '2024-01-02T00:00:00.000Z');
  });
  it('names a Zola shortcode whose quoted text holds a parenthesis, and shows an escaped one as Zola does', () => {
    const post = '+++\ntitle = "Z"\ndate = 2020-01-01\n+++\n\n{{ spoiler(text="See [the docs](https://example.com)") }}\n\n```md\n{{/* youtube(id="x") */}}\n```\n\nProse {%/* note() */%}.\n';
    const zola = at(check({ 'content/posts/z.md': post }), 'error');
    assert.equal(zola.length, 1);
    assert.match(zola[0] ?? '', /z\.md:6 The Zola shortcode "\{\{ spoiler\(text=/);
    assert.equal(convertEngineSyntax(readFrontmatter(post)?.body ?? '').text, '\n{{ spoiler(text="See [the docs](https://example.com)") }}\n\n```md\n{{ youtube(id="x") }}\n```\n\nProse {% note() %}.\n');
  });
});

describe('Jekyll’s `render_with_liquid: false`', () => {
  it('shows the body’s Liquid as written, in an HTML or a Markdown post, its summary too, and reports none of it', async () => {
    const html = '---\nlayout: post\ntitle: P\nrender_with_liquid: false\n---\n<p>{{ page.tagline }} and {% if x %}, {% raw %}kept{% endraw %}.</p>\n{% highlight ruby %}\nx\n{% endhighlight %}\n';
    const markdown = '---\ntitle: M\ndate: 2016-03-01\nrender_with_liquid: false\n---\n\nUse {{ site.baseurl }} and {% include x.html %}.\n{: .notice}\n\n```liquid\n{% raw %}{{ x }}{% endraw %}\n```\n';
    const problems = check({ 'content/posts/2016-03-01-p.html': html, 'content/posts/m.md': markdown });
    assert.deepEqual([...at(problems, 'error'), ...at(problems, 'warning')], []);
    assert.match(at(problems, 'info').join('\n'), /p\.html:4 `render_with_liquid: false` \(Jekyll\): the body’s `\{\{ … \}\}` and `\{% … %\}` are shown as written/);
    assert.equal((await renderTree(html, '2016-03-01-p.html', { images: false })).html, '<p>{{ page.tagline }} and {% if x %}, {% raw %}kept{% endraw %}.</p>\n<p>{% highlight ruby %}\nx\n{% endhighlight %}</p>\n');
    const rendered = (await renderTree(markdown, 'm.md', { images: false })).html;
    // What is not Liquid is read as in any post: kramdown's attribute makes a callout.
    assert.match(rendered, /markdown-alert-note[\s\S]*<p>Use \{\{ site\.baseurl \}\} and \{% include x\.html %\}\.<\/p>/);
    assert.match(rendered, /<span>\{% raw %\}\{\{ x \}\}\{% endraw %\}<\/span>/);
    assert.equal(textFacts(readFrontmatter(html)?.body ?? '', 'html', { liquid: false }).summary, '{{ page.tagline }} and {% if x %}, {% raw %}kept{% endraw %}.');
    // Without it, the same body's Liquid is read: {% raw %} goes, and {% if %} is an error.
    const on = check({ 'content/posts/2016-03-01-p.html': html.replace('render_with_liquid: false\n', '') });
    assert.deepEqual(at(on, 'error').map((found) => found.split(' ').slice(0, 4).join(' ')), ['content/posts/2016-03-01-p.html:5 The Liquid tag', 'content/posts/2016-03-01-p.html:5 The Liquid output']);
  });
});

describe('old HTML in posts from WordPress and Blogger', () => {
  it('keeps <u>, <small> and <cite>; an element of look alone (<font>, <center>, <big>) warns that its text stays', async () => {
    const body = '<p><font color="#333">Grey</font> and <u>underlined</u>, <small>fine print</small>, <cite>A Book</cite>.</p>\n<center>Centred</center>\n<p><big>Big</big></p>\n';
    const problems = check({ 'content/posts/x.html': `---\ntitle: T\ndate: 2008-11-25\n---\n${body}` });
    assert.deepEqual(at(problems, 'error'), []);
    assert.deepEqual(at(problems, 'warning'), [
      'content/posts/x.html:5 <font> is an element of old HTML that only changes the look: its text stays, without its colour, size and face.',
      'content/posts/x.html:6 <center> is an element of old HTML that only changes the look: its text stays, without its centring.',
      'content/posts/x.html:7 <big> is an element of old HTML that only changes the look: its text stays, without its larger size.',
    ]);
    const { html } = await renderTree(`---\ntitle: T\ndate: 2008-11-25\n---\n${body}`, 'x.html', { images: false });
    assert.equal(html, '<p>Grey and <u>underlined</u>, <small>fine print</small>, <cite>A Book</cite>.</p>\nCentred\n<p>Big</p>\n');
  });

  it('shows HTML 4’s <acronym> as the <abbr> HTML 5 names it, its title kept', async () => {
    const post = '---\ntitle: T\ndate: 2008-11-25\n---\n\nThe <acronym title="World Wide Web">WWW</acronym> began in 1989.\n';
    assert.deepEqual(check({ 'content/posts/w.md': post }), []);
    assert.match((await renderTree(post, 'w.md', { images: false })).html, /<p>The <abbr title="World Wide Web">WWW<\/abbr> began in 1989\.<\/p>/);
  });
});

describe('unlisted posts, as each engine writes them', () => {
  it('read `unlisted`, `hidden`, Pelican’s `Status: hidden` and Hugo’s `build.list: never`, noting the last two', () => {
    const files = {
      'content/posts/a.md': '---\ntitle: A\ndate: 2024-01-01\nunlisted: true\n---\n\nText.\n',
      'content/posts/b.md': '---\ntitle: B\ndate: 2024-01-01\nhidden: true\n---\n\nText.\n',
      'content/posts/c.md': 'Title: C\nDate: 2024-01-01\nStatus: hidden\n\nText.\n',
      'content/posts/d.md': '+++\ntitle = "D"\ndate = 2024-01-01\n[build]\nlist = "never"\n+++\n\nText.\n',
    };
    const problems = check(files);
    assert.deepEqual(at(problems, 'error'), []);
    assert.deepEqual(at(problems, 'info'), [
      'content/posts/c.md:3 `status: hidden` (Pelican): the post is unlisted: it has its page, for whoever has the link, but no list, feed, sitemap or search shows it.',
      'content/posts/d.md:4 `build: { list: never }` (Hugo): the post is unlisted: it has its page, for whoever has the link, but no list, feed, sitemap or search shows it.',
    ]);
    for (const [file, text] of Object.entries(files)) {
      const fields = normaliseFields(readFrontmatter(text)?.data ?? {}, file.replace('content/', ''));
      assert.deepEqual([fields.unlisted, fields.draft], [true, false], file);
    }
  });
});

describe('jekyll-import’s Blogger and Tumblr posts', () => {
  it('redirect from the old URL’s path, take `modified_time` as the update, and note Blogger’s id', () => {
    const post = "---\ntitle: Upgrading\ndate: '2008-11-25T11:41:00.000-08:00'\nmodified_time: '2008-11-25T12:02:08.119-08:00'\nblogger_id: tag:blogger.com,1999:blog-1.post-2\nblogger_orig_url: https://someone.blogspot.com/2008/11/upgrading.html?m=1\n---\n\nText.<br /><br />More.\n";
    const problems = check({ 'content/posts/2008-11-25-upgrading.html': post });
    assert.deepEqual(at(problems, 'error'), []);
    assert.deepEqual(at(problems, 'info'), [
      'content/posts/2008-11-25-upgrading.html:5 `blogger_id` means nothing here (it was the post’s id on Blogger): it is ignored.',
      'content/posts/2008-11-25-upgrading.html:6 `blogger_orig_url` was this post’s address on Blogger: its path now redirects to the post (/posts/<slug>), as `aliases` do.',
    ]);
    const fields = normaliseFields(readFrontmatter(post)?.data ?? {}, 'posts/2008-11-25-upgrading.html');
    assert.deepEqual([fields.aliases, fields.updated], [['/2008/11/upgrading.html'], '2008-11-25T12:02:08.119-08:00']);
    // Its Tumblr posts the same way.
    const tumblr = "---\nlayout: post\ntitle: Time Series\ndate: '2013-04-08T12:08:00-04:00'\ntags: []\ntumblr_url: http://tech.example.com/post/47462339043/working-with-time-series-data\n---\nLife in tech.\n";
    assert.deepEqual(at(check({ 'content/posts/2013-04-08-time-series.html': tumblr }), 'error'), []);
    assert.deepEqual(normaliseFields(readFrontmatter(tumblr)?.data ?? {}, 'posts/2013-04-08-time-series.html').aliases, ['/post/47462339043/working-with-time-series-data']);
  });
});

describe('Vercel blog starter: `author: { name, picture }`', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 's15-avatar-'));
  before(async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0f766e' } }).png().toBuffer();
    fs.mkdirSync(path.join(root, 'public', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'public', 'assets', 'jj.png'), png);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const post = (picture: string) => `---\ntitle: A\ndate: 2024-01-01\nauthor:\n  name: JJ Kasper\n  picture: "${picture}"\n---\n\nText.\n`;

  it('accepts a picture the site can serve', () => {
    assert.deepEqual(at(check({ 'content/posts/a.md': post('/assets/jj.png') }, root), 'error'), []);
  });

  it('reports a missing picture at the author’s line, as for any image', () => {
    const [problem] = check({ 'content/posts/a.md': post('/assets/blog/authors/missing.jpeg') }, root).filter((p) => p.severity === 'error');
    assert.equal(problem?.line, 4);
    assert.match(problem?.message ?? '', /missing\.jpeg/);
    assert.ok(problem?.fix);
  });
});

describe('Minimal Mistakes’ galleries: a frontmatter list shown by `{% include gallery %}`', () => {
  const post = [
    '---', 'title: Gallery', 'date: 2024-01-01',
    'gallery:', '  - url: /images/fees-per-batch.png', '    image_path: /images/fees-per-batch.png', '    alt: "Fees, one"', '    title: "The first"',
    '  - image_path: /images/fees-per-batch.png', '    alt: "Fees, two"',
    'gallery2:', '  - url: https://example.com/page', '    image_path: /images/fees-per-batch.png', '    alt: "Fees, three"',
    '---', '',
    '{% include gallery caption="A gallery with **Markdown support**." %}', '',
    '{% include gallery id="gallery2" class="full" layout="half" %}', '',
    '{% include gallery id="gallery9" %}', '',
  ].join('\n');

  it('notes each list as a gallery, and shows each include’s images in a grid with its caption', async () => {
    const problems = check({ 'content/posts/gallery.md': post }, process.cwd());
    assert.deepEqual(at(problems, 'info').filter((line) => /is a gallery/.test(line)), [
      'content/posts/gallery.md:4 `gallery` is a gallery (Minimal Mistakes): its images are shown in a grid where `{% include gallery %}` names it.',
      'content/posts/gallery.md:11 `gallery2` is a gallery (Minimal Mistakes): its images are shown in a grid where `{% include gallery id="gallery2" %}` names it.',
    ]);
    // A list the frontmatter does not have: the include stays, named by content:check.
    assert.deepEqual(at(problems, 'error'), ['content/posts/gallery.md:21 The Liquid tag `{% include gallery id="gallery9" %}` is not run here: it would be published as text.']);
    const html = await renderTree(post, 'gallery.md', { images: false });
    assert.match(html.html, /<p><span class="image-gallery"><a href="\/images\/fees-per-batch\.png"><img src="\/images\/fees-per-batch\.png" alt="Fees, one" title="The first"><\/a> <img src="\/images\/fees-per-batch\.png" alt="Fees, two"><\/span><br><em>A gallery with <strong>Markdown support<\/strong>\.<\/em><\/p>/);
    assert.match(html.html, /<p><span class="image-gallery"><a href="https:\/\/example\.com\/page"><img src="\/images\/fees-per-batch\.png" alt="Fees, three"><\/a><\/span><\/p>/);
  });
});

describe('icons written as text (MkDocs Material’s shortcodes, Blowfish’s {{< icon >}})', () => {
  it('passes the icons the sets have, and stops at its line on a name no set has or a set the site lacks', () => {
    const problems = check({
      'content/posts/icons.md': [
        '---', 'title: Icons', 'date: 2024-01-01', 'icon: material/lock-open', '---',
        'Fast :rocket: :material-clock-fast: :octicons-heart-16: :fontawesome-brands-github: :simple-hashnode:', '',
        '- :material-clock-slow-as-a-snail: Set up in minutes', '',
        '`:material-no-such-thing:` in code, and :fontawesome-light-house: of a paid set.', '',
        '<div title=":material-in-an-attribute:">', ':octicons-heart-16: and :material-not-in-html:', '</div>', '',
        '{{< icon "github" >}} {{< icon email >}}', '',
      ].join('\n'),
    });
    assert.deepEqual(at(problems, 'warning'), []);
    assert.match(at(problems, 'info').find((line) => line.startsWith('content/posts/icons.md:4 ')) ?? '', /`icon`.*the old theme’s navigation \(MkDocs Material’s, VuePress Hope’s\)/);
    assert.deepEqual(at(problems, 'error'), [
      'content/posts/icons.md:8 ":material-clock-slow-as-a-snail:" is not an icon of Material Design Icons, so the site cannot draw it: readers would see it as text.',
      'content/posts/icons.md:10 ":fontawesome-light-house:" names no icon set the site has: readers would see it as text.',
      'content/posts/icons.md:13 ":material-not-in-html:" is not an icon of Material Design Icons, so the site cannot draw it: readers would see it as text.',
    ]);
    assert.match(problems.find((p) => p.line === 8)?.fix ?? '', /pictogrammers\.com\/library\/mdi/);
  });

  it('leaves a Blowfish icon no set has as the shortcode, an error that names it', () => {
    const problems = check({ 'content/posts/icons.md': '---\ntitle: Icons\ndate: 2024-01-01\n---\n\nSee {{< icon "no-such-icon" >}}.\n' });
    assert.deepEqual(at(problems, 'error'), ['content/posts/icons.md:6 The Hugo shortcode "{{< icon \\"no-such-icon\\" >}}" is not supported: readers see it as literal text and lose the icon (no icon set the site has is of that name).']);
    assert.match(problems.find((p) => p.severity === 'error')?.fix ?? '', /Font Awesome/);
  });
});

describe('al-folio’s charts and drawings (Chart.js, typograms, pseudocode.js)', () => {
  it('notes the switches that turned them on, and warns at each block that readers see its source', () => {
    const problems = check({ 'content/posts/chart.md': '---\ntitle: Chart\ndate: 2024-01-01\nchart:\n  chartjs: true\ntypograms: true\n_styles: >\n  .a { color: red; }\n---\n\n```chartjs\n{ "type": "line" }\n```\n\n```typograms\n+--+\n```\n' });
    assert.deepEqual(at(problems, 'error'), []);
    assert.deepEqual(at(problems, 'info').filter((line) => /old theme/.test(line)).map((line) => line.split(' means nothing here')[0]), ['content/posts/chart.md:4 `chart`', 'content/posts/chart.md:6 `typograms`', 'content/posts/chart.md:7 `_styles`']);
    assert.deepEqual(at(problems, 'warning').map((line) => line.split(' block is a diagram that other tools draw')[0]), ['content/posts/chart.md:11 This `chartjs`', 'content/posts/chart.md:15 This `typograms`']);
  });
});

describe('diagrams written as code (Mermaid, PlantUML, Graphviz)', () => {
  it('notes a Mermaid diagram (drawn in the browser) with its source, and warns at a PlantUML one that readers see the code', () => {
    const problems = check({ 'content/posts/diagram.md': '---\ntitle: Diagram\ndate: 2024-01-01\n---\n\n```mermaid\ngraph TD;\n  A-->B;\n```\n\n```plantuml\nA -> B\n```\n\n```js\nconst a = 1;\n```\n' });
    assert.deepEqual(at(problems, 'error'), []);
    assert.deepEqual(at(problems, 'warning').map((found) => found.split(':').slice(0, 2).join(':')), ['content/posts/diagram.md:11 This `plantuml` block is a diagram that other tools draw']);
    assert.match(problems.find((found) => found.severity === 'warning')?.fix ?? '', /a ```mermaid block[\s\S]*!\[what it shows\]\(\.\/diagram\.svg\)/);
    const mermaid = problems.filter((found) => found.diagram !== undefined);
    assert.deepEqual(mermaid.map((found) => [found.line, found.severity, found.diagram]), [[6, 'info', 'graph TD;\n  A-->B;']]);
  });

  it('has Mermaid read each one: an error at the diagram’s own line that it cannot read, none for one it can', { timeout: 30_000 }, async () => {
    const broken = '---\ntitle: Broken\ndate: 2024-01-01\n---\n\nText.\n\n```mermaid\nsequenceDiagram\n  Alice->>Bob: Hi\n  Bob-->>Alice Hello\n```\n';
    // Hugo's shortcode and Zola's become fences (lib/markdown/engine-syntax.ts): read the same way, at the same lines.
    const shortcodes = '---\ntitle: Shortcodes\ndate: 2024-01-01\n---\n\n{{< mermaid align="center" >}}\npie title Pets\n  "Dogs" : 386\n  "Cats" x 85\n{{< /mermaid >}}\n\n{% mermaid() %}\nflowchart LR\n  A[Start] -->|go| B(Stop)\n{% end %}\n';
    const problems = check({ 'content/posts/broken.md': broken, 'content/posts/shortcodes.md': shortcodes });
    assert.deepEqual(problems.filter((found) => found.diagram !== undefined).map((found) => `${found.file}:${found.line}`), ['content/posts/broken.md:8', 'content/posts/shortcodes.md:6', 'content/posts/shortcodes.md:12']);
    assert.deepEqual(at(problems, 'error'), []);
    const errors = await diagramProblems(problems);
    assert.deepEqual(errors.map((found) => `${found.file}:${found.line}`), ['content/posts/broken.md:11', 'content/posts/shortcodes.md:9']);
    assert.match(errors[0]?.message ?? '', /^Mermaid cannot read this diagram, so readers would see its source instead: Parse error on line 3: .*Expecting 'TXT'/);
    assert.match(errors[1]?.message ?? '', /Lexer error on line 3, column 10: unexpected character: ->x<-.* Expecting token of type ':' but found `85`/);
    assert.match(errors[0]?.fix ?? '', /mermaid\.live/);
  });
});

describe('real posts’ fields from DEV, Hashnode, Lee Robinson’s and LekoArts’ starters, Docusaurus and Jekyll', () => {
  it('reads Hashnode’s and feeds’ date text, `publishedAt`, `{ name }` tags, `seoDescription`, `banner` and Docusaurus’ author `key`', () => {
    const hashnode = '---\ntitle: From Hashnode\ndatePublished: Thu May 11 2023 09:41:05 GMT+0000 (Coordinated Universal Time)\ncuid: clhixw6av000609jifgvx9tt2\nseoTitle: A title for search\nseoDescription: What it is about.\ntags:\n  - name: Web Development\n    slug: web-development\n  - name: CSS\n    slug: css\n---\n\nText.\n';
    const lee = '---\ntitle: From a Next starter\npublishedAt: "2020-03-29"\nbanner: ./cover.png\n---\n\nText.\n';
    const docusaurus = '---\ntitle: Birthday\ndate: Thu, 11 May 2023 09:41:05 +0000\nauthors:\n  - key: slorber\n    title: Maintainer\n  - name: Ann Smith\n---\n\nText.\n';
    const problems = check({ 'content/posts/hashnode.md': hashnode, 'content/posts/lee.md': lee, 'content/posts/docusaurus.md': docusaurus });
    assert.deepEqual(at(problems, 'error').filter((found) => !found.includes('cover.png')), []);
    const fields = (file: string, text: string) => normaliseFields(readFrontmatter(text)?.data ?? {}, file);
    const read = fields('hashnode.md', hashnode);
    assert.equal(read.date, '2023-05-11T09:41:05.000Z');
    assert.deepEqual(read.tags, ['Web Development', 'CSS']);
    assert.equal(read.description, 'What it is about.');
    assert.equal(fields('lee.md', lee).date, '2020-03-29T00:00:00.000Z');
    assert.equal(fields('lee.md', lee).cover, './cover.png');
    assert.deepEqual(fields('docusaurus.md', docusaurus).author.map((person) => person.name), ['slorber', 'Ann Smith']);
    assert.equal(fields('docusaurus.md', docusaurus).date, '2023-05-11T09:41:05.000Z');
    assert.ok(at(problems, 'info').some((found) => /hashnode\.md:5 `seoTitle` means nothing here/.test(found)));
  });

  it('reads freeCodeCamp’s `seo_desc`, and notes WordPress’, TeXt’s and Blowfish’s switches and ids, and a `subtitle`', () => {
    const post = '---\ntitle: Many engines\ndate: 2024-01-02\nsubtitle: A line under it\nseo_title: For search\nseo_desc: What it is about.\nkey: 20160610\nparent: 0\noriginal_post_id: 12\nformat: video\nshowDate: false\nshowDateUpdated: true\nshowAuthor: false\nsocial_share: true\n---\n\nText.\n';
    const problems = check({ 'content/posts/many.md': post });
    assert.deepEqual(at(problems, 'error'), []);
    const read = normaliseFields(readFrontmatter(post)?.data ?? {}, 'many.md');
    assert.equal(read.description, 'What it is about.');
    assert.equal(read.subtitle, 'A line under it');
    for (const key of ['seo_title', 'key', 'parent', 'original_post_id', 'format', 'showDate', 'showDateUpdated', 'showAuthor', 'social_share']) {
      assert.ok(at(problems, 'info').some((found) => found.includes(`\`${key}\` means nothing here`)), key);
    }
  });

  it('reads Hexo’s `sticky` rank as featured above 0, noted, and names a value that is no number', () => {
    const post = (value: string) => `---\ntitle: Pinned\ndate: 2024-01-02\nsticky: ${value}\n---\n\nText.\n`;
    for (const [value, featured] of [['100', true], ['1', true], ['0', false], ['true', true], ['-1', false]] as const) {
      const problems = check({ 'content/posts/p.md': post(value) });
      assert.deepEqual(at(problems, 'error'), [], value);
      assert.deepEqual(at(problems, 'info'), ['content/posts/p.md:4 `sticky` (Hexo): a post above 0 is featured, shown first on the home page; featured posts keep their date order, not the number’s.'], value);
      assert.equal(normaliseFields(readFrontmatter(post(value))?.data ?? {}, 'p.md').featured, featured, value);
    }
    assert.deepEqual(at(check({ 'content/posts/p.md': post('"top"') }), 'error'), ['content/posts/p.md:4 `sticky` must be a number (above 0: featured) or true or false.']);
  });

  it('reads a link post’s `link` (Blowfish’s `externalUrl`) when it is an http(s) URL, and names any other at its line', () => {
    const post = (line: string) => `---\ntitle: A link\ndate: 2024-01-02\n${line}\n---\n\nWhy it is worth reading.\n`;
    assert.deepEqual(at(check({ 'content/posts/l.md': post('link: https://example.com/a') }), 'error'), []);
    assert.equal(normaliseFields(readFrontmatter(post('externalUrl: https://example.com/b'))?.data ?? {}, 'l.md').link, 'https://example.com/b');
    for (const [line, key] of [['link: javascript:alert(1)', 'link'], ['externalUrl: /posts/other', 'externalUrl'], ['link: example.com', 'link']] as const) {
      assert.deepEqual(at(check({ 'content/posts/l.md': post(line) }), 'error'), [`content/posts/l.md:4 \`${key}\` must be an http(s) URL: readers would get no link to the page this post is about.`], line);
    }
  });

  it('takes an optional field left empty (DEV’s template) for no field, and suggests no field the site ignores', () => {
    const dev = '---\ntitle: A DEV post\npublished: true\ndate: 2024-01-02\nseries:\ncover_image: ""\nupdated:\n---\n\nText.\n';
    assert.deepEqual(at(check({ 'content/posts/dev.md': dev }), 'error'), []);
    const read = normaliseFields(readFrontmatter(dev)?.data ?? {}, 'dev.md');
    assert.deepEqual([read.series, read.cover, read.updated], [[], undefined, undefined]);
    // `translations` is near `translation`, which the site ignores: renaming to it would lose the field.
    const unknown = at(check({ 'content/posts/t.md': '---\ntitle: T\ndate: 2024-01-02\ntranslations: [es]\n---\n\nText.\n' }), 'error');
    assert.deepEqual(unknown, ['content/posts/t.md:4 Unknown frontmatter field `translations`.']);
    // A required field left empty is still named.
    assert.match(at(check({ 'content/posts/e.md': '---\ntitle:\ndate: 2024-01-02\n---\n\nText.\n' }), 'error').join('\n'), /e\.md:2 The `title` is empty/);
  });

  it('titles a dated Jekyll post without `title:` by its name, as Jekyll does; an undated slug stays a missing title', () => {
    const problems = check({
      'content/posts/2016-05-20-welcome-to-jekyll.md': '---\n---\n\nYou’ll find this post in your `_posts` directory.\n',
      'content/posts/2016-05-21-my-example-post.md': '---\nlayout: post\n---\n\nEiusmod tempor.\n',
      'content/posts/some-post.md': '---\ndate: 2024-01-02\n---\n\nText.\n',
    });
    assert.deepEqual(at(problems, 'error'), ['content/posts/some-post.md:2 Missing `title`.']);
    assert.equal(readFrontmatter('---\nlayout: post\n---\n\nText.\n', 'posts/2016-05-21-my-example-post.md')?.data.title, 'My Example Post');
    assert.ok(at(problems, 'info').some((found) => /2016-05-20-welcome-to-jekyll\.md:2 There is no `title:` in the frontmatter: the file's name, “Welcome To Jekyll”/.test(found)));
  });
});
