import { notFound } from 'next/navigation';
import { formatDate } from '@/lib/format-date';
import { getPostBySlug, getPublishedPosts } from '@/lib/posts';
import { shareImageResponse } from '@/lib/share-image';
import { staticParams } from '@/lib/static-params';

// One share card per post, rendered at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = staticParams(() => getPublishedPosts().map((post) => ({ slug: post.slug })));

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  return shareImageResponse({ title: post.title, subtitle: formatDate(post.date) });
}
