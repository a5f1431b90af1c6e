import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts, type Problem } from '../../../lib/check';
import { addressLengthProblem, MAX_ADDRESS_BYTES } from '../../../lib/check/address-length';
import { MAX_NESTING, MAX_POST_BYTES, nestingOf } from '../../../lib/check/limits';
import { classifyPostFile, sectionFileProblems, unreadFileProblems } from '../../../lib/check/post-files';
import { firstInvalidUtf8 } from '../../../lib/check/utf8';

// Hostile and careless posts: each must give an error naming the file and line, never a crash or a stall.
const encode = (text: string) => new TextEncoder().encode(text);
const FILE = 'content/posts/a-post.md';
const errorsOf = (text: string | Uint8Array, file = FILE): Problem[] =>
  checkPosts([{ path: file, bytes: typeof text === 'string' ? encode(text) : text }]).filter((problem) => problem.severity === 'error');
const postWith = (fields: string, body = 'Hello.\n') => `---\ntitle: T\ndate: 2024-01-01\n${fields}\n---\n\n${body}`;

function expectError(problems: Problem[], message: RegExp, line: number, file = FILE) {
  const problem = problems.find((candidate) => message.test(candidate.message));
  assert.ok(problem, `expected ${message} in ${JSON.stringify(problems.map((p) => p.message))}`);
  assert.equal(problem.file, file);
  assert.equal(problem.line, line);
}

describe('address lengths (finding 3)', () => {
  it('rejects a 300-character tag and a 100-character CJK tag on the tags line', () => {
    expectError(errorsOf(postWith(`tags: ok, ${'a'.repeat(300)}`)), /tag address "a{40}…" is 300 bytes once percent-encoded/, 4);
    expectError(errorsOf(postWith(`tags: ["${'語'.repeat(100)}"]`)), /tag address .* 900 bytes/, 4);
  });

  it('rejects a long slug, given or from the file name', () => {
    expectError(errorsOf(postWith(`slug: ${'a-'.repeat(150)}end`)), /slug address .* once percent-encoded/, 4);
    const file = `content/posts/${'b'.repeat(230)}.md`;
    expectError(errorsOf(postWith(''), file), /slug address/, 1, file);
  });

  it('measures bytes after percent-encoding, with room left under 255 for suffixes', () => {
    assert.equal(addressLengthProblem('tag', 'a'.repeat(MAX_ADDRESS_BYTES)), undefined);
    assert.equal(addressLengthProblem('tag', '語'.repeat(22)), undefined); // 198 bytes
    assert.match(addressLengthProblem('tag', '語'.repeat(23)) ?? '', /207 bytes/);
    assert.ok(MAX_ADDRESS_BYTES + '.prefetch.rsc'.length + 20 < 255);
  });
});

