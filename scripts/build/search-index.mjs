#!/usr/bin/env node
// Builds the search index (Pagefind) from built HTML: only pages marked `data-pagefind-body`
// (posts) are indexed. Usage: node scripts/build/search-index.mjs <site-folder> <output-folder>
//   after `next build`:  node scripts/build/search-index.mjs .next/server/app public/pagefind
//   for a static export: node scripts/build/search-index.mjs out out/pagefind
import fs from 'node:fs';
import * as pagefind from 'pagefind';

const [site, output] = process.argv.slice(2);
if (!site || !output) {
  console.error('usage: node scripts/build/search-index.mjs <site-folder> <output-folder>');
  process.exit(2);
}
if (!fs.existsSync(site)) {
  console.error(`search-index: no folder ${site} (build the site first)`);
  process.exit(1);
}

try {
  // A heading's `#` anchor is no word of the post: excerpts would read "Diagrams# A diagram…".
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.heading-anchor'] });
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: site, glob: '**/*.html' });
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  fs.rmSync(output, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  console.log(`search-index: indexed ${added.page_count} pages from ${site} into ${output}`);
} catch (error) {
  console.error(`search-index: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
