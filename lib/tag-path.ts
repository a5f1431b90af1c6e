/** The site path of a tag's page. Dependency-free, so client components can use it. */
export function tagPath(slug: string): string {
  return `/tags/${slug}`;
}
