/** The sections of the main navigation, and which one a page belongs to (for `aria-current`). */
export const NAV_SECTIONS = [
  { href: '/', label: 'Posts' },
  { href: '/tags', label: 'Tags' },
  { href: '/archive', label: 'Archive' },
  { href: '/search', label: 'Search' },
] as const;

export type NavHref = (typeof NAV_SECTIONS)[number]['href'];

/**
 * `page` when the path is the section's own page, `true` when it lies inside the section (a post,
 * a tag, a later page), undefined otherwise. Paths come without the base path; a trailing slash
 * (static export) is ignored.
 */
export function navCurrent(href: NavHref, pathname: string): 'page' | 'true' | undefined {
  const path = pathname.replace(/(.)\/+$/, '$1');
  if (path === href) return 'page';
  if (href === '/') return /^\/(?:posts|page)\//.test(path) ? 'true' : undefined;
  return path.startsWith(`${href}/`) ? 'true' : undefined;
}
