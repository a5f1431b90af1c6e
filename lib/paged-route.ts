import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { laterPageParams, pageFromParam } from './pagination';

export type PagedRouteProps = { params: Promise<{ page: string }> };

/** The shared parts of a `…/page/[page]` route: its static pages, its title, and 404 out of range. */
export function pagedRoute<T>({ title, count, get }: { title: string; count: () => number; get: (page: number) => T | undefined }) {
  return {
    generateStaticParams: () => laterPageParams(count()),
    generateMetadata: async ({ params }: PagedRouteProps): Promise<Metadata> => ({ title: `${title}, page ${(await params).page}` }),
    load: async ({ params }: PagedRouteProps): Promise<T> => pageFromParam((await params).page, get) ?? notFound(),
  };
}
