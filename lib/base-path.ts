/** The sub-path the site is served under (`BASE_PATH` at build time), for URLs Next's <Link> does not rewrite. */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export function withBasePath(path: string): string {
  return `${basePath}${path}`;
}
