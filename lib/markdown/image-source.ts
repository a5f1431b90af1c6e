import fs from 'node:fs';
import path from 'node:path';
import { hiddenFolderOf, POST_FILE } from '../content/post-extensions.mjs';
import { decodeUrlPart } from '../routes';
import { REMOTE_IMAGE, remoteImageCopy, remoteImagesDir } from './remote-images';

/**
 * Where an image an author names lives on disk. One rule for the build and for content:check:
 * a relative path resolves from the Markdown file (as every editor's preview does; Hexo's asset
 * folder too, `inAssetFolder`) and must stay inside the content folder; a site path (`/images/x.png`)
 * is a file in public/; an address on another site is the build's copy of it (lib/markdown/remote-images.ts).
 */
export interface ImageRoots {
  /** Absolute path of the Markdown file that names the image */
  markdownFile: string;
  /** Absolute path of content/: relative paths may not leave it */
  contentDir: string;
  /** Absolute path of public/: site paths are files in it */
  publicDir: string;
}

export type ImageSource =
  | { ok: true; file: string }
  /** `remote`: the address on another site whose copy is missing, for content:check to download */
  | { ok: false; message: string; fix: string; remote?: string };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Whether `file` is under `dir` (never `dir` itself, never through `..`): a path an author wrote cannot leave its folder. */
export function inside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

