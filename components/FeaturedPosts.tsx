import { PageLink } from './PageLink';
import type { PostSummary } from '@/lib/content/types';

/** Posts marked `featured: true`, above the home list. */
export function FeaturedPosts({ posts }: { posts: readonly PostSummary[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="featured-heading" className="flex flex-col gap-3 rounded-lg border border-teal-700/40 p-5 dark:border-teal-300/40" data-featured>
      <h2 id="featured-heading" className="text-sm font-semibold uppercase tracking-wide text-teal-800 dark:text-teal-200">
        Featured
      </h2>
      <ul className="flex flex-col gap-3">
        {posts.map((post) => (
          <li key={post.slug} className="flex flex-col gap-1">
            <PageLink href={post.url} className="text-lg font-semibold text-stone-900 hover:text-teal-800 dark:text-stone-50 dark:hover:text-teal-200">
              {post.title}
            </PageLink>
            {post.summary && <p className="text-sm text-stone-700 dark:text-stone-300">{post.summary}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
