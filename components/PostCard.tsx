import { PageLink } from './PageLink';
import type { PostSummary } from '@/lib/content/types';
import { PostMeta } from './PostMeta';
import { TagLinks } from './TagLinks';

export function PostCard({ post, headingLevel = 2 }: { post: PostSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="post-card" data-post={post.slug}>
      <PostMeta post={post} />
      <Heading className="post-card-title">
        <PageLink href={post.url} className="post-card-link">
          {post.title}
        </PageLink>
      </Heading>
      {post.summary && <p className="post-card-summary">{post.summary}</p>}
      <TagLinks tags={post.tags} label={`Tags of ${post.title}`} />
    </article>
  );
}

export function PostList({ posts, headingLevel = 2 }: { posts: readonly PostSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <div>
      {posts.map((post) => (
        <PostCard key={post.slug} post={post} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
