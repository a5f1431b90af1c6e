import { PROCESSED_IMAGES_PATH } from '../routes';

/**
 * Cache-Control for what the site serves, as docs/deploy.md lists it: one owner for the Node modes
 * (next.config.ts `headers()`) and the static server (scripts/serve-static.ts).
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Files whose names carry a hash of their content, so a changed file gets a new name: Next's
 * build output and the processed images of posts. `sitePath` is the request's path, base path included.
 */
export function isHashedAsset(sitePath: string, basePath = ''): boolean {
  return sitePath.startsWith(`${basePath}/_next/static/`) || sitePath.startsWith(`${basePath}${PROCESSED_IMAGES_PATH}/`);
}

/**
 * The rule next.config.ts adds for the processed images (Next already sends IMMUTABLE for
 * /_next/static and would send `max-age=0` for these, as for any file in public/).
 */
export const PROCESSED_IMAGES_CACHE_RULE = {
  source: `${PROCESSED_IMAGES_PATH}/:file*`,
  headers: [{ key: 'Cache-Control', value: IMMUTABLE }],
};