describe('size and depth guards (finding 4)', () => {
  it('reports a list nested 5,000 levels with its line instead of overflowing the stack', () => {
    expectError(errorsOf(postWith('', `Intro.\n\n${'- '.repeat(5000)}item\n`)), new RegExp(`nested more than ${MAX_NESTING} levels`), 9);
    // Indented one level a line: past the size limit long before 5,000 levels, and said so.
    const indented = Array.from({ length: 5000 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    expectError(errorsOf(postWith('', indented)), /posts may be at most 1 MB/, 1);
  });

  it('reports a 1 MB list nested 1,000 levels without parsing it', () => {
    const lines: string[] = [];
    for (let size = 0; size < 1_000_000; ) {
      const line = `${'  '.repeat(lines.length % 1000)}- ${'word '.repeat(20)}`;
      lines.push(line);
      size += line.length + 1;
    }
    const problems = errorsOf(postWith('', lines.join('\n')));
    expectError(problems, /nested more than/, 7 + MAX_NESTING);
  });

  it('reads shortcodes that never close in time that grows with the post, and names each closed one at its line', { timeout: 60_000 }, () => {
    // Each opening once made the check scan the rest of the post: the time grew with the square of its length.
    for (const opening of ['{{< youtube ', '[a ', '{{ a(', '\\[gallery ']) {
      const body = opening.repeat(Math.ceil(300_000 / opening.length));
      assert.deepEqual(errorsOf(postWith('', body)).filter((problem) => /shortcode/.test(problem.message)), [], opening);
    }
    // Shown as code on each line, and a shortcode after it: one error a line, at that line.
    const lines = Array.from({ length: 3000 }, (_, at) => `\`{{< x ${at} >}}\` and {{< chart id${at} >}}`);
    const problems = errorsOf(postWith('', lines.join('\n'))).filter((problem) => /Hugo shortcode/.test(problem.message));
    assert.equal(problems.length, 3000);
    assert.deepEqual(problems.slice(0, 2).map(({ line, message }) => [line, /id\d+/.exec(message)?.[0]]), [[7, 'id0'], [8, 'id1']]);
    assert.deepEqual(problems.map(({ line }) => line), lines.map((_, at) => at + 7));
  });

  it('reports 5,000 nested blockquotes on one line, and quotes deepening line by line', () => {
    expectError(errorsOf(postWith('', `${'>'.repeat(5000)} deep\n`)), /nested more than .* or more/, 7);
    expectError(errorsOf(postWith('', `${'> '.repeat(5000)}deep\n`)), /nested more than/, 7);
    const stacked = Array.from({ length: 40 }, (_, level) => `${'>'.repeat(level + 1)} level ${level}`).join('\n');
    expectError(errorsOf(postWith('', stacked)), /nested more than/, 7 + MAX_NESTING);
  });

  it('leaves deep indentation inside code fences alone, and counts quotes and list markers together', () => {
    const code = `\`\`\`python\n${' '.repeat(200)}x = 1\n\`\`\`\n`;
    assert.deepEqual(errorsOf(postWith('', code)), []);
    assert.equal(nestingOf('> > - > 1. text'), 5);
    assert.equal(nestingOf('    - nested'), 3);
  });

  it('refuses a file over the size limit before reading it as text', () => {
    const big = postWith('', `${'word '.repeat(MAX_POST_BYTES / 5)}\n`);
    expectError(errorsOf(big), /posts may be at most 1 MB/, 1);
  });
});

describe('every file is read or reported (finding 5)', () => {
  it('reads .md, .mdx and the other engines\' Markdown extensions; reports .MD, .MDX and other files; images and dotfiles beside posts are fine', () => {
    for (const name of ['x.MD', 'x.Md', 'notes.txt', 'x.MARKDOWN', 'x.Mkd']) {
      const kind = classifyPostFile(name);
      assert.equal(kind.kind, 'ignored', name);
      assert.match(kind.kind === 'ignored' ? kind.message : '', /not built/);
    }
    for (const name of ['x.markdown', 'x.mdown', 'x.mkdn', 'x.mkd', 'x.mkdown', 'x.mdwn']) assert.equal(classifyPostFile(name).kind, 'post', name);
    assert.match(JSON.stringify(classifyPostFile('x.MARKDOWN')), /Rename it to x\.markdown\./);
    assert.match(JSON.stringify(classifyPostFile('notes.txt')), /Rename it to notes\.md\./);
    assert.equal(classifyPostFile('x.mdx').kind, 'post');
    assert.match(JSON.stringify(classifyPostFile('x.MDX')), /Rename it to x\.mdx/);
    assert.match(JSON.stringify(classifyPostFile('data.json')), /not a post/);
    for (const name of ['a.jpg', 'a.JPEG', 'IMG_0001.JPG', 'a.png', 'a.svg', 'a.gif', 'a.webp', 'a.avif', 'scan.tif', 'scan.tiff', 'photo.heic', 'photo.HEIF', '.DS_Store']) assert.equal(classifyPostFile(name).kind, 'asset', name);
    assert.equal(classifyPostFile('x.md').kind, 'post');
    const problems = unreadFileProblems(['content/posts/x.md', 'content/posts/x.markdown', 'content/posts/sub/y.MD', 'content/posts/a.png']);
    assert.deepEqual(problems.map((problem) => `${problem.file}:${problem.line} ${problem.severity}`), ['content/posts/sub/y.MD:1 error']);
    assert.match(problems[0]?.fix ?? '', /Rename it to y\.md/);
  });

  it('a Hugo or Zola section page (`_index.md`) is no post: noted when it holds settings alone, an error when it has text', () => {
    for (const name of ['_index.md', '_index.markdown', '_index.mdx']) assert.equal(classifyPostFile(name).kind, 'section', name);
    assert.equal(classifyPostFile('index.md').kind, 'post');
    assert.deepEqual(unreadFileProblems(['content/posts/blog/_index.md']), []);
    const settings = sectionFileProblems('content/posts/blog/_index.md', '+++\ntitle = "Blog"\nsort_by = "date"\npaginate_by = 10\n+++\n\n');
    assert.deepEqual(settings.map((problem) => `${problem.line} ${problem.severity}`), ['1 info']);
    const text = sectionFileProblems('content/posts/_index.md', '---\ntitle: Posts\n---\n\nEverything I wrote, newest first.\n');
    assert.deepEqual(text.map((problem) => `${problem.file}:${problem.line} ${problem.severity}`), ['content/posts/_index.md:5 error']);
    assert.match(text[0]?.message ?? '', /readers would never see it/);
  });

  it('reports a post with frontmatter and no body', () => {
    expectError(errorsOf('---\ntitle: T\ndate: 2024-01-01\n---\n'), /no text after its frontmatter/, 5);
    expectError(errorsOf('---\ntitle: T\ndate: 2024-01-01\n---\n\n  \n\n'), /no text after its frontmatter/, 5);
  });
});

describe('accurate messages (finding 9)', () => {
  it('reports a Windows-1252 é at its own byte and offset', () => {
    const bytes = new Uint8Array([...encode('---\ntitle: caf'), 0xe9, ...encode(' au lait\ndate: 2024-01-01\n---\n\nHi.\n')]);
    assert.equal(firstInvalidUtf8(bytes), 14);
    const intro = new Uint8Array([...encode('---\ntitle: "Caf'), 0xe9, ...encode(' au lait"\ndate: 2024-01-01\n---\n\nHi.\n')]);
    assert.equal(firstInvalidUtf8(intro), 15);
    const [problem] = errorsOf(intro);
    assert.match(problem?.message ?? '', /byte 0xe9 at offset 15/);
    assert.equal(problem?.line, 2);
    assert.equal(firstInvalidUtf8(encode('valid \uFFFD text')), -1);
    assert.equal(firstInvalidUtf8(new Uint8Array([...encode('\uFFFD'), 0xc3])), 3);
  });

  it('says a title given as a list or an object is a list or an object, not empty', () => {
    expectError(errorsOf('---\ntitle:\n  - a\n  - b\ndate: 2024-01-01\n---\n\nHi.\n'), /`title` must be text, not a list/, 2);
    expectError(errorsOf('---\ntitle: { a: 1 }\ndate: 2024-01-01\n---\n\nHi.\n'), /`title` must be text, not a set of `key: value` fields/, 2);
    expectError(errorsOf('---\ntitle: 42\ndate: 2024-01-01\n---\n\nHi.\n'), /`title` must be text, not the number 42/, 2);
    expectError(errorsOf(postWith('summary: [a, b]')), /`summary` must be text, not a list/, 4);
    expectError(errorsOf(postWith('slug: 2024')), /slug "2024"|`slug`|not lowercase/, 4);
  });

  it('accepts legal YAML aliases, as contentlayer reads them', () => {
    assert.deepEqual(errorsOf('---\ntitle: &t Same words\ndate: 2024-01-01\nsummary: *t\ndescription: *t\ntags: [&k plasma, *k]\n---\n\nHi.\n'), []);
  });

  it('catches a bad time zone and a numeric date with their line', () => {
    expectError(errorsOf('---\ntitle: T\ndate: 2024-01-01T10:00:00+99:99\n---\n\nHi.\n'), /not a real calendar date: "2024-01-01T10:00:00\+99:99"/, 3);
    expectError(errorsOf('---\ntitle: T\ndate: 2024-01-01T10:00:00+24:00\n---\n\nHi.\n'), /not a real calendar date/, 3);
    expectError(errorsOf('---\ntitle: T\ndate: 20240101\n---\n\nHi.\n'), /not a real calendar date: the number 20240101/, 3);
    assert.deepEqual(errorsOf('---\ntitle: T\ndate: 2024-01-01T10:00:00+05:30\n---\n\nHi.\n'), []);
  });
});
