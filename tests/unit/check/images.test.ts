import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import sharp from 'sharp';
import { checkPosts, type Problem } from '../../../lib/check';
import { probeImage, ImageError } from '../../../lib/markdown/images';

// A throwaway project: content/posts/ and public/ with tiny images made here (nothing from the network).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'image-check-'));
const write = (file: string, bytes: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), bytes);
};

before(async () => {
  const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0f766e' } }).png().toBuffer();
  write('content/posts/folder-post/photo.png', png);
  write('content/posts/file-post/chart.png', png);
  write('public/images/site.png', png);
  write('content/posts/folder-post/notes.txt', 'not an image');
  write('content/posts/folder-post/drawing.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 10"/>');
  write('content/posts/folder-post/unsized.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write('content/posts/folder-post/evil.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script></svg>');
  write('content/posts/folder-post/broken.png', png.subarray(0, 30));
});

function check(file: string, body: string, front = ''): Problem[] {
  const text = `---\ntitle: A post\ndate: 2024-01-01\n${front}---\n\n${body}\n`;
  return checkPosts([{ path: file, bytes: new TextEncoder().encode(text) }], { root }).filter((problem) => problem.severity !== 'info');
}

const line = (problems: Problem[], severity: Problem['severity']) => problems.filter((p) => p.severity === severity).map((p) => `${p.line} ${p.message}`);

describe('content:check and the images a post names', () => {
  it('accepts a folder post, a file post with a sibling folder, and public/ images', () => {
    assert.deepEqual(check('content/posts/folder-post/index.md', '![A photo](./photo.png)\n\n![A drawing](drawing.svg "Caption")\n\n![Site](/images/site.png)'), []);
    assert.deepEqual(check('content/posts/file-post.md', '![A chart](file-post/chart.png)', 'cover: ./file-post/chart.png\ncoverAlt: A chart\n'), []);
  });

  it('reports each unusable image as an error at its file line, with a fix', () => {
    const problems = check(
      'content/posts/folder-post/index.md',
      ['![a](missing.png)', '![b](https://example.com/x.png)', '![c](../../../package.json)', '![d](notes.txt)', '![e](unsized.svg)', '![f](evil.svg)', '![g](/../secret.png)'].join('\n\n'),
    );
    assert.deepEqual(line(problems, 'error'), [
      '6 The image file content/posts/folder-post/missing.png does not exist.',
      "8 The image \"https://example.com/x.png\" is on another site and has not been downloaded yet: the site serves its own copy (the Content-Security-Policy loads nothing from elsewhere).",
      '10 The image path "../../../package.json" leaves the content folder (content/).',
      '12 content/posts/folder-post/notes.txt is not an image file (or it is damaged).',
      '14 content/posts/folder-post/unsized.svg has no width and height (an SVG needs a viewBox or width and height).',
      '16 content/posts/folder-post/evil.svg contains script (a <script> element, an on… handler or a javascript: link).',
      '18 The image path "/../secret.png" leaves public/.',
    ]);
    assert.ok(problems.every((problem) => problem.fix));
    assert.match(problems[1]?.fix ?? '', /save the file next to the post \(in content\/posts\/folder-post\/\)/);
  });

  it('checks an <img> written as HTML as it checks a Markdown image (the build processes both)', () => {
    const body = ['Beside the post: <img src="./photo.png" alt="A photo">', '<p>\n  <img src=missing.png alt="Gone">\n</p>', '<img src="https://example.com/x.png" alt="Remote">', '<img src="./photo.png">'].join('\n\n');
    const problems = check('content/posts/folder-post/index.md', body);
    assert.deepEqual(line(problems, 'error'), [
      '9 The image file content/posts/folder-post/missing.png does not exist.',
      "12 The image \"https://example.com/x.png\" is on another site and has not been downloaded yet: the site serves its own copy (the Content-Security-Policy loads nothing from elsewhere).",
    ]);
    assert.deepEqual(line(problems, 'warning'), ['14 An image has no alt text: readers of screen readers lose it.']);
  });

  it('names a video’s or a sound’s file that public/ lacks, in HTML and in .mdx; its own files and other addresses pass', () => {
    write('public/media/clip.mp4', 'mp4');
    const body = '<video src="/media/clip.mp4" controls></video>\n\n<video src="/media/gone.mp4" poster="/media/gone.jpg" controls></video>\n\n<audio controls>\n  <source src="/media/talk%20one.mp3" type="audio/mpeg">\n</audio>\n\n<video src="https://cdn.example.com/clip.mp4"></video>';
    assert.deepEqual(line(check('content/posts/media.md', body), 'error').filter((found) => found.includes('media file')), [
      '8 The media file public/media/gone.mp4 does not exist: readers would get a player with nothing to play.',
      '8 The media file public/media/gone.jpg does not exist: readers would get a player with nothing to play.',
      '11 The media file public/media/talk one.mp3 does not exist: readers would get a player with nothing to play.',
    ]);
    assert.deepEqual(line(check('content/posts/media.mdx', '<video src="/media/clip.mp4" controls />\n\n<video src="/media/gone.mp4" controls />'), 'error'), ['8 The media file public/media/gone.mp4 does not exist: readers would get a player with nothing to play.']);
    // A <track> of captions too, in HTML and in .mdx.
    assert.deepEqual(line(check('content/posts/captions.md', '<video src="/media/clip.mp4" controls>\n  <track src="/media/gone.vtt" kind="captions" srclang="en">\n</video>'), 'error'), ['7 The media file public/media/gone.vtt does not exist: readers would get a player with nothing to play.']);
    assert.deepEqual(line(check('content/posts/captions.mdx', '<video src="/media/clip.mp4" controls>\n  <track src="/media/gone.vtt" kind="captions" />\n</video>'), 'error'), ['7 The media file public/media/gone.vtt does not exist: readers would get a player with nothing to play.']);
    // A path that leaves public/ is never looked for on disk: it names no file of the site.
    assert.deepEqual(line(check('content/posts/up.md', '<video src="/../../etc/clip.mp4" controls></video>'), 'error').filter((found) => found.includes('media file')), []);
  });

  it('checks the cover like a body image, at the line of `cover:`', () => {
    const problems = check('content/posts/folder-post/index.md', 'Text.', 'cover: ./nope.jpg\ncoverAlt: Nothing\n');
    assert.deepEqual(line(problems, 'error'), ['4 The image file content/posts/folder-post/nope.jpg does not exist.']);
  });

  it('an image without alt text is a warning, not an error: an imported post still builds', () => {
    const problems = check('content/posts/folder-post/index.md', '![](./photo.png)\n\n![ref][p]\n\n[p]: ./photo.png', 'cover: ./photo.png\n');
    assert.deepEqual(line(problems, 'error'), []);
    assert.deepEqual(line(problems, 'warning'), ['4 An image has no alt text: readers of screen readers lose it.', '7 An image has no alt text: readers of screen readers lose it.']);
  });

  it('a reference-style image is checked through its definition', () => {
    const problems = check('content/posts/folder-post/index.md', '![A photo][p]\n\n[p]: ./gone.png');
    assert.deepEqual(line(problems, 'error'), ['6 The image file content/posts/folder-post/gone.png does not exist.']);
  });
});

describe('the hostile corpus', () => {
  it('every image in tests/fixtures/hostile/images.md is an error before any build', () => {
    const markdown = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/hostile/images.md'));
    const problems = checkPosts([{ path: 'content/posts/hostile.md', bytes: new Uint8Array(markdown) }], { root });
    const imageLines = markdown.toString('utf8').split('\n').flatMap((text, index) => (/!\[/.test(text) ? [index + 1] : []));
    const errorLines = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.line));
    // /images/safe.png is no file in this project either: nothing the hostile post names can be served.
    assert.deepEqual(imageLines.filter((l) => !errorLines.has(l)), []);
  });
});

