/**
 * Which deployment the e2e run is pointed at (scripts/test/e2e-modes.mjs sets these; the plain
 * `playwright test` run is `next start` at the root). Specs build URLs with these helpers so the
 * same checks run under a base path and against a static export (trailing-slash routes).
 */
export type DeployMode = 'start' | 'standalone' | 'export';

export const mode = (process.env.E2E_MODE ?? 'start') as DeployMode;
export const basePath = process.env.E2E_BASE_PATH ?? '';

/** A page route as links point to it: `/tags/x` → `/blog/tags/x/` in a base-path export. */
export function route(path: string): string {
  const full = basePath && path === '/' ? basePath : `${basePath}${path}`;
  return mode === 'export' && !full.endsWith('/') ? `${full}/` : full;
}

/** A file (JSON, feed, health check) at a site path: only the base path is added. */
export function file(path: string): string {
  return `${basePath}${path}`;
}

/** The origin the build was given as SITE_URL (absolute URLs in metadata, feeds, sitemap). */
export const siteOrigin = new URL(process.env.E2E_SITE_ORIGIN ?? process.env.SITE_URL ?? 'http://localhost:3000').origin;

/** The absolute URL of a page route, as canonical links, feeds and the sitemap must give it. */
export function absolute(path: string): string {
  return `${siteOrigin}${route(path)}`;
}
