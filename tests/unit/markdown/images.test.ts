import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import sharp from 'sharp';
import { VFile } from 'vfile';
import { processCover } from '../../../lib/markdown/cover';
import { servedWidths, writeOnce } from '../../../lib/markdown/images';
import { sanitizeSchema } from '../../../lib/markdown/rehype-plugins';
import { markdownProcessor } from '../../support/render';

// A throwaway project with a folder post and its images, rendered by the real pipeline under /blog.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'image-render-'));
const post = 'posts/with-images/index.md';
const write = (file: string, bytes: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), bytes);
};
const outDir = path.join(root, 'public/_img');
const savedBasePath = process.env.BASE_PATH;

async function render(markdown: string, sourceFilePath = post): Promise<string> {
  const file = new VFile({ value: markdown, data: { rawDocumentData: { sourceFilePath, sourceFileName: path.basename(sourceFilePath) } } });
  return String(await markdownProcessor({ root }).process(file));
}

const BODY = [
  '---',
  'title: With images',
  'date: 2024-01-01',
  '---',
  '',
  '![A photo](./photo.jpg)',
  '',
  '![A chart](/images/chart.png "Fees by batch")',
  '',
  'Inline ![a drawing](drawing.svg) in text.',
  '',
].join('\n');

before(async () => {
  process.env.BASE_PATH = '/blog';
  write('content/posts/with-images/photo.jpg', await sharp({ create: { width: 900, height: 600, channels: 3, background: '#0f766e' } }).jpeg().toBuffer());
  write('public/images/chart.png', await sharp({ create: { width: 300, height: 100, channels: 4, background: '#ffffff80' } }).png().toBuffer());
  write('content/posts/with-images/drawing.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 10"><rect width="30" height="10"/></svg>');
});
after(() => {
  if (savedBasePath === undefined) delete process.env.BASE_PATH;
  else process.env.BASE_PATH = savedBasePath;
});

describe('the sanitiser and picture markup', () => {
  const el = (tagName: string, properties: Record<string, string>): Element => ({ type: 'element', tagName, properties, children: [] });
  const clean = (node: Element) => sanitize({ type: 'root', children: [node] }, sanitizeSchema) as Root;

  it('keeps the attributes the images step writes', () => {
    const picture: Element = {
      ...el('picture', {}),
      children: [
        el('source', { type: 'image/webp', srcSet: '/_img/a-1-480.webp 480w, /_img/a-1-800.webp 800w', sizes: '(min-width: 48rem) 45.5rem, calc(100vw - 2.5rem)' }),
        el('img', { src: '/_img/a-1-800.jpg', srcSet: '/_img/a-1-800.jpg 800w', width: '800', height: '500', alt: 'a', loading: 'lazy', decoding: 'async' }),
      ],
    };
    assert.deepEqual(clean(picture).children[0], picture);
  });

  it('drops a srcset that names another site or a script URL, and unknown source types', () => {
    for (const srcSet of ['https://evil.example/x.png 1w', 'javascript:alert(1) 1w', '/_img/a.webp 1w, data:image/png;base64,AA 2w', '//evil.example/x 1w']) {
      const [source] = clean(el('source', { type: 'image/webp', srcSet })).children as Element[];
      assert.equal(source?.properties.srcSet, undefined, srcSet);
    }
    const [source] = clean(el('source', { type: 'text/html', srcSet: '/_img/a.webp 1w' })).children as Element[];
    assert.equal(source?.properties.type, undefined);
  });
});

