import { PageHeading } from '@/components/PageHeading';
import { Pager } from '@/components/Pager';
import { PostList } from '@/components/PostCard';
import type { Page } from '@/lib/content/pagination';
import type { PostSummary } from '@/lib/content/types';
import { site } from '@/lib/site/config';

/** The home list and its later pages (`/page/<n>`). */
export function HomeView({ page }: { page: Page<PostSummary> }) {
  return (
    <>
      <PageHeading title={page.page === 1 ? 'Latest posts' : `Posts, page ${page.page}`}>{site.description}</PageHeading>
      {page.items.length === 0 ? <p>No posts yet.</p> : <PostList posts={page.items} />}
      <Pager page={page} label="Pages of posts" />
    </>
  );
}
