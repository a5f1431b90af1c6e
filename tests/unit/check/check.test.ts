import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { checkPosts, formatProblem, isValidDate, type Problem } from '../../../lib/check';
import { slugOf } from '../../../lib/content/schema';

const encode = (text: string) => new TextEncoder().encode(text);
const post = (path: string, text: string) => ({ path, bytes: encode(text) });
const valid = (fields: string, body = 'Hello.\n') => `---\n${fields}\n---\n\n${body}`;
const errors = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error');

function only(text: string, file = 'content/posts/a-post.md') {
  return errors(checkPosts([post(file, text)]));
}

describe('isValidDate', () => {
  it('accepts calendar dates, with or without a time and zone', () => {
    for (const date of ['2024-05-23', '2024-02-29', '2024-09-01T10:00:00Z', '2024-09-01T10:00:00+02:00', '2024-09-01 10:00', '2013/7/13 20:46:25', '2019/03/16']) {
      assert.equal(isValidDate(date), true, date);
    }
  });
  it('rejects dates YAML parsers would roll over, and non-dates', () => {
    for (const date of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '2024-9-1', '2013/2/30', '2013-7/13', '2013/07-13', 'yesterday', '2024-09-01T25:00:00Z', '']) {
      assert.equal(isValidDate(date), false, date);
    }
  });
});

