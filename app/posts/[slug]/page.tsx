import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostJsonLd } from '@/components/PostJsonLd';
import { PostMeta } from '@/components/PostMeta';
import { TagLinks } from '@/components/TagLinks';
import { postPageMetadata } from '@/lib/metadata';
import { getPostBySlug, getPublishedPosts } from '@/lib/posts';

export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPostBySlug((await params).slug);
  if (!post) return {};
  return postPageMetadata(post);
}

export default async function PostPage({ params }: Props) {
  const post = getPostBySlug((await params).slug);
  if (!post) notFound();
  return (
    <article className="flex flex-col gap-8">
      <PostJsonLd post={post} />
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold leading-tight tracking-tight text-balance text-stone-900 sm:text-4xl dark:text-stone-50">
          {post.title}
        </h1>
        <PostMeta post={post} />
        <TagLinks tags={post.tags} />
      </header>
      <div
        className="prose prose-stone max-w-none prose-headings:scroll-mt-6 prose-a:text-teal-800 dark:prose-invert dark:prose-a:text-teal-200"
        // Sanitised at the content step (lib/markdown/pipeline.ts): no raw HTML or script URL survives.
        dangerouslySetInnerHTML={{ __html: post.html }}
      />
    </article>
  );
}
