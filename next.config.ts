import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A parent folder's lockfile must not make Next guess another workspace root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // lib/generated-content.ts reads the posts from disk rather than bundling them.
  outputFileTracingIncludes: { '/**': ['./.contentlayer/generated/Post/_index.json'] },
};

export default nextConfig;
