import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts, formatProblem, type Problem } from '../../../lib/check';
import { closestField } from '../../../lib/check/fields';
import { normaliseFields } from '../../../lib/content/schema';

const encode = (text: string) => new TextEncoder().encode(text);
const check = (text: string, file = 'content/posts/a-post.md') => checkPosts([{ path: file, bytes: encode(text) }]);
const find = (problems: Problem[], message: RegExp) => problems.find((problem) => message.test(problem.message));

describe('content:check as a migration guide', () => {
  it('accepts every other engine’s name for our fields without a word', () => {
    const text = '---\ntitle: T\npubDatetime: 2022-09-23T15:22:00Z\nmodDatetime: 2023-12-21T09:12:47.400Z\nexcerpt: E\ncanonicalURL: https://a.example/x\nauthors: [default]\nfeatured: true\nseries: S\npublished: true\n---\n\nText.\n';
    assert.deepEqual(check(text), []);
  });

  it('suggests the closest known field for an unknown one, by line, with the exact rename', () => {
    const problems = check('---\ntitle: T\ndte: 2024-01-01\nsummery: S\nzzzzzz: 1\n---\n\nText.\n');
    const date = find(problems, /`dte`/);
    assert.equal(date?.message, 'Unknown frontmatter field `dte`: did you mean `date`?');
    assert.equal(date?.fix, 'Rename `dte` to `date`.');
    assert.equal(date?.line, 3);
    assert.equal(find(problems, /`summery`/)?.fix, 'Rename `summery` to `summary`.');
    assert.match(find(problems, /`zzzzzz`/)?.fix ?? '', /^Remove it, or use one of: title, date, /);
    // `date` comes from the misspelt key only: it is still missing.
    assert.ok(find(problems, /Missing `date`/));
  });

  it('notes a Jekyll post’s line of words read as a tag per word, with the way to keep one tag', () => {
    const problems = check('---\ntitle: T\ncategories: jekyll update\n---\n\nText.\n', 'content/posts/2023-08-14-welcome.markdown');
    const note = find(problems, /a line of words/);
    assert.equal(note?.message, '`categories: jekyll update` is read as Jekyll reads a line of words: 2 tags, “jekyll”, “update”.');
    assert.equal(note?.fix, 'Nothing to do; for one tag of several words, write it as a list: `categories: ["jekyll update"]`.');
    assert.equal(note?.line, 3);
    assert.equal(find(check('---\ntitle: T\ndate: 2024-01-01\ntags: layer 2\n---\n\nText.\n'), /a line of words/), undefined, 'another engine’s post');
  });

  it('names Obsidian’s inline #tags the post’s tags lack, once, at the first', () => {
    const body = 'A note about #productivity and #project/site, and C# and issue #12.\n\n#notes #Productivity\n\n`#in-code` and [#in-a-link](https://example.com)\n';
    const problems = check(`---\ntitle: T\ndate: 2024-01-01\ntags: [notes]\n---\n\n${body}`).filter((problem) => /Obsidian tag/.test(problem.message));
    assert.deepEqual(problems.map((problem) => `${problem.line} ${problem.severity} ${problem.message} | ${problem.fix}`), [
      "7 info `#productivity`, `#project/site` are Obsidian tags in the text: here they are shown as text, and the post is not listed under them. | To list it there, add them to the frontmatter's `tags:` (tags: [productivity, project/site]); the text stays.",
    ]);
    assert.equal(check('---\ntitle: T\ndate: 2024-01-01\ntags: [productivity]\n---\n\nOn #productivity.\n').filter((problem) => /Obsidian tag/.test(problem.message)).length, 0, 'a tag the post has');
  });

  it('suggests our field name for a miscased alias', () => {
    assert.equal(closestField('pubDateTime'), 'date');
    assert.equal(closestField('Title'), 'title');
    assert.equal(closestField('completely-different'), undefined);
  });

  it('notes fields that mean nothing here, and categories, as info', () => {
    const problems = check('---\ntitle: T\ndate: 2024-01-01\nlayout: post\nmath: true\ntimezone: Asia/Tokyo\ntoc: true\ncategories: [a]\n---\n\nText.\n');
    assert.deepEqual(problems.map((problem) => `${problem.line} ${problem.severity}`), ['4 info', '5 info', '6 info', '7 info', '8 info']);
    assert.match(find(problems, /`layout`/)?.message ?? '', /`layout` means nothing here \(every post has the one post layout here\): it is ignored\./);
    assert.equal(find(problems, /categories/)?.message, '`categories` are shown as tags here (merged with `tags`).');
  });

  it('builds a Hugo post with the rest of Hugo’s front matter, and a Ghost post with Ghost’s names, with notes only', () => {
    const hugo = check('---\ntitle: T\ndate: 2024-01-01\nkeywords: [a, b]\nlinkTitle: Short\nmenu:\n  main:\n    weight: 2\nexpiryDate: 2030-01-01\nisCJKLanguage: true\nsitemap:\n  priority: 0.5\nthumbnail: /t.png\n---\n\nText.\n');
    assert.deepEqual(hugo.map((problem) => `${problem.line} ${problem.severity}`), ['4 info', '5 info', '6 info', '9 info', '10 info', '11 info', '13 info']);
    assert.match(find(hugo, /`expiryDate`/)?.message ?? '', /the post stays published after it; set `draft: true` to take it down/);
    const jekyll = check('---\ntitle: T\ndate: 2024-01-01\nexcerpt_separator: <!--more-->\nauthor_profile: true\nread_time: true\ntoc_sticky: true\nrelated: true\n---\n\nText.\n');
    assert.deepEqual(jekyll.map((problem) => `${problem.line} ${problem.severity}`), ['4 info', '5 info', '6 info', '7 info', '8 info']);
    const ghost = '---\ntitle: T\ndate: 2024-01-01\nfeature_image: /images/fees-per-batch.png\nfeature_image_alt: Fees\nfeature_image_caption: Per batch\ncustom_excerpt: Short\nmeta_description: Longer\n---\n\nText.\n';
    assert.deepEqual(check(ghost), []);
    const fields = normaliseFields({ feature_image: '/a.png', feature_image_alt: 'Fees', feature_image_caption: 'Per batch', custom_excerpt: 'Short', meta_description: 'Longer' }, 'posts/a.md');
    assert.deepEqual([fields.cover, fields.coverAlt, fields.coverCaption, fields.summary, fields.description], ['/a.png', 'Fees', 'Per batch', 'Short', 'Longer']);
  });

  it('reads Minimal Mistakes’ `header:` as the cover (its image, overlay or teaser, description and caption), and one without an image as none', () => {
    const header = (lines: string) => check(`---\ntitle: T\ndate: 2024-01-01\nheader:\n${lines}\n---\n\nText.\n`);
    assert.deepEqual(header('  overlay_image: /images/fees-per-batch.png\n  image_description: Fees\n  caption: "Photo: [Ann](https://example.com)"'), []);
    const fields = normaliseFields({ header: { overlay_image: '/o.png', teaser: '/t.png', image_description: 'Fees', caption: 'Photo' } }, 'posts/a.md');
    assert.deepEqual([fields.cover, fields.coverAlt, fields.coverCaption], ['/o.png', 'Fees', 'Photo']);
    assert.equal(normaliseFields({ header: { image: '/i.png', overlay_image: '/o.png' } }, 'posts/a.md').cover, '/i.png');
    assert.equal(normaliseFields({ header: { teaser: '/t.png' } }, 'posts/a.md').cover, '/t.png');
    // Only a colour: no cover and no error, the unused keys noted.
    const colour = header('  overlay_color: "#333"\n  overlay_filter: 0.5');
    assert.deepEqual(colour.map((problem) => `${problem.line} ${problem.severity} ${problem.message.split(' of ')[0]}`), ['4 info `overlay_color`, `overlay_filter`']);
    assert.equal(normaliseFields({ header: { overlay_color: '#333' } }, 'posts/a.md').cover, undefined);
    // Any other field still needs its image.
    assert.match(check('---\ntitle: T\ndate: 2024-01-01\ncover:\n  hidden: true\n---\n\nText.\n')[0]?.message ?? '', /`cover` must be an image path/);
  });

  it('reports two spellings of one field that disagree, naming the one that would be lost', () => {
    const [problem] = check('---\ntitle: T\ndate: 2024-01-01\npubDatetime: 2023-05-05\n---\n\nText.\n');
    assert.equal(problem?.severity, 'error');
    assert.equal(problem?.line, 4);
    assert.equal(problem?.message, '`pubDatetime` and `date` both give the date, with different values: only `date` would be used.');
    assert.deepEqual(check('---\ntitle: T\ndate: 2024-01-01\npubDatetime: 2024-01-01\n---\n\nText.\n'), []);
  });

  it('notes a second cover image that is not used, without stopping the build', () => {
    const problems = check('---\ntitle: T\ndate: 2024-01-01\ncoverImage: /a.png\nogImage:\n  url: /b.png\n---\n\nText.\n');
    assert.equal(find(problems, /`ogImage` is not used/)?.severity, 'info');
  });

  const kinds: [string, string, RegExp][] = [
    ['text', 'summary: [a, b]', /^`summary` must be text, not a list\.$/],
    ['date', 'updated: soon', /^`updated` is not a real calendar date: "soon"\.$/],
    ['boolean', 'featured: yes please', /^`featured` must be true or false\.$/],
    ['list', 'tags: { a: 1 }', /^`tags` must be a list or a comma-separated line\.$/],
    ['people', 'author: 42', /^`author` must be a name, an author id, `\{ name, url \}` or a list of them, not the number 42\.$/],
    ['image', 'cover: { caption: x }', /^`cover` must be an image path \(or a list of them, or `\{ image, alt \}`\), not a set of `key: value` fields\.$/],
    ['term', 'series: 3', /^`series` must be a name or a list of names, not the number 3\.$/],
  ];
  for (const [kind, line, message] of kinds) {
    it(`reports a value that is not a ${kind}, at its line`, () => {
      const problem = find(check(`---\ntitle: T\ndate: 2024-01-01\n${line}\n---\n\nText.\n`), message);
      assert.ok(problem, kind);
      assert.equal(problem.line, 4);
      assert.equal(problem.severity, 'error');
    });
  }

  it('checks TOML frontmatter with its lines, and writes fixes in TOML', () => {
    const problems = check('+++\ntitle = "T"\ndate = 2024-01-01\ndraft = "no"\ndescrption = "x"\n+++\n\nText.\n');
    assert.equal(find(problems, /`draft` must be true or false/)?.fix, 'Write `draft = true` or remove the field.');
    assert.equal(find(problems, /`draft`/)?.line, 4);
    assert.equal(find(problems, /descrption/)?.line, 5);
    assert.equal(find(problems, /descrption/)?.fix, 'Rename `descrption` to `description`.');
    const missing = check('+++\ndate = 2024-01-01\n+++\n\nText.\n');
    assert.equal(find(missing, /Missing `title`/)?.fix, 'Add `title = …` (the post title) to the frontmatter.');
  });

  it('reports a TOML syntax error by line, and still checks the body in the same run', () => {
    const problems = check('+++\ntitle = "T\ndate = 2024-01-01\n+++\n\n[Insert a relevant image: a chart]\n');
    assert.match(formatProblem(problems[0] as Problem), /^content\/posts\/a-post\.md:2 {2}error +Invalid TOML frontmatter/);
    assert.ok(find(problems, /Image placeholder without an illustration/));
  });

  it('dates a Jekyll post by its file name when it has no `date`, and reads Jekyll’s date-time', () => {
    assert.deepEqual(check('---\ntitle: T\n---\n\nText.\n', 'content/posts/_posts/2023-09-02-notes.md'), []);
    assert.deepEqual(check('---\ntitle: T\ndate: 2023-08-14 10:30:00 +0200\n---\n\nText.\n'), []);
  });

  it('takes a post in Jekyll’s `_drafts` folder as a draft, with no date needed, and says so', () => {
    const problems = check('---\nlayout: post\ntitle: Half written\n---\n\nText.\n', 'content/posts/_drafts/half-written.markdown');
    assert.deepEqual(problems.filter((problem) => !problem.message.startsWith('`layout`')).map((problem) => [problem.line, problem.severity, problem.message]), [[2, 'info', 'In a `_drafts` folder: a draft, shown only in `npm run dev` and dated by its last change, as Jekyll\'s drafts are.']]);
    const fields = normaliseFields({ title: 'Half written', published: true }, 'posts/jekyll/_drafts/half-written.markdown');
    assert.equal(fields.draft, true);
    assert.equal(fields.slug, 'half-written');
    assert.equal(normaliseFields({ title: 'T' }, 'posts/_drafts-notes/x.md').draft, false);
    // Without the folder, a missing date is still an error.
    assert.ok(check('---\ntitle: T\n---\n\nText.\n', 'content/posts/half-written.md').some((problem) => problem.severity === 'error' && /Missing `date`/.test(problem.message)));
  });

  it('keeps the author’s letters: a Chinese slug is an address, and a fix keeps its Chinese characters', () => {
    assert.deepEqual(check('---\ntitle: T\ndate: 2024-01-01\nslug: 区块链扩容\n---\n\nText.\n'), []);
    assert.deepEqual(check('---\ntitle: T\ndate: 2024-01-01\n---\n\nText.\n', 'content/posts/区块链扩容简介.md'), []);
    const [problem] = check('---\ntitle: T\ndate: 2024-01-01\nslug: Layer2 扩容方案\n---\n\nText.\n');
    assert.equal(problem?.fix, 'Use `slug: layer-2-扩容方案`.');
  });
});

