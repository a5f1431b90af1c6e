import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveImageSource, statImageFile, type ImageRoots } from '../../../lib/markdown/image-source';

const root = '/site';
const roots = (markdownFile: string): ImageRoots => ({ markdownFile, contentDir: `${root}/content`, publicDir: `${root}/public` });
const filePost = roots('/site/content/posts/my-post.md');
const folderPost = roots('/site/content/posts/my-post/index.md');

function fileOf(url: string, from: ImageRoots = filePost): string {
  const source = resolveImageSource(url, from);
  assert.ok(source.ok, `${url} should resolve: ${source.ok ? '' : source.message}`);
  return source.file;
}

function errorOf(url: string, from: ImageRoots = filePost): string {
  const source = resolveImageSource(url, from);
  assert.ok(!source.ok, `${url} should be rejected`);
  return `${source.message} | ${source.fix}`;
}

describe('image paths resolve from the Markdown file, as an editor preview does', () => {
  it('a name or ./name is beside the file; a folder post keeps its images in its folder', () => {
    assert.equal(fileOf('photo.jpg'), '/site/content/posts/photo.jpg');
    assert.equal(fileOf('./photo.jpg', folderPost), '/site/content/posts/my-post/photo.jpg');
    assert.equal(fileOf('my-post/photo.jpg'), '/site/content/posts/my-post/photo.jpg');
  });

  it('parent folders are fine while the path stays inside content/', () => {
    assert.equal(fileOf('../shared/chart.png', folderPost), '/site/content/posts/shared/chart.png');
    assert.equal(fileOf('../images/a.png'), '/site/content/images/a.png');
    assert.equal(fileOf('./a/../b.png'), '/site/content/posts/b.png');
  });

  it('percent-escapes are decoded; a query or fragment is not part of the file name', () => {
    assert.equal(fileOf('my%20photo.jpg'), '/site/content/posts/my photo.jpg');
    assert.equal(fileOf('photo.jpg?v=2#top'), '/site/content/posts/photo.jpg');
    assert.match(errorOf('bad%zz.jpg'), /malformed %-escape/);
  });

  it('a site path is a file in public/, whatever the base path the site is built with', () => {
    assert.equal(fileOf('/images/x.png'), '/site/public/images/x.png');
    // The base path is added to the served URL, never written by the author: /blog/... is a folder in public/.
    assert.equal(fileOf('/blog/images/x.png'), '/site/public/blog/images/x.png');
  });

  it('rejects every way out of content/ and public/', () => {
    for (const url of ['../../package.json', '../../../etc/passwd', '..', './../../.env', '%2e%2e/%2e%2e/package.json', 'posts/../../../x.png']) {
      assert.match(errorOf(url), /leaves the content folder/, url);
    }
    for (const url of ['/../package.json', '/images/../../.env', '/%2e%2e/x.png', '/']) {
      assert.match(errorOf(url), /leaves public\//, url);
    }
    assert.match(errorOf('a\u0000.png'), /NUL/);
  });

  it('remote images not downloaded yet are errors that say how to get the copy, or to save the file next to the post; other schemes are not files', () => {
    for (const url of ['https://example.com/a.png', 'http://example.com/a.png', '//example.com/a.png', 'HTTPS://EXAMPLE.COM/A.PNG']) {
      const message = errorOf(url, folderPost);
      assert.match(message, /on another site and has not been downloaded yet.*Content-Security-Policy/, url);
      assert.match(message, /`npm run build` online.*save the file next to the post \(in content\/posts\/my-post\/\)/, url);
    }
    for (const url of ['data:image/png;base64,AAAA', 'javascript:alert(1)', 'file:///etc/passwd']) assert.match(errorOf(url), /is not a file/, url);
    assert.match(errorOf('   '), /has no path/);
  });
});

describe('statImageFile checks the resolved file on disk', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-source-'));
  const real: ImageRoots = { markdownFile: path.join(dir, 'content/posts/p.md'), contentDir: path.join(dir, 'content'), publicDir: path.join(dir, 'public') };
  fs.mkdirSync(path.join(dir, 'content/posts/folder'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'public'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'content/posts/a.png'), 'x');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'x');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'content/posts/link.png'));

  it('finds a file, and names a missing one or a folder', () => {
    assert.deepEqual(statImageFile(path.join(dir, 'content/posts/a.png'), real), { ok: true, file: fs.realpathSync(path.join(dir, 'content/posts/a.png')) });
    const missing = statImageFile(path.join(dir, 'content/posts/b.png'), real);
    assert.ok(!missing.ok && /content\/posts\/b\.png does not exist/.test(missing.message));
    const folder = statImageFile(path.join(dir, 'content/posts/folder'), real);
    assert.ok(!folder.ok && /is a folder/.test(folder.message));
  });

  /** Where an image path from a post leads, from the project folder, or why it cannot. */
  const resolved = (url: string, from = real) => {
    const source = resolveImageSource(url, from);
    return source.ok ? path.relative(dir, source.file) : source.message;
  };

  it('Hexo’s asset folder: a name found in neither place beside a post `p.md` is the file in `p/`', () => {
    fs.mkdirSync(path.join(dir, 'content/posts/p/shots'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content/posts/p/diagram.png'), 'x');
    fs.writeFileSync(path.join(dir, 'content/posts/p/shots/one.png'), 'x');
    assert.equal(resolved('diagram.png'), 'content/posts/p/diagram.png');
    assert.equal(resolved('./shots/one.png'), 'content/posts/p/shots/one.png');
    // A file beside the post wins; a missing one stays where it was named, for the check; no folder for index.md.
    assert.equal(resolved('a.png'), 'content/posts/a.png');
    assert.equal(resolved('missing.png'), 'content/posts/missing.png');
    assert.equal(resolved('diagram.png', { ...real, markdownFile: path.join(dir, 'content/posts/index.md') }), 'content/posts/diagram.png');
  });

  it('the images/ folder wordpress-export-to-markdown writes beside a post, for a name found nowhere else', () => {
    fs.mkdirSync(path.join(dir, 'content/posts/wp/images'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content/posts/wp/images/cover.png'), 'x');
    const from = { ...real, markdownFile: path.join(dir, 'content/posts/wp/index.md') };
    assert.equal(resolved('cover.png', from), 'content/posts/wp/images/cover.png');
    assert.equal(resolved('images/cover.png', from), 'content/posts/wp/images/cover.png');
  });

  it('Pelican’s `{static}/…` is a path from the content folder, wherever that folder was copied; `{static}x` is beside the post', () => {
    fs.mkdirSync(path.join(dir, 'content/posts/pelican/content/images'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content/posts/pelican/content/images/chart.png'), 'x');
    const from = { ...real, markdownFile: path.join(dir, 'content/posts/pelican/content/post.md') };
    for (const url of ['{static}/images/chart.png', '|static|/images/chart.png', '%7Bstatic%7D/images/chart.png', '{static}images/chart.png']) {
      assert.equal(resolved(url, from), 'content/posts/pelican/content/images/chart.png', url);
    }
    // Not found: the path under content/posts/, for the check to name; never out of it.
    assert.equal(resolved('{static}/images/missing.png', from), 'content/posts/images/missing.png');
    assert.match(resolved('{static}/../../secret.txt', from), /leaves the posts folder/);
  });

  it('a symbolic link that leads out of the project folders is refused', () => {
    const link = statImageFile(path.join(dir, 'content/posts/link.png'), real);
    assert.ok(!link.ok && /link to a file outside/.test(link.message));
  });
});
