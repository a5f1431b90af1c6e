import { HomeView } from '@/components/HomeView';
import { pagedRoute, type PagedRouteProps } from '@/lib/content/paged-route';
import { getPostsPage, getPublishedPosts } from '@/lib/content';

// Page 1 is `/`; `/page/1` and pages past the last are 404.
const route = pagedRoute({ title: 'Posts', base: '/', count: () => getPublishedPosts().length, get: getPostsPage });
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;

export default async function PostsPage(props: PagedRouteProps) {
  return <HomeView page={await route.load(props)} />;
}