describe('Beautiful Jekyll’s fields', () => {
  const post = (fields: string) => `---\ntitle: T\ndate: 2024-05-20\n${fields}\n---\n\nText.\n`;

  it('reads the cover (a path, a list, or `"path" : "Caption"`), the repository as the post’s link, the update date and the share description', () => {
    const fields = normaliseFields({ title: 'T', 'cover-img': [{ '/assets/a.png': 'The caption' }, '/assets/b.png'], 'gh-repo': 'daattali/beautiful-jekyll', 'last-updated': '2024-06-01', 'share-description': 'D' }, 'posts/t.md');
    assert.equal(fields.cover, '/assets/a.png');
    assert.equal(fields.coverCaption, 'The caption');
    assert.equal(fields.link, 'https://github.com/daattali/beautiful-jekyll');
    assert.equal(fields.updated, '2024-06-01T00:00:00.000Z');
    assert.equal(fields.description, 'D');
    assert.equal(normaliseFields({ title: 'T', bigimg: '/assets/old.png' }, 'posts/t.md').cover, '/assets/old.png');
    // A one-key map that names no image is no captioned image.
    assert.equal(normaliseFields({ title: 'T', 'cover-img': { caption: 'x' } }, 'posts/t.md').cover, undefined);
  });

  it('notes what it does not show, and says why, without an error', () => {
    const problems = check(post('cover-img: ["/a.png" : "Caption", "/b.png"]\ncoverAlt: A\ngh-repo: daattali/beautiful-jekyll\ngh-badge: [star, fork]\nthumbnail-img: /a.png\nshare-img: /a.png\nsocial-share: false\nnav-short: true'));
    assert.deepEqual(problems.filter((problem) => problem.severity !== 'info' && !/does not exist/.test(problem.message)), []);
    assert.match(find(problems, /`gh-repo`/)?.message ?? '', /linked under the title as the repository’s page on GitHub; its buttons \(`gh-badge`\) are not shown/);
    assert.match(find(problems, /`gh-badge` means nothing here/)?.message ?? '', /frames of GitHub’s site/);
    assert.match(find(problems, /Only the first image of `cover-img`/)?.message ?? '', /the other one is not shown/);
    assert.equal(find(problems, /not used here/), undefined, 'the caption map is read, not unread keys');
  });

  it('names a repository written another way as an error, with the form to write', () => {
    const problem = find(check(post('gh-repo: beautiful-jekyll')), /`gh-repo` must be/);
    assert.equal(problem?.severity, 'error');
    assert.equal(problem?.fix, 'Write the repository as `owner/name`, as `gh-repo: daattali/beautiful-jekyll`.');
  });
});
