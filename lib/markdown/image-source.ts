import fs from 'node:fs';
import path from 'node:path';
import { POST_FILE } from '../content/post-extensions.mjs';

/**
 * Where an image an author names lives on disk. One rule for the build and for content:check:
 * a relative path resolves from the Markdown file (as every editor's preview does; Hexo's asset
 * folder too, `inAssetFolder`) and must stay inside the content folder; a site path (`/images/x.png`)
 * is a file in public/. Nothing is fetched.
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
  | { ok: false; message: string; fix: string };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

function inside(dir: string, file: string): boolean {
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
  if (/^(?:https?:)?\/\//i.test(raw)) {
    return {
      ok: false,
      message: `The image ${quote(raw)} is on another site: the site's Content-Security-Policy blocks it, and the build fetches nothing.`,
      fix: nextToPost,
    };
  }
  if (SCHEME.test(raw)) {
    return { ok: false, message: `The image ${quote(raw)} is not a file: only files next to the post or in public/ are shown.`, fix: nextToPost };
  }
  let decoded: string;
  try {
    // Markdown keeps %20 in URLs; `![](<my photo.jpg>)` arrives decoded already.
    decoded = decodeURIComponent(raw.replace(/[?#].*$/, ''));
  } catch {
    return { ok: false, message: `The image path ${quote(raw)} has a malformed %-escape.`, fix: 'Write the file name as it is, e.g. ![description](<my photo.jpg>).' };
  }
  if (decoded.includes('\0')) return { ok: false, message: `The image path ${quote(raw)} contains a NUL character.`, fix: 'Write the file name as it is.' };

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

/**
 * Hexo's post asset folder: a post `x.md` keeps its files in `x/` and names them without the folder
 * (`![](photo.jpg)`, `{% asset_img photo.jpg %}`). A relative path that names no file beside the post
 * names the one in that folder when there is one there; otherwise it stays as resolved, for the check.
 */
export function inAssetFolder(file: string, markdownFile: string): string {
  const dir = path.dirname(markdownFile);
  const stem = path.basename(markdownFile).replace(POST_FILE, '');
  if (stem === 'index' || stem === path.basename(markdownFile) || !inside(dir, file) || fs.existsSync(file)) return file;
  const candidate = path.join(dir, stem, path.relative(dir, file));
  return fs.existsSync(candidate) ? candidate : file;
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
  const allowed = [roots.contentDir, roots.publicDir].map((dir) => {
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