describe('checkPosts', () => {
  it('accepts a valid post with every optional field', () => {
    const text = valid('title: "Fine"\ndate: 2024-09-01T10:00:00Z\nupdated: 2024-09-02\nslug: fine\ntags:\n  - a\n  - B c\ndraft: false\nsummary: Short.\ncanonical: https://example.com/fine');
    assert.deepEqual(checkPosts([post('content/posts/fine.md', text)]), []);
  });

  const cases: [string, string, RegExp, number][] = [
    ['missing title', valid('date: 2024-01-01'), /Missing `title`/, 2],
    ['empty title', valid('title: "  "\ndate: 2024-01-01'), /`title` is empty/, 2],
    ['missing date', valid('title: T'), /Missing `date`/, 2],
    ['rolled-over date', valid('title: T\ndate: 2024-02-30'), /not a real calendar date: "2024-02-30"/, 3],
    ['month 13', valid('title: T\ndate: 2024-13-01'), /not a real calendar date/, 3],
    ['invalid YAML', valid('title: a: b\ndate: 2024-01-01'), /Invalid YAML frontmatter/, 2],
    ['duplicate key', valid('title: A\ndate: 2024-01-01\ntitle: B'), /Invalid YAML frontmatter/, 4],
    ['bad slug', valid('title: T\ndate: 2024-01-01\nslug: Not A Slug'), /not lowercase letters, digits and hyphens/, 4],
    ['empty tag', valid('title: T\ndate: 2024-01-01\ntags: a, , b'), /A tag is empty/, 4],
    ['tag without a slug', valid('title: T\ndate: 2024-01-01\ntags: a, !!!'), /has no letters or digits/, 4],
    ['unknown field', valid('title: T\ndate: 2024-01-01\nauthr: me'), /Unknown frontmatter field `authr`: did you mean `author`\?/, 4],
    ['draft not boolean', valid('title: T\ndate: 2024-01-01\ndraft: maybe'), /`draft` must be true or false/, 4],
    // A file with no frontmatter is a post (titled by its name), as in Jekyll: without a date in its name, it has none.
    ['no frontmatter and no dated name', 'Just text\n', /Missing `date`/, 1],
    ['unsafe canonical', valid('title: T\ndate: 2024-01-01\ncanonical: javascript:alert(1)'), /`canonical` must be an http\(s\) URL/, 4],
  ];
  for (const [name, text, message, line] of cases) {
    it(`reports ${name} with the file and line`, () => {
      const found = only(text);
      assert.equal(found.length >= 1, true, `no error for ${name}`);
      const problem = found.find((candidate) => message.test(candidate.message));
      assert.ok(problem, `expected ${message} in ${JSON.stringify(found)}`);
      assert.equal(problem.file, 'content/posts/a-post.md');
      assert.equal(problem.line, line);
      assert.match(formatProblem(problem), new RegExp(`^content/posts/a-post\\.md:${line}  error`));
    });
  }

  it('reports a file that is not valid UTF-8, with the line of the bad byte', () => {
    const bytes = new Uint8Array([...encode('---\ntitle: T\ndate: 2024-01-01\n---\n\ncaf'), 0xe9, ...encode('\n')]);
    const [problem] = errors(checkPosts([{ path: 'content/posts/latin1.md', bytes }]));
    assert.match(problem?.message ?? '', /not valid UTF-8/);
    assert.equal(problem?.file, 'content/posts/latin1.md');
    assert.equal(problem?.line, 6);
  });

  it('reports two posts with the same slug, naming both files', () => {
    const problems = errors(
      checkPosts([
        post('content/posts/one.md', valid('title: One\ndate: 2024-01-01\nslug: same')),
        post('content/posts/two.md', valid('title: Two\ndate: 2024-01-02\nslug: same')),
      ]),
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, 'content/posts/two.md');
    assert.match(problems[0]?.message ?? '', /Two posts have the slug "same".*content\/posts\/one\.md:4/);
  });

  it('makes a slug of a file name that is none (Obsidian’s and Hexo’s `My Post.md`), with a note; one with no words in it is an error', () => {
    const file = 'content/posts/My Post.md';
    const problems = checkPosts([post(file, valid('title: T\ndate: 2024-01-01'))]);
    assert.deepEqual(errors(problems), []);
    assert.ok(problems.some((problem) => problem.severity === 'info' && problem.message === 'The address of this post is /posts/my-post: its name, "My Post", in lowercase words.'));
    assert.equal(slugOf(undefined, 'posts/My Post.md'), 'my-post');
    assert.equal(slugOf(undefined, 'posts/2024-01-02-Hello World/index.md'), 'hello-world');
    assert.equal(slugOf(undefined, 'posts/区块链扩容简介.md'), '区块链扩容简介');
    const [problem] = only(valid('title: T\ndate: 2024-01-01'), 'content/posts/!!!/index.md');
    assert.match(problem?.message ?? '', /folder name gives the slug "!!!"/);
    assert.equal(problem?.fix, 'Rename the folder, or add a `slug:` field.');
  });

  it('lists every problem of every post at once', () => {
    const problems = errors(
      checkPosts([
        post('content/posts/a.md', valid('date: 2024-02-30\ntags: x,,y')),
        post('content/posts/b.md', valid('title: B')),
      ]),
    );
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line}`),
      ['content/posts/a.md:2', 'content/posts/a.md:2', 'content/posts/a.md:3', 'content/posts/b.md:2'],
    );
  });
});

describe('checkPosts on the seed posts', () => {
  const seed = (name: string) => ({ path: `tests/fixtures/${name}`, bytes: new Uint8Array(fs.readFileSync(new URL(`../../fixtures/${name}`, import.meta.url))) });

  it('stops on the four lossy mojibake sequences with line and candidates', () => {
    const lossy = errors(checkPosts([seed('seed-mojibake.md')]));
    assert.deepEqual(
      lossy.map((problem) => problem.line),
      [17, 30, 34, 35, 47, 51],
    );
    assert.ok(lossy.every((problem) => problem.file === 'tests/fixtures/seed-mojibake.md'));
    assert.match(lossy[0]?.message ?? '', /"ğŸŒ" lost a byte.*🌍/);
    assert.match(lossy[2]?.message ?? '', /"ğŸ¦".*🏦/);
    assert.match(lossy[3]?.message ?? '', /"ğŸ¥".*🏥/);
    assert.match(lossy[5]?.message ?? '', /"ğŸ¤".*🤝/);
  });

  it('notes the repaired mojibake, the repeated title and the author placeholder the site fills in', () => {
    const problems = checkPosts([seed('seed-mojibake.md')]);
    assert.ok(problems.some((problem) => problem.severity === 'info' && /repaired automatically/.test(problem.message)));
    assert.ok(problems.some((problem) => problem.line === 8 && /title as `# H1`/.test(problem.message)));
    const template = problems.find((problem) => /\[Your Name\]/.test(problem.message));
    assert.equal(template?.severity, 'info');
    assert.match(template?.message ?? '', /shown as the author/);
    assert.equal(template?.line, 49);
  });

  it('warns about template text the site cannot fill in', () => {
    const problems = checkPosts([
      { path: 'content/posts/t.md', bytes: new TextEncoder().encode('---\ntitle: T\ndate: 2024-01-01\nauthor: Ada\n---\n\nSigned [Your Name] for [Company].\n') },
    ]);
    assert.deepEqual(
      problems.filter((problem) => /\[(Your Name|Company)\]/.test(problem.message)).map((problem) => [problem.severity, problem.line]),
      [['info', 7], ['warning', 7]],
    );
  });

  it('warns about an image placeholder without an illustration, and not once it exists', () => {
    const missing = checkPosts([seed('seed-layer2.md')]).filter((problem) => problem.severity === 'warning');
    assert.equal(missing.length, 1);
    assert.match(missing[0]?.message ?? '', /Image placeholder without an illustration/);
    assert.equal(missing[0]?.line, 44);
    const resolved = checkPosts([seed('seed-layer2.md')], { hasPublicFile: (path) => path === '/illustrations/layer-2-solutions-scaling-the-blockchain-1.svg' });
    assert.deepEqual(resolved.filter((problem) => problem.severity !== 'info'), []);
  });

  it('passes the editorially resolved copies in content/posts', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const files = fs
      .readdirSync(path.join(root, 'content/posts'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ path: `content/posts/${name}`, bytes: new Uint8Array(fs.readFileSync(path.join(root, 'content/posts', name))) }));
    assert.ok(files.some((file) => file.path.endsWith('/index.md')), 'a folder post is among them');
    // With the project root, the images they name are checked on disk too.
    assert.deepEqual(errors(checkPosts(files, { root })), []);
  });
});

