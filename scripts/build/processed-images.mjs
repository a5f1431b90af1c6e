// The files the content step writes to public/_img/ (processed images, share crops and cards,
// lib/markdown/images.ts and cover.ts), as the generated posts name them.
import fs from 'node:fs';
import path from 'node:path';

/** The files in public/_img/ that `documents` name (body HTML, cover sources, share crops and cards). */
export function imagesNamedBy(documents) {
  return new Set([...JSON.stringify(documents).matchAll(/\/_img\/([\w.-]+)/g)].map((match) => match[1]));
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
