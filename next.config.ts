import type { NextConfig } from 'next';
import { MALFORMED_PATH_PATTERN } from './lib/malformed-url';
import { securityHeaderRules } from './lib/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A parent folder's lockfile must not make Next guess another workspace root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // Share images are rendered with resvg's native binary, loaded from node_modules rather than bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  // Posts link local images only; no optimiser endpoint that fetches other hosts' files.
  images: { unoptimized: true },
  headers: async () => securityHeaderRules(),
  // An address that cannot be percent-decoded gets app/400/route.ts, not a bare 500 (lib/malformed-url.ts).
  rewrites: async () => ({ beforeFiles: [{ source: `/:path(${MALFORMED_PATH_PATTERN})`, destination: '/400' }], afterFiles: [], fallback: [] }),
};

export default nextConfig;