describe('images in the Markdown pipeline', () => {
  it('offers widths up to the image’s own, never larger', () => {
    assert.deepEqual(servedWidths(300), [300]);
    assert.deepEqual(servedWidths(900), [480, 800, 900]);
    assert.deepEqual(servedWidths(4000), [480, 800, 1200, 1600]);
  });

  it('turns each image into a sized <picture> under the base path; the first loads at once, the rest lazily', async () => {
    const html = await render(BODY);
    const photo = /<p><picture><source type="image\/webp" srcset="([^"]+)" sizes="[^"]+"><img src="([^"]+)" srcset="([^"]+)" sizes="[^"]+" width="(\d+)" height="(\d+)" alt="A photo" fetchpriority="high"><\/picture><\/p>/.exec(html);
    assert.ok(photo, html);
    assert.match(photo[1] ?? '', /^\/blog\/_img\/photo-[0-9a-f]{12}-480\.webp 480w, \/blog\/_img\/photo-[0-9a-f]{12}-800\.webp 800w, \/blog\/_img\/photo-[0-9a-f]{12}-900\.webp 900w$/);
    assert.match(photo[2] ?? '', /^\/blog\/_img\/photo-[0-9a-f]{12}-900\.jpg$/);
    assert.deepEqual([photo[4], photo[5]], ['900', '600']);
    // A caption makes a figure; a transparent PNG falls back to PNG; later images wait.
    assert.match(html, /<figure class="image-figure"><picture><source type="image\/webp" srcset="\/blog\/_img\/chart-[0-9a-f]{12}-300\.webp 300w"[^>]*><img src="\/blog\/_img\/chart-[0-9a-f]{12}-300\.png"[^>]* width="300" height="100" alt="A chart" loading="lazy" decoding="async"><\/picture><figcaption>Fees by batch<\/figcaption><\/figure>/);
    // SVG passes through, sized from its viewBox.
    assert.match(html, /Inline <img src="\/blog\/_img\/drawing-[0-9a-f]{12}\.svg" width="30" height="10" alt="a drawing" loading="lazy" decoding="async"> in text\./);
    for (const src of html.match(/\/blog\/_img\/[^ "]+/g) ?? []) assert.ok(fs.existsSync(path.join(outDir, src.slice('/blog/_img/'.length))), src);
  });

  it('writes each file outside its folder first, so a copy of public/ meanwhile never meets a partial or vanishing file', async () => {
    const folder = path.join(root, 'public', 'staged');
    const staging = path.join(root, 'staging');
    const target = path.join(folder, 'a.txt');
    let seenWhileWriting: string[] | undefined;
    await writeOnce(target, staging, async (tmp) => {
      assert.equal(path.dirname(tmp), staging);
      fs.writeFileSync(tmp, 'half');
      seenWhileWriting = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
      fs.appendFileSync(tmp, ' and whole');
    });
    assert.deepEqual(seenWhileWriting, []);
    assert.equal(fs.readFileSync(target, 'utf8'), 'half and whole');
    assert.deepEqual(fs.readdirSync(staging), []);
    // Written once: an existing file is never rewritten.
    await writeOnce(target, staging, async () => assert.fail('wrote an existing file again'));
  });

  it('reuses the files of an earlier build, and a changed image gets new names', async () => {
    const before = new Map(fs.readdirSync(outDir).map((name) => [name, fs.statSync(path.join(outDir, name)).mtimeMs]));
    const again = await render(BODY.replace('title: With images', 'title: Same images'));
    for (const [name, mtime] of before) assert.equal(fs.statSync(path.join(outDir, name)).mtimeMs, mtime, name);
    write('content/posts/other/photo.jpg', await sharp({ create: { width: 500, height: 500, channels: 3, background: '#ff0000' } }).jpeg().toBuffer());
    const changed = await render(BODY.replace('./photo.jpg', '../other/photo.jpg'));
    const name = (html: string) => /\/_img\/(photo-[0-9a-f]{12})-/.exec(html)?.[1];
    assert.notEqual(name(changed), name(again));
  });

  it('stops the build naming the file and line of each image it cannot show', async () => {
    await assert.rejects(render(`${BODY}\n![gone](./gone.png)\n\n![remote](https://example.com/a.png)\n`), (error: Error) => {
      assert.match(error.message, /content\/posts\/with-images\/index\.md:12 +error +The image file content\/posts\/with-images\/gone\.png does not exist\./);
      assert.match(error.message, /content\/posts\/with-images\/index\.md:14 +error +The image "https:\/\/example\.com\/a\.png" is on another site/);
      return true;
    });
  });

  it('processes an <img> written as HTML beside the post as a Markdown image; one on another site without its copy stops the build at its line', async () => {
    const html = await render(`${BODY}
<p><img src="./photo.jpg" alt="As HTML"></p>

<img src="ftp://example.com/a.png" alt="Not a file">
`);
    assert.match(html, /<p><picture><source type="image\/webp" srcset="\/blog\/_img\/photo-[0-9a-f]{12}-480\.webp[^"]*"[^>]*><img src="\/blog\/_img\/photo-[0-9a-f]{12}-900\.jpg"[^>]* alt="As HTML" loading="lazy" decoding="async"><\/picture><\/p>/);
    // Another scheme is no file: left out (content:check stops it).
    assert.doesNotMatch(html, /example\.com/);
    await assert.rejects(render(`${BODY}\n<img src="https://example.com/a.png" alt="Remote">\n`), /index\.md:\d+ +error +The image "https:\/\/example\.com\/a\.png" is on another site and has not been downloaded yet/);
  });

  it('with a cover, every body image is lazy (the cover is the first image)', async () => {
    const html = await render(BODY.replace('date: 2024-01-01', 'date: 2024-01-01\ncover: ./photo.jpg'));
    assert.doesNotMatch(html, /fetchpriority/);
    assert.equal(html.match(/loading="lazy"/g)?.length, 3);
  });

  it('processes a cover and its 1200×630 share crop; a bad cover names the line of `cover:`', async () => {
    write(`content/${post}`, BODY.replace('date: 2024-01-01', 'date: 2024-01-01\ncover: ./nope.jpg'));
    const cover = await processCover('./photo.jpg', 'A photo', post, root);
    assert.equal(cover?.alt, 'A photo');
    assert.deepEqual([cover?.image.width, cover?.image.height], [900, 600]);
    const share = await sharp(path.join(outDir, (cover?.share ?? '').replace('/_img/', ''))).metadata();
    assert.deepEqual([share.format, share.width, share.height], ['jpeg', 1200, 630]);
    assert.equal(await processCover(undefined, undefined, post, root), undefined);
    // Its caption is read as a body is: a credit's Markdown or HTML link stays a link, script goes, one paragraph unwrapped.
    const captioned = await processCover('./photo.jpg', 'A photo', post, root, 'Photo by [**Ann**](https://example.com/ann) <script>alert(1)</script>');
    assert.equal(captioned?.caption, 'Photo by <a href="https://example.com/ann"><strong>Ann</strong></a> ');
    const ghost = await processCover('./photo.jpg', 'A photo', post, root, '<span style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.com/@ann" onclick="x()">Ann</a>');
    assert.equal(ghost?.caption, '<span>Photo by </span><a href="https://unsplash.com/@ann">Ann</a>');
    await assert.rejects(processCover('./nope.jpg', '', post, root), /content\/posts\/with-images\/index\.md:4 +error +The image file content\/posts\/with-images\/nope\.jpg does not exist/);
  });
});
