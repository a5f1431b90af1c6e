import type { PostSummary } from '@/lib/content/types';
import { DateTime } from './DateTime';

export function PostMeta({ post, showWords = false }: { post: PostSummary; showWords?: boolean }) {
  return (
    <p className="post-meta">
      <DateTime iso={post.date} />
      <span aria-hidden="true">·</span>
      <span>{post.readingMinutes} min read</span>
      {showWords && (
        <>
          <span aria-hidden="true">·</span>
          <span>{post.wordCount.toLocaleString('en-US')} words</span>
        </>
      )}
      {post.draft && (
        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Draft</span>
      )}
      {/* Only `npm run dev` shows it: a build on or after its date publishes it. */}
      {post.scheduled && !post.draft && (
        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Scheduled</span>
      )}
      {/* For the author previewing it: readers who have the link see the post alone. */}
      {post.unlisted && process.env.NODE_ENV === 'development' && (
        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Unlisted</span>
      )}
    </p>
  );
}
