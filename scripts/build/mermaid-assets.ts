import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { MERMAID_DIR, MERMAID_VERSION } from '../../lib/browser/diagrams';

/**
 * Copies Mermaid's prebuilt browser modules (its minified ES modules, no source maps) into public/_mermaid/<version>/,
 * which a post with a diagram loads (components/MermaidDiagrams.tsx). Files served as they are, not compiled
 * into the site's bundle: Turbopack compiling Mermaid's modules cost every build about 20 s of compile,
 * whether a post had a diagram or not (BENCHMARKS.md). `npm run build` and `npm run dev` run it; the folder is
 * not committed. Without `needed` (the build of a site none of whose posts has a diagram) the folder goes
 * instead, so a deployment carries no Mermaid. Returns the number of files written (0 when the copy is current).
 */
export function copyMermaidAssets(root: string, { needed = true } = {}): number {
  const base = path.join(root, 'public', MERMAID_DIR);
  if (!needed) {
    fs.rmSync(base, { recursive: true, force: true });
    return 0;
  }
  const require = createRequire(path.join(root, 'package.json'));
  const installed = (JSON.parse(fs.readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as { version: string }).version;
  if (installed !== MERMAID_VERSION) throw new Error(`mermaid ${installed} is installed, the site loads ${MERMAID_VERSION}: set MERMAID_VERSION in lib/browser/diagrams.ts to ${installed}.`);
  const dist = path.dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
  const chunks = path.join('chunks', 'mermaid.esm.min');
  const files = ['mermaid.esm.min.mjs', ...fs.readdirSync(path.join(dist, chunks)).filter((name) => name.endsWith('.mjs')).map((name) => path.join(chunks, name))];
  const target = path.join(base, MERMAID_VERSION);
  // Another version's copy goes: nothing loads it.
  for (const old of fs.existsSync(base) ? fs.readdirSync(base) : []) if (old !== MERMAID_VERSION) fs.rmSync(path.join(base, old), { recursive: true, force: true });
  let written = 0;
  for (const file of files) {
    const to = path.join(target, file);
    const from = path.join(dist, file);
    if (fs.existsSync(to) && fs.statSync(to).size === fs.statSync(from).size) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
    written += 1;
  }
  return written;
}
