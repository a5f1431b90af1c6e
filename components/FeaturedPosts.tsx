import { PageLink } from './PageLink';
import type { PostSummary } from '@/lib/content/types';

/** Posts marked `featured: true`, above the home list. */
export function FeaturedPosts({ posts }: { posts: readonly PostSummary[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="featured-heading" className="flex flex-col gap-3 rounded-lg border border-accent-line/40 p-5" data-featured>
      <h2 id="featured-heading" className="text-sm font-semibold uppercase tracking-wide text-accent">
        Featured
      </h2>
      <ul className="flex flex-col gap-3">
        {posts.map((post) => (
          <li key={post.slug} className="flex flex-col gap-1">
            <PageLink href={post.url} className="text-lg font-semibold text-ink hover:text-accent">
              {post.title}
            </PageLink>
            {post.summary && <p className="text-sm text-soft">{post.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
