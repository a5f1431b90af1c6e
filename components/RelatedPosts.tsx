import { PageLink } from './PageLink';
import type { PostSummary } from '@/lib/content/types';
import { DateTime } from './DateTime';

export function RelatedPosts({ posts }: { posts: readonly PostSummary[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="flex flex-col gap-3">
      <h2 id="related-heading" className="text-xl font-semibold text-ink">
        Related posts
      </h2>
      <ul className="flex flex-col gap-3">
        {posts.map((post) => (
          <li key={post.slug} className="flex flex-col">
            <PageLink href={post.url} className="font-medium text-accent underline">
              {post.title}
            </PageLink>
            <DateTime iso={post.date} className="text-sm text-muted" />
          </li>
        ))}
      </ul>
    </section>
  );
}