describe('probeImage', () => {
  it('reads the shown size, turning it for EXIF orientations that rotate a quarter', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#ffffff' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    assert.deepEqual(probeImage(jpeg, 'x.jpg'), { format: 'jpeg', width: 20, height: 40 });
  });

  it('rejects formats the site does not serve', () => {
    const bmp = Buffer.alloc(64);
    bmp.write('BM', 0);
    bmp.writeUInt32LE(64, 2);
    bmp.writeUInt32LE(54, 10);
    bmp.writeUInt32LE(40, 14);
    bmp.writeInt32LE(2, 18);
    bmp.writeInt32LE(2, 22);
    assert.throws(() => probeImage(bmp, 'x.bmp'), (error: unknown) => error instanceof ImageError && /BMP image: the site serves JPEG, PNG/.test(error.message));
  });

  it('reads TIFF and AV1 HEIF; names a phone’s HEIC photo (HEVC) with the way to export it as JPEG', async () => {
    const picture = () => sharp({ create: { width: 30, height: 20, channels: 3, background: '#336699' } });
    assert.deepEqual(probeImage(await picture().tiff().toBuffer(), 'scan.tiff'), { format: 'tiff', width: 30, height: 20 });
    const heif = await picture().heif({ compression: 'av1' }).toBuffer();
    assert.equal(probeImage(heif, 'c.heic').width, 30);
    // The same file under the brand a phone writes for HEVC.
    const phone = Buffer.from(heif);
    phone.write('heic', 8, 'latin1');
    assert.throws(() => probeImage(phone, 'IMG_0002.HEIC'), (error: unknown) => error instanceof ImageError && /IMG_0002\.HEIC is a HEIC image/.test(error.message) && /Export it as JPEG/.test(error.fix));
  });
});