describe('a scheduled post (dated after the moment of the check)', () => {
  const now = Date.parse('2024-07-20T00:00:00Z');
  const files = [
    post('content/posts/soon.md', valid('title: Soon\npubDatetime: 2024-08-01T09:00:00+02:00')),
    post('content/posts/teaser.md', valid('title: Teaser\ndate: 2024-07-01', 'Coming: [soon](./soon.md).\n')),
    post('content/posts/draft.md', valid('title: Draft\ndate: 2024-09-01\ndraft: true')),
  ];

  it('is named at its date’s line, and a published post’s link to it is a warning, as a link to a draft is', () => {
    const said = checkPosts(files, { now }).filter((problem) => problem.severity !== 'info' || /scheduled/.test(problem.message));
    assert.deepEqual(
      said.map((problem) => `${problem.file}:${problem.line} ${problem.severity}`),
      ['content/posts/soon.md:3 info', 'content/posts/teaser.md:6 warning'],
    );
    assert.match(said[0]?.message ?? '', /^Dated 2024-08-01T09:00:00\.000\+02:00, after this moment: scheduled\. `npm run dev` shows it; a build leaves it out until one runs on or after that moment/);
    assert.match(said[1]?.message ?? '', /links to "soon", scheduled for 2024-08-01T09:00:00\.000\+02:00: a build before then leaves it out/);
  });

  it('is published, without a word, by a check on or after its date', () => {
    const later = checkPosts(files, { now: Date.parse('2024-08-01T07:00:00Z') });
    assert.ok(!later.some((problem) => /scheduled/.test(problem.message)), later.map(formatProblem).join('\n'));
  });
});
