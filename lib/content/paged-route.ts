import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '../seo/metadata';
import { laterPageParams, orPageOne, pageFromParam, pageHref, parsePageParam } from './pagination';
import { staticParams } from './static-params';

export type PagedRouteProps = { params: Promise<{ page: string }> };

/** The shared parts of a `…/page/[page]` route: its static pages, its title, and 404 out of range. */
export function pagedRoute<T>({
  title,
  base,
  count,
  get,
}: {
  title: string;
  /** The list's page-1 path: `/` or `/archive` */
  base: string;
  count: () => number;
  get: (page: number) => T | undefined;
}) {
  return {
    generateStaticParams: staticParams(() => orPageOne(laterPageParams(count()), { page: '1' })),
    generateMetadata: async ({ params }: PagedRouteProps): Promise<Metadata> => pagedMetadata(title, base, (await params).page),
    load: async ({ params }: PagedRouteProps): Promise<T> => pageFromParam((await params).page, get) ?? notFound(),
  };
}

/** Metadata of page `n` of a list: its own title and canonical address. */
export function pagedMetadata(title: string, base: string, param: string, extra: { tagFeed?: { slug: string; label: string } } = {}): Metadata {
  const page = parsePageParam(param);
  if (page === undefined) return {};
  return pageMetadata({ title: `${title}, page ${page}`, path: pageHref(base, page), ...extra });
}
