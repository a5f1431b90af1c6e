import { Icon } from './Icons';
import { PageLink } from './PageLink';
import type { AdjacentPosts } from '@/lib/content/types';

/** Older and newer posts by date. */
export function PostNav({ adjacent }: { adjacent: AdjacentPosts }) {
  const { previous, next } = adjacent;
  if (!previous && !next) return null;
  const card = 'flex flex-col gap-1 rounded-lg border border-frame p-4 hover:border-accent-line';
  const label = 'text-xs font-semibold uppercase tracking-wide text-muted';
  return (
    <nav aria-label="Previous and next posts" className="grid gap-4 sm:grid-cols-2">
      {previous ? (
        <PageLink href={previous.url} rel="prev" className={card}>
          <span className={label}>
            <Icon name="arrow-left" /> Previous post
          </span>
          <span className="font-medium text-body">{previous.title}</span>
        </PageLink>
      ) : (
        <span />
      )}
      {next && (
        <PageLink href={next.url} rel="next" className={`${card} sm:text-right`}>
          <span className={label}>
            Next post <Icon name="arrow-right" />
          </span>
          <span className="font-medium text-body">{next.title}</span>
        </PageLink>
      )}
    </nav>
  );
}
