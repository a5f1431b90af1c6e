import os from 'node:os';
import type { NextConfig } from 'next';
import { PROCESSED_IMAGES_CACHE_RULE } from './lib/site/cache-policy';
import { MALFORMED_PATH_PATTERN } from './lib/site/malformed-url';
import { securityHeaderRules } from './lib/site/security-headers';
import { normaliseBasePath } from './lib/routes';
import { site } from './lib/site/config';
import { nextRedirects, publicFolders } from './lib/content/redirects';
import { readGeneratedPosts } from './lib/content/generated';

// One build, one output mode (docs/deploy.md): a Node server (`next start` or the standalone
// folder) by default, or plain files in out/ with STATIC_EXPORT=1 (`npm run export`).
const staticExport = process.env.STATIC_EXPORT === '1';
const basePath = normaliseBasePath(process.env.BASE_PATH);
// Prerendering (a page and a share image per post) runs in worker processes while the main build
// process waits. Next's default of one worker fewer than the cores left one of two cores idle.
// BUILD_WORKERS lowers it on a host short of memory (each worker holds the posts).
const buildWorkers = Number.parseInt(process.env.BUILD_WORKERS ?? '', 10);

/** The posts the content step generated; none yet while `next dev` starts beside `contentlayer2 dev`. */
function readGeneratedPostsIfAny() {
  try {
    return readGeneratedPosts(__dirname);
  } catch {
    return [];
  }
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A parent folder's lockfile must not make Next guess another workspace root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // Posts link local images only; no optimiser endpoint that fetches other hosts' files.
  images: { unoptimized: true },
  // `next dev` runs with NODE_ENV=development and needs eval() (lib/site/security-headers.ts); builds never do.
  headers: async () => [...securityHeaderRules({ dev: process.env.NODE_ENV === 'development' }), PROCESSED_IMAGES_CACHE_RULE],
  // Old addresses of posts answer 308 (lib/content/redirects.ts); an export gets redirect pages instead.
  redirects: async () => (staticExport ? [] : nextRedirects(site.redirects, readGeneratedPostsIfAny(), publicFolders(__dirname))),
  // An address that cannot be percent-decoded gets app/400/route.ts, not a bare 500 (lib/site/malformed-url.ts).
  rewrites: async () => ({ beforeFiles: [{ source: `/:path(${MALFORMED_PATH_PATTERN})`, destination: '/400' }], afterFiles: [], fallback: [] }),
  // `npm run build` type-checks what this compiles (tsconfig.build.json) itself, beside the content step
  // (scripts/build/build.mts), not as a step of next build; `npm run typecheck` also checks tests and scripts.
  typescript: { tsconfigPath: 'tsconfig.build.json', ignoreBuildErrors: true },
  output: staticExport ? 'export' : 'standalone',
  // Plain file servers map /tags/x/ to tags/x/index.html; a Node server needs no trailing slash.
  trailingSlash: staticExport,
  basePath: basePath || undefined,
  // next/link and assets get these from Next; absoluteUrl(), withBasePath() and fetches read them.
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_TRAILING_SLASH: staticExport ? '1' : '' },
  // lib/content/source.ts reads the posts from disk rather than bundling them.
  outputFileTracingIncludes: { '/**': ['./.contentlayer/generated/Post/_index.json', './.contentlayer/generated/MdxPost/_index.json'] },
  experimental: {
    cpus: buildWorkers > 0 ? buildWorkers : os.availableParallelism(),
    // Inlining hints size every page's prefetch responses (decoded, re-encoded and gzipped per segment)
    // while it is prerendered; no link prefetches (components/PageLink.tsx), so they only cost build time.
    prefetchInlining: false,
    // No experimental.inlineCss: it put the stylesheet into every page three times (a <style> and
    // twice in the RSC payload), and the browser's extra parsing cost more blocking time under
    // Lighthouse than the one cached stylesheet request it saves (BENCHMARKS.md, Lighthouse).
  },
};

export default nextConfig;
