import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A parent folder's lockfile must not make Next guess another workspace root.
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // Share images are rendered with resvg's native binary, loaded from node_modules rather than bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
};

export default nextConfig;
