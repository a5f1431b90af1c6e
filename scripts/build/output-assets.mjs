// Runs last after `next build` (npm postbuild, after the search index is written to public/):
// - server build: makes .next/standalone/ self-contained. Next traces the server code into it but
//   leaves out the browser assets (.next/static) and public/, which server.js serves from its own
//   folder. After this, the folder alone, moved anywhere, runs with `node server.js`.
// - static export (STATIC_EXPORT=1): copies public/ into out/ again, for files made after Next
//   copied it (the search index), so everything in public/ ends up in out/.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

function replaceCopy(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  if (!fs.existsSync(from)) return false;
  fs.cpSync(from, to, { recursive: true });
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

/** Copies public/ over out/ (files only added or replaced). Returns the number of top-level entries copied. */
export function completeExport(root) {
  const out = path.join(root, 'out');
  if (!fs.existsSync(path.join(out, '404.html'))) throw new Error('out/404.html is missing: the export did not complete.');
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
