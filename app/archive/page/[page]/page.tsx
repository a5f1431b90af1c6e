import { ArchiveView } from '@/components/ArchiveView';
import { pagedRoute, type PagedRouteProps } from '@/lib/content/paged-route';
import { getAllTags, getArchivePage, getPublishedPosts } from '@/lib/content';

// Page 1 is `/archive`; `/archive/page/1` and pages past the last are 404.
const route = pagedRoute({ title: 'Archive', base: '/archive', count: () => getPublishedPosts().length, get: getArchivePage });
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function ArchivePageN(props: PagedRouteProps) {
  return <ArchiveView page={await route.load(props)} tags={getAllTags()} />;
}
