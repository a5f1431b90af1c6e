import { PageLink } from './PageLink';
import type { PostSeries } from '@/lib/content/types';

/** “Part 2 of 3” of a series, with every post of it in order; the current one is not a link. */
export function SeriesNav({ series, slug }: { series: PostSeries; slug: string }) {
  return (
    <nav aria-label={`Series: ${series.name}`} className="flex flex-col gap-2 rounded-lg border border-frame p-4" data-series>
      <p className="text-sm font-semibold text-ink">
        Part {series.position} of {series.posts.length} in the series “{series.name}”
      </p>
      <ol className="list-decimal pl-5 text-sm">
        {series.posts.map((post) => (
          <li key={post.slug}>
            {post.slug === slug ? (
              <span aria-current="page" className="font-medium">
                {post.title}
              </span>
            ) : (
              // A block of its own height: links on consecutive lines each a 24 px target (WCAG 2.5.8).
              <PageLink href={post.url} className="inline-block py-1 text-accent underline">
                {post.title}
              </PageLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
