import { PageLink } from './PageLink';
import { PageHeading } from '@/components/PageHeading';
import { Pager } from '@/components/Pager';
import { PostList } from '@/components/PostCard';
import type { Page } from '@/lib/content/pagination';
import type { PostSummary, TagWithCount } from '@/lib/content/types';

/** A tag's list and its later pages (`/tags/<tag>/page/<n>`). */
export function TagView({ tag, page }: { tag: TagWithCount; page: Page<PostSummary> }) {
  return (
    <>
      <PageHeading title={<>Posts tagged “{tag.label}”</>}>
        {tag.count === 1 ? '1 post' : `${tag.count} posts`}
        {page.totalPages > 1 && `, page ${page.page} of ${page.totalPages}`} ·{' '}
        <PageLink href="/tags" className="underline">
          all tags
        </PageLink>
      </PageHeading>
      <PostList posts={page.items} />
      <Pager page={page} label={`Pages of posts tagged ${tag.label}`} />
    </>
  );
}
