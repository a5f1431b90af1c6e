import { JsonLd } from '@/components/JsonLd';
import type { Post } from '@/lib/content/types';
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { tagPath } from '@/lib/routes';

/** A post's BlogPosting and its breadcrumb: home, the post's first tag, the post. */
export function PostJsonLd({ post }: { post: Post }) {
  const [tag] = post.tags;
  const trail = [
    { name: 'Home', path: '/' },
    ...(tag ? [{ name: tag.label, path: tagPath(tag.slug) }] : []),
    { name: post.title, path: post.url },
  ];
  return <JsonLd data={[blogPostingJsonLd(post), breadcrumbJsonLd(trail)]} />;
}
