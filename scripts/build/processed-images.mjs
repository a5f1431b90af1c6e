// The files the content step writes to public/_img/ (processed images, share crops and cards,
// lib/markdown/images.ts and cover.ts), as the generated posts name them.
import fs from 'node:fs';
import path from 'node:path';

/**
 * The files in public/_img/ that generated posts name (body HTML, cover sources, share crops and cards):
 * `documents` as the text of an index, or as the documents read from it (taken one at a time).
 */
export function imagesNamedBy(documents) {
  const names = new Set();
  for (const text of typeof documents === 'string' ? [documents] : documents.map((doc) => JSON.stringify(doc))) {
    for (const match of text.matchAll(/\/_img\/([\w.-]+)/g)) names.add(match[1]);
  }
  return names;
}

/** The files in public/_img/ the generated posts name, drafts included (`npm run dev` shows them). */
export function imagesInUse(cwd) {
  let index = '';
  for (const type of ['Post', 'MdxPost']) {
    try {
      index += fs.readFileSync(path.join(cwd, '.contentlayer', 'generated', type, '_index.json'), 'utf8');
    } catch {
      // no posts of this type
    }
  }
  return imagesNamedBy(index);
}

/**
 * Deletes the files of public/_img/ no post names any more: they would otherwise pile up and ship with
 * every deploy. The content step calls it at its end; `npm run build` again without the drafts' images,
 * which public/ would otherwise serve to anyone with the address.
 */
export function pruneUnusedImages(cwd, inUse = imagesInUse(cwd)) {
  const images = path.join(cwd, 'public', '_img');
  for (const name of fs.existsSync(images) ? fs.readdirSync(images) : []) if (!inUse.has(name)) fs.rmSync(path.join(images, name), { force: true });
}
