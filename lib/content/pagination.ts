/** How many posts a list page shows. The one page-size constant. */
export const PAGE_SIZE = 10;

/** One page of a list: page 1 lives at the list's base URL, pages 2… at `<base>/page/<n>`. */
export interface Page<T> {
  items: T[];
  /** 1-based */
  page: number;
  totalPages: number;
  total: number;
  prevHref?: string;
  nextHref?: string;
}

/** At least one page, so an empty list still has a (empty) first page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** `/`, `/tags/x` or `/archive` plus the page: page 1 is the base itself. */
export function pageHref(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

/** A `[page]` route segment as a page number ≥ 2, or undefined (so the route 404s): no `1`, `0`, `02`, `x`. */
export function parsePageParam(value: string): number | undefined {
  if (!/^[1-9]\d{0,6}$/.test(value)) return undefined;
  const page = Number(value);
  return page >= 2 ? page : undefined;
}

/** The page's slice of the list, or undefined when the page is out of range. */
export function paginate<T>(items: readonly T[], page: number, base: string, size = PAGE_SIZE): Page<T> | undefined {
  const totalPages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return {
    items: items.slice((page - 1) * size, page * size),
    page,
    totalPages,
    total: items.length,
    ...(page > 1 ? { prevHref: pageHref(base, page - 1) } : {}),
    ...(page < totalPages ? { nextHref: pageHref(base, page + 1) } : {}),
  };
}

/** `generateStaticParams` values for pages 2…n (page 1 is the base route). */
export function laterPageParams(total: number, size = PAGE_SIZE): { page: string }[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => ({ page: String(index + 2) }));
}

/** The page a `[page]` route segment names, via the store's getter; undefined means 404. */
export function pageFromParam<T>(value: string, get: (page: number) => T | undefined): T | undefined {
  const page = parsePageParam(value);
  return page === undefined ? undefined : get(page);
}

/**
 * `output: 'export'` refuses a dynamic route without static params, which a paged route has while
 * every post fits on page 1. Then it prerenders `…/page/1` instead: a 404 by design (the build's
 * output-assets removes it from out/). Only there: a server build that prerendered it would serve
 * that 404 cached for a year, as an error shell whose body only JavaScript fills, where an unlisted
 * path gets the real not-found page.
 */
export function orPageOne<T extends { page: string }>(
  params: T[],
  pageOne: T | undefined,
  staticExport: boolean = process.env.STATIC_EXPORT === '1',
): T[] {
  return params.length > 0 || !pageOne || !staticExport ? params : [pageOne];
}
