// Runs last after `next build` (npm postbuild, after the search index is written to public/):
// - server build: makes .next/standalone/ self-contained. Next traces the server code into it but
//   leaves out the browser assets (.next/static) and public/, which server.js serves from its own
//   folder. After this, the folder alone, moved anywhere, runs with `node server.js`.
// - static export (STATIC_EXPORT=1): copies public/ into out/ again, for files made after Next
//   copied it (the search index), so everything in public/ ends up in out/.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Copies a file or folder, leaving out symbolic links: copied as they are, a link in public/ would
 * point the deployed site (or a file server) at whatever it names outside the build.
 */
function replaceCopy(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  if (!fs.existsSync(from)) return false;
  const plain = (source) => {
    if (!fs.lstatSync(source).isSymbolicLink()) return true;
    console.warn(`output-assets: left out ${path.relative(process.cwd(), source)}: a symbolic link (copy the file itself into public/)`);
    return false;
  };
  if (plain(from)) fs.cpSync(from, to, { recursive: true, filter: plain });
  return true;
}

/** Copies .next/static and public/ into .next/standalone/, replacing older copies. Returns what it copied. */
export function completeStandalone(root) {
  const standalone = path.join(root, '.next', 'standalone');
  if (!fs.existsSync(path.join(standalone, 'server.js'))) {
    throw new Error('.next/standalone/server.js is missing. Is `output` still "standalone" in next.config.ts?');
  }
  return [path.join('.next', 'static'), 'public'].filter((dir) => replaceCopy(path.join(root, dir), path.join(standalone, dir)));
}

/** Whether an exported page is Next's render of notFound(): an error shell whose body only JavaScript fills. */
function isNotFoundRender(file) {
  const html = fs.readFileSync(file, 'utf8');
  return html.startsWith('<!DOCTYPE html><html id="__next_error__"') && html.includes('NEXT_HTTP_ERROR_FALLBACK;404');
}

/**
 * Removes the pages the export rendered as 404s by design (`…/page/1`, which a paged route must list
 * for `output: 'export'`, lib/paged-route.ts): a file host would serve them with 200 and an empty
 * body, where without them it answers 404.html with 404. Returns their folders, relative to out/.
 */
export function removeNotFoundPages(out, dir = out) {
  const removed = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(dir, entry.name);
    const index = path.join(folder, 'index.html');
    if (fs.existsSync(index) && isNotFoundRender(index)) {
      fs.rmSync(folder, { recursive: true, force: true });
      removed.push(path.relative(out, folder));
    } else {
      removed.push(...removeNotFoundPages(out, folder));
    }
  }
  return removed;
}

/** Copies public/ over out/ (files only added or replaced). Returns the number of top-level entries copied. */
export function completeExport(root) {
  const out = path.join(root, 'out');
  if (!fs.existsSync(path.join(out, '404.html'))) throw new Error('out/404.html is missing: the export did not complete.');
  for (const folder of removeNotFoundPages(out)) console.log(`output-assets: removed out/${folder}/, a 404 by design (the host answers it with 404.html)`);
  const publicDir = path.join(root, 'public');
  if (!fs.existsSync(publicDir)) return 0;
  const entries = fs.readdirSync(publicDir);
  for (const entry of entries) replaceCopy(path.join(publicDir, entry), path.join(out, entry));
  return entries.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    if (process.env.STATIC_EXPORT === '1') {
      console.log(`output-assets: copied ${completeExport(process.cwd())} entries of public/ into out/`);
    } else {
      for (const dir of completeStandalone(process.cwd())) console.log(`output-assets: copied ${dir}/ into .next/standalone/${dir}/`);
    }
  } catch (error) {
    console.error(`output-assets: ${error.message}`);
    process.exit(1);
  }
}