const quote = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** Resolves an image address from a post (body or `cover:`) to a file, or says why it cannot. */
export function resolveImageSource(url: string, roots: ImageRoots): ImageSource {
  const raw = url.trim();
  const folder = path.relative(path.dirname(roots.contentDir), path.dirname(roots.markdownFile));
  const nextToPost = `Save the file next to the post (in ${folder}/) and write its name, e.g. ![description](./photo.jpg).`;
  if (raw === '') return { ok: false, message: 'The image has no path.', fix: nextToPost };
  if (REMOTE_IMAGE.test(raw)) {
    const copy = remoteImageCopy(raw, path.dirname(roots.contentDir));
    if (copy && 'file' in copy) return { ok: true, file: copy.file };
    if (copy) {
      return {
        ok: false,
        remote: raw,
        message: `The image ${quote(raw)} is on another site, and the copy the site serves could not be downloaded: it ${copy.failed}.`,
        fix: `Check the address in a browser, and that this machine is online; the next run tries again. If the image is gone, save a copy next to the post (in ${folder}/) and write its name, e.g. ![description](./photo.jpg).`,
      };
    }
    return {
      ok: false,
      remote: raw,
      message: `The image ${quote(raw)} is on another site and has not been downloaded yet: the site serves its own copy (the Content-Security-Policy loads nothing from elsewhere).`,
      fix: `Run \`npm run content:check\`, \`npm run dev\` or \`npm run build\` online: each downloads the copies that are missing. Or ${nextToPost.charAt(0).toLowerCase()}${nextToPost.slice(1)}`,
    };
  }
  if (SCHEME.test(raw)) {
    return { ok: false, message: `The image ${quote(raw)} is not a file: only files next to the post or in public/ are shown.`, fix: nextToPost };
  }
  // Markdown keeps %20 in URLs; `![](<my photo.jpg>)` arrives decoded already.
  let decoded = decodeUrlPart(raw.replace(/[?#].*$/, ''));
  if (decoded === undefined) {
    return { ok: false, message: `The image path ${quote(raw)} has a malformed %-escape.`, fix: 'Write the file name as it is, e.g. ![description](<my photo.jpg>).' };
  }
  if (decoded.includes('\0')) return { ok: false, message: `The image path ${quote(raw)} contains a NUL character.`, fix: 'Write the file name as it is.' };

  const fromRoot = pathFromContentRoot(decoded);
  if (fromRoot !== undefined) {
    const postsDir = path.join(roots.contentDir, 'posts');
    const file = path.resolve(postsDir, fromRoot.replace(/^\/+/, ''));
    if (!inside(postsDir, file)) return { ok: false, message: `The image path ${quote(raw)} leaves the posts folder.`, fix: nextToPost };
    return { ok: true, file: inPostsFolder(file, postsDir) };
  }
  decoded = besidePost(decoded);
  if (decoded.startsWith('/')) {
    const file = path.join(roots.publicDir, decoded);
    if (!inside(roots.publicDir, file)) {
      return { ok: false, message: `The image path ${quote(raw)} leaves public/.`, fix: 'Site paths name files in public/, e.g. /images/photo.png.' };
    }
    return { ok: true, file };
  }
  const file = path.resolve(path.dirname(roots.markdownFile), decoded);
  if (!inside(roots.contentDir, file)) {
    return {
      ok: false,
      message: `The image path ${quote(raw)} leaves the content folder (${path.basename(roots.contentDir)}/).`,
      fix: 'Keep images next to the post, or put them in public/ and write a site path like /images/photo.png.',
    };
  }
  return { ok: true, file: inAssetFolder(file, roots.markdownFile) };
}

// Pelican's `{static}`, `{filename}` and `{attach}` (and the older `|static|`) before a path; in an address
// as the HTML tree has it, percent-encoded (`%7Bfilename%7D`).
const PELICAN_PREFIX = /^(?:(?:\{|%7B)(?:static|filename|attach)(?:\}|%7D)|(?:\||%7C)(?:static|filename|attach)(?:\||%7C))/i;

/**
 * The path after Zola's `@/` (`@/blog/other.md`) or Pelican's `{static}/…`, `{filename}/…`: a path from the old
 * site's content folder (`inPostsFolder` finds it); undefined for any other path.
 */
export function pathFromContentRoot(href: string): string | undefined {
  if (href.startsWith('@/')) return href.slice(2);
  const pelican = PELICAN_PREFIX.exec(href);
  return pelican && href.charAt(pelican[0].length) === '/' ? href.slice(pelican[0].length + 1) : undefined;
}

/** A path without Pelican's prefix when it names a file from the post's folder (`{static}images/x.png`). */
export function besidePost(href: string): string {
  return href.replace(PELICAN_PREFIX, '');
}

/**
 * A file named by a path from the old site's content folder (`pathFromContentRoot`), which may have been
 * copied as content/posts/, into it, or in part: the file at that path under content/posts/, else the one
 * file whose path ends the same way, from the longest ending down to the file name (an `index.md` with
 * its folder); when there is none, or several, the path under content/posts/, for content:check to name.
 */
export function inPostsFolder(file: string, postsDir: string): string {
  if (fs.existsSync(file)) return file;
  const parts = path.relative(postsDir, file).split(path.sep);
  const files = fs.existsSync(postsDir) ? fs.readdirSync(postsDir, { recursive: true, encoding: 'utf8' }).map((name) => name.split(path.sep).join('/')).filter((name) => hiddenFolderOf(name) === undefined) : [];
  const shortest = /^_?index\./.test(parts.at(-1) ?? '') ? parts.length - 2 : parts.length - 1;
  for (let index = 0; index <= shortest; index++) {
    const ending = parts.slice(index).join('/');
    const found = files.filter((name) => name === ending || name.endsWith(`/${ending}`));
    if (found.length === 1) return path.join(postsDir, found[0] ?? '');
    if (found.length > 1) break;
  }
  return file;
}

/**
 * Folders other engines keep a post's files in and name them without: Hexo's asset folder (a post `x.md`
 * keeps its files in `x/`: `![](photo.jpg)`, `{% asset_img photo.jpg %}`) and the `images/` folder
 * wordpress-export-to-markdown writes beside a post (its `coverImage: "photo.jpg"`). A relative path that
 * names no file beside the post names the one in such a folder when there is one there; otherwise it stays
 * as resolved, for the check.
 */
export function inAssetFolder(file: string, markdownFile: string): string {
  const dir = path.dirname(markdownFile);
  if (!inside(dir, file) || fs.existsSync(file)) return file;
  const stem = path.basename(markdownFile).replace(POST_FILE, '');
  const folders = [...(stem === 'index' || stem === path.basename(markdownFile) ? [] : [stem]), 'images'];
  const found = folders.map((folder) => path.join(dir, folder, path.relative(dir, file))).find((candidate) => fs.existsSync(candidate));
  return found ?? file;
}

/**
 * The file behind a resolved source, checked on disk: it exists, is a regular file, and a symbolic
 * link does not lead outside the folder the path was allowed in.
 */
export function statImageFile(file: string, roots: ImageRoots, what = 'image'): { ok: true; file: string } | { ok: false; message: string; fix: string } {
  const shown = path.relative(path.dirname(roots.contentDir), file);
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return { ok: false, message: `The ${what} file ${shown} does not exist.`, fix: 'Check the spelling (names are case-sensitive), or add the file.' };
  }
  const allowed = [roots.contentDir, roots.publicDir, remoteImagesDir(path.dirname(roots.contentDir))].map((dir) => {
    try {
      return fs.realpathSync(dir);
    } catch {
      return dir;
    }
  });
  if (!allowed.some((dir) => inside(dir, real))) {
    return { ok: false, message: `The ${what} file ${shown} is a symbolic link to a file outside the project's content and public folders.`, fix: 'Copy the file next to the post instead of linking it.' };
  }
  if (!fs.statSync(real).isFile()) {
    return { ok: false, message: `The ${what} path ${shown} is a folder, not a file.`, fix: 'Name the file itself.' };
  }
  return { ok: true, file: real };
}
